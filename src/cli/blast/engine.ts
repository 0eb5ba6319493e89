// The engine's rules on one rendered row, through `runRules`: `analyze` would do, but it also
// computes the draft's stats and score, which a row never shows.
import { runRules as runEngineRules } from '../../core/analyze.js';
import type { AnalysisCache } from '../../core/cache.js';
import type { Rule } from '../../core/rule.js';
import type { Draft, Finding, ResolvedSettings } from '../../core/types.js';

/** The rules' findings, as `analyze` reports them (settings' severities, disabled rules skipped, ranges inside the text). */
export function runRules(draft: Draft, settings: ResolvedSettings, ruleSet: readonly Rule[], cache?: AnalysisCache): Finding[] {
  return runEngineRules(draft, settings, { rules: ruleSet, ...(cache ? { cache } : {}) }).findings;
}
