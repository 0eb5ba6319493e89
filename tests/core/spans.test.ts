import { describe, expect, it } from 'vitest';
import { countWords, paragraphs, splitSentences, trimSpan, wordSpans } from '../../src/core/spans.js';
import { compilePhrases, withFirstLetter } from '../../src/core/phrases.js';

const all = (s: string) => ({ start: 0, end: s.length });
const sentences = (s: string) => splitSentences(s, all(s)).map((x) => x.text);

describe('wordSpans', () => {
  it('counts whitespace-separated tokens with a letter or digit, with absolute spans', () => {
    const body = 'Hi Chris,\n\nWe grew 3.5x — fast! 🚀 ok';
    const words = wordSpans(body, { start: 11, end: body.length });
    expect(words.map((w) => body.slice(w.start, w.end))).toEqual(['We', 'grew', '3.5x', 'fast!', 'ok']);
    expect(words[0]).toEqual({ start: 11, end: 13 });
  });
  it('is Unicode-aware', () => {
    expect(wordSpans('Grüße, José — 東京 ٣', all('Grüße, José — 東京 ٣')).length).toBe(4);
    expect(countWords('Grüße, José — 東京 ٣')).toBe(4);
  });
  it('clamps spans outside the text and handles empty input', () => {
    expect(wordSpans('', { start: 0, end: 10 })).toEqual([]);
    expect(wordSpans('a b', { start: -5, end: 99 })).toEqual([
      { start: 0, end: 1 },
      { start: 2, end: 3 },
    ]);
  });
});

describe('splitSentences', () => {
  it('keeps abbreviations, initials, decimals, URLs and emails inside the sentence', () => {
    expect(sentences('Dr. Smith said e.g. the U.S. market grew 3.5% last year. J. R. Smith agreed.')).toEqual([
      'Dr. Smith said e.g. the U.S. market grew 3.5% last year.',
      'J. R. Smith agreed.',
    ]);
    expect(sentences('See www.acme.com/x?y=1 or mail j.doe@acme.com. Then call.')).toEqual([
      'See www.acme.com/x?y=1 or mail j.doe@acme.com.',
      'Then call.',
    ]);
    expect(sentences('Meet on Jan. 5 at 9 a.m. sharp. No. 3 is fine.')).toEqual(['Meet on Jan. 5 at 9 a.m. sharp.', 'No. 3 is fine.']);
  });
  it('splits on ! ? and ellipses before a capital, not before lowercase', () => {
    expect(sentences('Really? Yes! Wait... Then go. Hmm... and then?')).toEqual(['Really?', 'Yes!', 'Wait...', 'Then go.', 'Hmm... and then?']);
    expect(sentences('We sold out in the U.S. Our team grew.')).toEqual(['We sold out in the U.S.', 'Our team grew.']);
    expect(sentences('Between you and I. Then we met.')).toEqual(['Between you and I.', 'Then we met.']);
  });
  it('treats line breaks, blank lines and list lines as boundaries, and strips list markers', () => {
    const body = 'Here is what we do:\n- Faster onboarding\n* 2x pipeline\n1. First thing\n\nThanks';
    expect(sentences(body)).toEqual(['Here is what we do:', 'Faster onboarding', '2x pipeline', 'First thing', 'Thanks']);
    expect(sentences('No punctuation here\nAnother line')).toEqual(['No punctuation here', 'Another line']);
  });
  it('joins hard-wrapped lines that continue in lowercase', () => {
    expect(sentences('We help teams that\nstruggle with churn. Then more.')).toEqual(['We help teams that\nstruggle with churn.', 'Then more.']);
  });
  it('marks questions, including ?! and closing quotes', () => {
    const s = splitSentences('Free Tuesday?! Sure. "Is that OK?"', all('Free Tuesday?! Sure. "Is that OK?"'));
    expect(s.map((x) => x.isQuestion)).toEqual([true, false, true]);
  });
  it('handles CJK terminators without spaces', () => {
    expect(sentences('你好。谢谢！再见')).toEqual(['你好。', '谢谢！', '再见']);
  });
  it('returns absolute spans within the span whose text is the slice', () => {
    const body = 'Hi Chris,\n\nFirst one. Second one?\n\nBest,\nVern';
    const span = { start: 11, end: 33 };
    const s = splitSentences(body, span);
    expect(s.map((x) => [x.start, x.end])).toEqual([
      [11, 21],
      [22, 33],
    ]);
    for (const x of s) expect(body.slice(x.start, x.end)).toBe(x.text);
  });
  it('drops segments without letters or digits', () => {
    expect(sentences('---\n\n...\n\nOK.')).toEqual(['OK.']);
  });
  it('reads a 200,000-character draft without punctuation as one sentence', () => {
    const body = 'word '.repeat(40_000);
    expect(splitSentences(body, all(body))).toHaveLength(1);
  });
});

describe('compilePhrases', () => {
  const m = compilePhrases([{ p: "I hope you're well" }, { p: 'I hope' }, { p: 'our customers' }], (x) => x.p);
  it('matches case- and apostrophe-insensitively, any whitespace, longest first, whole words', () => {
    const text = 'i hope you’re   well. I HOPE so. Ourcustomers and our customers.';
    expect(m.findIn(text).map((x) => x.text)).toEqual(['i hope you’re   well', 'I HOPE', 'our customers']);
  });
  it('finds within a span with absolute offsets', () => {
    const body = 'xx I hope yy';
    expect(m.find(body, { start: 2, end: body.length }).map((x) => [x.start, x.end])).toEqual([[3, 9]]);
  });
  it('withFirstLetter sets the case of the first letter only', () => {
    expect(withFirstLetter('would you', true)).toBe('Would you');
    expect(withFirstLetter('Would you', false)).toBe('would you');
    expect(withFirstLetter('', true)).toBe('');
  });
});

describe('wordSpans edge cases', () => {
  it('agrees with a regex definition on tricky input', () => {
    const body = ' \u00a0a\u2003b\u3000— 𝒳 \ud835 x\ufeffy \t\n🚀  é';
    const expected = [...body.matchAll(/\S+/g)].filter((m) => /[\p{L}\p{N}]/u.test(m[0])).map((m) => [m.index, m.index + m[0].length]);
    expect(wordSpans(body, { start: 0, end: body.length }).map((w) => [w.start, w.end])).toEqual(expected);
  });
  it('does not look past the end of the span', () => {
    expect(wordSpans('—a', { start: 0, end: 1 })).toEqual([]);
  });
});

describe('trimSpan and paragraphs', () => {
  it('trims whitespace at both ends of a span', () => {
    expect(trimSpan('  ab \n', { start: 0, end: 6 })).toEqual({ start: 2, end: 4 });
    expect(trimSpan('   ', { start: 0, end: 3 })).toEqual({ start: 3, end: 3 });
  });
  it('splits at blank lines and trims each paragraph', () => {
    const text = 'One.\nTwo.\n \n\n  Three.  \n';
    expect(paragraphs(text, { start: 0, end: text.length }).map((p) => text.slice(p.start, p.end))).toEqual(['One.\nTwo.', 'Three.']);
  });
});
