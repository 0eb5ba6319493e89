// compromise, one sentence at a time, cached by sentence text — the way compromise's keypress
// plugin does it — so re-analysing after a one-word edit re-tags only the sentence that changed.
// Rules ask for tags only where they add something regexes cannot do well (contractions such
// as "I'm" = "I am" in match patterns, "US" the country vs "us" the pronoun); nothing here
// parses the whole draft.
//
// The same LRU also memoises any per-sentence computation (`memoSentence`), so cheap-but-linear
// work (pronoun counts, phrase matches, syllables) is also done once per distinct sentence.
import nlp from 'compromise';

export type Doc = ReturnType<typeof nlp>;

export interface TaggedTerm {
  /** The term as written ("I'm"); "" for the hidden half of a contraction. */
  text: string;
  /** Offsets relative to the sentence text. */
  start: number;
  end: number;
  /** compromise's normal form ("i'm" → implicit "i"). */
  normal: string;
  /** The expanded word of a contraction ("I'm" → "i" then "am"). */
  implicit?: string;
  tags: ReadonlySet<string>;
}

/** A small least-recently-used map: `get` refreshes, `set` evicts the oldest beyond `max`. */
class Lru<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly max: number) {}
  get(key: string): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }
  set(key: string, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.max) {
      const oldest = this.map.keys().next();
      if (!oldest.done) this.map.delete(oldest.value);
    }
  }
  clear(): void {
    this.map.clear();
  }
  get size(): number {
    return this.map.size;
  }
}

// Bounds: a 10,000-word draft has ~700 sentences; keep two versions of it warm.
const MAX_MEMO_SENTENCES = 4000;
// Parsed documents are heavier; only the few sentences rules ask compromise about are kept.
const MAX_PARSED_SENTENCES = 500;
// compromise is not made for megabyte "sentences" (a pasted log with no punctuation).
const MAX_PARSE_CHARS = 2000;

interface Parsed {
  doc: Doc;
  terms?: TaggedTerm[];
}

const parsed = new Lru<Parsed>(MAX_PARSED_SENTENCES);
const memo = new Lru<Map<string, unknown>>(MAX_MEMO_SENTENCES);
const compiledPatterns = new Map<string, object[]>();

function parsedOf(sentence: string): Parsed {
  let p = parsed.get(sentence);
  if (!p) {
    p = { doc: nlp(sentence.length > MAX_PARSE_CHARS ? sentence.slice(0, MAX_PARSE_CHARS) : sentence) };
    parsed.set(sentence, p);
  }
  return p;
}

/** The compromise document of one sentence (cached). Treat it as read-only. */
export function parseSentence(sentence: string): Doc {
  return parsedOf(sentence).doc;
}

/** The tagged terms of one sentence with offsets relative to it (cached). */
export function sentenceTerms(sentence: string): TaggedTerm[] {
  const p = parsedOf(sentence);
  if (!p.terms) {
    const terms: TaggedTerm[] = [];
    type JsonTerm = { text: string; normal?: string; implicit?: string; tags?: string[]; offset?: { start: number; length: number } };
    const json = p.doc.json({ offset: true, terms: { offset: true, tags: true, normal: true } }) as { terms?: JsonTerm[] }[];
    for (const s of json) {
      for (const t of s.terms ?? []) {
        const start = t.offset?.start ?? 0;
        terms.push({
          text: t.text,
          start,
          end: start + (t.offset?.length ?? t.text.length),
          normal: t.normal ?? t.text.toLowerCase(),
          ...(t.implicit ? { implicit: t.implicit } : {}),
          tags: new Set(t.tags ?? []),
        });
      }
    }
    p.terms = terms;
  }
  return p.terms;
}

/** Whether one sentence matches a compromise match pattern (e.g. "^i am #Gerund"); both cached. */
export function sentenceHas(sentence: string, pattern: string): boolean {
  let compiled = compiledPatterns.get(pattern);
  if (!compiled) {
    compiled = nlp.parseMatch(pattern);
    compiledPatterns.set(pattern, compiled);
  }
  // compromise accepts a pre-parsed match wherever it accepts a string.
  return parseSentence(sentence).has(compiled as unknown as string);
}

/**
 * Memoises `compute(sentence)` under `slot` for this sentence text. Use a slot name that includes
 * every input besides the sentence (e.g. the recipients' names) so stale results cannot leak.
 */
export function memoSentence<T>(slot: string, sentence: string, compute: (sentence: string) => T): T {
  let slots = memo.get(sentence);
  if (!slots) {
    slots = new Map();
    memo.set(sentence, slots);
  }
  if (slots.has(slot)) return slots.get(slot) as T;
  const value = compute(sentence);
  slots.set(slot, value);
  return value;
}

/** Empties every per-sentence cache (the benchmark's "cold" runs; tests). */
export function clearSentenceCache(): void {
  parsed.clear();
  memo.clear();
}

export function sentenceCacheSize(): { parsed: number; memo: number } {
  return { parsed: parsed.size, memo: memo.size };
}
