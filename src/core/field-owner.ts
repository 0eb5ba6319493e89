// Whose value a merge field stands for: the recipient's, the sender's, or we cannot tell. A
// one-click fix that fills the recipient's name into "My name is [Name]" signs the email from
// Paul to Paul; a fix is only offered for a field whose owner is known (and never the recipient's
// value where the sender's belongs).
//
// Two kinds of evidence:
// - the field's name: "your_name", "sender.*", "my_*", "rep_*" are the sender's; "first_name",
//   "contact.*", "their_*" the recipient's; a bare "Name" or "Company" says nothing;
// - its place: in the greeting it is the recipient's; after "My name is", "I'm", "this is", alone
//   on a line under the sign-off, or in the signature block it is the sender's (a company field
//   too: "I'm Dana from [Company]", "here at {{company}}").
// A sender's place wins over a recipient's name ("My name is {{first_name}}" is the sender's): the
// safe reading. A recipient's place against a sender's name is a contradiction: unknown.
import type { Span } from './types.js';
import { foldName } from './names.js';
import { SALUTATIONS } from './data/greetings.js';
import { SIGNOFFS } from './data/signoffs.js';
import {
  RECIPIENT_FIELD_NAMES,
  RECIPIENT_NAME_PREFIXES,
  RECIPIENT_RECORDS,
  SENDER_COMPANY_CUES,
  SENDER_COMPANY_LEADS,
  SENDER_INTRODUCTIONS,
  SENDER_NAME_PREFIXES,
  SENDER_RECORDS,
} from './data/field-owners.js';

export type FieldOwner = 'recipient' | 'sender' | 'unknown';

/** What the field stands for, as the placeholder rule classifies it. */
export type FieldKind = 'first' | 'last' | 'company' | 'other' | undefined;

export interface FieldPlace {
  body: string;
  start: number;
  end: number;
  greeting?: Span | undefined;
  signoff?: Span | undefined;
  signature?: Span | undefined;
}

const squash = (s: string) => foldName(s).replace(/[^\p{L}\p{N}]+/gu, '');
const words = (s: string) => foldName(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const setOf = (list: readonly string[]) => new Set(list.map(squash));
const SENDER_RECORD = setOf(SENDER_RECORDS);
const RECIPIENT_RECORD = setOf(RECIPIENT_RECORDS);
const SENDER_PREFIX = setOf(SENDER_NAME_PREFIXES);
const RECIPIENT_PREFIX = setOf(RECIPIENT_NAME_PREFIXES);
const RECIPIENT_NAMES = setOf(RECIPIENT_FIELD_NAMES);
const normalisePhrase = (s: string) => foldName(s).replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();
const INTRODUCTIONS = SENDER_INTRODUCTIONS.map(normalisePhrase).sort((a, b) => b.length - a.length);
const COMPANY_LEADS = new Set(SENDER_COMPANY_LEADS.map(normalisePhrase));
const COMPANY_CUES = SENDER_COMPANY_CUES.map(normalisePhrase);
const SALUTES = SALUTATIONS.map((s) => normalisePhrase(s.text));
const SIGNOFF_SET = new Set(SIGNOFFS.map((s) => normalisePhrase(s).replace(/[^\p{L}\p{N}' ]+/gu, '').trim()));

/** The owner a field's name gives it: "{{sender.first_name}}" → sender, "[Their Company]" → recipient. */
export function ownerByFieldName(inside: string): 'recipient' | 'sender' | undefined {
  // "{{first_name | default: 'there'}}": the name is before the filter.
  const content = inside.trim().split(/[|:,]/)[0]!.trim();
  const path = content.split('.').map(squash).filter(Boolean);
  if (path.length > 1) {
    const record = path[path.length - 2]!;
    if (SENDER_RECORD.has(record)) return 'sender';
    if (RECIPIENT_RECORD.has(record)) return 'recipient';
  }
  const field = path[path.length - 1] ?? '';
  const first = words(content.split('.').pop() ?? '')[0] ?? '';
  // "YourName", "MyCompany": written together, the prefix is at the start of the squashed name.
  if (SENDER_PREFIX.has(first) || [...SENDER_PREFIX].some((p) => field.startsWith(p) && field.length > p.length + 2)) return 'sender';
  if (RECIPIENT_PREFIX.has(first) || [...RECIPIENT_PREFIX].some((p) => p.length > 2 && field.startsWith(p) && field.length > p.length + 2)) return 'recipient';
  if (RECIPIENT_NAMES.has(field)) return 'recipient';
  return undefined;
}

const inside = (at: number, span: Span | undefined) => !!span && at >= span.start && at < span.end;

function lineAround(body: string, start: number, end: number): { before: string; after: string; lineStart: number } {
  const lineStart = body.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = body.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = body.length;
  return { before: body.slice(lineStart, start), after: body.slice(end, lineEnd), lineStart };
}

const endsWithPhrase = (text: string, phrase: string) =>
  text.endsWith(phrase) && (text.length === phrase.length || /[^\p{L}\p{N}']/u.test(text[text.length - phrase.length - 1]!));

/** The previous non-blank line above `lineStart`, trimmed. */
function previousLine(body: string, lineStart: number): string | undefined {
  let end = lineStart - 1;
  while (end > 0) {
    const start = body.lastIndexOf('\n', end - 1) + 1;
    const text = body.slice(start, end).trim();
    if (text) return text;
    end = start - 1;
  }
  return undefined;
}

/** The owner a field's place gives it, or undefined when the place says nothing. */
export function ownerByPlace(place: FieldPlace, kind: FieldKind): 'recipient' | 'sender' | undefined {
  const { body, start, end } = place;
  if (inside(start, place.signature)) return 'sender';
  const { before, after, lineStart } = lineAround(body, start, end);
  const beforeText = normalisePhrase(before);
  const afterText = normalisePhrase(after);
  if (inside(start, place.greeting)) return 'recipient';
  // "Hi {{first_name}}," where the greeting was not read as one (a field is not a name to the parser).
  if (body.slice(0, lineStart).trim() === '' && SALUTES.some((s) => beforeText.replace(/,$/, '').trim() === s)) return 'recipient';

  // Alone on its line (give or take punctuation or a dash) under the sign-off.
  const alone = !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
  if (alone) {
    if (place.signoff && start >= place.signoff.end) return 'sender';
    const above = previousLine(body, lineStart);
    if (above && SIGNOFF_SET.has(normalisePhrase(above).replace(/[^\p{L}\p{N}' ]+/gu, '').trim())) return 'sender';
  }

  // "My name is [Name]", "I'm {{name}}", "this is %NAME%"; "{{name}} here".
  const lead = beforeText.replace(/[\s,:-]+$/u, '');
  if (INTRODUCTIONS.some((p) => endsWithPhrase(lead, p))) return 'sender';
  if (/^\s*here\b/u.test(afterText) && !/[\p{L}\p{N}]/u.test(before)) return 'sender';

  // "I'm Dana from [Company]", "here at {{company}}", "we at %COMPANY%".
  if (kind === 'company' || kind === undefined || kind === 'other') {
    const sentence = normalisePhrase(before.split(/[.!?]\s/u).pop() ?? '');
    const leadWord = sentence.split(/\s+/).pop() ?? '';
    if (COMPANY_LEADS.has(leadWord)) {
      const cueZone = ` ${sentence.slice(0, Math.max(0, sentence.length - leadWord.length))} `;
      if (COMPANY_CUES.some((c) => cueZone.includes(` ${c} `))) return 'sender';
    }
  }
  return undefined;
}

/**
 * Whose field this is. A person's field whose owner neither its name nor its place tells is
 * unknown: no fix. A company field with nothing to say otherwise is the recipient's (a mail
 * merge's company is the prospect's), which the rule offers only as a suggestion.
 */
export function fieldOwner(fieldInside: string, kind: FieldKind, place: FieldPlace): FieldOwner {
  const byName = ownerByFieldName(fieldInside);
  const byPlace = ownerByPlace(place, kind);
  if (byPlace === 'sender') return 'sender';
  if (byPlace === 'recipient') return byName === 'sender' ? 'unknown' : 'recipient';
  if (byName) return byName;
  return kind === 'company' ? 'recipient' : 'unknown';
}
