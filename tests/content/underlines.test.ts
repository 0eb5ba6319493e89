// Which findings are drawn in the text, and what "Ignore" remembers.
import { describe, expect, it } from 'vitest';
import { MAX_UNDERLINE_CHARS, ignoreKey, isUnderlined } from '../../src/content/underlines.js';
import type { Finding } from '../../src/core/types.js';

const f = (over: Partial<Finding>): Finding => ({ ruleId: 'filler', messageId: 'filler', scope: 'text', severity: 'info', message: 'm', start: 20, end: 30, ...over });

describe('isUnderlined', () => {
  it.each([
    ['a phrase in the body', f({}), true],
    ['the greeting name', f({ ruleId: 'greeting-mismatch', start: 3, end: 9 }), true],
    ['a subject finding', f({ field: 'subject', start: 0, end: 5 }), false],
    ['a finding about the whole draft, whatever its rule', f({ ruleId: 'length', scope: 'draft', start: 11, end: 40 }), false],
    ['a whole-draft finding with a short range', f({ ruleId: 'self-focus', scope: 'draft', start: 11, end: 14 }), false],
    ['a length-like range that is about its words', f({ ruleId: 'length', start: 11, end: 40 }), true],
    ['a range longer than the cap', f({ start: 20, end: 21 + MAX_UNDERLINE_CHARS }), false],
    ['an insertion point (empty range)', f({ start: 20, end: 20 }), false],
    ['a reversed range', f({ start: 30, end: 20 }), false],
    [
      'a grouped finding over the whole message, drawn at its places',
      f({ ruleId: 'self-focus', severity: 'warning', start: 11, end: 500, ranges: [{ start: 40, end: 80 }, { start: 120, end: 160 }] }),
      true,
    ],
    ['a grouped finding whose places are all too long', f({ ruleId: 'self-focus', start: 11, end: 500, ranges: [{ start: 11, end: 12 + MAX_UNDERLINE_CHARS }] }), false],
  ])('%s', (_, finding, expected) => {
    expect(isUnderlined(finding)).toBe(expected);
  });
});

describe('ignoreKey', () => {
  it('depends on the rule and the covered text, not on where it is', () => {
    expect(ignoreKey(f({ start: 1, end: 5 }), 'just')).toBe(ignoreKey(f({ start: 90, end: 94 }), 'just'));
    expect(ignoreKey(f({}), 'just')).not.toBe(ignoreKey(f({ ruleId: 'placeholder' }), 'just'));
    expect(ignoreKey(f({}), 'just')).not.toBe(ignoreKey(f({}), 'really'));
  });
});
