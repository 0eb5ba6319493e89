// The draft score: a 0–100 checklist of the best practices the rules check, weighted. It is a
// checklist score, not a prediction of replies: it says how many of the habits that public
// studies tie to replies this draft follows.
//
// How it adds up: every check whose rules ran on this draft is "applicable"; the applicable
// weights are scaled to 100 points (largest remainder, so the points are whole numbers that
// sum to exactly 100), and the score is the sum of the points of the checks the draft meets.
// A check whose rules were turned off, or skipped because the draft is not in English, drops
// out instead of counting as met. An empty message scores 0: nothing written meets nothing.
import type { Finding, Score, ScoreItem, Severity } from './types.js';
import { isAtLeast } from './severity.js';

export interface ScoreCheck {
  id: string;
  /** Shown in the UI and the README. */
  label: string;
  /** Relative weight; the applicable weights are scaled to 100 points. */
  weight: number;
  /** Rules whose findings mean the check is not met. */
  ruleIds: readonly string[];
  /** Only findings at least this severe count ("self-focus" infos underline sentences; the warning is the verdict). */
  minSeverity: Severity;
}

/** The checklist and its weights (they sum to 100 when every check applies). */
export const SCORE_CHECKS: readonly ScoreCheck[] = [
  { id: 'length', label: '50–125 words', weight: 15, ruleIds: ['length'], minSeverity: 'info' },
  { id: 'greeting', label: 'Greets the right person by name', weight: 15, ruleIds: ['greeting-mismatch', 'generic-greeting'], minSeverity: 'info' },
  { id: 'placeholder', label: 'No unfilled merge fields', weight: 15, ruleIds: ['placeholder'], minSeverity: 'info' },
  { id: 'reader-first', label: 'More about them than about you', weight: 15, ruleIds: ['self-focus'], minSeverity: 'warning' },
  { id: 'subject', label: 'A short subject (3–4 words), not in capitals', weight: 10, ruleIds: ['subject'], minSeverity: 'info' },
  { id: 'ask', label: 'One to three questions or a clear ask', weight: 10, ruleIds: ['questions'], minSeverity: 'info' },
  { id: 'reading-level', label: 'Easy to read (grade 8 or below)', weight: 5, ruleIds: ['reading-level'], minSeverity: 'warning' },
  { id: 'context', label: 'Says who you are and what is in it for them', weight: 5, ruleIds: ['missing-context'], minSeverity: 'info' },
  { id: 'personal', label: 'Something specific to this reader', weight: 5, ruleIds: ['no-personalization'], minSeverity: 'info' },
  { id: 'no-filler', label: 'No filler phrases', weight: 5, ruleIds: ['filler'], minSeverity: 'info' },
];

/** Whole points per weight, summing to exactly `total` (largest-remainder rounding). */
function apportion(weights: readonly number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (w / sum) * total);
  const points = exact.map(Math.floor);
  let left = total - points.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    points[i]!++;
    left--;
  }
  return points;
}

/**
 * Scores a draft from its findings. `ranRuleIds` are the rules that ran (enabled and, for English-only
 * rules, applicable to the draft's language); `hasMessage` is false for an empty message.
 */
export function scoreDraft(findings: readonly Pick<Finding, 'ruleId' | 'severity'>[], ranRuleIds: Iterable<string>, hasMessage = true): Score {
  const ran = new Set(ranRuleIds);
  const applicable = SCORE_CHECKS.filter((c) => c.ruleIds.some((id) => ran.has(id)));
  const points = apportion(
    applicable.map((c) => c.weight),
    applicable.length ? 100 : 0,
  );
  const items: ScoreItem[] = applicable.map((c, i) => ({
    id: c.id,
    label: c.label,
    weight: points[i]!,
    met: hasMessage && !findings.some((f) => c.ruleIds.includes(f.ruleId) && isAtLeast(f.severity, c.minSeverity)),
  }));
  return { value: items.reduce((sum, item) => sum + (item.met ? item.weight : 0), 0), items };
}
