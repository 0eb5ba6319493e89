import type { Draft, Finding, FindingRange, Report, ResolvedSettings, Settings } from './types.js';
import { createContext } from './context.js';
import { resolveSettings } from './settings.js';
import { rules as allRules } from './rules/index.js';
import type { ReportRange, Rule, RuleReport } from './rule.js';
import { scoreDraft } from './score.js';
import { AnalysisCache } from './cache.js';
import { compareSeverity } from './severity.js';
import { checkedLength } from './limits.js';
import { countWords } from './spans.js';
import { groupRepeatedTips } from './grouping.js';


/** Coerces whatever a caller sends into a well-formed Draft, so `analyze` never throws. */
export function normalizeDraft(input: Partial<Draft> | undefined | null): Draft {
  const d = input ?? {};
  const people = (list: unknown) =>
    Array.isArray(list)
      ? list
          .filter((p): p is { name?: unknown; email?: unknown } => typeof p === 'object' && p !== null)
          .map((p) => ({
            ...(typeof p.name === 'string' && p.name.trim() ? { name: p.name } : {}),
            email: typeof p.email === 'string' ? p.email : '',
          }))
      : [];
  const from = people(d.from ? [d.from] : [])[0];
  return {
    ...(from ? { from } : {}),
    to: people(d.to),
    cc: people(d.cc),
    subject: typeof d.subject === 'string' ? d.subject : '',
    body: typeof d.body === 'string' ? d.body : '',
    ...(d.hints ? { hints: d.hints } : {}),
  };
}

export interface AnalyzeOptions {
  /** The rules to run (all of them unless a test picks some). */
  rules?: readonly Rule[];
  /** Sentence facts kept from earlier analyses: the worker keeps one; without it, nothing is reused. */
  cache?: AnalysisCache;
  /** Throw on a report outside its text instead of dropping it (tests). */
  strict?: boolean;
}

export function analyze(draftInput: Draft, settingsInput?: Settings, options: AnalyzeOptions = {}): Report {
  const settings = resolveSettings(settingsInput);
  const { findings, ran, scored, ctx, truncated } = runRules(draftInput, settings, options);
  const refs = ctx.references;
  return {
    findings,
    stats: {
      words: ctx.wordCount,
      sentences: ctx.sentences.length,
      questions: ctx.sentences.filter((s) => s.isQuestion).length,
      selfRefs: refs.totals.self,
      readerRefs: refs.totals.reader,
    },
    parts: ctx.parts,
    language: ctx.language,
    score: scoreDraft(scored, ran, ctx.wordCount > 0),
    ...(truncated ? { truncated } : {}),
  };
}

/**
 * The rules' findings alone, without the stats and score `analyze` adds: a caller that checks
 * thousands of rendered rows (the blast command) never shows those, and they cost more than the
 * few rules a row runs.
 */
export function runRules(draftInput: Draft, settings: ResolvedSettings, options: AnalyzeOptions = {}) {
  const whole = normalizeDraft(draftInput);
  // Only the prefix is checked; its offsets are the same in the whole body, so findings stay valid there.
  const checkedChars = checkedLength(whole.body);
  const draft = checkedChars < whole.body.length ? { ...whole, body: whole.body.slice(0, checkedChars) } : whole;
  const cache = options.cache ?? new AnalysisCache();
  cache.startAnalysis();
  const ctx = createContext(draft, settings, cache);
  const ruleSet = options.rules ?? allRules;
  const findings: Finding[] = [];
  // The score judges by each rule's own severities, whatever a team's settings show the user.
  const ran: string[] = [];
  const scored: Pick<Finding, 'ruleId' | 'severity'>[] = [];
  for (const rule of ruleSet) {
    const setting = settings.rules[rule.meta.id];
    if (setting?.enabled === false) continue;
    if (rule.meta.englishOnly && ctx.language === 'other') continue;
    ran.push(rule.meta.id);
    for (const r of rule.check(ctx)) {
      const textLength = r.field === 'subject' ? draft.subject.length : draft.body.length;
      const inText = (x: { start: number; end: number }) => x.start >= 0 && x.start <= x.end && x.end <= textLength;
      const template = Object.hasOwn(rule.meta.messages, r.messageId) ? rule.meta.messages[r.messageId] : undefined;
      const problem =
        template === undefined
          ? `reported message id "${r.messageId}", which its meta.messages does not declare`
          : !inText(r)
            ? `reported [${r.start}, ${r.end}) outside its text (length ${textLength})`
            : r.ranges && !r.ranges.every(inText)
              ? `reported a range of a grouped finding outside its text (length ${textLength})`
              : r.ranges?.some((x) => x.messageId !== undefined && !Object.hasOwn(rule.meta.messages, x.messageId))
                ? 'reported a range with a message id its meta.messages does not declare'
                : undefined;
      if (problem !== undefined || template === undefined) {
        // A rule's bug must not reach the user as a broken finding; a strict test wants to see it.
        if (options.strict) throw new Error(`${rule.meta.id} ${problem}`);
        continue;
      }
      scored.push({ ruleId: rule.meta.id, severity: r.severity ?? rule.meta.severity });
      findings.push({
        ruleId: rule.meta.id,
        severity: setting?.severity ?? r.severity ?? rule.meta.severity,
        messageId: r.messageId,
        scope: r.scope ?? 'text',
        message: fillTemplate(template, r.data),
        start: r.start,
        end: r.end,
        ...(r.field ? { field: r.field } : {}),
        ...(r.fix ? { fix: r.fix } : {}),
        ...(r.suggestions && r.suggestions.length ? { suggestions: r.suggestions } : {}),
        ...(r.ranges && r.ranges.length ? { ranges: r.ranges.map((x) => findingRange(x, rule, r.field === 'subject' ? draft.subject : draft.body)) } : {}),
      });
    }
  }
  findings.sort(
    (a, b) => compareSeverity(a.severity, b.severity) || (a.field ? -1 : 0) - (b.field ? -1 : 0) || a.start - b.start,
  );
  // One card per problem: repeated tips of one kind are one finding with their places as ranges.
  const byId = new Map(ruleSet.map((rule) => [rule.meta.id, rule]));
  const grouped = groupRepeatedTips(findings, (f) => `${f.ruleId}\u0000${f.messageId}`, (first, count) => {
    const template = byId.get(first.ruleId)?.meta.groupMessages?.[first.messageId];
    return template !== undefined ? fillTemplate(template, { count }) : `${first.message} (and ${count - 1} more like it)`;
  }, (f) => (f.field === 'subject' ? draft.subject : draft.body).slice(f.start, f.end));
  const truncated = draft !== whole ? { checkedChars, totalChars: whole.body.length, checkedWords: countWords(draft.body) } : undefined;
  return { findings: grouped, ran, scored, ctx, truncated };
}

/** A grouped report's place as the finding carries it: its text, and its note written out. */
function findingRange(x: ReportRange, rule: Rule, text: string): FindingRange {
  const note = x.messageId !== undefined ? rule.meta.messages[x.messageId] : undefined;
  return {
    start: x.start,
    end: x.end,
    text: text.slice(x.start, x.end),
    ...(note !== undefined ? { note: fillTemplate(note, x.data) } : {}),
    ...(x.fix ? { fix: x.fix } : {}),
    ...(x.suggestions?.length ? { suggestions: x.suggestions } : {}),
  };
}

/** A message template with its `{{name}}` slots filled from `data` (a slot without data stays as written). */
function fillTemplate(template: string, data: RuleReport['data']): string {
  return data ? template.replace(/\{\{\s*(\w+)\s*\}\}/g, (slot, name: string) => (Object.hasOwn(data, name) ? String(data[name]) : slot)) : template;
}

/** Applies one fix to a text; the fix's range must lie inside it. */
export function applyFix(text: string, fix: { start: number; end: number; replacement: string }): string {
  return text.slice(0, fix.start) + fix.replacement + text.slice(fix.end);
}
