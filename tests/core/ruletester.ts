// A RuleTester in the manner of ESLint's: a table of valid and invalid drafts per rule,
// asserting rule id, range and the text after a fix — never the prose of messages.
import { describe, expect, it } from 'vitest';
import { analyze, applyFix } from '../../src/core/analyze.js';
import type { Draft, Finding, Settings, Severity } from '../../src/core/types.js';
import type { Rule } from '../../src/core/rule.js';

export interface TestDraft extends Partial<Draft> {
  body?: string;
}

export interface ValidCase {
  name?: string;
  draft: TestDraft;
  settings?: Settings;
}

export interface ExpectedFinding {
  /** The text the finding covers (body, or subject when field is 'subject'). */
  text?: string;
  start?: number;
  end?: number;
  field?: 'subject';
  severity?: Severity;
  /** The text after applying the finding's fix; `null` asserts there is no fix. */
  output?: string | null;
  /** The text after applying each suggestion, in order. */
  suggestions?: string[];
  /** The text of each of a grouped finding's ranges, in order; `[]` asserts none. */
  ranges?: string[];
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

function toDraft(d: TestDraft): Draft {
  return { to: [], subject: '', body: '', ...d } as Draft;
}

/** Runs `rule` alone (other rules off) so each table checks one rule. */
export function findingsOf(rule: Rule, draft: TestDraft, settings?: Settings): Finding[] {
  return analyze(toDraft(draft), settings, [rule]).findings;
}

export function ruleTester(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    it('has complete meta', () => {
      expect(rule.meta.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.meta.description.length).toBeGreaterThan(10);
      expect(['info', 'warning', 'error']).toContain(rule.meta.severity);
    });

    for (const [i, c] of cases.valid.entries()) {
      it(`valid #${i}: ${c.name ?? JSON.stringify(c.draft.body ?? c.draft.subject ?? '').slice(0, 60)}`, () => {
        expect(findingsOf(rule, c.draft, c.settings)).toEqual([]);
      });
    }

    for (const [i, c] of cases.invalid.entries()) {
      it(`invalid #${i}: ${c.name ?? JSON.stringify(c.draft.body ?? c.draft.subject ?? '').slice(0, 60)}`, () => {
        const draft = toDraft(c.draft);
        const findings = findingsOf(rule, c.draft, c.settings);
        expect(findings.map((f) => f.ruleId)).toEqual(c.errors.map(() => rule.meta.id));
        c.errors.forEach((expected, k) => {
          const f = findings[k]!;
          const source = f.field === 'subject' ? draft.subject : draft.body;
          if (expected.field !== undefined) expect(f.field).toBe(expected.field);
          if (expected.start !== undefined) expect(f.start).toBe(expected.start);
          if (expected.end !== undefined) expect(f.end).toBe(expected.end);
          if (expected.text !== undefined) expect(source.slice(f.start, f.end)).toBe(expected.text);
          if (expected.severity !== undefined) expect(f.severity).toBe(expected.severity);
          if (expected.output === null) expect(f.fix).toBeUndefined();
          else if (expected.output !== undefined) {
            expect(f.fix, 'expected a fix').toBeDefined();
            expect(applyFix(source, f.fix!)).toBe(expected.output);
          }
          if (expected.ranges !== undefined) {
            expect((f.ranges ?? []).map((r) => source.slice(r.start, r.end))).toEqual(expected.ranges);
          }
          if (expected.suggestions !== undefined) {
            expect((f.suggestions ?? []).map((s) => applyFix(source, s))).toEqual(expected.suggestions);
          }
        });
      });
    }
  });
}
