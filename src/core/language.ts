// A cheap guess whether a message is English, from function words: enough to keep English-only
// advice (self-focus, filler, reading level) away from a Spanish or German draft. Short English
// ("Thanks, got it.") is 'en' or 'unknown', never 'other': we only say 'other' on clear evidence.
import { ENGLISH_WORDS, OTHER_LANGUAGE_WORDS } from './data/function-words.js';

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

/** Function-word counts for one piece of text. */
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

function withBest(c: Counts): LanguageEvidence {
  let other = { lang: '', hits: 0 };
  // Ties go to the alphabetically first language, so the answer never depends on counting order.
  for (const [lang, n] of Object.entries(c.byLanguage)) if (n > other.hits || (n === other.hits && lang < other.lang)) other = { lang, hits: n };
  return { ...c, byLanguage: { ...c.byLanguage }, other };
}

const isWhite = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029;

/** The opening of a long text, cut at a line break. */
function sampleOf(text: string): string {
  if (text.length <= SAMPLE_CHARS) return text;
  let end = text.indexOf('\n', SAMPLE_CHARS);
  if (end < 0 || end - SAMPLE_CHARS > 2000) {
    end = SAMPLE_CHARS;
    while (end < text.length && !isWhite(text.charCodeAt(end))) end++;
  }
  return text.slice(0, end);
}

/** Function-word evidence for the opening of `text` (its first ~2,000 words). */
export function languageEvidence(text: string): LanguageEvidence {
  return withBest(countsOf(sampleOf(text)));
}

/** 'en', 'other' (clearly another language), or 'unknown' (too little text to tell). */
export function detectLanguage(text: string): Language {
  if (typeof text !== 'string' || !text) return 'unknown';
  return decide(languageEvidence(text));
}

function decide(e: LanguageEvidence): Language {
  // Cyrillic, CJK, Arabic, Hebrew…: mostly non-Latin letters is not English.
  if (e.otherScriptLetters >= 10 && e.otherScriptLetters > e.latinLetters) return 'other';
  if (e.other.hits >= 3 && e.other.hits > 1.5 * e.english && e.other.hits >= 0.15 * e.tokens) return 'other';
  if (e.english >= 2 && e.english >= e.other.hits) return 'en';
  if (e.english >= 1 && e.tokens <= 4 && e.other.hits === 0) return 'en';
  return 'unknown';
}
