// Helpers shared by the sales-coach rules (subject, questions, reading-level, missing-context,
// no-personalization): spans of paragraphs, and finding where a person or company is named.
import type { Span } from './types.js';
import type { AnalysisContext } from './context.js';
import { describeRecipient, foldName } from './names.js';
import { compilePhrases, type PhraseMatcher } from './text.js';
import { memoSentence, onClearSentenceCache } from './nlp.js';

/** `span` without the whitespace at either end. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Paragraphs (blocks separated by blank lines) of `span`, trimmed, non-empty. */
export function paragraphs(text: string, span: Span): Span[] {
  const out: Span[] = [];
  const blank = /\n[ \t\u00a0]*\n\s*/g;
  blank.lastIndex = span.start;
  const haystack = text.slice(0, span.end);
  let from = span.start;
  let m: RegExpExecArray | null;
  while ((m = blank.exec(haystack)) !== null) {
    const p = trimSpan(text, { start: from, end: m.index });
    if (p.end > p.start) out.push(p);
    from = m.index + m[0].length;
  }
  const last = trimSpan(text, { start: from, end: span.end });
  if (last.end > last.start) out.push(last);
  return out;
}

/** Lowercase letters and digits only, accents folded: "SPROUT Content" → "sproutcontent". */
export function squash(s: string): string {
  // Most words are ASCII: skip the Unicode normalisation they don't need.
  if (/^[\x00-\x7f]*$/.test(s)) return s.toLowerCase().replace(/[^a-z0-9]+/g, '');
  return foldName(s).replace(/[^\p{L}\p{N}]+/gu, '');
}

const NAME_WORD = /[\p{L}\p{N}]+(?:[&'’.-][\p{L}\p{N}]+)*/gu;
const POSSESSIVE = /['’]s$/i;
const TLD = /\.(?:com|net|org|io|ai|co|app|dev|biz|info|us|uk|de|fr|es|nl|ca|au|eu|tech|cloud|so|ly)$/i;
const MAX_NAME_WORDS = 4;
/** A capitalised word that starts a company key ("Sprout" for sproutcontent) needs this many letters. */
const MIN_PREFIX = 4;

export interface MentionKey {
  /** Squashed name: "sproutcontent", "vernpollard". */
  key: string;
  /** Also accept one capitalised word that begins the key ("Sprout" for sproutcontent.com). */
  prefix?: boolean;
}

const PLAIN_WORD = /^[A-Za-z0-9]+$/;

interface PreparedKeys {
  exact: Set<string>;
  prefixKeys: string[];
  longest: number;
}
// Rules pass the same key lists on every keystroke (senderKeys and recipientCompanyKeys keep theirs).
const prepared = new WeakMap<readonly MentionKey[], PreparedKeys>();
function preparedKeys(keys: readonly MentionKey[]): PreparedKeys {
  let p = prepared.get(keys);
  if (!p) {
    const usable = keys.filter((k) => k.key.length >= 2);
    p = {
      exact: new Set(usable.map((k) => k.key)),
      prefixKeys: usable.filter((k) => k.prefix).map((k) => k.key),
      longest: usable.reduce((max, k) => Math.max(max, k.key.length), 0),
    };
    prepared.set(keys, p);
  }
  return p;
}

/**
 * Where `keys` are named in `text` within `span`: a run of up to four words that squashes to a key
 * ("SPROUT Content", "Sprout-Content.com", "Vern Pollard"), or, for prefix keys, one capitalised word
 * that begins the key ("Sprout"). A sentence-initial word counts as a prefix only in capitals or as a
 * possessive ("Sprout's"), since any sentence starts with a capital.
 */
export function findMentions(text: string, span: Span, keys: readonly MentionKey[]): Span[] {
  const { exact, prefixKeys, longest } = preparedKeys(keys);
  if (!exact.size || span.end <= span.start) return [];
  const region = text.slice(span.start, span.end);
  const tokens: { start: number; end: number; key: string; word: string; possessive: boolean }[] = [];
  for (const m of region.matchAll(NAME_WORD)) {
    const start = span.start + m.index;
    const end = start + m[0].length;
    // Most words are plain ASCII letters and digits: no TLD, no possessive, nothing to fold.
    if (PLAIN_WORD.test(m[0])) {
      tokens.push({ start, end, key: m[0].toLowerCase(), word: m[0], possessive: false });
      continue;
    }
    const word = m[0].replace(TLD, '');
    tokens.push({ start, end, key: squash(word.replace(POSSESSIVE, '')), word, possessive: POSSESSIVE.test(word) });
  }
  const out: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let joined = '';
    let hitAt = -1;
    for (let k = i; k < tokens.length && k < i + MAX_NAME_WORDS; k++) {
      joined += tokens[k]!.key;
      if (joined.length > longest) break; // only grows from here
      if (exact.has(joined)) hitAt = k;
    }
    const t = tokens[i]!;
    if (hitAt === -1 && t.key.length >= MIN_PREFIX && prefixKeys.some((key) => key.length > t.key.length && key.startsWith(t.key))) {
      const capitalised = /^\p{Lu}/u.test(t.word);
      const allCaps = t.word.length >= 2 && t.word === t.word.toUpperCase() && /\p{Lu}/u.test(t.word);
      if (capitalised && (allCaps || t.possessive || !startsSentence(text, t.start, span.start))) hitAt = i;
    }
    if (hitAt === -1) continue;
    out.push({ start: t.start, end: tokens[hitAt]!.end });
    i = hitAt;
  }
  return out;
}

/**
 * Whether `keys` are named anywhere in the message, sentence by sentence, memoised per sentence
 * text (so a one-word edit re-reads one sentence), plus, when given, a stretch outside the
 * sentences such as the sign-off and signature.
 */
export function mentionedIn(ctx: AnalysisContext, keys: readonly MentionKey[], extra?: Span): boolean {
  if (!keys.length) return false;
  const slot = `mentions:${keys.map((k) => `${k.prefix ? '+' : ''}${k.key}`).join(',')}`;
  const mentions = (t: string) => findMentions(t, { start: 0, end: t.length }, keys).length > 0;
  for (const s of ctx.sentences) if (memoSentence(slot, s, mentions)) return true;
  // The sign-off and signature rarely change while typing: memoised by their text too.
  return extra !== undefined && extra.end > extra.start && memoSentence(slot, ctx.body.slice(extra.start, extra.end), mentions);
}

/** Whether any phrase of `list` occurs in a sentence of the message (memoised per sentence text). */
export function phraseInMessage(ctx: AnalysisContext, list: readonly string[], slot: string): boolean {
  const matcher = phraseMatcher(list);
  const found = (t: string) => matcher.findIn(t).length > 0;
  for (const s of ctx.sentences) if (memoSentence(slot, s, found)) return true;
  return false;
}

function startsSentence(text: string, offset: number, floor: number): boolean {
  for (let j = offset - 1; j >= floor; j--) {
    const c = text[j]!;
    if (c === '\n') return true;
    if (/\s|["'“‘(]/.test(c)) continue;
    return /[.!?…:]/.test(c);
  }
  return true;
}

export interface SenderKeys {
  names: MentionKey[];
  companies: MentionKey[];
  companyLabel?: string;
}

// Sender and recipients rarely change between keystrokes, and two rules ask: keep the last answer,
// keyed by everything it reads. Treat the returned keys as read-only.
let lastSender: { key: string; keys: SenderKeys } | undefined;
let lastRecipients: { key: string; keys: { keys: MentionKey[]; label?: string } } | undefined;
onClearSentenceCache(() => {
  lastSender = undefined;
  lastRecipients = undefined;
});
const personKey = (p: { name?: string; email: string } | undefined) => (p ? [p.name ?? null, p.email] : null);
const senderInputs = (ctx: AnalysisContext) =>
  JSON.stringify([ctx.settings.senderNames, ctx.settings.companyNames, personKey(ctx.draft.from)]);

/** Who the sender is, as far as settings and the From header tell: names and company keys. */
export function senderKeys(ctx: AnalysisContext): SenderKeys {
  const key = senderInputs(ctx);
  if (lastSender?.key !== key) lastSender = { key, keys: senderKeysFresh(ctx) };
  return lastSender.keys;
}

function senderKeysFresh(ctx: AnalysisContext): SenderKeys {
  const names: MentionKey[] = [];
  const companies: MentionKey[] = [];
  let companyLabel: string | undefined;
  for (const n of ctx.settings.senderNames) for (const key of personKeys(n)) names.push(key);
  for (const c of ctx.settings.companyNames) {
    companies.push({ key: squash(c), prefix: true });
    companyLabel ??= c;
  }
  const from = ctx.draft.from;
  if (from) {
    const sender = describeRecipient(from);
    if (from.name && !sender.isRole) for (const key of personKeys(from.name)) names.push(key);
    if (sender.first) names.push({ key: squash(sender.first) });
    if (sender.company) {
      companies.push({ key: squash(sender.company), prefix: true });
      companyLabel ??= sender.companyDisplay ?? sender.company;
    }
  }
  return { names: dedupe(names), companies: dedupe(companies), ...(companyLabel ? { companyLabel } : {}) };
}

/** "Vern Pollard" → vernpollard, vern, pollard (a sign-off "Vern" or "V. Pollard" says who it is). */
function personKeys(name: string): MentionKey[] {
  const words = name.replace(/\([^)]*\)|<[^>]*>/g, ' ').split(/[\s,]+/).filter((w) => squash(w).length >= 2);
  return [{ key: squash(words.join(' ')) }, ...words.map((w) => ({ key: squash(w) }))];
}

function dedupe(keys: MentionKey[]): MentionKey[] {
  const seen = new Map<string, MentionKey>();
  for (const k of keys) if (k.key.length >= 2) seen.set(k.key, { key: k.key, prefix: Boolean(seen.get(k.key)?.prefix || k.prefix) });
  return [...seen.values()];
}

/** The recipients' companies, from their domains (not webmail), for personal-mention checks. */
export function recipientCompanyKeys(ctx: AnalysisContext): { keys: MentionKey[]; label?: string } {
  const key = senderInputs(ctx) + JSON.stringify(ctx.draft.to.map(personKey));
  if (lastRecipients?.key !== key) lastRecipients = { key, keys: recipientCompanyKeysFresh(ctx) };
  return lastRecipients.keys;
}

function recipientCompanyKeysFresh(ctx: AnalysisContext): { keys: MentionKey[]; label?: string } {
  const keys: MentionKey[] = [];
  let label: string | undefined;
  for (const r of ctx.to) {
    if (!r.company) continue;
    keys.push({ key: squash(r.company), prefix: true });
    // The domain, not a guessed spelling: "sproutcontent.com" tells the rep which company we mean.
    label ??= r.person.email.slice(r.person.email.lastIndexOf('@') + 1).toLowerCase() || r.company;
  }
  const self = new Set(senderKeys(ctx).companies.map((k) => k.key));
  // Writing to a colleague at one's own company is not personalisation.
  const own = keys.filter((k) => !self.has(k.key));
  return { keys: dedupe(own), ...(label && own.length ? { label } : {}) };
}

const matchers = new Map<readonly string[], PhraseMatcher<string>>();
/** One compiled matcher per phrase list, built on first use. */
export function phraseMatcher(list: readonly string[]): PhraseMatcher<string> {
  let m = matchers.get(list);
  if (!m) matchers.set(list, (m = compilePhrases(list, (p) => p)));
  return m;
}
