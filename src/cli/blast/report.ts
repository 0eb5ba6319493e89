// What `pitchcheck blast` prints: rows folded into groups (one per problem) for people, every
// row for tools (JSON), and the rows that need a look as CSV for the spreadsheet.
import { styleText } from 'node:util';
import type { Severity } from '../../core/types.js';
import type { RowResult, StepReport } from './check.js';

type Style = Parameters<typeof styleText>[0];

const EXAMPLES = 5;

interface Group {
  step: number | null;
  ruleId: string;
  severity: Severity;
  label: string;
  /** The rows' own wording differs (an engine message naming each row's recipient). */
  varied: boolean;
  rows: number;
  examples: { row: number; email: string }[];
}

const rank = (s: Severity) => (s === 'error' ? 0 : s === 'warning' ? 1 : 2);

/** A row needs a look when it has an error or a warning; info is advice, not a fault. */
export const needsALook = (r: RowResult) => r.findings.some((f) => f.severity !== 'info');

/** Collects row results as they arrive (in file order), keeping only what the output needs. */
export class Tally {
  contacts = 0;
  flagged = 0;
  rowErrors = 0;
  readonly groups = new Map<string, Group>();
  add(result: RowResult): void {
    this.contacts++;
    if (needsALook(result)) this.flagged++;
    if (result.findings.some((f) => f.severity === 'error')) this.rowErrors++;
    const seen = new Set<string>();
    result.findings.forEach((f, i) => {
      const problem = result.problems[i]!;
      const key = `${f.severity}|${problem.key}`;
      if (seen.has(key)) return;
      seen.add(key);
      let group = this.groups.get(key);
      if (!group) {
        group = { step: f.step, ruleId: f.ruleId, severity: f.severity, label: problem.label, varied: false, rows: 0, examples: [] };
        this.groups.set(key, group);
      }
      if (problem.label !== group.label) group.varied = true;
      group.rows++;
      if (group.examples.length < EXAMPLES) group.examples.push({ row: result.row, email: result.email });
    });
  }
}

const number = (n: number) => n.toLocaleString('en-US');
const plural = (n: number, word: string) => `${number(n)} ${word}${n === 1 ? '' : 's'}`;

/** 1-based line:column of an offset, "subject" for the subject. */
function where(text: string, offset: number, field: 'subject' | undefined): string {
  if (field === 'subject') return 'subject';
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `${line}:${offset - (before.lastIndexOf('\n') + 1) + 1}`;
}

export interface Names {
  template: string;
  contacts: string;
}

export function formatText(names: Names, steps: StepReport[], tally: Tally, color: boolean): string {
  const paint = (style: Style, text: string) => (color ? styleText(style, text, { validateStream: false }) : text);
  const severityStyle: Record<Severity, Style> = { error: 'red', warning: 'yellow', info: 'blue' };
  const out: string[] = [paint('underline', `${names.template} × ${names.contacts}`), ''];
  const groups = [...tally.groups.values()].sort((a, b) => rank(a.severity) - rank(b.severity) || b.rows - a.rows);
  const groupLines = (list: Group[]) => {
    const width = list.reduce((w, g) => Math.max(w, plural(g.rows, 'row').length), 0);
    for (const g of list) {
      out.push(`    ${paint(severityStyle[g.severity], g.severity.padEnd(7))}  ${plural(g.rows, 'row').padStart(width)}: ${g.varied ? `e.g. row ${g.examples[0]!.row}: ` : ''}${g.label.replace(/\s+/g, ' ')}  ${paint('dim', g.ruleId)}`);
      const shown = g.examples.map((e) => `row ${e.row}${e.email ? ` <${e.email}>` : ''}`).join(', ');
      out.push(`    ${' '.repeat(9 + width + 2)}${paint('dim', g.rows > g.examples.length ? `${shown}, …` : shown)}`);
    }
  };
  const contactData = groups.filter((g) => g.step === null);
  if (contactData.length) {
    out.push('Contacts');
    groupLines(contactData);
    out.push('');
  }
  let templateErrors = 0;
  for (const step of steps) {
    out.push(`Step ${step.step}${step.name !== String(step.step) ? ` (${step.name})` : ''}${step.subject ? `: ${step.subject}` : ''}`);
    const sample = step.sampleRow !== null ? `checked once, on row ${step.sampleRow}` : 'checked once, with every field blank';
    out.push(`  template (${sample})`);
    if (!step.findings.length) out.push(`    ${paint('green', 'no problems')}`);
    const rows = step.findings.map((f) => ({ at: where(step.body, f.start, f.field), f }));
    const atWidth = rows.reduce((w, r) => Math.max(w, r.at.length), 0);
    for (const { at, f } of rows) {
      if (f.severity === 'error') templateErrors++;
      out.push(`    ${paint('dim', at.padStart(atWidth))}  ${paint(severityStyle[f.severity], f.severity.padEnd(7))}  ${f.message.replace(/\s+/g, ' ')}  ${paint('dim', f.ruleId)}`);
    }
    const stepGroups = groups.filter((g) => g.step === step.step);
    out.push(`  rows`);
    if (!stepGroups.length) out.push(`    ${paint('green', 'no row problems')}`);
    groupLines(stepGroups);
    out.push('');
  }
  const ready = tally.contacts - tally.flagged;
  const failing = tally.rowErrors > 0 || templateErrors > 0;
  let summary = `${failing ? '✖' : '✔'} ${plural(tally.contacts, 'contact')}: ${number(ready)} ready, ${number(tally.flagged)} need${tally.flagged === 1 ? 's' : ''} a look`;
  if (templateErrors) summary += `; the template has ${plural(templateErrors, 'error')}, in every email`;
  out.push(paint(failing ? 'red' : tally.flagged ? 'yellow' : 'green', summary));
  return out.join('\n') + '\n';
}

/**
 * One JSON document, { template, contacts, steps, rows, summary }, written as the rows come (a row
 * per line): 100,000 rows are never held in memory.
 */
export class JsonWriter {
  private count = 0;
  constructor(private readonly write: (text: string) => void) {}

  begin(names: Names, steps: StepReport[]): void {
    const head = {
      template: names.template,
      contacts: names.contacts,
      steps: steps.map((s) => ({
        step: s.step,
        name: s.name,
        sampleRow: s.sampleRow,
        subject: s.subject,
        body: s.body,
        findings: s.findings.map(({ step: _, ...f }) => f),
      })),
    };
    this.write(`${JSON.stringify(head, null, 2).slice(0, -2)},\n  "rows": [`);
  }

  rows(results: RowResult[]): void {
    if (!results.length) return;
    const lines = results.map((r) => JSON.stringify({ row: r.row, email: r.email, findings: r.findings }));
    this.write(`${this.count ? ',' : ''}\n    ${lines.join(',\n    ')}`);
    this.count += results.length;
  }

  end(steps: StepReport[], tally: Tally): void {
    const templateErrors = steps.reduce((n, s) => n + s.findings.filter((f) => f.severity === 'error').length, 0);
    const summary = { contacts: tally.contacts, ready: tally.contacts - tally.flagged, needALook: tally.flagged, rowsWithErrors: tally.rowErrors, templateErrors };
    this.write(`${this.count ? '\n  ' : ''}],\n  "summary": ${JSON.stringify(summary)}\n}\n`);
  }
}

/** One CSV field, quoted when it must be (RFC 4180). */
export function csvField(value: string, delimiter: string): string {
  return value.includes('"') || value.includes(delimiter) || /[\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The reason column of --out: each problem once, "; "-separated, with its step. */
export function reasons(result: RowResult): string {
  const seen = new Set<string>();
  const parts: string[] = [];
  result.findings.forEach((f, i) => {
    if (f.severity === 'info') return;
    const text = `${f.step !== null ? `step ${f.step}: ` : ''}${result.problems[i]!.label}`;
    if (!seen.has(text)) {
      seen.add(text);
      parts.push(text);
    }
  });
  return parts.join('; ');
}
