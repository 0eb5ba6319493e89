// The subject line's reply and forward prefixes ("Re:", "Fwd:", "AW:", "Antw:"…): one list, so
// every rule agrees on what a reply is.
import type { Span } from './types.js';
import { REPLY_PREFIXES } from './data/subject.js';
import { trimSpan } from './spans.js';

const PREFIX = new RegExp(`^\\s*(?:(?:${REPLY_PREFIXES.join('|')})(?:\\[\\d+\\]|\\(\\d+\\))?\\s*[:：]\\s*)+`, 'i');

/** The subject after any Re:/Fwd:/AW: prefixes, as a trimmed span, and whether there were any. */
export function subjectCore(subject: string): { span: Span; prefixed: boolean } {
  const prefix = PREFIX.exec(subject);
  const span = trimSpan(subject, { start: prefix ? prefix[0].length : 0, end: subject.length });
  return { span, prefixed: Boolean(prefix) };
}

/** Whether the subject marks a reply or a forward. */
export function isReplySubject(subject: string): boolean {
  return PREFIX.test(subject);
}
