// The shape every rule follows, after ESLint/textlint: `meta` plus a `check` that reports.
import type { Fix, FindingScope, Severity } from './types.js';
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
  /** Message templates by id (ESLint style); `{{name}}` is filled from a report's `data`. */
  messages: Readonly<Record<string, string>>;
  /**
   * How repeated tips of one message read as one problem, by message id ("Stock phrases that add
   * words but nothing for the reader ({{count}})"); `{{count}}` is the number of places.
   */
  groupMessages?: Readonly<Record<string, string>>;
}

/** What a rule reports; `analyze` adds `ruleId`, writes the message and resolves the severity from settings. */
export interface RuleReport {
  /** A key of the rule's `meta.messages`. */
  messageId: string;
  data?: Readonly<Record<string, string | number>>;
  /** 'draft' for a finding about the whole message (its range only says where); 'text' by default. */
  scope?: FindingScope;
  start: number;
  end: number;
  severity?: Severity;
  field?: 'subject';
  fix?: Fix;
  suggestions?: Fix[];
  /** The places of one problem that shows in several places: one card, an underline each. */
  ranges?: ReportRange[];
}

/** One place of a grouped report; its note is one of the rule's messages, like a report's. */
export interface ReportRange {
  start: number;
  end: number;
  messageId?: string;
  data?: Readonly<Record<string, string | number>>;
  fix?: Fix;
  suggestions?: Fix[];
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: AnalysisContext): RuleReport[];
}
