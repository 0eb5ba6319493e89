import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { rules } from '../../src/core/rules/index.js';
import { SCORE_CHECKS, scoreDraft } from '../../src/core/score.js';
import type { Draft, Score } from '../../src/core/types.js';

const allRuleIds = rules.map((r) => r.meta.id);
const chris = { name: 'Chris Hawkins', email: 'chris.hawkins@sproutcontent.com' };
const vern = { name: 'Vern Pollard', email: 'vern@brightlane.io' };

function expectAddsUp(score: Score) {
  expect(score.items.reduce((sum, i) => sum + (i.met ? i.weight : 0), 0)).toBe(score.value);
  if (score.items.length) expect(score.items.reduce((sum, i) => sum + i.weight, 0)).toBe(100);
  expect(score.value).toBeGreaterThanOrEqual(0);
  expect(score.value).toBeLessThanOrEqual(100);
  for (const i of score.items) expect(Number.isInteger(i.weight)).toBe(true);
}

describe('the checklist', () => {
  it('has weights that sum to 100, labels, and rules that exist', () => {
    expect(SCORE_CHECKS.reduce((sum, c) => sum + c.weight, 0)).toBe(100);
    expect(new Set(SCORE_CHECKS.map((c) => c.id)).size).toBe(SCORE_CHECKS.length);
    for (const c of SCORE_CHECKS) {
      expect(c.label.length).toBeGreaterThan(5);
      for (const id of c.ruleIds) expect(allRuleIds).toContain(id);
    }
  });
});

describe('scoreDraft', () => {
  it('gives every point when every check is met', () => {
    const score = scoreDraft([], allRuleIds);
    expect(score.value).toBe(100);
    expect(score.items.map((i) => i.id)).toEqual(SCORE_CHECKS.map((c) => c.id));
    expectAddsUp(score);
  });

  it('takes off the weight of each check a finding fails', () => {
    const score = scoreDraft(
      [
        { ruleId: 'length', severity: 'warning' },
        { ruleId: 'greeting-mismatch', severity: 'error' },
        { ruleId: 'self-focus', severity: 'info' }, // an underline, not the verdict
        { ruleId: 'reading-level', severity: 'info' },
      ],
      allRuleIds,
    );
    expect(score.value).toBe(100 - 15 - 15);
    expect(score.items.filter((i) => !i.met).map((i) => i.id)).toEqual(['length', 'greeting']);
    expectAddsUp(score);
  });

  it('scales the checks that ran to 100 with whole points', () => {
    // English-only checks skipped: reader-first, reading-level, personal, no-filler (weights 15+5+5+5 = 30).
    const ran = allRuleIds.filter((id) => !['self-focus', 'reading-level', 'no-personalization', 'filler'].includes(id));
    const score = scoreDraft([{ ruleId: 'subject', severity: 'warning' }], ran);
    expect(score.items.map((i) => i.id)).toEqual(['length', 'greeting', 'placeholder', 'subject', 'ask', 'context']);
    expect(score.items.map((i) => i.weight)).toEqual([22, 22, 21, 14, 14, 7]); // 21.4, 14.3, 7.1: the two largest remainders get the 2 points left
    expect(score.value).toBe(100 - 14);
    expectAddsUp(score);
  });

  it('scores an empty message 0 and an empty rule set as nothing', () => {
    expect(scoreDraft([], allRuleIds, false).value).toBe(0);
    expect(scoreDraft([], [])).toEqual({ value: 0, items: [] });
  });
});

describe('analyze fills Report.score', () => {
  const kitchenSink = JSON.parse(readFileSync(join(__dirname, '../../examples/kitchen-sink.json'), 'utf8')) as Draft;
  const good: Draft = {
    from: vern,
    to: [chris],
    subject: 'Sprout’s campaign reports',
    body: "Hi Chris,\n\nThanks for the chat at SaaStr last week. You mentioned that Sprout's content team spends two days a month rebuilding the same campaign reports by hand, and that the numbers never quite match HubSpot.\n\nTeams like yours usually cut that to an hour once the reports build themselves from HubSpot. Would it help to see how your February numbers would look?\n\nWould Tuesday or Wednesday afternoon work for a 15-minute call?\n\nBest,\nVern Pollard\nBrightlane Analytics",
  };

  it('ranks a good draft above the kitchen-sink pitch, and each breakdown adds up', () => {
    const goodScore = analyze(good).score!;
    const badScore = analyze(kitchenSink).score!;
    expectAddsUp(goodScore);
    expectAddsUp(badScore);
    expect(goodScore.value).toBe(100);
    expect(badScore.value).toBeLessThan(60);
    expect(badScore.items.filter((i) => !i.met).map((i) => i.id)).toEqual(expect.arrayContaining(['length', 'reader-first', 'reading-level']));
  });

  it('leaves out checks for rules that are turned off', () => {
    const score = analyze(kitchenSink, { rules: { length: { enabled: false } } }).score!;
    expect(score.items.map((i) => i.id)).not.toContain('length');
    expectAddsUp(score);
  });

  it('judges by the rules’ own severities, not a team’s display settings', () => {
    const demoted = analyze(kitchenSink, { rules: Object.fromEntries(allRuleIds.map((id) => [id, { severity: 'info' as const }])) });
    expect(demoted.score).toEqual(analyze(kitchenSink).score);
  });

  it('scores an empty draft 0 without throwing', () => {
    expect(analyze({ to: [], subject: '', body: '' }).score!.value).toBe(0);
  });
});
