// Spans of the body: words, sentences and paragraphs, as absolute UTF-16 offsets.
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
const WHITE_RE = /\s/;

export function clampSpan(body: string, span: Span): Span {
  const start = Math.max(0, Math.min(body.length, span.start | 0));
  const end = Math.max(start, Math.min(body.length, span.end | 0));
  return { start, end };
}

/** `span` without the whitespace at either end. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && WHITE_RE.test(text[start]!)) start++;
  while (end > start && WHITE_RE.test(text[end - 1]!)) end--;
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

/**
 * Whitespace-separated tokens that contain a letter or a digit, as absolute spans inside `span`.
 * A char-code loop: a regex per token cost ~3x more; non-ASCII characters fall back to the
 * Unicode test.
 */
export function wordSpans(body: string, span: Span): Span[] {
  const { start, end } = clampSpan(body, span);
  const out: Span[] = [];
  let tokenStart = -1;
  let hasWordChar = false;
  for (let i = start; i < end; i++) {
    const c = body.charCodeAt(i);
    const white = c <= 32 ? c === 32 || (c >= 9 && c <= 13) : c >= 128 && WHITE_RE.test(body[i]!);
    if (white) {
      if (tokenStart >= 0 && hasWordChar) out.push({ start: tokenStart, end: i });
      tokenStart = -1;
      hasWordChar = false;
      continue;
    }
    if (tokenStart < 0) tokenStart = i;
    if (!hasWordChar) {
      if (c < 128) hasWordChar = (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
      else hasWordChar = HAS_WORD_CHAR.test(c >= 0xd800 && c <= 0xdbff && i + 1 < end ? body.slice(i, i + 2) : body[i]!);
    }
  }
  if (tokenStart >= 0 && hasWordChar) out.push({ start: tokenStart, end });
  return out;
}

/** Number of words in a string, by the same definition as `wordSpans`. */
export function countWords(text: string): number {
  return wordSpans(text, { start: 0, end: text.length }).length;
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
 */
export function splitSentences(body: string, span: Span): Sentence[] {
  const { start, end } = clampSpan(body, span);
  const out: Sentence[] = [];
  let sentenceStart = -1;
  let lineStart = true;
  let lastNonWhite = -1;

  const close = (endExclusive: number, question: boolean) => {
    if (sentenceStart < 0) return;
    let e = endExclusive;
    while (e > sentenceStart && isWhite(body.charCodeAt(e - 1))) e--;
    const text = body.slice(sentenceStart, e);
    sentenceStart = -1;
    if (HAS_WORD_CHAR.test(text)) out.push({ start: e - text.length, end: e, text, isQuestion: question });
  };

  let i = start;
  while (i < end) {
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
  close(end, false);
  return out;
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
