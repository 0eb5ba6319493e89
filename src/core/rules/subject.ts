// `subject`: empty, long (more than 7 words, Re:/Fwd: not counted), ALL CAPS, or holding an
// unfilled merge field. Boomerang's subject-line study: no subject got 14% replies, 3–4 words
// did best, ALL CAPS got about 30% fewer replies.
//
// Decisions: a reply's or forward's inherited subject ("Re: …") is not judged for length or
// capitals (the rep did not write it). A merge field in the subject is reported here only when
// the `placeholder` rule is turned off, since that rule already reports (and fixes) it; the
// score counts it either way.
import type { Rule, RuleReport } from '../rule.js';
import type { AnalysisContext } from '../context.js';
import { SUBJECT_LIMITS } from '../data/subject.js';
import { findPlaceholders } from '../placeholders.js';
import { subjectCore } from '../subject-line.js';
import { countWords } from '../spans.js';

function isShouting(text: string): boolean {
  let upper = 0;
  let cased = 0;
  for (const ch of text) {
    if (ch.toLowerCase() === ch.toUpperCase()) continue; // digits, punctuation, scripts without case
    cased++;
    if (ch === ch.toUpperCase()) upper++;
  }
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  return cased >= SUBJECT_LIMITS.minCapsLetters && (words >= 2 || cased >= 6) && upper / cased >= SUBJECT_LIMITS.capsRatio;
}

function sentenceCase(text: string): string {
  const lower = text.toLowerCase();
  const first = lower.search(/\p{L}/u);
  return first === -1 ? lower : lower.slice(0, first) + lower.charAt(first).toUpperCase() + lower.slice(first + 1);
}

export const subject: Rule = {
  meta: {
    id: 'subject',
    description: 'Flags an empty, long (over 7 words), ALL-CAPS or unfilled subject line.',
    severity: 'warning',
    fixable: false,
    englishOnly: false,
    messages: {
      empty: 'No subject. Emails without one got 14% replies: name the one thing this email is about in 3–4 words.',
      placeholder: 'Unfilled merge field {{field}} in the subject.',
      shouting: 'The subject is in capitals, which reads as shouting: ALL-CAPS subjects got about 30% fewer replies.',
      tooLong: '{{words}}-word subject. Subjects of 3–4 words got the most replies: keep the part only this reader would care about.',
    },
  },
  check(ctx: AnalysisContext): RuleReport[] {
    const text = ctx.subject;
    const { span, prefixed } = subjectCore(text);
    if (span.end === span.start) {
      // A bare "Re:" is as empty as nothing.
      return [{ field: 'subject', severity: 'warning', start: 0, end: text.length, messageId: 'empty' }];
    }
    const reports: RuleReport[] = [];
    if (ctx.settings.rules.placeholder?.enabled === false) {
      for (const f of findPlaceholders(text)) {
        reports.push({ field: 'subject', severity: 'error', ...f, messageId: 'placeholder', data: { field: text.slice(f.start, f.end) } });
      }
    }
    if (prefixed) return reports;
    const core = text.slice(span.start, span.end);
    if (isShouting(core)) {
      const fixed = sentenceCase(core);
      reports.push({
        field: 'subject',
        severity: 'warning',
        ...span,
        messageId: 'shouting',
        suggestions: [{ ...span, replacement: fixed, label: `Write it as “${fixed}”` }],
      });
    }
    const words = countWords(core);
    if (words > SUBJECT_LIMITS.maxWords) {
      reports.push({
        field: 'subject',
        severity: 'info',
        ...span,
        messageId: 'tooLong',
        data: { words },
      });
    }
    return reports;
  },
};
