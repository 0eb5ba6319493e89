// The red-team corpus as a regression suite: each draft gets the accuracy rules it should and none
// it must not; clean drafts get no warning or error at all; a sender's field is never offered a
// recipient's name. The per-rule precision and recall are printed, not asserted.
import { afterAll, describe, expect, it } from 'vitest';
import { corpus, formatScore, runCase, type CaseResult } from './measure.js';
import type { Fix } from '../../../src/core/types.js';

// Keyed by case: the table is printed once per case, however often the runner calls a test.
const results = new Map<string, CaseResult>();
afterAll(() => console.log(formatScore([...results.values()])));

describe('red-team corpus', () => {
  it('is a corpus worth the name', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(60);
    expect(new Set(corpus.map((k) => k.id)).size).toBe(corpus.length);
  });

  it.each(corpus.map((k) => [k.id, k] as const))('%s', (_, kase) => {
    const result = runCase(kase);
    results.set(kase.id, result);
    const ids = new Set(result.findings.map((f) => f.ruleId));
    if (kase.knownIssue) {
      expect(result.missed.length + result.falseAlarms.length, `known issue fixed? (${kase.knownIssue}): move the case back to plain labels`).toBeGreaterThan(0);
      return;
    }
    for (const rule of kase.expect) expect(ids, `expected ${rule}`).toContain(rule);
    for (const rule of kase.forbid) expect(ids, `forbidden ${rule}`).not.toContain(rule);
    if (kase.clean) expect(result.findings.filter((f) => f.severity !== 'info').map((f) => f.ruleId)).toEqual([]);
    if (kase.senderField) {
      const body = kase.draft.body;
      const recipientNames = [...kase.draft.to, ...(kase.draft.cc ?? [])]
        .flatMap((p) => (p.name ?? '').split(/[\s,]+/))
        .filter((w) => w.length > 1);
      const fixes = result.findings.flatMap((f) => [f.fix, ...(f.suggestions ?? []), ...(f.ranges ?? []).flatMap((r) => [r.fix, ...(r.suggestions ?? [])])]);
      const onSenderField = (x: Fix | undefined): x is Fix =>
        !!x && x.replacement.length > 0 && body.slice(x.start, x.end).includes(kase.senderField!) && body.indexOf(kase.senderField!) >= 0 &&
        // The greeting's own field is the recipient's: only fields past the greeting line count.
        x.start > body.indexOf('\n');
      for (const fix of fixes.filter(onSenderField)) {
        for (const name of recipientNames) expect(fix.replacement, `sender field filled with ${name}`).not.toContain(name);
      }
    }
  });
});
