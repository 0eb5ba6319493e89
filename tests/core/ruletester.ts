// A RuleTester in the manner of ESLint's: a table of valid and invalid drafts per rule,
// asserting rule id, message id, range and the text after a fix — never the prose of messages.
// Strict like ESLint's: every expected finding names its messageId and its range (text, or start
// and end), a finding with a fix must say its `output`, and the rule runs in strict analysis, so a
// report outside its text or with an undeclared messageId fails the case.
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
  /** A key of the rule's meta.messages. */
  messageId: string;
  /** The text the finding covers (body, or subject when field is 'subject'); or give start and end. */
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
  /** The text after applying each range's own fix, in order (`null` for a range with none). */
  rangeOutputs?: (string | null)[];
  /** The texts after applying each range's suggestions, in order. */
  rangeSuggestions?: string[][];
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

function toDraft(d: TestDraft): Draft {
  return { to: [], subject: '', body: '', ...d } as Draft;
}

/** Runs `rule` alone (other rules off) so each table checks one rule. */
export function findingsOf(rule: Rule, draft: TestDraft, settings?: Settings): Finding[] {
  return analyze(toDraft(draft), settings, { rules: [rule], strict: true }).findings;
}

export function ruleTester(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    it('has complete meta', () => {
      expect(rule.meta.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.meta.description.length).toBeGreaterThan(10);
      expect(['info', 'warning', 'error']).toContain(rule.meta.severity);
      expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
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
          expect(typeof expected.messageId, `error #${k}: an invalid case must assert messageId`).toBe('string');
          expect(f.messageId, `error #${k}: messageId`).toBe(expected.messageId);
          const assertsRange = expected.text !== undefined || (expected.start !== undefined && expected.end !== undefined);
          expect(assertsRange, `error #${k}: an invalid case must assert its range (text, or start and end)`).toBe(true);
          if (f.fix) expect(expected.output, `error #${k}: the rule produced a fix; assert it with \`output\``).toBeDefined();
          if (f.ranges?.length) expect(expected.ranges, `error #${k}: the finding is grouped; assert its places with \`ranges\``).toBeDefined();
          if (f.ranges?.some((r) => r.fix)) expect(expected.rangeOutputs, `error #${k}: a place has a fix; assert it with \`rangeOutputs\``).toBeDefined();
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
          if (expected.rangeOutputs !== undefined) {
            expect((f.ranges ?? []).map((r) => (r.fix ? applyFix(source, r.fix) : null))).toEqual(expected.rangeOutputs);
          }
          if (expected.rangeSuggestions !== undefined) {
            expect((f.ranges ?? []).map((r) => (r.suggestions ?? []).map((x) => applyFix(source, x)))).toEqual(expected.rangeSuggestions);
          }
          if (expected.suggestions !== undefined) {
            expect((f.suggestions ?? []).map((s) => applyFix(source, s))).toEqual(expected.suggestions);
          }
        });
      });
    }
  });
}
