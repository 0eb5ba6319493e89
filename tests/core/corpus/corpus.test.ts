// The red-team corpus as a regression suite: each draft reports the rule ids it should and none of
// the ones it must not. Per-rule precision and recall over the corpus are printed, not asserted.
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze.js';
import { corpus } from './drafts.js';

const tally = new Map<string, { tp: number; fp: number; fn: number }>();
const count = (rule: string, key: 'tp' | 'fp' | 'fn') => {
  const t = tally.get(rule) ?? { tp: 0, fp: 0, fn: 0 };
  t[key] += 1;
  tally.set(rule, t);
};

describe('red-team corpus', () => {
  it.each(corpus.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const findings = analyze(c.draft).findings;
    const reported = new Set(findings.map((f) => f.ruleId));
    for (const id of c.expect) count(id, reported.has(id) ? 'tp' : 'fn');
    for (const id of c.forbid) if (reported.has(id)) count(id, 'fp');
    const problems: string[] = [];
    for (const id of c.expect) if (!reported.has(id)) problems.push(`missing ${id}`);
    for (const id of c.forbid) if (reported.has(id)) problems.push(`unexpected ${id}: ${findings.find((f) => f.ruleId === id)!.message}`);
    if (c.clean) {
      for (const f of findings) if (f.severity !== 'info') problems.push(`${f.severity} ${f.ruleId}: ${f.message}`);
    }
    if (c.senderField) {
      const recipientFirst = (c.draft.to[0]?.name ?? '').split(/[\s,]+/)[0]!;
      for (const f of findings.filter((x) => x.ruleId === 'placeholder')) {
        const fixes = [f.fix, ...(f.suggestions ?? []), ...(f.ranges ?? []).flatMap((r) => [r.fix, ...(r.suggestions ?? [])])];
        for (const fix of fixes) {
          if (fix && recipientFirst && fix.replacement.includes(recipientFirst)) problems.push(`sender field fixed with the recipient's name: ${fix.replacement}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  afterAll(() => {
    const lines = [...tally].sort().map(([rule, t]) => {
      const precision = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1;
      const recall = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1;
      return `${rule.padEnd(18)} tp=${t.tp} fp=${t.fp} fn=${t.fn} precision=${precision.toFixed(3)} recall=${recall.toFixed(3)}`;
    });
    console.log(`corpus: ${corpus.length} drafts\n${lines.join('\n')}`);
  });
});
