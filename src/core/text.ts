// Words and sentences of a span of text, with absolute offsets, plus a phrase matcher that
// tolerates the apostrophe, spacing and case variants people actually type.
//
// Sentences come from a single hand-written scan rather than Intl.Segmenter: ICU's sentence
// breaker splits after "Dr." and "e.g." and does not treat a line break as a boundary, and
// on a 2,000-word draft it measured ~9x slower than this scan (2.8 ms vs 0.3 ms).
import type { Span } from './types.js';
import { ABBREVIATIONS_NEVER_FINAL, ABBREVIATIONS_MAYBE_FINAL } from './data/abbreviations.js';

export interface Sentence extends Span {
  /** The sentence as written: `body.slice(start, end)`. */
  text: string;
  /** Ends with a question mark (also "?!", "？"). */
  isQuestion: boolean;
}

const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Whitespace-separated tokens that contain a letter or a digit, as absolute spans inside `span`.
 * Incremental like `splitSentences`: words in the prefix and suffix shared with the previous call
 * are reused, so a keystroke rescans only the edited stretch. Treat returned spans as read-only.
 */
export function wordSpans(body: string, span: Span): Span[] {
  const { start, end } = clampSpan(body, span);
  const prev = lastWords;
  let out: Span[] = [];
  if (!prev || prev.start !== start || prev.body.length < 64 || body.length < 64) {
    scanWords(body, start, end, out);
  } else if (prev.body === body && prev.end === end) {
    return prev.words.slice();
  } else {
    const { prefix, suffix } = sharedEndsCached(prev.body, body);
    const delta = body.length - prev.body.length;
    const old = prev.words;
    // A word ending at e was decided by the whitespace at e, so it must lie inside the prefix.
    const safe = Math.min(prefix, end);
    let r = firstEndingAtOrAfter(old, safe);
    // Only a word cut off by the old span's end can be followed by a non-space.
    if (r > 0 && old[r - 1]!.end === prev.end && !isWhite(body.charCodeAt(prev.end))) r--;
    out = old.slice(0, r);
    const resumeAt = r > 0 ? old[r - 1]!.end : start;
    const canSync = end - delta === prev.end;
    const suffixStart = body.length - suffix;
    scanWords(body, resumeAt, end, out, (at) => {
      // Between words inside the shared suffix: the old scan was between words here too.
      if (!canSync || at < suffixStart || at - delta < prev.start) return false;
      const from = firstStartingAfter(old, at - delta);
      for (let i = from; i < old.length; i++) out.push({ start: old[i]!.start + delta, end: old[i]!.end + delta });
      return true;
    });
  }
  lastWords = { body, start, end, words: out };
  return out.slice();
}

let lastWords: { body: string; start: number; end: number; words: Span[] } | undefined;

/**
 * `wordSpans(body, span).length`, by difference from the previous call: only the words around the
 * edited stretch are counted again (rules mostly need the count, and building every shifted span
 * after an edit cost more than all the counting).
 */
export function wordCount(body: string, span: Span): number {
  const { start, end } = clampSpan(body, span);
  const prev = lastCount;
  let count: number | undefined;
  if (prev && prev.body === body && prev.start === start && prev.end === end) return prev.count;
  if (prev && prev.start === start && end - body.length === prev.end - prev.body.length) {
    const { prefix, suffix } = sharedEndsCached(prev.body, body);
    // Widen the edit to the gaps between words, inside shared text and inside the span.
    let a = prefix;
    while (a > start && !isWordGap(body, a - 1)) a--;
    let bNew = body.length - suffix;
    while (bNew < end && !isWordGap(body, bNew)) bNew++;
    const bOld = bNew - (body.length - prev.body.length);
    if (a >= start && a <= bNew && a <= bOld && bNew <= end && bOld <= prev.end) {
      count = prev.count - countIn(prev.body, a, bOld) + countIn(body, a, bNew);
    }
  }
  count ??= countIn(body, start, end);
  lastCount = { body, start, end, count };
  return count;
}

let lastCount: { body: string; start: number; end: number; count: number } | undefined;

function countIn(body: string, from: number, to: number): number {
  const out: Span[] = [];
  scanWords(body, from, to, out);
  return out.length;
}

/** The scanner's notion of whitespace (JavaScript's \s). */
function isWordGap(body: string, i: number): boolean {
  const c = body.charCodeAt(i);
  return c <= 32 ? c === 32 || (c >= 9 && c <= 13) : c >= 128 && WHITE_RE.test(body[i]!);
}

function firstEndingAtOrAfter(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end >= offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function firstStartingAfter(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** `wordSpans` without the incremental reuse (the reference the tests compare against). */
export function wordSpansFresh(body: string, span: Span): Span[] {
  const { start, end } = clampSpan(body, span);
  const out: Span[] = [];
  scanWords(body, start, end, out);
  return out;
}

/**
 * The word scanner, a char-code loop (a regex per token cost ~3x more; non-ASCII characters fall
 * back to the Unicode test). `atGap(i)` is asked at each whitespace character between words and
 * may stop the scan by returning true.
 */
function scanWords(body: string, from: number, end: number, out: Span[], atGap?: (i: number) => boolean): void {
  let tokenStart = -1;
  let hasWordChar = false;
  for (let i = from; i < end; i++) {
    const c = body.charCodeAt(i);
    const white = c <= 32 ? c === 32 || (c >= 9 && c <= 13) : c >= 128 && WHITE_RE.test(body[i]!);
    if (white) {
      if (tokenStart >= 0 && hasWordChar) out.push({ start: tokenStart, end: i });
      tokenStart = -1;
      hasWordChar = false;
      if (atGap && atGap(i)) return;
      continue;
    }
    if (tokenStart < 0) tokenStart = i;
    if (!hasWordChar) {
      if (c < 128) hasWordChar = (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
      else hasWordChar = HAS_WORD_CHAR.test(c >= 0xd800 && c <= 0xdbff && i + 1 < end ? body.slice(i, i + 2) : body[i]!);
    }
  }
  if (tokenStart >= 0 && hasWordChar) out.push({ start: tokenStart, end });
}

const WHITE_RE = /\s/;

/** Number of words in a string, by the same definition as `wordSpans`. */
export function countWords(text: string): number {
  let n = 0;
  for (const token of text.split(/\s+/)) if (token && HAS_WORD_CHAR.test(token)) n++;
  return n;
}

function clampSpan(body: string, span: Span): Span {
  const start = Math.max(0, Math.min(body.length, span.start | 0));
  const end = Math.max(start, Math.min(body.length, span.end | 0));
  return { start, end };
}

// Character classes for the scanner, as char-code tests (the scan is the hot path of every analysis).
const isSpace = (c: number) => c === 32 || c === 9 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f;
const isNewline = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 0x0b || c === 0x0c || c === 0x85;
const isWhite = (c: number) => isSpace(c) || isNewline(c);
/** Terminal punctuation that ends a sentence when followed by space. */
const isTerminal = (c: number) => c === 46 /* . */ || c === 33 /* ! */ || c === 63 /* ? */ || c === 0x2026 /* … */ || c === 0x203d || c === 0x2047 || c === 0x2048 || c === 0x2049;
/** CJK and other full-width terminators end a sentence even without a following space. */
const isWideTerminal = (c: number) => c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff0e || c === 0x0964 || c === 0x06d4 || c === 0x061f;
/** Closing quotes and brackets that belong to the sentence they follow. */
const isCloser = (c: number) => c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x203a || c === 125;
const isLowerStart = (s: string, i: number) => {
  const ch = s.codePointAt(i);
  return ch !== undefined && /\p{Ll}/u.test(String.fromCodePoint(ch));
};
const isUpperStart = (s: string, i: number) => {
  const ch = s.codePointAt(i);
  return ch !== undefined && /\p{Lu}/u.test(String.fromCodePoint(ch));
};

// A list marker at the start of a line: "-", "*", "•", "1.", "2)", followed by a space.
const BULLET = /^(?:[-*•◦▪▫·►▸‣⁃–—>]|\d{1,3}[.)])[ \t]+/;

/**
 * The sentences of `body` within `span`, with absolute offsets. Boundaries: ".", "!", "?", "…"
 * followed by space (not after "Dr.", "e.g.", initials, decimals, URLs or emails, which have no
 * space after the dot), blank lines, list lines, and line breaks unless the next line plainly
 * continues the sentence (hard-wrapped text: no end punctuation, next line starts lowercase).
 * Leading list markers are not part of a sentence. Linear in the length of the span.
 *
 * Incremental, like typing: the previous call's result is kept, and when the new body shares a
 * prefix and a suffix with it, sentences inside them are reused (prefix ones as the same objects,
 * suffix ones shifted, with the same text strings) and only the edited stretch is scanned again.
 * Returned objects are shared: treat them as read-only.
 */
export function splitSentences(body: string, span: Span): Sentence[] {
  const { start, end } = clampSpan(body, span);
  const prev = lastSplit;
  const out: Sentence[] = [];
  if (!prev || prev.start !== start || prev.body.length < 64 || body.length < 64) {
    scanSentences(body, start, start, end, out);
  } else if (prev.body === body && prev.end === end) {
    return prev.sentences.slice();
  } else {
    const old = prev.sentences;
    const { prefix: p, suffix: q } = sharedEndsCached(prev.body, body);
    const delta = body.length - prev.body.length;
    // Reuse old sentence k while the next one starts safely inside the shared prefix: every
    // look-ahead that decided where k ends stayed inside unchanged text.
    const safePrefix = Math.min(p, end) - REUSE_MARGIN;
    let r = 0;
    while (r + 1 < old.length && old[r + 1]!.start <= safePrefix) out.push(old[r++]!);
    const resumeAt = r > 0 ? old[r - 1]!.end : start;
    const suffixStart = body.length - q + REUSE_MARGIN;
    const canSync = end - delta === prev.end;
    scanSentences(body, start, resumeAt, end, out, (s) => {
      // Once a fresh sentence ends where an old one ended, inside the shared suffix, the rest of
      // the old scan applies unchanged, shifted by the edit's length.
      if (!canSync || s.end < suffixStart) return false;
      const k = indexOfEnd(old, s.end - delta);
      if (k < 0) return false;
      for (let i = k + 1; i < old.length; i++) {
        const o = old[i]!;
        out.push(new SentenceRecord(o.start + delta, o.end + delta, o.text, o.isQuestion, sentenceCacheOf(o) ?? {}));
      }
      return true;
    });
  }
  lastSplit = { body, start, end, sentences: out };
  return out.slice();
}

// Longer than any look-ahead or look-behind the scanner makes around a boundary (list markers: 8,
// abbreviations: 12) other than whitespace runs, which the "next sentence starts" test covers.
const REUSE_MARGIN = 16;
let lastSplit: { body: string; start: number; end: number; sentences: Sentence[] } | undefined;

// Per-sentence caches (nlp.ts) hang off a holder that a sentence shares with its shifted copies:
// a field read instead of a hash lookup per rule per sentence per keystroke. It is a private field,
// so sentences still compare (toEqual) and serialise (JSON) as the plain {start, end, text,
// isQuestion} records of the contract.
export interface SentenceCache {
  slots?: Map<string, unknown>;
}

class SentenceRecord implements Sentence {
  readonly #cache: SentenceCache;
  /** Caches that depend on this record's offsets too (not shared with shifted copies). */
  #local: LocalCache | undefined;
  constructor(
    public start: number,
    public end: number,
    public text: string,
    public isQuestion: boolean,
    cache: SentenceCache,
  ) {
    this.#cache = cache;
  }
  static cacheOf(s: object): SentenceCache | undefined {
    return #cache in s ? (s as SentenceRecord).#cache : undefined;
  }
  static localOf(s: object): LocalCache | undefined {
    if (!(#cache in s)) return undefined;
    const r = s as SentenceRecord;
    return (r.#local ??= new LocalCache());
  }
}

/** A few keyed values; a Map per sentence per keystroke cost more than a linear look through 1–3 keys. */
export class LocalCache {
  private readonly keys: string[] = [];
  private readonly values: unknown[] = [];
  get(key: string): unknown {
    const i = this.keys.indexOf(key);
    return i < 0 ? undefined : this.values[i];
  }
  set(key: string, value: unknown): void {
    const i = this.keys.indexOf(key);
    if (i >= 0) this.values[i] = value;
    else {
      this.keys.push(key);
      this.values.push(value);
    }
  }
}

/**
 * A cache for values that depend on this very sentence object, offsets included (absolute spans):
 * kept while the sentence is reused unchanged at the same place between keystrokes.
 */
export function sentenceLocalCacheOf(s: object): LocalCache | undefined {
  return SentenceRecord.localOf(s);
}

/** The cache holder of a sentence made by `splitSentences`, if it has one. */
export function sentenceCacheOf(s: object): SentenceCache | undefined {
  return SentenceRecord.cacheOf(s);
}

/** Forgets the previous split (part of clearing the sentence cache for a cold analysis). */
export function forgetLastSplit(): void {
  lastSplit = undefined;
  lastWords = undefined;
  lastCount = undefined;
  lastEnds = undefined;
}

/**
 * Lengths of the longest common prefix and suffix of two texts (not overlapping). Compares in
 * blocks first: native string equality is many times faster than a charCodeAt loop.
 */
export function sharedEnds(a: string, b: string): { prefix: number; suffix: number } {
  const max = Math.min(a.length, b.length);
  // Big blocks first (each comparison costs two slices), then small ones, then characters.
  const BIG = 4096;
  const BLOCK = 256;
  let p = 0;
  while (p + BIG <= max && a.slice(p, p + BIG) === b.slice(p, p + BIG)) p += BIG;
  while (p + BLOCK <= max && a.slice(p, p + BLOCK) === b.slice(p, p + BLOCK)) p += BLOCK;
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let q = 0;
  const room = max - p;
  while (q + BIG <= room && a.slice(a.length - q - BIG, a.length - q) === b.slice(b.length - q - BIG, b.length - q)) q += BIG;
  while (q + BLOCK <= room && a.slice(a.length - q - BLOCK, a.length - q) === b.slice(b.length - q - BLOCK, b.length - q)) q += BLOCK;
  while (q < room && a.charCodeAt(a.length - 1 - q) === b.charCodeAt(b.length - 1 - q)) q++;
  return { prefix: p, suffix: q };
}

// Parts, words and sentences all compare the new body with the last one: compare once.
let lastEnds: { a: string; b: string; ends: { prefix: number; suffix: number } } | undefined;
/** `sharedEnds`, remembering the last pair compared. */
export function sharedEndsCached(a: string, b: string): { prefix: number; suffix: number } {
  if (lastEnds && lastEnds.a === a && lastEnds.b === b) return lastEnds.ends;
  const ends = sharedEnds(a, b);
  lastEnds = { a, b, ends };
  return ends;
}

function indexOfEnd(sentences: readonly Sentence[], endOffset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = sentences[mid]!.end;
    if (e === endOffset) return mid;
    if (e < endOffset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** `splitSentences` without the incremental reuse (the reference the tests compare against). */
export function splitSentencesFresh(body: string, span: Span): Sentence[] {
  const { start, end } = clampSpan(body, span);
  const out: Sentence[] = [];
  scanSentences(body, start, start, end, out);
  return out;
}

/**
 * The scanner: from `from` (a point between sentences) to `end`, appending to `out`. `onClose`
 * may stop the scan after any sentence by returning true.
 */
function scanSentences(
  body: string,
  spanStart: number,
  from: number,
  end: number,
  out: Sentence[],
  onClose?: (s: Sentence) => boolean,
): void {
  let sentenceStart = -1;
  // As a scan from the span's start would have it here: at a line start unless text precedes on this line.
  let back = from;
  while (back > spanStart && isSpace(body.charCodeAt(back - 1))) back--;
  let lineStart = back === spanStart || isNewline(body.charCodeAt(back - 1));
  let lastNonWhite = -1;
  let stopped = false;

  const close = (endExclusive: number, question: boolean) => {
    if (sentenceStart < 0) return;
    let e = endExclusive;
    while (e > sentenceStart && isWhite(body.charCodeAt(e - 1))) e--;
    const text = body.slice(sentenceStart, e);
    sentenceStart = -1;
    if (HAS_WORD_CHAR.test(text)) {
      const s = new SentenceRecord(e - text.length, e, text, question, {});
      out.push(s);
      if (onClose && onClose(s)) stopped = true;
    }
  };

  let i = from;
  while (i < end && !stopped) {
    const c = body.charCodeAt(i);
    if (isNewline(c)) {
      if (sentenceStart >= 0 && lineBreakEndsSentence(body, i, end, lastNonWhite)) close(i, false);
      lineStart = true;
      i++;
      continue;
    }
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (sentenceStart < 0) {
      if (lineStart) {
        const bullet = BULLET.exec(body.slice(i, Math.min(end, i + 8)));
        if (bullet) {
          i += bullet[0].length;
          lineStart = false;
          continue;
        }
      }
      sentenceStart = i;
    }
    lineStart = false;
    lastNonWhite = i;

    if (isWideTerminal(c)) {
      let k = i + 1;
      while (k < end && (isWideTerminal(body.charCodeAt(k)) || isCloser(body.charCodeAt(k)))) k++;
      close(k, body.slice(i, k).includes('？'));
      lastNonWhite = k - 1;
      i = k;
      continue;
    }
    if (isTerminal(c)) {
      let k = i;
      let question = false;
      let dotsOnly = true;
      while (k < end && isTerminal(body.charCodeAt(k))) {
        const t = body.charCodeAt(k);
        if (t === 63 || t === 0x203d || t === 0x2047 || t === 0x2048 || t === 0x2049) question = true;
        if (t !== 46 && t !== 0x2026) dotsOnly = false;
        k++;
      }
      const punctEnd = k;
      while (k < end && isCloser(body.charCodeAt(k))) k++;
      lastNonWhite = k - 1;
      if (k >= end || isWhite(body.charCodeAt(k))) {
        const quoted = k > punctEnd; // '"Is that OK?" she asked.' goes on
        if (dotsOnly ? dotEndsSentence(body, i, k, end, sentenceStart) : !(quoted && nextIsLower(body, k, end))) {
          close(k, question);
        }
      }
      i = k;
      continue;
    }
    i++;
  }
  if (!stopped) close(end, false);
}

/** Whether the line break at `i` ends the current sentence. */
function lineBreakEndsSentence(body: string, i: number, end: number, lastNonWhite: number): boolean {
  // Look at the next line's first visible character (each character is looked at O(1) times:
  // the main loop skips the same whitespace right after).
  let j = i + 1;
  while (j < end && isSpace(body.charCodeAt(j))) j++;
  if (j >= end) return true;
  if (isNewline(body.charCodeAt(j))) return true; // blank line: a paragraph break
  if (BULLET.test(body.slice(j, Math.min(end, j + 8)))) return true;
  const prev = lastNonWhite >= 0 ? body.charCodeAt(lastNonWhite) : 0;
  const prevEndsClause = isTerminal(prev) || isCloser(prev) || prev === 58 /* : */ || prev === 59 /* ; */;
  // Hard-wrapped prose: the line stops mid-sentence and the next one goes on in lowercase.
  if (!prevEndsClause && isLowerStart(body, j)) return false;
  return true;
}

function nextIsLower(body: string, k: number, end: number): boolean {
  let j = k;
  while (j < end && isSpace(body.charCodeAt(j))) j++;
  return j < end && isLowerStart(body, j);
}

/** For a run of dots (or "…") at [i, k): does it end the sentence? */
function dotEndsSentence(body: string, i: number, k: number, end: number, sentenceStart: number): boolean {
  // Next visible character after the run.
  let j = k;
  while (j < end && isSpace(body.charCodeAt(j))) j++;
  if (j >= end || isNewline(body.charCodeAt(j))) return true;
  // "approx. half", "... and then": a lowercase continuation is the same sentence.
  if (isLowerStart(body, j)) return false;
  const runLength = k - i;
  if (runLength > 1 || body.charCodeAt(i) === 0x2026) return true; // ellipsis before a capital
  // The word before the single dot, e.g. "Dr", "e.g", "U.S", "J".
  let w = i;
  const floor = Math.max(sentenceStart, i - 12);
  while (w > floor && !isWhite(body.charCodeAt(w - 1)) && body.charCodeAt(w - 1) !== 40 /* ( */) w--;
  const word = body.slice(w, i).toLowerCase();
  if (!word) return true;
  if (ABBREVIATIONS_NEVER_FINAL.has(word)) return false;
  // A lone capital ("J. Smith") is an initial; "…you and I. Then" is the pronoun ending a sentence.
  if (word.length === 1 && word !== 'i' && /\p{Lu}/u.test(body.slice(w, i)) && isUpperStart(body, j)) return false;
  // "…in the U.S. Our team" ends there; "the U.S. Army" is the rare miss we accept.
  if (ABBREVIATIONS_MAYBE_FINAL.has(word)) return isUpperStart(body, j);
  return true;
}

/** Index of the sentence containing `offset`, or -1. Sentences must be sorted (as returned). */
export function sentenceIndexAt(sentences: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

// ---------------------------------------------------------------------------------------------
// Phrase matching

export interface PhraseMatch<T> extends Span {
  /** The entry whose phrase matched (longest wins at a position). */
  entry: T;
  /** The matched text as written. */
  text: string;
}

export interface PhraseMatcher<T> {
  /** Non-overlapping matches in `body` within `span`, left to right. */
  find(body: string, span: Span): PhraseMatch<T>[];
  /** Same, in a standalone string (offsets relative to it). */
  findIn(text: string): PhraseMatch<T>[];
}

const APOSTROPHES = /['’‘`´]/g;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Canonical form of a phrase for lookup: lowercase, straight apostrophes, single spaces. */
export function normalizePhrase(s: string): string {
  return s.toLowerCase().replace(APOSTROPHES, "'").replace(/\s+/g, ' ').trim();
}

/**
 * Compiles a list of phrases into one matcher: case-insensitive, any apostrophe (' ’ ‘ `),
 * any run of whitespace between words, whole words only. Longest phrase wins at a position.
 */
export function compilePhrases<T>(entries: readonly T[], phraseOf: (entry: T) => string): PhraseMatcher<T> {
  const byKey = new Map<string, T>();
  for (const e of entries) {
    const key = normalizePhrase(phraseOf(e));
    if (key && !byKey.has(key)) byKey.set(key, e);
  }
  const keys = [...byKey.keys()].sort((a, b) => b.length - a.length);
  const source = keys
    .map((k) =>
      k
        .split(' ')
        .map((w) => escapeRegExp(w).replace(/'/g, "['’‘`´]"))
        .join('\\s+'),
    )
    .join('|');
  // Whole words: no letter, digit or apostrophe-joined letter on either side.
  const pattern = keys.length ? new RegExp(`(?<![\\p{L}\\p{N}_])(?:${source})(?![\\p{L}\\p{N}_])`, 'giu') : null;
  const run = (text: string, from: number, to: number): PhraseMatch<T>[] => {
    if (!pattern) return [];
    const out: PhraseMatch<T>[] = [];
    const re = new RegExp(pattern.source, pattern.flags);
    re.lastIndex = from;
    const haystack = to === text.length ? text : text.slice(0, to);
    let m: RegExpExecArray | null;
    while ((m = re.exec(haystack)) !== null) {
      const entry = byKey.get(normalizePhrase(m[0]));
      if (entry !== undefined) out.push({ start: m.index, end: m.index + m[0].length, entry, text: m[0] });
      if (m[0].length === 0) re.lastIndex++;
    }
    return out;
  };
  return {
    find(body, span) {
      const { start, end } = clampSpan(body, span);
      return run(body, start, end);
    },
    findIn(text) {
      return run(text, 0, text.length);
    },
  };
}

/** `replacement` with its first letter upper- or lower-cased. */
export function withFirstLetter(replacement: string, upper: boolean): string {
  if (!replacement) return replacement;
  const first = String.fromCodePoint(replacement.codePointAt(0)!);
  const rest = replacement.slice(first.length);
  return (upper ? first.toUpperCase() : first.toLowerCase()) + rest;
}
