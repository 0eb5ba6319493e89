// `reading-level`: the message's Flesch–Kincaid grade, warning above grade 8, with the hardest
// sentences underlined. Boomerang (2016): emails at a 3rd-grade reading level got 53% replies,
// at college level 39%. Syllables come from the `syllable` package (English rules + exceptions).
//
// Decisions: English only (the formula and the syllable counter are English); messages under 30
// words get no grade (too noisy); URLs, addresses and numbers are not words for the formula.
import { syllable } from 'syllable';
import type { Rule, RuleReport } from '../rule.js';
import type { AnalysisContext } from '../context.js';
import type { Sentence } from '../spans.js';
import { FLESCH_KINCAID, READING_LIMITS } from '../data/reading-level.js';

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

/** The words of one sentence that the formula counts, lower-cased (a sentence fact). */
const proseWords = (sentence: string): string[] => Array.from(withoutUrlsAndEmails(sentence).matchAll(WORD), (m) => m[0].toLowerCase());
// `syllable`'s regexes backtrack quadratically on a long run of letters (70 s on one of 120,000),
// and no dictionary word is longer than this: past it, vowel groups are the estimate.
const LONGEST_WORD = 45;
const vowelGroups = (word: string) => word.match(/[aeiouy]+/g)?.length ?? 0;
const wordSyllables = (word: string) => Math.max(1, word.length > LONGEST_WORD ? vowelGroups(word) : syllable(word));

/**
 * Words and syllables of one sentence. The analysis passes its cached syllable counts: a draft
 * repeats most of its words, and the syllable counter is the costly part.
 */
export function sentenceLoad(sentence: string, syllablesOf: (word: string) => number = wordSyllables, words = proseWords(sentence)): SentenceLoad {
  let syllables = 0;
  for (const w of words) syllables += syllablesOf(w);
  return { words: words.length, syllables };
}

/** Flesch–Kincaid grade level of a text with these totals. */
export function fleschKincaidGrade(words: number, sentences: number, syllables: number): number {
  if (words === 0 || sentences === 0) return 0;
  return FLESCH_KINCAID.wordsPerSentence * (words / sentences) + FLESCH_KINCAID.syllablesPerWord * (syllables / words) + FLESCH_KINCAID.constant;
}

function messageGrade(loads: readonly SentenceLoad[]): { grade: number; words: number } {
  let words = 0;
  let syllables = 0;
  let counted = 0;
  for (const load of loads) {
    if (load.words > 0) {
      words += load.words;
      syllables += load.syllables;
      counted++;
    }
  }
  return { grade: fleschKincaidGrade(words, counted, syllables), words };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export const readingLevel: Rule = {
  meta: {
    id: 'reading-level',
    description: 'Keeps the message easy to read: Flesch–Kincaid grade 8 or below, hardest sentences underlined.',
    severity: 'warning',
    fixable: false,
    englishOnly: true,
    messages: {
      hardToRead:
        'Reads at grade {{grade}} (Flesch–Kincaid). Emails at a 3rd-grade level got 53% replies, college level 39%: aim for grade {{target}} or below with shorter sentences and words.',
      hardSentence: 'Hard sentence (grade {{grade}}: {{words}} words, {{syllables}} syllables a word). Split it or use shorter words.',
    },
  },
  check(ctx: AnalysisContext): RuleReport[] {
    const sentences = ctx.sentences;
    const syllablesOf = (word: string) => ctx.textFact(wordSyllables, word);
    const wordsBySentence = ctx.sentenceFacts(proseWords);
    const loads = sentences.map((s, i) => sentenceLoad(s.text, syllablesOf, wordsBySentence[i]));
    const { grade, words } = messageGrade(loads);
    if (words < READING_LIMITS.minWords || grade <= READING_LIMITS.maxGrade) return [];
    const candidates: { s: Sentence; load: SentenceLoad; grade: number }[] = [];
    sentences.forEach((s, i) => {
      const load = loads[i]!;
      if (load.words < READING_LIMITS.hardSentenceMinWords) return;
      const grade = fleschKincaidGrade(load.words, 1, load.syllables);
      if (grade > READING_LIMITS.hardSentenceGrade) candidates.push({ s, load, grade });
    });
    // One problem, one card: the hardest sentences are where it shows, as the warning's ranges.
    const hard = candidates
      .sort((a, b) => b.grade - a.grade)
      .slice(0, READING_LIMITS.hardSentences)
      .sort((a, b) => a.s.start - b.s.start);
    const reports: RuleReport[] = [
      {
        severity: 'warning',
        ...ctx.message,
        messageId: 'hardToRead',
        data: { grade: round1(grade), target: READING_LIMITS.maxGrade },
        scope: 'draft',
        ...(hard.length
          ? {
              ranges: hard.map((h) => ({
                start: h.s.start,
                end: h.s.end,
                messageId: 'hardSentence',
                data: { grade: round1(h.grade), words: h.load.words, syllables: round1(h.load.syllables / h.load.words) },
              })),
            }
          : {}),
      },
    ];
    return reports;
  },
};
