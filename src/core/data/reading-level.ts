// Data for the `reading-level` rule. Boomerang (2016): emails written at a 3rd-grade reading level
// got 53% replies, at college level 39%; the rule warns above grade 8.
export const READING_LIMITS = {
  /** Flesch–Kincaid grade above which the message is "hard to read". */
  maxGrade: 8,
  /** Fewer words than this give a grade too noisy to report. */
  minWords: 30,
  /** At most this many hardest sentences are underlined. */
  hardSentences: 3,
  /** A sentence is "hard" above this grade on its own (long, many long words)… */
  hardSentenceGrade: 12,
  /** …and has at least this many words. */
  hardSentenceMinWords: 12,
} as const;

/** Flesch–Kincaid grade level: 0.39 × words/sentence + 11.8 × syllables/word − 15.59 (Kincaid et al., 1975). */
export const FLESCH_KINCAID = { wordsPerSentence: 0.39, syllablesPerWord: 11.8, constant: -15.59 } as const;
