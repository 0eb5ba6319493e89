// The checks of `pitchcheck blast`: a template compiled once against the contacts file's header,
// then every row rendered and checked. Pure (no I/O), so worker threads run the same code.
import { analyze } from '../../core/analyze.js';
import { rules } from '../../core/rules/index.js';
import { resolveSettings } from '../../core/settings.js';
import { GROUP_WORDS } from '../../core/data/greetings.js';
import { describeRecipient, foldName, matchGreetedName } from '../../core/names.js';
import type { Finding, Fix, Person, ResolvedSettings, Settings, Severity, Span } from '../../core/types.js';
import { columnFor, mapColumns, NAME_ROLES, recipientOf, roleOf, squash, type Column, type ColumnMap, type ColumnRole } from './fields.js';
import { cleanValue, CompiledPart, type FieldHit, type Rendered } from './render.js';
import { runRules } from './engine.js';
import { toHandlebars } from './syntax.js';
import type { TemplateStep } from './template.js';

// Rules whose verdict depends on the contact (the To they are sent to, the values merged in): they
// run for every row. Every other rule reads only the template's own words (length, self-focus,
// reading level, filler, questions, subject, playbook, and whether the message says anything
// specific to the reader) and runs once per step, on one row's rendering: reporting those 10,000
// times would bury the row problems.
export const ROW_RULE_IDS: ReadonlySet<string> = new Set(['greeting-mismatch', 'generic-greeting', 'placeholder']);

const ROW_RULES = rules.filter((r) => ROW_RULE_IDS.has(r.meta.id));
const TEMPLATE_RULES = rules.filter((r) => !ROW_RULE_IDS.has(r.meta.id));

// A column of these roles in the greeting greets a company, a job title or a place, never the person.
const NOT_A_NAME: ReadonlySet<ColumnRole> = new Set(['email', 'company', 'title', 'place', 'contact-detail']);
// …unless the greeting addresses a group: "Hi {{company}} team," is right.
const GROUP = new Set(GROUP_WORDS.map(foldName));
const greetsGroup = (greeting: string) => foldName(greeting).split(/[^\p{L}']+/u).some((w) => GROUP.has(w));

export interface BlastOptions {
  steps: TemplateStep[];
  header: string[];
  /** `--column field=Header` pairs. */
  columns?: string[];
  settings?: Settings;
}

/** One finding of a row, in the JSON shape of issue 11; `step` is 1-based, null for the row's data itself. */
export interface RowFinding {
  step: number | null;
  ruleId: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  field?: 'subject';
  fix?: Fix;
}

/** How the text report groups rows: one key and one label per problem. */
export interface Problem {
  key: string;
  label: string;
}

export interface RowResult {
  row: number;
  email: string;
  findings: RowFinding[];
  /** Parallel to `findings`. */
  problems: Problem[];
}

/** A template-level finding: the engine's, or the blast's own (a field with no column, a company in the greeting). */
export type StepFinding = Pick<Finding, 'ruleId' | 'severity' | 'message' | 'start' | 'end' | 'field' | 'fix' | 'suggestions'> & { step: number };

export interface StepReport {
  step: number;
  name: string;
  /** The row the template-level findings were computed on (its rendering is `subject`/`body`). */
  sampleRow: number | null;
  subject: string;
  body: string;
  findings: StepFinding[];
}

interface FieldInfo {
  name: string;
  key: string;
  column: Column | undefined;
}

interface StepParts {
  name: string;
  subject: CompiledPart;
  body: CompiledPart;
  from?: Person;
}

interface RenderedStep {
  subject: Rendered;
  body: Rendered;
}

// Closed intervals: a blank field is an empty range, and touches the engine's range around it.
const overlaps = (a: Span, b: Span) => a.start <= b.end && b.start <= a.end;

/** The template, compiled against the header: renders and checks rows. */
export class Blast {
  readonly map: ColumnMap;
  readonly fields: FieldInfo[] = [];
  readonly steps: StepParts[];
  private readonly byKey = new Map<string, FieldInfo>();
  private readonly settings: Settings | undefined;
  private readonly resolved: ResolvedSettings;

  constructor(options: BlastOptions) {
    this.map = mapColumns(options.header, options.columns);
    this.settings = options.settings;
    this.resolved = resolveSettings(options.settings);
    const isField = (name: string) => columnFor(this.map, name) !== undefined || roleOf(name) !== undefined;
    const keyOf = (name: string) => {
      const id = squash(name) || name;
      let info = this.fields.find((f) => (squash(f.name) || f.name) === id);
      if (!info) {
        info = { name, key: `f${this.fields.length}`, column: columnFor(this.map, name) };
        this.fields.push(info);
        this.byKey.set(info.key, info);
      }
      return info.key;
    };
    this.steps = options.steps.map((step, i) => {
      const label = `step ${i + 1}${step.name !== String(i + 1) ? ` (${step.name})` : ''}`;
      return {
        name: step.name,
        subject: new CompiledPart(toHandlebars(step.subject, isField), keyOf, `${label} subject`),
        body: new CompiledPart(toHandlebars(step.body, isField), keyOf, `${label} body`),
        ...(step.from ? { from: step.from } : {}),
      };
    });
  }

  /** Fields the template uses that no column provides. */
  get missingFields(): FieldInfo[] {
    return this.fields.filter((f) => !f.column);
  }

  /** True when every field the template uses has a value in this row (a good row to judge the template on). */
  isComplete(values: readonly string[]): boolean {
    return !!(values[this.map.email] ?? '').trim() && this.fields.every((f) => !f.column || (values[f.column.index] ?? '').trim() !== '');
  }

  private data(values: readonly string[]): Record<string, string> {
    const data: Record<string, string> = {};
    for (const f of this.fields) data[f.key] = f.column ? cleanValue(values[f.column.index] ?? '') : '';
    return data;
  }

  render(values: readonly string[]): RenderedStep[] {
    const data = this.data(values);
    return this.steps.map((s) => ({ subject: s.subject.apply(data), body: s.body.apply(data) }));
  }

  private draftFor(step: StepParts, rendered: RenderedStep, to: Person) {
    return { ...(step.from ? { from: step.from } : {}), to: [to], subject: rendered.subject.text, body: rendered.body.text };
  }

  /** The template-level findings of every step, judged on one row's rendering. */
  checkTemplate(sample: readonly string[] | undefined, sampleRow: number | null): StepReport[] {
    const values = sample ?? [];
    const rendered = this.render(values);
    const to = recipientOf(this.map, values);
    const reportedMissing = new Set<string>();
    return this.steps.map((step, i) => {
      const r = rendered[i]!;
      const report = analyze(this.draftFor(step, r, to.email ? to : { email: 'someone@example.com' }), this.settings, TEMPLATE_RULES);
      const findings: StepFinding[] = report.findings.map((f) => ({ ...f, step: i + 1 }));
      const where = [
        ...r.subject.hits.map((h) => ({ hit: h, field: 'subject' as const })),
        ...r.body.hits.map((h) => ({ hit: h, field: undefined })),
      ];
      for (const { hit, field } of where) {
        const info = this.byKey.get(hit.key)!;
        const at = { start: hit.start, end: hit.end, ...(field ? { field } : {}) };
        if (!info.column) {
          if (reportedMissing.has(info.key)) continue;
          reportedMissing.add(info.key);
          findings.push({
            step: i + 1,
            ruleId: 'placeholder',
            severity: 'error',
            message: `“${info.name}” has no column in the contacts file (columns: ${this.map.columns.map((c) => c.header).join(', ')}): every email gets it blank. Add the column or map it with --column ${info.name}=Header.`,
            ...at,
          });
          continue;
        }
        const greeting = report.parts.greeting;
        const role = info.column.role;
        const line = greeting ? r.body.text.slice(greeting.start, greeting.end).trim() : '';
        if (!field && greeting && role && NOT_A_NAME.has(role) && hit.start >= greeting.start && hit.end <= greeting.end && !greetsGroup(line)) {
          findings.push({
            step: i + 1,
            ruleId: 'greeting-mismatch',
            severity: 'error',
            message: `The greeting uses “${info.name}”, the ${role === 'contact-detail' ? 'contact detail' : role} column (“${info.column.header}”), not a name: it reads “${line}”.`,
            ...at,
          });
        }
      }
      // Fields inside a section this row skipped ({{#if}}) are still the template's: report them once too.
      for (const info of this.missingFields) {
        if (reportedMissing.has(info.key) || i !== this.steps.length - 1) continue;
        reportedMissing.add(info.key);
        findings.push({
          step: i + 1,
          ruleId: 'placeholder',
          severity: 'error',
          message: `“${info.name}” has no column in the contacts file (columns: ${this.map.columns.map((c) => c.header).join(', ')}). Add the column or map it with --column ${info.name}=Header.`,
          start: 0,
          end: 0,
        });
      }
      findings.sort((a, b) => rank(a.severity) - rank(b.severity) || (a.field ? -1 : 0) - (b.field ? -1 : 0) || a.start - b.start);
      return { step: i + 1, name: step.name, sampleRow, subject: r.subject.text, body: r.body.text, findings };
    });
  }

  /** Every per-row finding of one contact, across the steps. */
  checkRow(row: number, values: readonly string[]): RowResult {
    const to = recipientOf(this.map, values);
    const result: RowResult = { row, email: to.email, findings: [], problems: [] };
    const add = (finding: RowFinding, problem: Problem) => {
      result.findings.push(finding);
      result.problems.push(problem);
    };
    if (!to.email) {
      add(
        { step: null, ruleId: 'contact-email', severity: 'error', message: 'This contact has no email address.', start: 0, end: 0 },
        { key: 'email|blank', label: 'no email address' },
      );
      return result;
    }
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(to.email)) {
      add(
        { step: null, ruleId: 'contact-email', severity: 'error', message: `“${to.email}” is not an email address.`, start: 0, end: 0 },
        { key: 'email|invalid', label: 'the email column is not an email address' },
      );
    }
    const rendered = this.render(values);
    const nameCheck = this.nameAgainstAddress(values, to.email);
    let nameReported = false;
    this.steps.forEach((step, i) => {
      const r = rendered[i]!;
      const n = i + 1;
      const report = { findings: runRules(this.draftFor(step, r, to), this.resolved, ROW_RULES) };
      const own: RowFinding[] = [];
      const ownProblems: Problem[] = [];
      // Ranges the row must not be reported for by the engine again: our own field findings, the
      // template-level faults (a field with no column, a company in the greeting).
      const placeholderTaken: (Span & { field?: 'subject' })[] = [];
      const greetingTaken: Span[] = [];
      for (const [part, field] of [
        [r.subject, 'subject'],
        [r.body, undefined],
      ] as const) {
        const staticText = withoutHits(part);
        const writesInCase = /\p{Lu}/u.test(staticText);
        for (const hit of part.hits) {
          const info = this.byKey.get(hit.key)!;
          const at = { start: hit.start, end: hit.end, ...(field ? { field } : {}) };
          const where = field ? ' in the subject' : '';
          if (!info.column) {
            placeholderTaken.push(at);
            continue;
          }
          const role = info.column.role;
          if (role && NOT_A_NAME.has(role)) greetingTaken.push(at);
          const value = part.text.slice(hit.start, hit.end);
          const snippet = lineAround(part.text, hit);
          if (!hit.defaulted && !value.trim()) {
            placeholderTaken.push(at);
            own.push({ step: n, ruleId: 'placeholder', severity: 'error', message: `“${info.column.header}” is blank for this contact: the email reads “${snippet}”${where}.`, ...at });
            ownProblems.push({ key: `${n}|blank|${hit.key}|${field ?? ''}`, label: `${info.column.header} is blank → “${snippet}”${where}` });
            continue;
          }
          if (role && NAME_ROLES.has(role) && writesInCase && !hit.defaulted) {
            const recased = badlyCased(value, role);
            if (recased) {
              placeholderTaken.push(at);
              own.push({
                step: n,
                ruleId: 'placeholder',
                severity: 'warning',
                message: `“${value.trim()}” from “${info.column.header}” is in the wrong case for an email written in sentence case: write “${recased}”.`,
                ...at,
                fix: { start: hit.start, end: hit.end, replacement: value.replace(value.trim(), recased), label: `Change to “${recased}”` },
              });
              ownProblems.push({ key: `${n}|case|${hit.key}|${field ?? ''}`, label: `${info.column.header} in capitals or lower case (e.g. “${value.trim()}”)${where}` });
              continue;
            }
          }
          if (nameCheck && !nameReported && role && (role === 'first' || role === 'full')) {
            nameReported = true;
            own.push({ step: n, ruleId: 'greeting-mismatch', severity: 'error', message: nameCheck.message, ...at });
            ownProblems.push({ key: `${n}|name-vs-address`, label: `${this.map.columns[this.map.first ?? this.map.full!]!.header} does not match the person in the email address (e.g. ${nameCheck.example})` });
          }
        }
      }
      for (const f of report.findings) {
        const span = { start: f.start, end: f.end };
        const sameField = (t: { field?: 'subject' }) => (t.field ?? '') === (f.field ?? '');
        if (f.ruleId === 'placeholder' && placeholderTaken.some((t) => sameField(t) && overlaps(t, span))) continue;
        if (f.ruleId === 'greeting-mismatch' && !f.field && greetingTaken.some((t) => overlaps(t, span))) continue;
        const part = f.field ? r.subject : r.body;
        const inField = part.hits.find((h) => h.start <= f.start && f.end <= h.end);
        const where = inField ? `field:${inField.key}` : `text:${part.text.slice(f.start, f.end)}`;
        add(
          {
            step: n,
            ruleId: f.ruleId,
            severity: f.severity,
            message: f.message,
            start: f.start,
            end: f.end,
            ...(f.field ? { field: f.field } : {}),
            ...(f.fix ? { fix: f.fix } : {}),
          },
          { key: `${n}|${f.ruleId}|${f.field ?? ''}|${where}`, label: f.message },
        );
      }
      own.forEach((f, k) => add(f, ownProblems[k]!));
    });
    result.findings.sort((a, b) => (a.step ?? 0) - (b.step ?? 0) || rank(a.severity) - rank(b.severity) || a.start - b.start);
    return result;
  }

  /**
   * "Dechay" in the first-name column of chris.hawkins@acme.com: the row holds another person's
   * name. Only where the address plainly names someone (a known first name in its local part),
   * and not when the name is a nickname, a near-spelling, or the surnames agree (a nickname no table knows).
   */
  private nameAgainstAddress(values: readonly string[], email: string): { message: string; example: string } | undefined {
    const column = this.map.first ?? this.map.full;
    if (column === undefined) return undefined;
    const raw = (values[column] ?? '').trim();
    const first = raw.split(/\s+/)[0] ?? '';
    if (!/^\p{L}[\p{L}'’-]+$/u.test(first)) return undefined;
    const owner = describeRecipient({ email });
    if (owner.isRole || !owner.first || owner.firstSource !== 'address') return undefined;
    const kind = matchGreetedName(first, owner).kind;
    if (kind !== 'none') return undefined;
    const last = this.map.last !== undefined ? (values[this.map.last] ?? '').trim() : raw.split(/\s+/).slice(1).join(' ');
    // Same surname and same initial is most likely a diminutive no table knows (Misha for
    // mikhail.ivanov@); a different initial under the same surname is a spouse or a colleague.
    if (last && owner.last && squash(last) === squash(owner.last) && squash(first)[0] === squash(owner.first)[0]) return undefined;
    const header = this.map.columns[column]!.header;
    return {
      message: `“${first}” (${header}) is not the person in the address ${email}, which reads as ${owner.first}${owner.last ? ` ${owner.last}` : ''}: this row may hold someone else's name.`,
      example: `“${first}” for ${email}`,
    };
  }
}

const rank = (s: Severity) => (s === 'error' ? 0 : s === 'warning' ? 1 : 2);

function withoutHits(part: Rendered): string {
  let out = '';
  let from = 0;
  for (const h of part.hits) {
    out += part.text.slice(from, h.start);
    from = h.end;
  }
  return out + part.text.slice(from);
}

/** The rendered line around a field, short enough for a report: "Hi ,". */
function lineAround(text: string, at: Span): string {
  const lineStart = text.lastIndexOf('\n', at.start - 1) + 1;
  const lineEnd = text.indexOf('\n', at.end);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  const pos = at.start - lineStart;
  const from = Math.max(0, pos - 30);
  const to = Math.min(line.length, pos + (at.end - at.start) + 30);
  return `${from > 0 ? '…' : ''}${line.slice(from, to).trim()}${to < line.length ? '…' : ''}`;
}

/** "DEVON" → "Devon" (any name column); "devon" → "Devon" (first names only: "van der Berg" is right as written). */
function badlyCased(value: string, role: ColumnRole): string | undefined {
  const trimmed = value.trim();
  const letters = trimmed.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2) return undefined;
  const upper = letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  const lower = letters === letters.toLowerCase() && letters !== letters.toUpperCase();
  if (!upper && !(lower && role === 'first')) return undefined;
  return trimmed.toLowerCase().replace(/(^|[-'’\s])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

export type { FieldHit };
