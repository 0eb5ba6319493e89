import { describe, expect, it } from 'vitest';
import { groupRepeatedTips } from '../../src/core/grouping.js';
import type { Finding } from '../../src/core/types.js';

const tip = (start: number, message: string, over: Partial<Finding> = {}): Finding => ({ ruleId: 'filler', messageId: message.startsWith('Filler') ? 'filler' : 'other', scope: 'text', severity: 'info', message, start, end: start + 5, ...over });
const kindOf = (f: Finding) => `${f.ruleId}:${f.messageId}`;
const summary = (first: Finding, n: number) => `${first.message} (${n} places)`;

describe('groupRepeatedTips', () => {
  it('makes repeated tips of one kind one finding with a range each, in text order, keeping each fix', () => {
    const fix = { start: 40, end: 45, replacement: '', label: 'Remove' };
    const findings = [tip(40, 'Filler B', { fix }), tip(10, 'Filler A'), tip(70, 'Other')];
    const out = groupRepeatedTips(findings, kindOf, summary);
    expect(out).toHaveLength(2);
    const grouped = out.find((f) => f.ranges)!;
    expect(grouped.message).toBe('Filler A (2 places)');
    expect([grouped.start, grouped.end]).toEqual([10, 15]);
    expect(grouped.fix).toBeUndefined();
    expect(grouped.ranges).toEqual([
      { start: 10, end: 15, note: 'Filler A' },
      { start: 40, end: 45, note: 'Filler B', fix },
    ]);
    // The group stands where the first of its findings stood in the list.
    expect(out[0]).toBe(grouped);
  });

  it('leaves warnings, errors, single tips, other fields and already grouped findings alone', () => {
    const findings = [
      tip(1, 'Filler A', { severity: 'warning' }),
      tip(9, 'Filler B', { severity: 'warning' }),
      tip(20, 'Filler C'),
      tip(2, 'Filler D', { field: 'subject' }),
      tip(30, 'Other', { ranges: [{ start: 30, end: 35 }] }),
      tip(50, 'Other'),
    ];
    expect(groupRepeatedTips(findings, kindOf, summary)).toBe(findings);
  });
});
