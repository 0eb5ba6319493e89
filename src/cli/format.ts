// Output formats: ESLint-"stylish" text for people, JSON for tools.
import { styleText } from 'node:util';
import type { Draft, Finding, Report, Severity } from '../core/types.js';

export interface FileResult {
  file: string;
  draft: Draft;
  report: Report;
}

type Style = Parameters<typeof styleText>[0];

export const NON_ENGLISH_NOTE = 'English-only checks were skipped (draft is not in English)';
export const SCORE_NOTE = 'a checklist of best practices met, not a prediction of replies';

/** 1-based line and column (UTF-16 units, as editors and ESLint count) of an offset in the body. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.max(0, Math.min(offset, text.length));
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}

export function location(finding: Finding, draft: Draft): string {
  if (finding.field === 'subject') return 'subject';
  const { line, column } = lineColumn(draft.body, finding.start);
  return `${line}:${column}`;
}

/** Reads top to bottom like the draft: subject first, then by position. */
function inDraftOrder(findings: Finding[]): Finding[] {
  const rank = { error: 0, warning: 1, info: 2 } satisfies Record<Severity, number>;
  return [...findings].sort(
    (a, b) =>
      (a.field === 'subject' ? 0 : 1) - (b.field === 'subject' ? 0 : 1) ||
      a.start - b.start ||
      rank[a.severity] - rank[b.severity],
  );
}

/** The text of a range, shortened to a line: "We are a leading provider of sales…". */
function excerpt(text: string, start: number, end: number, max = 60): string {
  const t = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function countBySeverity(results: FileResult[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const r of results) for (const f of r.report.findings) counts[f.severity]++;
  return counts;
}

export function formatStylish(results: FileResult[], color: boolean): string {
  // The caller decided about colour (TTY, NO_COLOR, --color), so styleText must not second-guess it.
  const paint = (style: Style, text: string) => (color ? styleText(style, text, { validateStream: false }) : text);
  const severityStyle: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'blue' };
  const out: string[] = [];
  for (const { file, draft, report } of results) {
    out.push(paint('underline', file));
    const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
    const rows = inDraftOrder(report.findings).map((f) => ({
      where: location(f, draft),
      severity: f.severity,
      // Messages are one line in a table.
      message: oneLine(f.message),
      ruleId: f.ruleId,
      // A grouped finding is one problem: its places are listed under it, not as problems of their own.
      places: (f.ranges ?? []).map((r) => ({
        where: location({ ...f, start: r.start, end: r.end }, draft),
        text: oneLine(`“${excerpt(f.field === 'subject' ? draft.subject : draft.body, r.start, r.end)}”${r.note ? ` — ${r.note}` : ''}`),
      })),
    }));
    const whereWidth = Math.max(0, ...rows.map((r) => r.where.length));
    const severityWidth = Math.max(0, ...rows.map((r) => r.severity.length));
    const messageWidth = Math.max(0, ...rows.map((r) => r.message.length));
    for (const r of rows) {
      out.push(
        `  ${paint('dim', r.where.padStart(whereWidth))}  ${paint(severityStyle[r.severity], r.severity.padEnd(severityWidth))}  ${r.message.padEnd(messageWidth)}  ${paint('dim', r.ruleId)}`,
      );
      for (const p of r.places) out.push(`  ${' '.repeat(whereWidth + severityWidth + 4)}${paint('dim', p.where)}  ${p.text}`);
    }
    if (rows.length === 0) out.push(`  ${paint('green', 'no problems')}`);
    if (report.language === 'other') out.push(`  ${paint('dim', NON_ENGLISH_NOTE)}`);
    if (report.score) out.push(`  ${paint('dim', `score ${report.score.value}/100 (${SCORE_NOTE})`)}`);
    out.push('');
  }
  const counts = countBySeverity(results);
  const total = counts.error + counts.warning + counts.info;
  const summary = `${total === 0 ? '✔' : '✖'} ${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'info')})`;
  out.push(paint(counts.error ? 'red' : counts.warning ? 'yellow' : 'green', summary));
  return out.join('\n') + '\n';
}

export function formatJson(results: FileResult[]): string {
  return (
    JSON.stringify(
      results.map(({ file, report }) => ({
        file,
        findings: report.findings,
        stats: report.stats,
        ...(report.score ? { score: report.score } : {}),
        ...(report.language ? { language: report.language } : {}),
      })),
      null,
      2,
    ) + '\n'
  );
}
