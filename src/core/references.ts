// References to the sender (I, we, our company) and to the reader (you, their company, their
// name) in the message, sentence by sentence: pronouns are a sentence fact (memoised while the
// sentence stays), names depend on who is on the email and are matched on each analysis.
import type { Person, ResolvedSettings, Span } from './types.js';
import type { Sentence } from './spans.js';
import { compactKey, describeRecipient, type RecipientName } from './names.js';
import { nameTable, type Mention, type NameTable } from './mentions.js';
import { sentenceTerms } from './nlp.js';
import { COMPANY_SUFFIXES, CONTRACTION_SUFFIXES, READER_PRONOUNS, SELF_PRONOUNS } from './data/pronouns.js';

export type ReferenceKind = 'pronoun' | 'name' | 'company';

export interface Reference extends Span {
  kind: ReferenceKind;
  /** As written, e.g. "I'm", "our", "Acme's". */
  text: string;
}

export interface References {
  self: Reference[];
  reader: Reference[];
  /** Self/reader counts per sentence, aligned with `ctx.sentences`. */
  bySentence: { self: number; reader: number }[];
  /** self.length, reader.length, and reader references other than the reader's name. */
  totals: { self: number; reader: number; readerNotName: number };
}

/** References in one sentence, offsets relative to it. */
export interface SentenceRefs {
  self: Reference[];
  reader: Reference[];
}

const words = (list: readonly string[]) => list.map((w) => w.replace(/'/g, "['’]")).join('|');
const suffixes = CONTRACTION_SUFFIXES.join('|');
// Candidates by a plain ASCII-word-boundary regex (several times faster than a Unicode one with
// lookbehind); the precise neighbour checks run on candidates only.
const PRONOUN = new RegExp(`\\b(?:(${words(SELF_PRONOUNS)})|(${words(READER_PRONOUNS)}))(?:['’](?:${suffixes}))?\\b`, 'gi');
// Not inside a word, an address or a URL ("me@x.com", "www.us.org", "acme.com/we"), not "i.e.".
const NOT_BEFORE = /[\p{L}\p{N}_@.:/'’-]/u;
const NOT_AFTER = /[\p{L}\p{N}_@]/u;
const WORDISH = /[\p{L}\p{N}]/u;

function charBefore(s: string, i: number): string {
  if (i <= 0) return '';
  const c = s.charCodeAt(i - 1);
  return c >= 0xdc00 && c <= 0xdfff && i >= 2 ? s.slice(i - 2, i) : s[i - 1]!;
}
function charAt(s: string, i: number): string {
  const cp = s.codePointAt(i);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

function isStandalone(s: string, start: number, end: number): boolean {
  const before = charBefore(s, start);
  if (before && NOT_BEFORE.test(before)) return false;
  const after = charAt(s, end);
  if (!after) return true;
  if (NOT_AFTER.test(after)) return false;
  if (/['’.:/-]/.test(after)) {
    const next = charAt(s, end + 1);
    if (next && (after === "'" || after === '’' ? /\p{L}/u.test(next) : WORDISH.test(next))) return false;
  }
  return true;
}

/** The pronoun references of one sentence (a sentence fact). */
export function pronounsIn(sentence: string): SentenceRefs {
  const self: Reference[] = [];
  const reader: Reference[] = [];
  PRONOUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PRONOUN.exec(sentence)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    if (!isStandalone(sentence, start, end)) continue;
    const ref: Reference = { start, end, kind: 'pronoun', text: m[0] };
    if (m[1] !== undefined) {
      // "US" in capitals is usually the country.
      if (m[0] === 'US' && !isPronounTerm(sentence, start)) continue;
      self.push(ref);
    } else reader.push(ref);
  }
  return { self, reader };
}

// compromise tags every capital "US" as a place, so read the neighbour it tagged instead: after a
// verb ("let US know", "call US") it is the pronoun; "in the US", "US companies" are the country.
function isPronounTerm(sentence: string, offset: number): boolean {
  const terms = sentenceTerms(sentence).filter((t) => t.text);
  const i = terms.findIndex((t) => t.start === offset);
  const before = i > 0 ? terms[i - 1] : undefined;
  return !!before && before.tags.has('Verb') && !before.tags.has('Auxiliary');
}

// --- Names and companies -----------------------------------------------------------------------

/** Which side a name on the email stands for. */
export interface NameRole {
  side: 'self' | 'reader';
  kind: ReferenceKind;
}

const SUFFIX_SET = new Set(COMPANY_SUFFIXES);

function companyKeys(name: string): string[] {
  const parts = name.split(/[\s,]+/).filter(Boolean);
  const keys = [compactKey(name)];
  while (parts.length > 1 && SUFFIX_SET.has(compactKey(parts[parts.length - 1]!))) {
    parts.pop();
    keys.push(compactKey(parts.join(' ')));
  }
  return keys.filter((k) => k.length >= 2);
}

/** The names that count as references: the sender's (settings, From) and the recipients'. */
export function referenceNames(settings: ResolvedSettings, from: Person | undefined, recipients: readonly RecipientName[]): NameTable<NameRole> {
  const self = new Map<string, ReferenceKind>();
  const reader = new Map<string, ReferenceKind>();
  for (const n of settings.senderNames) {
    const key = compactKey(n);
    if (key.length >= 2) self.set(key, 'name');
    const first = n.trim().split(/\s+/)[0];
    if (first && first !== n.trim() && compactKey(first).length >= 2) self.set(compactKey(first), 'name');
  }
  for (const c of settings.companyNames) for (const k of companyKeys(c)) self.set(k, 'company');
  const sender = from ? describeRecipient(from) : undefined;
  if (sender?.company) self.set(compactKey(sender.company), 'company');
  for (const r of recipients) {
    if (r.isRole) {
      if (r.company) reader.set(compactKey(r.company), 'company');
      continue;
    }
    for (const f of [r.first, ...(r.firstAlternatives ?? [])]) {
      if (f && compactKey(f).length >= 2) reader.set(compactKey(f), 'name');
    }
    if (r.company) reader.set(compactKey(r.company), 'company');
  }
  const entries: { key: string; value: NameRole }[] = [];
  // A name on both sides is nobody's.
  for (const [key, kind] of self) if (!reader.has(key)) entries.push({ key, value: { side: 'self', kind } });
  for (const [key, kind] of reader) if (!self.has(key)) entries.push({ key, value: { side: 'reader', kind } });
  return nameTable(entries);
}

// --- Assembly ------------------------------------------------------------------------------------

/** All references in the message, from each sentence's pronouns and the names matched in it. */
export function collectReferences(sentences: readonly Sentence[], pronouns: readonly SentenceRefs[], names: readonly Mention<NameRole>[][]): References {
  const self: Reference[] = [];
  const reader: Reference[] = [];
  const bySentence: References['bySentence'] = [];
  const totals = { self: 0, reader: 0, readerNotName: 0 };
  sentences.forEach((s, i) => {
    const found: SentenceRefs = { self: [...pronouns[i]!.self], reader: [...pronouns[i]!.reader] };
    for (const n of names[i] ?? []) found[n.value.side].push({ start: n.start, end: n.end, kind: n.value.kind, text: s.text.slice(n.start, n.end) });
    found.self.sort(byStart);
    found.reader.sort(byStart);
    bySentence.push({ self: found.self.length, reader: found.reader.length });
    totals.self += found.self.length;
    totals.reader += found.reader.length;
    for (const r of found.self) self.push({ ...r, start: s.start + r.start, end: s.start + r.end });
    for (const r of found.reader) {
      if (r.kind !== 'name') totals.readerNotName++;
      reader.push({ ...r, start: s.start + r.start, end: s.start + r.end });
    }
  });
  return { self, reader, bySentence, totals };
}

const byStart = (a: Span, b: Span) => a.start - b.start;
