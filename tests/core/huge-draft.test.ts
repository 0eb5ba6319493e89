import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { checkedLength, MAX_CHECKED_CHARS } from '../../src/core/limits.js';

const sentence = 'We help teams like yours ramp faster, and I just wanted to reach out about it. ';

describe('analyze: a body past the cap', () => {
  it('checks the prefix up to the cap and says how much it checked', () => {
    const body = `Hi Chris,\n\n${sentence.repeat(Math.ceil((3 * MAX_CHECKED_CHARS) / sentence.length))}`;
    const report = analyze({ to: [{ name: 'Chris Hawkins', email: 'chris@globex.com' }], subject: 'Ramp time', body });
    const checkedChars = checkedLength(body);
    expect(report.truncated).toEqual({ checkedChars, totalChars: body.length, checkedWords: expect.any(Number) });
    // Every word of the prefix counts, and no finding points past it.
    expect(report.truncated?.checkedWords).toBe(body.slice(0, checkedChars).split(/\s+/).filter(Boolean).length);
    expect(report.findings.length).toBeGreaterThan(0);
    for (const f of report.findings) if (f.field !== 'subject') expect(f.end).toBeLessThanOrEqual(checkedChars);
  });

  it('says nothing about a cap for a body under it', () => {
    const report = analyze({ to: [], subject: 'x', body: `Hi Chris,\n\n${sentence.repeat(50)}` });
    expect(report.truncated).toBeUndefined();
  });
});
