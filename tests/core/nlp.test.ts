import { describe, expect, it } from 'vitest';
import { clearSentenceCache, memoSentence, parseSentence, sentenceCacheSize, sentenceHas, sentenceTerms } from '../../src/core/nlp.js';

describe('per-sentence cache', () => {
  it('computes once per sentence text and slot', () => {
    clearSentenceCache();
    let calls = 0;
    const count = (s: string) => (calls++, s.length);
    expect(memoSentence('len', 'We help teams.', count)).toBe(14);
    expect(memoSentence('len', 'We help teams.', count)).toBe(14);
    expect(memoSentence('other', 'We help teams.', count)).toBe(14);
    expect(calls).toBe(2);
    expect(parseSentence('We help teams.')).toBe(parseSentence('We help teams.'));
  });
  it('stays bounded and keeps recently used sentences', () => {
    clearSentenceCache();
    memoSentence('x', 'keep me', () => 1);
    for (let i = 0; i < 6000; i++) {
      memoSentence('x', `sentence ${i}`, () => i);
      if (i % 100 === 0) memoSentence('x', 'keep me', () => 2); // touched often: survives eviction
    }
    expect(sentenceCacheSize().memo).toBeLessThanOrEqual(5000);
    expect(memoSentence('x', 'keep me', () => 3)).toBe(1);
    expect(memoSentence('x', 'sentence 0', () => -1)).toBe(-1); // evicted, recomputed
  });
  it('tags contractions with offsets relative to the sentence', () => {
    const terms = sentenceTerms("I'm sure we're close.").filter((t) => t.text);
    expect(terms.map((t) => [t.text, t.start, t.end])).toEqual([
      ["I'm", 0, 3],
      ['sure', 4, 8],
      ["we're", 9, 14],
      ['close', 15, 20],
    ]);
    expect(terms[0]!.tags.has('Pronoun')).toBe(true);
  });
  it('matches compromise patterns, contractions expanded', () => {
    expect(sentenceHas("I'm reaching out because of your post.", '^i am #Gerund')).toBe(true);
    expect(sentenceHas('Your post caught my eye.', '^i am #Gerund')).toBe(false);
  });
});
