// `reading-level`: the message's Flesch–Kincaid grade, warning above grade 8, with the hardest
// sentences underlined. Boomerang (2016): emails at a 3rd-grade reading level got 53% replies,
// at college level 39%. Syllables come from the `syllable` package (English rules + exceptions).
//
// Decisions: English only (the formula and the syllable counter are English); messages under 30
// words get no grade (too noisy); URLs, addresses and numbers are not words for the formula.
import { syllable } from 'syllable';
import type { Rule, RuleReport } from '../rule.js';
import type { AnalysisContext } from '../context.js';
import type { Sentence } from '../text.js';
import { memoSentence, type SentenceLike } from '../nlp.js';
import { FLESCH_KINCAID, READING_LIMITS } from '../data/reading-level.js';
import { trimSpan } from '../coach.js';

export interface SentenceLoad {
  words: number;
  syllables: number;
}

// URLs and email addresses are not prose. Emails are found per token with indexOf: the regex
// \S+@\S+\.\S+ rescans a token from each of its characters (quadratic: a 120,000-character token took 37 s).
const URL_IN_TOKEN = /\b(?:https?:\/\/|www\.)\S+/i;
const TOKEN = /\S+/g;
function withoutUrlsAndEmails(text: string): string {
  return text.replace(TOKEN, (token) => {
    const at = token.indexOf('@', 1);
    if (at > 0 && token.lastIndexOf('.', token.length - 2) >= at + 2) return ' ';
    return URL_IN_TOKEN.test(token) ? token.replace(URL_IN_TOKEN, ' ') : token;
  });
}
const WORD = /\p{L}+(?:['’-]\p{L}+)*/gu;

// Syllables per word, shared across sentences and drafts; cleared when it grows past a bound.
const syllableCache = new Map<string, number>();
const SYLLABLE_CACHE_MAX = 50_000;
// `syllable`'s regexes backtrack quadratically on a long run of letters (70 s on one of 120,000),
// and no dictionary word is longer than this: past it, vowel groups are the estimate.
const LONGEST_WORD = 45;
const vowelGroups = (word: string) => word.match(/[aeiouy]+/g)?.length ?? 0;
function syllablesOf(word: string): number {
  const key = word.toLowerCase();
  let n = syllableCache.get(key);
  if (n === undefined) {
    if (syllableCache.size >= SYLLABLE_CACHE_MAX) syllableCache.clear();
    n = Math.max(1, key.length > LONGEST_WORD ? vowelGroups(key) : syllable(key));
    syllableCache.set(key, n);
  }
  return n;
}

function countLoad(t: string): SentenceLoad {
  let words = 0;
  let syllables = 0;
  for (const m of withoutUrlsAndEmails(t).matchAll(WORD)) {
    words++;
    syllables += syllablesOf(m[0]);
  }
  return { words, syllables };
}

/**
 * Words and syllables of one sentence, memoised per sentence so a one-word edit recounts one
 * sentence. Pass the Sentence from ctx.sentences where there is one (a field read, not a hash).
 */
export function sentenceLoad(sentence: string | SentenceLike): SentenceLoad {
  return memoSentence('reading-level', sentence, countLoad);
}

/** Flesch–Kincaid grade level of a text with these totals. */
export function fleschKincaidGrade(words: number, sentences: number, syllables: number): number {
  if (words === 0 || sentences === 0) return 0;
  return FLESCH_KINCAID.wordsPerSentence * (words / sentences) + FLESCH_KINCAID.syllablesPerWord * (syllables / words) + FLESCH_KINCAID.constant;
}

export function messageGrade(sentences: readonly Sentence[]): { grade: number; words: number; loads: SentenceLoad[] } {
  // One pass, no intermediate arrays: this runs over every sentence on every keystroke.
  const loads: SentenceLoad[] = [];
  let words = 0;
  let syllables = 0;
  let counted = 0;
  for (const s of sentences) {
    const load = sentenceLoad(s);
    loads.push(load);
    if (load.words > 0) {
      words += load.words;
      syllables += load.syllables;
      counted++;
    }
  }
  return { grade: fleschKincaidGrade(words, counted, syllables), words, loads };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export const readingLevel: Rule = {
  meta: {
    id: 'reading-level',
    description: 'Keeps the message easy to read: Flesch–Kincaid grade 8 or below, hardest sentences underlined.',
    severity: 'warning',
    fixable: false,
    englishOnly: true,
  },
  check(ctx: AnalysisContext): RuleReport[] {
    const sentences = ctx.sentences;
    const { grade, words, loads } = messageGrade(sentences);
    if (words < READING_LIMITS.minWords || grade <= READING_LIMITS.maxGrade) return [];
    const message = trimSpan(ctx.body, ctx.message);
    const reports: RuleReport[] = [
      {
        severity: 'warning',
        ...message,
        message: `Reads at grade ${round1(grade)} (Flesch–Kincaid). Emails at a 3rd-grade level got 53% replies, college level 39%: aim for grade ${READING_LIMITS.maxGrade} or below with shorter sentences and words.`,
      },
    ];
    const candidates: { s: Sentence; load: SentenceLoad; grade: number }[] = [];
    sentences.forEach((s, i) => {
      const load = loads[i]!;
      if (load.words < READING_LIMITS.hardSentenceMinWords) return;
      const grade = fleschKincaidGrade(load.words, 1, load.syllables);
      if (grade > READING_LIMITS.hardSentenceGrade) candidates.push({ s, load, grade });
    });
    const hard = candidates.sort((a, b) => b.grade - a.grade).slice(0, READING_LIMITS.hardSentences);
    for (const h of hard) {
      const span = trimSpan(ctx.body, h.s);
      reports.push({
        severity: 'info',
        ...span,
        message: `Hard sentence (grade ${round1(h.grade)}: ${h.load.words} words, ${round1(h.load.syllables / h.load.words)} syllables a word). Split it or use shorter words.`,
      });
    }
    return reports;
  },
};
