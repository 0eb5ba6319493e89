export * from './types.js';
export { analyze, applyFix, normalizeDraft, type AnalyzeOptions } from './analyze.js';
export { AnalysisCache } from './cache.js';
export { compareSeverity, isAtLeast } from './severity.js';
export { resolveSettings, DEFAULT_SETTINGS } from './settings.js';
export { rules } from './rules/index.js';
export type { Rule, RuleMeta, RuleReport } from './rule.js';
export { SCORE_CHECKS, scoreDraft, type ScoreCheck } from './score.js';
