// A cheap guess whether a message is English, from function words: enough to keep English-only
// advice (self-focus, filler, reading level) away from a Spanish or German draft. Short English
// ("Thanks, got it.") is 'en' or 'unknown', never 'other': we only say 'other' on clear evidence.
import { ENGLISH_WORDS, OTHER_LANGUAGE_WORDS } from './data/function-words.js';
import { memoSentence } from './nlp.js';

export type Language = 'en' | 'other' | 'unknown';

const ENGLISH = new Set(ENGLISH_WORDS);
const OTHERS: [string, Set<string>][] = Object.entries(OTHER_LANGUAGE_WORDS).map(([lang, words]) => [
  lang,
  new Set(words.filter((w) => !ENGLISH.has(w))),
]);

// The first few hundred words decide; a 10,000-word draft costs no more than a 600-word one.
const SAMPLE_CHARS = 4000;
const TOKEN = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
const LATIN = /\p{Script=Latin}/u;
const CHUNK_END = /[.!?。！？]\s+|\n/g;

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

/** Function-word evidence for one piece of text (no sampling). */
function evidenceOf(sample: string): LanguageEvidence {
  const hits = new Map<string, number>();
  let tokens = 0;
  let english = 0;
  let latinLetters = 0;
  let otherScriptLetters = 0;
  for (const m of sample.matchAll(TOKEN)) {
    const word = m[0].toLowerCase().replace(/’/g, "'");
    tokens++;
    // One code point decides the script of the whole token: scripts do not mix inside a word.
    const first = word.charCodeAt(0);
    if (first < 128 || LATIN.test(String.fromCodePoint(word.codePointAt(0)!))) latinLetters += word.length;
    else otherScriptLetters += word.length;
    if (ENGLISH.has(word)) english++;
    for (const [lang, words] of OTHERS) if (words.has(word)) hits.set(lang, (hits.get(lang) ?? 0) + 1);
  }
  let best = { lang: '', hits: 0 };
  for (const [lang, n] of hits) if (n > best.hits) best = { lang, hits: n };
  return { tokens, english, other: best, latinLetters, otherScriptLetters, byLanguage: Object.fromEntries(hits) };
}

/**
 * Evidence for the opening of `text`, chunk by chunk (sentences, lines), each memoised by its
 * text: after a one-word edit only the edited chunk is read again.
 */
export function languageEvidence(text: string): LanguageEvidence {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const total: LanguageEvidence = { tokens: 0, english: 0, other: { lang: '', hits: 0 }, latinLetters: 0, otherScriptLetters: 0, byLanguage: {} };
  // Chunks end at line breaks and sentence ends, which the text itself decides, so an edit
  // changes one chunk and leaves the others' cache keys alone.
  CHUNK_END.lastIndex = 0;
  let from = 0;
  while (from < sample.length) {
    CHUNK_END.lastIndex = from;
    const m = CHUNK_END.exec(sample);
    const to = m ? m.index + m[0].length : sample.length;
    const e = memoSentence('language', sample.slice(from, to), evidenceOf);
    total.tokens += e.tokens;
    total.english += e.english;
    total.latinLetters += e.latinLetters;
    total.otherScriptLetters += e.otherScriptLetters;
    for (const [lang, n] of Object.entries(e.byLanguage)) total.byLanguage[lang] = (total.byLanguage[lang] ?? 0) + n;
    from = to;
  }
  for (const [lang, n] of Object.entries(total.byLanguage)) if (n > total.other.hits) total.other = { lang, hits: n };
  return total;
}

/** 'en', 'other' (clearly another language), or 'unknown' (too little text to tell). */
export function detectLanguage(text: string): Language {
  if (typeof text !== 'string' || !text) return 'unknown';
  // Typing past the sampled opening cannot change the answer.
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  if (lastDetection && lastDetection.sample === sample) return lastDetection.language;
  const language = decide(languageEvidence(sample));
  lastDetection = { sample, language };
  return language;
}

let lastDetection: { sample: string; language: Language } | undefined;

function decide(e: LanguageEvidence): Language {
  // Cyrillic, CJK, Arabic, Hebrew…: mostly non-Latin letters is not English.
  if (e.otherScriptLetters >= 10 && e.otherScriptLetters > e.latinLetters) return 'other';
  if (e.other.hits >= 3 && e.other.hits > 1.5 * e.english && e.other.hits >= 0.15 * e.tokens) return 'other';
  if (e.english >= 2 && e.english >= e.other.hits) return 'en';
  if (e.english >= 1 && e.tokens <= 4 && e.other.hits === 0) return 'en';
  return 'unknown';
}
