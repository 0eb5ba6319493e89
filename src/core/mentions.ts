// Where a person or a company is named: "SPROUT Content", "Sprout-Content.com", "Vern Pollard",
// "Acme's". One matcher for every rule and for the references count: a run of up to four words
// whose compact keys join to a known key, or, for prefix keys, one capitalised word that begins
// the key ("Sprout" for sproutcontent.com).
import type { Person, ResolvedSettings, Span } from './types.js';
import { compactKey, describeRecipient, type RecipientName } from './names.js';

/** A word that may be part of a name, with what it contributes to a key. */
export interface NameToken extends Span {
  word: string;
  key: string;
  possessive: boolean;
}

const NAME_WORD = /[\p{L}\p{N}]+(?:[&'’.-][\p{L}\p{N}]+)*/gu;
const POSSESSIVE = /['’]s$/i;
const TLD = /\.(?:com|net|org|io|ai|co|app|dev|biz|info|us|uk|de|fr|es|nl|ca|au|eu|tech|cloud|so|ly)$/i;
const PLAIN_WORD = /^[A-Za-z0-9]+$/;
const HAS_UPPER = /\p{Lu}/u;
const MAX_NAME_WORDS = 4;
/** A capitalised word that starts a company key ("Sprout" for sproutcontent) needs this many letters. */
const MIN_PREFIX = 4;

/** The words of a sentence that could make up a name (a sentence fact: depends on the text alone). */
export function nameTokens(text: string): NameToken[] {
  const tokens: NameToken[] = [];
  for (const m of text.matchAll(NAME_WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    // Most words are plain ASCII letters and digits: no TLD, no possessive, nothing to fold.
    if (PLAIN_WORD.test(m[0])) {
      tokens.push({ start, end, word: m[0], key: m[0].toLowerCase(), possessive: false });
      continue;
    }
    const possessive = POSSESSIVE.test(m[0]);
    tokens.push({ start, end, word: m[0], key: compactKey(m[0].replace(POSSESSIVE, '').replace(TLD, '')), possessive });
  }
  return tokens;
}

export interface MentionKey {
  /** Compact key: "sproutcontent", "vernpollard". */
  key: string;
  /** Also accept one capitalised word that begins the key ("Sprout" for sproutcontent.com). */
  prefix?: boolean;
}

/** Keys ready for matching, each with what a match of it means. */
export interface NameTable<T> {
  exact: ReadonlyMap<string, T>;
  prefixes: readonly { key: string; value: T }[];
  longest: number;
}

export function nameTable<T>(entries: Iterable<{ key: string; prefix?: boolean; value: T }>): NameTable<T> {
  const exact = new Map<string, T>();
  const prefixes: { key: string; value: T }[] = [];
  for (const e of entries) {
    if (e.key.length < 2) continue;
    if (!exact.has(e.key)) exact.set(e.key, e.value);
    if (e.prefix) prefixes.push({ key: e.key, value: e.value });
  }
  return { exact, prefixes, longest: Math.max(0, ...[...exact.keys()].map((k) => k.length)) };
}

export interface Mention<T> extends Span {
  value: T;
}

/**
 * Names of `table` in `text` (offsets relative to it), given its `nameTokens`. With
 * `capitalisedOnly`, a name must start with a word that has a capital ("Chris", "eBay"). A
 * sentence-initial word counts as a prefix only in capitals or as a possessive ("Sprout's"),
 * since any sentence starts with a capital.
 */
export function matchNames<T>(text: string, tokens: readonly NameToken[], table: NameTable<T>, capitalisedOnly = false): Mention<T>[] {
  const out: Mention<T>[] = [];
  if (!table.exact.size) return out;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (capitalisedOnly && !HAS_UPPER.test(t.word)) continue;
    let joined = '';
    let hitAt = -1;
    let value: T | undefined;
    for (let k = i; k < tokens.length && k < i + MAX_NAME_WORDS; k++) {
      joined += tokens[k]!.key;
      if (joined.length > table.longest) break; // only grows from here
      const v = table.exact.get(joined);
      if (v !== undefined) [hitAt, value] = [k, v];
    }
    if (hitAt === -1 && t.key.length >= MIN_PREFIX && /^\p{Lu}/u.test(t.word)) {
      const allCaps = t.word.length >= 2 && t.word === t.word.toUpperCase();
      const prefix = table.prefixes.find((p) => p.key.length > t.key.length && p.key.startsWith(t.key));
      if (prefix && (allCaps || t.possessive || !startsSentence(text, t.start))) [hitAt, value] = [i, prefix.value];
    }
    if (hitAt === -1) continue;
    out.push({ start: t.start, end: tokens[hitAt]!.end, value: value as T });
    i = hitAt;
  }
  return out;
}

/** `matchNames` on a piece of text that is not a sentence of the message (the signature). */
export function findNames<T>(text: string, table: NameTable<T>): Mention<T>[] {
  return matchNames(text, nameTokens(text), table);
}

function startsSentence(text: string, offset: number): boolean {
  for (let j = offset - 1; j >= 0; j--) {
    const c = text[j]!;
    if (c === '\n') return true;
    if (/\s|["'“‘(]/.test(c)) continue;
    return /[.!?…:]/.test(c);
  }
  return true;
}

/** Keys for names a rule looks for (a playbook's company and product names). */
export function keysOf(names: readonly string[] | undefined): MentionKey[] {
  return (names ?? []).map((n) => ({ key: compactKey(n), prefix: true })).filter((k) => k.key.length >= 2);
}

export interface SenderKeys {
  names: MentionKey[];
  companies: MentionKey[];
  companyLabel?: string;
}

/** Who the sender is, as far as settings and the From header tell: names and company keys. */
export function senderKeys(from: Person | undefined, settings: ResolvedSettings): SenderKeys {
  const names: MentionKey[] = [];
  const companies: MentionKey[] = [];
  let companyLabel: string | undefined;
  for (const n of settings.senderNames) names.push(...personKeys(n));
  for (const c of settings.companyNames) {
    companies.push({ key: compactKey(c), prefix: true });
    companyLabel ??= c;
  }
  if (from) {
    const sender = describeRecipient(from);
    if (from.name && !sender.isRole) names.push(...personKeys(from.name));
    if (sender.first) names.push({ key: compactKey(sender.first) });
    if (sender.company) {
      companies.push({ key: compactKey(sender.company), prefix: true });
      companyLabel ??= sender.companyDisplay ?? sender.company;
    }
  }
  return { names: dedupe(names), companies: dedupe(companies), ...(companyLabel ? { companyLabel } : {}) };
}

/** "Vern Pollard" → vernpollard, vern, pollard (a sign-off "Vern" or "V. Pollard" says who it is). */
function personKeys(name: string): MentionKey[] {
  const words = name.replace(/\([^)]*\)|<[^>]*>/g, ' ').split(/[\s,]+/).filter((w) => compactKey(w).length >= 2);
  return [{ key: compactKey(words.join(' ')) }, ...words.map((w) => ({ key: compactKey(w) }))];
}

function dedupe(keys: MentionKey[]): MentionKey[] {
  const seen = new Map<string, MentionKey>();
  for (const k of keys) if (k.key.length >= 2) seen.set(k.key, { key: k.key, prefix: Boolean(seen.get(k.key)?.prefix || k.prefix) });
  return [...seen.values()];
}

/** The recipients' companies, from their domains (not webmail), other than the sender's own. */
export function recipientCompanyKeys(to: readonly RecipientName[], sender: SenderKeys): { keys: MentionKey[]; label?: string } {
  const keys: MentionKey[] = [];
  let label: string | undefined;
  for (const r of to) {
    if (!r.company) continue;
    keys.push({ key: compactKey(r.company), prefix: true });
    // The domain, not a guessed spelling: "sproutcontent.com" tells the rep which company we mean.
    label ??= r.person.email.slice(r.person.email.lastIndexOf('@') + 1).toLowerCase() || r.company;
  }
  const self = new Set(sender.companies.map((k) => k.key));
  // Writing to a colleague at one's own company is not personalisation.
  const own = keys.filter((k) => !self.has(k.key));
  return { keys: dedupe(own), ...(label && own.length ? { label } : {}) };
}
