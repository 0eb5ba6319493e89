// One order of severities for the engine, the score and the UI.
import type { Severity } from './types.js';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** For sorting, most severe first: negative when `a` is more severe than `b`. */
export function compareSeverity(a: Severity, b: Severity): number {
  return RANK[a] - RANK[b];
}

/** Whether `severity` is at least as severe as `floor`. */
export function isAtLeast(severity: Severity, floor: Severity): boolean {
  return RANK[severity] <= RANK[floor];
}
