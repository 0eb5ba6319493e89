// compromise, one sentence at a time, cached by sentence text — the way compromise's keypress
// plugin does it — so re-analysing after a one-word edit re-tags only the sentence that changed.
// Rules ask for tags only where they add something regexes cannot do well (contractions such
// as "I'm" = "I am" in match patterns for the opening sentence, the verb before a capital "US");
// nothing here parses the whole draft.
//
// The same LRU also memoises any per-sentence computation (`memoSentence`), so cheap-but-linear
// work (pronoun counts, phrase matches, syllables) is also done once per distinct sentence.
// Pass the Sentence object from ctx.sentences (not its .text): it carries its cache holder, so
// the lookup is a field read rather than a hash of the text. "US" is told apart by compromise's
// tag of the word before it (compromise itself tags every capital "US" as a place).
import nlp from 'compromise';
import { forgetLastSplit, sentenceCacheOf } from './text.js';

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

/**
 * A least-recently-used map. `get` only stamps the entry (a Map delete + set per hit cost more
 * than the lookups themselves on every keystroke); eviction runs when the map outgrows its bound
 * by a quarter and drops the least recently stamped entries, so its cost is amortised.
 */
class Lru<V> {
  private readonly map = new Map<string, { value: V; stamp: number }>();
  private clock = 0;
  constructor(private readonly max: number) {}
  get(key: string): V | undefined {
    const e = this.map.get(key);
    if (e === undefined) return undefined;
    e.stamp = ++this.clock;
    return e.value;
  }
  set(key: string, value: V): void {
    this.map.set(key, { value, stamp: ++this.clock });
    if (this.map.size > this.max + (this.max >> 2)) this.evict();
  }
  private evict(): void {
    const stamps = [...this.map.values()].map((e) => e.stamp).sort((a, b) => a - b);
    const cutoff = stamps[this.map.size - this.max - 1]!;
    for (const [k, e] of this.map) if (e.stamp <= cutoff) this.map.delete(k);
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

/** A sentence as `ctx.sentences` holds it; passing the object (not its text) skips a text lookup. */
export interface SentenceLike {
  text: string;
}

function slotsOf(sentence: string | SentenceLike): Map<string, unknown> {
  // A sentence from `splitSentences` carries a holder, shared with its shifted copies.
  const holder = typeof sentence === 'string' ? undefined : sentenceCacheOf(sentence);
  if (holder?.slots) return holder.slots;
  const text = typeof sentence === 'string' ? sentence : sentence.text;
  let slots = memo.get(text);
  if (!slots) {
    slots = new Map();
    memo.set(text, slots);
  }
  if (holder) holder.slots = slots;
  return slots;
}

/**
 * Memoises `compute(text)` under `slot` for this sentence text. Use a slot name that includes
 * every input besides the sentence (e.g. the recipients' names) so stale results cannot leak.
 * Pass the Sentence object from `ctx.sentences` where you have it (faster than its text).
 */
export function memoSentence<T>(slot: string, sentence: string | SentenceLike, compute: (text: string) => T): T {
  const slots = slotsOf(sentence);
  const known = slots.get(slot);
  if (known !== undefined || slots.has(slot)) return known as T;
  const value = compute(typeof sentence === 'string' ? sentence : sentence.text);
  slots.set(slot, value);
  return value;
}

const clearHooks: (() => void)[] = [];

/** Lets a module that keeps its own per-text cache take part in `clearSentenceCache`. */
export function onClearSentenceCache(hook: () => void): void {
  clearHooks.push(hook);
}

/** Empties every per-sentence cache (the benchmark's "cold" runs; tests). */
export function clearSentenceCache(): void {
  for (const hook of clearHooks) hook();
  parsed.clear();
  memo.clear();
  forgetLastSplit();
}

export function sentenceCacheSize(): { parsed: number; memo: number } {
  return { parsed: parsed.size, memo: memo.size };
}
