// Output formats: ESLint-"stylish" text for people, JSON for tools.
import { styleText } from 'node:util';
import type { Draft, Finding, Report, Severity } from '../core/types.js';
import { MAX_EML_BYTES } from './input.js';

export interface FileResult {
  file: string;
  draft: Draft;
  report: Report;
  /** Only the head of the input was read: the body may be longer than `draft.body`. */
  partial?: true;
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

/**
 * `lineColumn` for many offsets of one text: the line starts are found once (up to the last
 * offset asked for), then each lookup is a binary search. Scanning from the top per finding made
 * the report quadratic: 15 s for 36,000 findings.
 */
export function lineColumnIndex(text: string, maxOffset: number): (offset: number) => { line: number; column: number } {
  const limit = Math.max(0, Math.min(maxOffset, text.length));
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1 && i < limit; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    const end = Math.max(0, Math.min(offset, text.length));
    let lo = 0;
    let hi = starts.length - 1;
    // The last line start at or before `end`.
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= end) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: end - starts[lo]! + 1 };
  };
}

/**
 * Words in `text` by the engine's definition (whitespace-separated tokens with a letter or a
 * digit), counted without building a token list: the text may be a 25 MB body.
 */
export function countWordsOf(text: string): number {
  let count = 0;
  let inToken = false;
  let tokenHasWordChar = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const white = c <= 32 ? c === 32 || (c >= 9 && c <= 13) : c >= 128 && WHITESPACE.test(text[i]!);
    if (white) {
      if (inToken && tokenHasWordChar) count++;
      inToken = false;
      tokenHasWordChar = false;
      continue;
    }
    inToken = true;
    if (!tokenHasWordChar) {
      tokenHasWordChar =
        c < 128 ? (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) : WORD_CHAR.test(c >= 0xd800 && c <= 0xdbff ? text.slice(i, i + 2) : text[i]!);
    }
  }
  return inToken && tokenHasWordChar ? count + 1 : count;
}
const WHITESPACE = /\s/;
const WORD_CHAR = /[\p{L}\p{N}]/u;

const grouped = (n: number) => n.toLocaleString('en-US');

/** The line that says a huge body was checked only in part. */
export function truncatedNote({ report, draft, partial }: FileResult): string | undefined {
  if (partial && !report.truncated) return `checked the body in the first ${MESSAGE_HEAD} of the message (the rest was not read)`;
  if (!report.truncated) return undefined;
  const total = `${partial ? 'more than ' : ''}${grouped(countWordsOf(draft.body))}`;
  return `checked the first ${grouped(report.truncated.checkedWords)} words of ${total} (the first ${grouped(report.truncated.checkedChars)} characters)`;
}
const MESSAGE_HEAD = `${MAX_EML_BYTES / 1024 / 1024} MB`;

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
  for (const result of results) {
    const { file, draft, report } = result;
    out.push(paint('underline', file));
    const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
    const findings = inDraftOrder(report.findings);
    const lastOffset = findings.reduce((max, f) => (f.field ? max : (f.ranges ?? []).reduce((m, r) => Math.max(m, r.start), Math.max(max, f.start))), 0);
    const at = lineColumnIndex(draft.body, lastOffset);
    const where = (f: Finding, offset = f.start) => {
      if (f.field === 'subject') return 'subject';
      const { line, column } = at(offset);
      return `${line}:${column}`;
    };
    const rows = findings.map((f) => ({
      where: where(f),
      severity: f.severity,
      // Messages are one line in a table.
      message: oneLine(f.message),
      ruleId: f.ruleId,
      // A grouped finding is one problem: its places are listed under it, not as problems of their own.
      places: (f.ranges ?? []).map((r) => ({
        where: where(f, r.start),
        text: oneLine(`“${excerpt(f.field === 'subject' ? draft.subject : draft.body, r.start, r.end)}”${r.note ? ` — ${r.note}` : ''}`),
      })),
    }));
    // reduce, not Math.max(...rows): a spread of one argument per finding overflows the stack.
    const widest = (width: (r: (typeof rows)[number]) => number) => rows.reduce((max, r) => Math.max(max, width(r)), 0);
    const whereWidth = widest((r) => r.where.length);
    const severityWidth = widest((r) => r.severity.length);
    const messageWidth = widest((r) => r.message.length);
    for (const r of rows) {
      out.push(
        `  ${paint('dim', r.where.padStart(whereWidth))}  ${paint(severityStyle[r.severity], r.severity.padEnd(severityWidth))}  ${r.message.padEnd(messageWidth)}  ${paint('dim', r.ruleId)}`,
      );
      for (const p of r.places) out.push(`  ${' '.repeat(whereWidth + severityWidth + 4)}${paint('dim', p.where)}  ${p.text}`);
    }
    if (rows.length === 0) out.push(`  ${paint('green', 'no problems')}`);
    const truncated = truncatedNote(result);
    if (truncated) out.push(`  ${paint('dim', truncated)}`);
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
        ...(report.truncated ? { truncated: report.truncated } : {}),
      })),
      null,
      2,
    ) + '\n'
  );
}
