// A grouped finding lists its places (the panel quotes each, the CLI excerpts each): every place
// says which text it covers, whether the rule reported it grouped or the engine grouped repeated tips.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/index.js';

const body = [
  'Hi Chris,',
  '',
  'I hope this email finds you well. Per my last email, the pilot starts on Monday. Just checking in on the contract too.',
  '',
  'Best,',
  'Sam',
].join('\n');

describe('grouped places', () => {
  it('carry the text they cover', () => {
    const report = analyze({ to: [{ name: 'Chris Doe', email: 'chris@example.com' }], cc: [], subject: 'Pilot on Monday', body });
    const grouped = report.findings.filter((f) => f.ranges && f.ranges.length > 1);
    expect(grouped.map((f) => f.ruleId)).toContain('filler');
    for (const f of grouped) {
      for (const r of f.ranges!) expect(r.text).toBe((f.field === 'subject' ? 'Pilot on Monday' : body).slice(r.start, r.end));
    }
  });
});
