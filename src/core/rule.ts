// The shape every rule follows, after ESLint/textlint: `meta` plus a `check` that reports.
import type { FindingRange, Fix, Severity } from './types.js';
import type { AnalysisContext } from './context.js';

export interface RuleMeta {
  /** Fixed: other tools rely on rule ids. */
  id: string;
  description: string;
  /** Default severity; a report may carry its own (e.g. `length` above vs below the range). */
  severity: Severity;
  /** Whether the rule can offer a one-click `fix`. */
  fixable: boolean;
  /** English-only advice is skipped for drafts in other languages. */
  englishOnly: boolean;
}

/** What a rule reports; `analyze` adds `ruleId` and resolves the severity from settings. */
export interface RuleReport {
  message: string;
  start: number;
  end: number;
  severity?: Severity;
  field?: 'subject';
  fix?: Fix;
  suggestions?: Fix[];
  /** The places of one problem that shows in several places: one card, an underline each. */
  ranges?: FindingRange[];
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: AnalysisContext): RuleReport[];
}
