// A cheap guess whether a message is English, from function words: enough to keep English-only
// advice (self-focus, filler, reading level) away from a Spanish or German draft. Short English
// ("Thanks, got it.") is 'en' or 'unknown', never 'other': we only say 'other' on clear evidence.
import { ENGLISH_WORDS, OTHER_LANGUAGE_WORDS } from './data/function-words.js';
import { onClearSentenceCache } from './nlp.js';
import { sharedEnds } from './text.js';

export type Language = 'en' | 'other' | 'unknown';

const ENGLISH = new Set(ENGLISH_WORDS);
const OTHERS: [string, Set<string>][] = Object.entries(OTHER_LANGUAGE_WORDS).map(([lang, words]) => [
  lang,
  new Set(words.filter((w) => !ENGLISH.has(w))),
]);

// Enough to decide (~2,000 words); past it, a 10,000-word draft costs no more than a 2,000-word one.
const SAMPLE_CHARS = 12000;
const TOKEN = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
const LATIN = /\p{Script=Latin}/u;
// Edits larger than this are counted afresh rather than by difference.
const MAX_DIFF_CHARS = 4000;

export interface LanguageEvidence {
  tokens: number;
  english: number;
  /** Best-scoring other language and its hits. */
  other: { lang: string; hits: number };
  latinLetters: number;
  otherScriptLetters: number;
  /** Hits per other language. */
  byLanguage: Record<string, number>;
}

type Counts = Omit<LanguageEvidence, 'other'>;

/** Function-word counts for one piece of text. Additive: counts(a + " " + b) = counts(a) + counts(b). */
function countsOf(text: string): Counts {
  const byLanguage: Record<string, number> = {};
  let tokens = 0;
  let english = 0;
  let latinLetters = 0;
  let otherScriptLetters = 0;
  for (const m of text.matchAll(TOKEN)) {
    const word = m[0].toLowerCase().replace(/’/g, "'");
    tokens++;
    // One code point decides the script of the whole token: scripts do not mix inside a word.
    const first = word.charCodeAt(0);
    if (first < 128 || LATIN.test(String.fromCodePoint(word.codePointAt(0)!))) latinLetters += word.length;
    else otherScriptLetters += word.length;
    if (ENGLISH.has(word)) english++;
    for (const [lang, words] of OTHERS) if (words.has(word)) byLanguage[lang] = (byLanguage[lang] ?? 0) + 1;
  }
  return { tokens, english, latinLetters, otherScriptLetters, byLanguage };
}

function addCounts(into: Counts, c: Counts, sign: 1 | -1): void {
  into.tokens += sign * c.tokens;
  into.english += sign * c.english;
  into.latinLetters += sign * c.latinLetters;
  into.otherScriptLetters += sign * c.otherScriptLetters;
  for (const [lang, n] of Object.entries(c.byLanguage)) {
    const total = (into.byLanguage[lang] ?? 0) + sign * n;
    if (total) into.byLanguage[lang] = total;
    else delete into.byLanguage[lang];
  }
}

function withBest(c: Counts): LanguageEvidence {
  let other = { lang: '', hits: 0 };
  // Ties go to the alphabetically first language, so the answer never depends on counting order.
  for (const [lang, n] of Object.entries(c.byLanguage)) if (n > other.hits || (n === other.hits && lang < other.lang)) other = { lang, hits: n };
  return { ...c, byLanguage: { ...c.byLanguage }, other };
}

const isWhite = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029;

/** The opening of a long text, cut at a line break (content decides, so edits before it keep it). */
function sampleOf(text: string): string {
  if (text.length <= SAMPLE_CHARS) return text;
  let end = text.indexOf('\n', SAMPLE_CHARS);
  if (end < 0 || end - SAMPLE_CHARS > 2000) {
    end = SAMPLE_CHARS;
    while (end < text.length && !isWhite(text.charCodeAt(end))) end++;
  }
  return text.slice(0, end);
}

let last: { sample: string; counts: Counts; language?: Language } | undefined;
onClearSentenceCache(() => {
  last = undefined;
});

/**
 * Counts for a sample, by difference from the previous call where the two share most of their
 * text (typing): only the edited stretch, widened to whole whitespace-separated tokens, is read.
 */
function countsFor(sample: string): { counts: Counts; language?: Language } {
  if (last && last.sample === sample) return last;
  let counts: Counts | undefined;
  if (last) {
    const old = last.sample;
    const { prefix, suffix } = sharedEnds(old, sample);
    let a = prefix;
    while (a > 0 && !isWhite(sample.charCodeAt(a - 1))) a--;
    let b = suffix;
    while (b > 0 && !isWhite(sample.charCodeAt(sample.length - b))) b--;
    const removed = old.slice(a, old.length - b);
    const added = sample.slice(a, sample.length - b);
    if (removed.length + added.length <= MAX_DIFF_CHARS && removed.length + added.length < sample.length) {
      counts = { ...last.counts, byLanguage: { ...last.counts.byLanguage } };
      addCounts(counts, countsOf(removed), -1);
      addCounts(counts, countsOf(added), 1);
    }
  }
  last = { sample, counts: counts ?? countsOf(sample) };
  return last;
}

/** Function-word evidence for the opening of `text` (its first ~2,000 words). */
export function languageEvidence(text: string): LanguageEvidence {
  return withBest(countsFor(sampleOf(text)).counts);
}

/** The same, counted afresh (the reference the tests compare against). */
export function languageEvidenceFresh(text: string): LanguageEvidence {
  return withBest(countsOf(sampleOf(text)));
}

/** 'en', 'other' (clearly another language), or 'unknown' (too little text to tell). */
export function detectLanguage(text: string): Language {
  if (typeof text !== 'string' || !text) return 'unknown';
  const entry = countsFor(sampleOf(text));
  entry.language ??= decide(withBest(entry.counts));
  return entry.language;
}

function decide(e: LanguageEvidence): Language {
  // Cyrillic, CJK, Arabic, Hebrew…: mostly non-Latin letters is not English.
  if (e.otherScriptLetters >= 10 && e.otherScriptLetters > e.latinLetters) return 'other';
  if (e.other.hits >= 3 && e.other.hits > 1.5 * e.english && e.other.hits >= 0.15 * e.tokens) return 'other';
  if (e.english >= 2 && e.english >= e.other.hits) return 'en';
  if (e.english >= 1 && e.tokens <= 4 && e.other.hits === 0) return 'en';
  return 'unknown';
}
