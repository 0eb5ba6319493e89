import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parsePlaybook, playbookOf, summarizePlaybook, validatePlaybook, PLAYBOOK_LIMITS } from '../../src/core/playbook.js';
import { analyze } from '../../src/core/analyze.js';

const example = readFileSync(new URL('../../examples/playbook.json', import.meta.url), 'utf8');
const minimal = { name: 'Team', version: 1 };

describe('validatePlaybook', () => {
  it('accepts the example file and the smallest playbook', () => {
    const parsed = parsePlaybook(example);
    expect(parsed.ok).toBe(true);
    expect(validatePlaybook(minimal)).toEqual({ ok: true, value: minimal });
  });

  it('trims text fields', () => {
    const result = validatePlaybook({ ...minimal, name: '  Team  ', avoid: [{ phrase: ' synergy ', reason: ' jargon ' }] });
    expect(result.ok && result.value).toEqual({ name: 'Team', version: 1, avoid: [{ phrase: 'synergy', reason: 'jargon' }] });
  });

  // Each bad file is refused with one line that names where the problem is.
  const bad: [string, unknown, RegExp][] = [
    ['not an object', 'hello', /^Not a valid playbook: should be an object/],
    ['a list', [minimal], /should be an object, not a list/],
    ['null', null, /should be an object, not null/],
    ['missing name', { version: 1 }, /name is missing/],
    ['empty name', { name: '  ', version: 1 }, /name must not be empty/],
    ['wrong version', { name: 'x', version: 2 }, /version must be 1/],
    ['unknown field', { ...minimal, avoids: [] }, /unknown field "avoids"/],
    ['word range upside down', { ...minimal, wordRange: { min: 200, max: 50 } }, /wordRange min must not be greater than max/],
    ['word range negative', { ...minimal, wordRange: { min: -1, max: 50 } }, /wordRange\.min must not be negative/],
    ['word range text', { ...minimal, wordRange: { min: '50', max: 100 } }, /wordRange\.min should be number, not text/],
    ['company names not a list', { ...minimal, companyNames: 'Acme' }, /companyNames should be a list, not text/],
    ['avoid without a reason', { ...minimal, avoid: [{ phrase: 'a b' }] }, /avoid\[0\]\.reason is missing/],
    ['avoid phrase a number', { ...minimal, avoid: [{ phrase: 'ok', reason: 'r' }, { phrase: 42, reason: 'r' }] }, /avoid\[1\]\.phrase should be text, not number 42/],
    ['avoid phrase of punctuation only', { ...minimal, avoid: [{ phrase: '!!!', reason: 'r' }] }, /avoid\[0\]\.phrase needs at least one letter or digit/],
    ['same phrase twice', { ...minimal, avoid: [{ phrase: 'Synergy', reason: 'r' }, { phrase: 'synergy', reason: 'r' }] }, /avoid lists the same phrase twice/],
    ['unknown requirement', { ...minimal, require: [{ id: 'be-nice' }] }, /require\[0\]\.id must be one of: ask-one-question/],
    ['too many phrases', { ...minimal, avoid: Array.from({ length: PLAYBOOK_LIMITS.maxAvoid + 1 }, (_, i) => ({ phrase: `p${i}`, reason: 'r' })) }, /more than 300 phrases/],
  ];
  for (const [name, input, expected] of bad) {
    it(`refuses: ${name}`, () => {
      const result = validatePlaybook(input);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error).toMatch(expected);
        expect(result.error).not.toContain('\n');
      }
    });
  }
});

describe('parsePlaybook', () => {
  it('refuses text that is not JSON, in one line', () => {
    const result = parsePlaybook('{ "name": "x", ');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^Not a valid playbook: the file is not JSON/);
  });

  it('refuses a huge file before parsing it', () => {
    const result = parsePlaybook(' '.repeat(PLAYBOOK_LIMITS.maxBytes + 1));
    expect(result.ok).toBe(false);
  });

  it('accepts a byte-order mark', () => {
    expect(parsePlaybook('\uFEFF' + JSON.stringify(minimal)).ok).toBe(true);
  });
});

describe('playbookOf and summarizePlaybook', () => {
  it('drops anything that is not a valid playbook', () => {
    expect(playbookOf(undefined)).toBeUndefined();
    expect(playbookOf({ name: 'x' })).toBeUndefined();
    expect(playbookOf(minimal)).toEqual(minimal);
  });

  it('summarises what a playbook holds', () => {
    const parsed = parsePlaybook(example);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(summarizePlaybook(parsed.value)).toBe(
      'Acme Analytics — outbound sales (5 phrases to avoid, 3 required elements, 50–110 words, 4 company and product names)',
    );
    expect(summarizePlaybook(minimal as never)).toBe('Team');
  });

  it('the example playbook flags its own phrases in a draft', () => {
    const parsed = parsePlaybook(example);
    if (!parsed.ok) throw new Error(parsed.error);
    const body = 'Hi Chris,\n\nJust following up: can we touch base this week?\n\nBest,\nVern\nAcme Analytics';
    const found = analyze({ to: [], subject: '', body }, { playbook: parsed.value }).findings.filter((f) => f.ruleId === 'playbook');
    expect(found.map((f) => body.slice(f.start, f.end))).toEqual(['Just following up', 'touch base']);
  });
});
