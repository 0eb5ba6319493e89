import type { Draft, Finding, Report, Settings } from './types.js';
import { createContext } from './context.js';
import { resolveSettings } from './settings.js';
import { rules as allRules } from './rules/index.js';
import type { Rule } from './rule.js';
import { scoreDraft } from './score.js';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

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

export function analyze(draftInput: Draft, settingsInput?: Settings, ruleSet: Rule[] = allRules): Report {
  const draft = normalizeDraft(draftInput);
  const settings = resolveSettings(settingsInput);
  const ctx = createContext(draft, settings);
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
      if (!inText(r) || (r.ranges && !r.ranges.every(inText))) continue; // never report outside the text
      scored.push({ ruleId: rule.meta.id, severity: r.severity ?? rule.meta.severity });
      findings.push({
        ruleId: rule.meta.id,
        severity: setting?.severity ?? r.severity ?? rule.meta.severity,
        message: r.message,
        start: r.start,
        end: r.end,
        ...(r.field ? { field: r.field } : {}),
        ...(r.fix ? { fix: r.fix } : {}),
        ...(r.suggestions && r.suggestions.length ? { suggestions: r.suggestions } : {}),
        ...(r.ranges && r.ranges.length
          ? { ranges: r.ranges.map((x) => ({ ...x, text: (r.field === 'subject' ? draft.subject : draft.body).slice(x.start, x.end) })) }
          : {}),
      });
    }
  }
  findings.sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.field ? -1 : 0) - (b.field ? -1 : 0) || a.start - b.start,
  );
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
  };
}

/** Applies one fix to a text; the fix's range must lie inside it. */
export function applyFix(text: string, fix: { start: number; end: number; replacement: string }): string {
  return text.slice(0, fix.start) + fix.replacement + text.slice(fix.end);
}
