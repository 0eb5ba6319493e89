// The shared size cap: analyze checks a huge body only up to MAX_CHECKED_CHARS and says so.
import { describe, expect, it } from 'vitest';
import { analyze, applyFix } from '../../src/core/analyze.js';
import { checkedLength, MAX_CHECKED_CHARS } from '../../src/core/limits.js';
import { countWords } from '../../src/core/spans.js';

const to = [{ name: 'Chris Hawkins', email: 'chris.hawkins@sproutcontent.com' }];
const line = 'We at Brightlane build the best reporting tool and our team loves it. {{first_name}} ';

describe('checkedLength', () => {
  it('keeps a body within the cap whole', () => {
    expect(checkedLength('a b c')).toBe(5);
    const atCap = 'x'.repeat(MAX_CHECKED_CHARS);
    expect(checkedLength(atCap)).toBe(MAX_CHECKED_CHARS);
  });

  it('cuts a longer body at the last whitespace before the cap, never inside a word', () => {
    const body = line.repeat(Math.ceil((MAX_CHECKED_CHARS * 2) / line.length));
    const end = checkedLength(body);
    expect(end).toBeLessThanOrEqual(MAX_CHECKED_CHARS);
    expect(end).toBeGreaterThan(MAX_CHECKED_CHARS - line.length);
    expect(/\s/.test(body[end]!)).toBe(true);
  });

  it('cuts a single unbroken token at the cap itself', () => {
    expect(checkedLength('x'.repeat(MAX_CHECKED_CHARS * 3))).toBe(MAX_CHECKED_CHARS);
  });
});

describe('analyze on a body past the cap', () => {
  const body = 'Hi Chris,\n\n' + line.repeat(Math.ceil((MAX_CHECKED_CHARS * 1.5) / line.length));

  it('reports what it checked, and only findings inside the checked prefix', () => {
    const report = analyze({ to, subject: 'Reporting', body });
    const checkedChars = checkedLength(body);
    expect(report.truncated).toEqual({
      checkedChars,
      totalChars: body.length,
      checkedWords: countWords(body.slice(0, checkedChars)),
    });
    expect(report.findings.some((f) => f.ruleId === 'placeholder')).toBe(true);
    for (const f of report.findings) if (!f.field) expect(f.end).toBeLessThanOrEqual(checkedChars);
  });

  it('offers fixes whose ranges name the same text in the whole body as in the prefix', () => {
    const report = analyze({ to, subject: 'Reporting', body });
    const fixes = report.findings.flatMap((f) => (f.fix && !f.field ? [f.fix] : [])).sort((a, b) => a.start - b.start);
    expect(fixes.length).toBeGreaterThan(0);
    // The first and the last (nearest the cut) stand for the rest; applying each costs a copy of the body.
    for (const fix of [fixes[0]!, fixes.at(-1)!]) {
      expect(body.slice(fix.start, fix.end)).toBe('{{first_name}}');
      const after = applyFix(body, fix);
      expect(after.slice(0, fix.start)).toBe(body.slice(0, fix.start));
      expect(after.slice(fix.start + fix.replacement.length)).toBe(body.slice(fix.end));
    }
  });

  it('leaves a body within the cap untruncated', () => {
    expect(analyze({ to, subject: 'Reporting', body: body.slice(0, 5_000) }).truncated).toBeUndefined();
  });
});
