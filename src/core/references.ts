// References to the sender (I, we, our company) and to the reader (you, their company, their
// name) in the message. Computed sentence by sentence and memoised per sentence text, so a
// one-word edit recounts one sentence.
//
// API for rules:
//   ctx.references.self / .reader   — every reference, absolute spans, in text order (built on first read)
//   ctx.references.bySentence[i]    — counts for ctx.sentences[i]
//   ctx.references.totals           — the counts for the whole message (cheaper than .self.length)
// Reference objects are reused between keystrokes: treat them as read-only.
import type { Span } from './types.js';
import type { AnalysisContext } from './context.js';
import { sentenceLocalCacheOf, type Sentence } from './text.js';
import { describeRecipient, foldName, type RecipientName } from './names.js';
import { memoSentence, sentenceTerms } from './nlp.js';
import { COMPANY_SUFFIXES, CONTRACTION_SUFFIXES, READER_PRONOUNS, SELF_PRONOUNS } from './data/pronouns.js';

export type ReferenceKind = 'pronoun' | 'name' | 'company';

export interface Reference extends Span {
  kind: ReferenceKind;
  /** As written, e.g. "I'm", "our", "Acme's". */
  text: string;
}

export interface References {
  /** Built on first read (most rules need only the counts in `totals`). */
  self: Reference[];
  reader: Reference[];
  /** Self/reader counts per sentence, aligned with `ctx.sentences`. */
  bySentence: { self: number; reader: number }[];
  /** self.length, reader.length, and reader references other than the reader's name. */
  totals: { self: number; reader: number; readerNotName: number };
}

interface SentenceRefs {
  self: Reference[]; // offsets relative to the sentence
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

function pronounsIn(sentence: string): SentenceRefs {
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

/** Lowercase letters and digits only, accents folded: "Sprout Content" → "sproutcontent". */
const squashName = (s: string) => foldName(s).replace(/[^\p{L}\p{N}]+/gu, '');
const HAS_UPPER = /\p{Lu}/u;
/** `squashName` with a fast path for plain ASCII words (most of them). */
const squashToken = (s: string) => (/^[A-Za-z0-9]+$/.test(s) ? s.toLowerCase() : squashName(s));
const SUFFIX_SET = new Set(COMPANY_SUFFIXES);
const MAX_NAME_WORDS = 4;
const NAME_WORD = /[\p{L}\p{N}]+(?:[&'’.-][\p{L}\p{N}]+)*/gu;
const TLD = /\.(?:com|net|org|io|ai|co|app|dev|biz|info|us|uk|de|fr|es|nl|ca|au|eu|tech|cloud|so|ly)$/i;

interface NameIndex {
  /** squashed name → which side it refers to. */
  keys: Map<string, { side: 'self' | 'reader'; kind: ReferenceKind }>;
  signature: string;
  /** The per-sentence cache slot for these names (one string object, so lookups compare by identity). */
  slot: string;
}

function companyKeys(name: string): string[] {
  const parts = name.split(/[\s,]+/).filter(Boolean);
  const keys = [squashName(name)];
  while (parts.length > 1 && SUFFIX_SET.has(squashName(parts[parts.length - 1]!))) {
    parts.pop();
    keys.push(squashName(parts.join(' ')));
  }
  return keys.filter((k) => k.length >= 2);
}

// The names rarely change between keystrokes: keep the last index.
let lastIndex: { key: string; index: NameIndex } | undefined;

function nameIndexOf(ctx: AnalysisContext): NameIndex {
  const people = (list: readonly { name?: string; email: string }[] | undefined) => (list ?? []).map((p) => `${p.name ?? ''}<${p.email}>`).join(',');
  const key = [
    ctx.settings.senderNames.join('|'),
    ctx.settings.companyNames.join('|'),
    people(ctx.draft.from ? [ctx.draft.from] : []),
    people(ctx.draft.to),
    people(ctx.draft.cc),
  ].join('\u0000');
  if (lastIndex?.key !== key) lastIndex = { key, index: buildNameIndex(ctx) };
  return lastIndex.index;
}

function buildNameIndex(ctx: AnalysisContext): NameIndex {
  const self = new Map<string, ReferenceKind>();
  const reader = new Map<string, ReferenceKind>();
  for (const n of ctx.settings.senderNames) {
    const key = squashName(n);
    if (key.length >= 2) self.set(key, 'name');
    const first = n.trim().split(/\s+/)[0];
    if (first && first !== n.trim() && squashName(first).length >= 2) self.set(squashName(first), 'name');
  }
  for (const c of ctx.settings.companyNames) for (const k of companyKeys(c)) self.set(k, 'company');
  const sender: RecipientName | undefined = ctx.draft.from ? describeRecipient(ctx.draft.from) : undefined;
  if (sender?.company) self.set(squashName(sender.company), 'company');
  for (const r of [...ctx.to, ...ctx.cc]) {
    if (r.isRole) {
      if (r.company) reader.set(squashName(r.company), 'company');
      continue;
    }
    for (const f of [r.first, ...(r.firstAlternatives ?? [])]) {
      if (f && squashName(f).length >= 2) reader.set(squashName(f), 'name');
    }
    if (r.company) reader.set(squashName(r.company), 'company');
  }
  const keys: NameIndex['keys'] = new Map();
  for (const [k, kind] of self) if (!reader.has(k)) keys.set(k, { side: 'self', kind }); // a shared name is nobody's
  for (const [k, kind] of reader) if (!self.has(k)) keys.set(k, { side: 'reader', kind });
  const signature = [...keys].map(([k, v]) => `${v.side[0]}${v.kind[0]}:${k}`).sort().join(',');
  return { keys, signature, slot: `refs:${signature}` };
}

function namesIn(sentence: string, index: NameIndex): SentenceRefs {
  const self: Reference[] = [];
  const reader: Reference[] = [];
  const tokens: { start: number; end: number; text: string; key?: string }[] = [];
  for (const m of sentence.matchAll(NAME_WORD)) tokens.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  const keyOf = (t: (typeof tokens)[number]) => (t.key ??= squashToken(t.text.replace(/['’]s$/i, '').replace(TLD, '')));
  for (let i = 0; i < tokens.length; i++) {
    // Names are written with a capital somewhere in their first word ("Chris", "Acme", "eBay").
    if (!HAS_UPPER.test(tokens[i]!.text)) continue;
    let key = '';
    let hit: { at: number; side: 'self' | 'reader'; kind: ReferenceKind } | undefined;
    for (let k = i; k < tokens.length && k < i + MAX_NAME_WORDS; k++) {
      key += keyOf(tokens[k]!);
      const found = index.keys.get(key);
      if (found) hit = { at: k, ...found };
    }
    if (!hit) continue;
    const start = tokens[i]!.start;
    const end = tokens[hit.at]!.end;
    const text = sentence.slice(start, end);
    (hit.side === 'self' ? self : reader).push({ start, end, kind: hit.kind, text });
    i = hit.at;
  }
  return { self, reader };
}

// --- Assembly ------------------------------------------------------------------------------------

const byStart = (a: Span, b: Span) => a.start - b.start;

function shift(refs: Reference[], by: number, into: Reference[]): void {
  for (const r of refs) into.push({ start: r.start + by, end: r.end + by, kind: r.kind, text: r.text });
}

/** All references in the message, sentence by sentence. */
export function findReferences(ctx: AnalysisContext): References {
  const sentences: Sentence[] = ctx.sentences;
  const index = nameIndexOf(ctx);
  // One memo slot per sentence for pronouns and names together (fewer lookups per keystroke).
  const slot = index.slot;
  const compute = (t: string): SentenceRefs => {
    const p = pronounsIn(t);
    if (!index.keys.size) return p;
    const n = namesIn(t, index);
    return {
      self: n.self.length ? [...p.self, ...n.self].sort(byStart) : p.self,
      reader: n.reader.length ? [...p.reader, ...n.reader].sort(byStart) : p.reader,
    };
  };
  const relative: SentenceRefs[] = [];
  const bySentence: References['bySentence'] = [];
  const totals = { self: 0, reader: 0, readerNotName: 0 };
  for (const s of sentences) {
    const r = memoSentence(slot, s, compute);
    relative.push(r);
    bySentence.push({ self: r.self.length, reader: r.reader.length });
    totals.self += r.self.length;
    totals.reader += r.reader.length;
    for (const x of r.reader) if (x.kind !== 'name') totals.readerNotName++;
  }
  // Absolute spans are built only when a rule reads them: after an edit every sentence below it
  // moves, and rebuilding their references on each keystroke cost more than the counting.
  let absolute: { self: Reference[]; reader: Reference[] } | undefined;
  const build = () => {
    const self: Reference[] = [];
    const reader: Reference[] = [];
    sentences.forEach((s, i) => {
      // Absolute spans stay valid while the same sentence object sits at the same place.
      const local = sentenceLocalCacheOf(s);
      let abs = local?.get(slot) as SentenceRefs | undefined;
      if (!abs) {
        const r = relative[i]!;
        abs = { self: [], reader: [] };
        shift(r.self, s.start, abs.self);
        shift(r.reader, s.start, abs.reader);
        local?.set(slot, abs);
      }
      for (const x of abs.self) self.push(x);
      for (const x of abs.reader) reader.push(x);
    });
    return { self, reader };
  };
  return {
    get self() {
      return (absolute ??= build()).self;
    },
    get reader() {
      return (absolute ??= build()).reader;
    },
    bySentence,
    totals,
  };
}

/** References that fall inside `span`. */
export function referencesIn(refs: readonly Reference[], span: Span): Reference[] {
  return refs.filter((r) => r.start >= span.start && r.end <= span.end);
}
