import { describe, expect, it } from 'vitest';
import { compilePattern, sentenceMatchesAny, sentenceTerms } from '../../src/core/nlp.js';
import { AnalysisCache } from '../../src/core/cache.js';

describe('AnalysisCache', () => {
  it('computes a fact once per sentence text, keyed by the fact itself', () => {
    const cache = new AnalysisCache();
    let calls = 0;
    const length = (s: string) => (calls++, s.length);
    const alsoLength = (s: string) => (calls++, s.length);
    cache.startAnalysis();
    expect(cache.sentenceFact(length, 'We help teams.')).toBe(14);
    expect(cache.sentenceFact(length, 'We help teams.')).toBe(14);
    expect(cache.sentenceFact(alsoLength, 'We help teams.')).toBe(14);
    expect(calls).toBe(2);
  });
  it('keeps what the last analysis used and forgets the rest', () => {
    const cache = new AnalysisCache();
    let calls = 0;
    const fact = (s: string) => (calls++, s.length);
    cache.startAnalysis();
    cache.sentenceFact(fact, 'kept');
    cache.sentenceFact(fact, 'dropped');
    cache.startAnalysis();
    cache.sentenceFact(fact, 'kept');
    cache.startAnalysis();
    cache.startAnalysis();
    expect(cache.size).toBe(0);
    cache.sentenceFact(fact, 'kept');
    expect(calls).toBe(3);
  });
  it('keeps a sentence that the previous analysis read', () => {
    const cache = new AnalysisCache();
    let calls = 0;
    const fact = (s: string) => (calls++, s.length);
    cache.startAnalysis();
    cache.sentenceFact(fact, 'a');
    cache.startAnalysis();
    cache.sentenceFact(fact, 'a');
    expect(calls).toBe(1);
  });
});

describe('compromise, per sentence', () => {
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
    const pattern = [compilePattern('^i am #Gerund')];
    expect(sentenceMatchesAny("I'm reaching out because of your post.", pattern)).toBe(true);
    expect(sentenceMatchesAny('Your post caught my eye.', pattern)).toBe(false);
  });
});
