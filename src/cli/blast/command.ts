// `pitchcheck blast TEMPLATE --contacts contacts.csv`: renders the template for every contact the
// way the sending tool would, checks each email, and reports the rows that need a look.
import { createWriteStream, type WriteStream } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import type { CliIO } from '../run.js';
import { UsageError } from '../errors.js';
import { Blast, type BlastOptions, type RowResult, type StepReport } from './check.js';
import { ColumnError } from './fields.js';
import { openContacts, type ContactRow } from './contacts.js';
import { inProcess, workerPool, workerScript, type RowChecker } from './pool.js';
import { csvField, formatText, JsonWriter, needsALook, reasons, Tally } from './report.js';
import { TemplateError } from './render.js';
import { loadTemplate } from './template.js';

export const BLAST_USAGE = `Usage: pitchcheck blast TEMPLATE --contacts contacts.csv [options]

Renders TEMPLATE for every contact as the sending tool would and checks each email: blank or
badly cased fields, greetings to the wrong person or the wrong column, a name that is not the
address's owner. Template-only advice (length, self-focus, reading level…) is given once per step.

TEMPLATE: a text or Markdown file whose first line is "Subject: …", a .json Draft, a sequence
(a JSON array of Drafts, or a folder of step files, in name order). Merge fields: {{first_name}},
{{first_name | default: "there"}}, {{#if company}}…{{/if}}, *|FNAME|*, {FirstName}, <<First name>>,
[First Name], {!Contact.FirstName}.

Options:
      --contacts FILE        the contact list, CSV or TSV (",", ";" or tab; UTF-8, BOM or not)
      --column field=Header  read a field (or the email/first_name/last_name role) from this column; repeatable
  -f, --format text|json     output format (default: text)
      --out FILE             write the rows that need a look, with a "pitchcheck" column saying why
  -j, --jobs N               threads checking rows, this one included (default: 2, or 1 on one core)
      --color, --no-color    force colours on or off
  -h, --help                 show this help

Exit status: 0 when no row and no step has an error, 1 when one has, 2 for bad input (an
unreadable CSV, no email column, a template that does not parse).
`;

export interface BlastIO extends CliIO {
  /** Whether stderr is a terminal: the progress bar is drawn only there. */
  stderrIsTTY?: boolean;
}

const BATCH = 250;
// Batches in flight per worker: enough to keep each busy while the CSV is read, few enough that a
// 100,000-row file is never all in memory.
const IN_FLIGHT_PER_WORKER = 3;

export async function runBlast(argv: string[], io: BlastIO): Promise<number> {
  try {
    return await blast(argv, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof TemplateError || error instanceof ColumnError) {
      io.stderr(`pitchcheck blast: ${error.message}\n`);
    } else {
      io.stderr(`pitchcheck blast: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    }
    return 2;
  }
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        contacts: { type: 'string' },
        column: { type: 'string', multiple: true },
        format: { type: 'string', short: 'f', default: 'text' },
        out: { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    const first = /^[^\n]*?[.](?=\s|$)/.exec((error as Error).message)?.[0] ?? (error as Error).message.split('\n')[0];
    throw new UsageError(`${first} Try "pitchcheck blast --help".`);
  }
}

async function blast(argv: string[], io: BlastIO): Promise<number> {
  const { values, positionals } = parse(argv);
  if (values.help) {
    io.stdout(BLAST_USAGE);
    return 0;
  }
  const format = values.format;
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be "text" or "json", not "${format}"`);
  if (positionals.length !== 1) throw new UsageError(`give one TEMPLATE (got ${positionals.length}). Try "pitchcheck blast --help".`);
  if (!values.contacts) throw new UsageError('--contacts FILE is required (a CSV or TSV of the contacts)');
  // Two lanes by default: the 2-core target machine, and each worker thread's ~60 MB of engine keeps a
  // 100,000-row run under 300 MB. More cores can be asked for.
  const jobs = values.jobs === undefined ? Math.min(2, os.availableParallelism()) : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a whole number ≥ 1, not "${values.jobs}"`);
  const templatePath = positionals[0]!;

  const steps = await loadTemplate(templatePath);
  const contacts = await openContacts(values.contacts);
  const options: BlastOptions = { steps, header: contacts.header, ...(values.column ? { columns: values.column } : {}) };
  const compiled = new Blast(options);

  let out: WriteStream | undefined;
  if (values.out !== undefined) {
    out = createWriteStream(values.out);
    await new Promise<void>((resolve, reject) => {
      out!.once('open', () => resolve());
      out!.once('error', (error) => reject(new UsageError(`cannot write ${values.out}: ${(error as NodeJS.ErrnoException).code ?? error.message}`)));
    });
    // A BOM: Excel reads the file as UTF-8 only with one.
    out.write('\uFEFF' + [...contacts.header, 'pitchcheck'].map((h) => csvField(h, contacts.delimiter)).join(contacts.delimiter) + '\r\n');
  }

  const tally = new Tally();
  const names = { template: templatePath, contacts: values.contacts };
  const json = format === 'json' ? new JsonWriter(io.stdout) : undefined;
  const progress = io.stderrIsTTY ? progressBar(io, contacts.progress) : undefined;
  const script = jobs > 1 ? workerScript() : undefined;
  let checker: RowChecker | undefined;
  const queue: { rows: ContactRow[]; results: Promise<RowResult[]> }[] = [];
  let sample: ContactRow | undefined;
  let firstRow: ContactRow | undefined;
  // Template-level advice is judged on the first row of the first batch that fills every field
  // (the email as most contacts get it), else on the first row; judged before any row is checked,
  // so the JSON can stream its rows after the steps.
  let stepReports: StepReport[] | undefined;
  const judge = (): StepReport[] => {
    if (stepReports) return stepReports;
    const chosen = sample ?? firstRow;
    stepReports = compiled.checkTemplate(chosen?.values, chosen?.row ?? null);
    json?.begin(names, stepReports);
    return stepReports;
  };

  const settle = async () => {
    const { rows, results } = queue.shift()!;
    const list = await results;
    json?.rows(list);
    list.forEach((result, i) => {
      tally.add(result);
      if (out && needsALook(result)) {
        out.write([...rows[i]!.values.slice(0, contacts.header.length), ...Array(Math.max(0, contacts.header.length - rows[i]!.values.length)).fill(''), reasons(result)].map((v) => csvField(v, contacts.delimiter)).join(contacts.delimiter) + '\r\n');
      }
    });
    progress?.tick(tally.contacts);
  };
  const here = inProcess(compiled);
  let submitted = 0;
  const submit = async (rows: ContactRow[]) => {
    judge();
    // Few rows need no threads: start them only once a second batch shows the file is big. This
    // thread takes every jobs-th batch itself, so N jobs cost N - 1 workers: each worker loads
    // the engine again (about 60 MB), and this thread only waits otherwise.
    checker ??= script && queue.length > 0 ? workerPool(script, jobs - 1, options) : undefined;
    const lane = checker && submitted++ % jobs !== jobs - 1 ? checker : here;
    queue.push({ rows, results: lane.check(rows) });
    const limit = checker ? jobs * IN_FLIGHT_PER_WORKER : 1;
    while (queue.length > limit) await settle();
  };

  try {
    let batch: ContactRow[] = [];
    for await (const contact of contacts.rows) {
      firstRow ??= contact;
      if (!sample && compiled.isComplete(contact.values)) sample = contact;
      batch.push(contact);
      if (batch.length >= BATCH) {
        await submit(batch);
        batch = [];
      }
    }
    if (batch.length) await submit(batch);
    judge();
    while (queue.length) await settle();
  } finally {
    progress?.done();
    await checker?.close();
    if (out) await new Promise<void>((resolve) => out!.end(() => resolve()));
  }

  const reports = judge();
  const color = values['no-color'] ? false : values.color ? true : io.isTTY && !io.env.NO_COLOR;
  if (json) json.end(reports, tally);
  else io.stdout(formatText(names, reports, tally, color));
  const templateError = reports.some((s) => s.findings.some((f) => f.severity === 'error'));
  return tally.rowErrors > 0 || templateError ? 1 : 0;
}

/** "[#####-----] 4,200 contacts" on stderr, redrawn at most ten times a second, erased at the end. */
function progressBar(io: BlastIO, read: () => { read: number; total: number }) {
  const WIDTH = 30;
  // Short runs stay quiet: the first redraw comes after half a second.
  let last = Date.now() + 400;
  let drawn = false;
  return {
    tick(count: number) {
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      const { read: bytes, total } = read();
      const share = total > 0 ? Math.min(1, bytes / total) : 0;
      const filled = Math.round(share * WIDTH);
      io.stderr(`\r[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${Math.round(share * 100)}% ${count.toLocaleString('en-US')} contacts`);
      drawn = true;
    },
    done() {
      if (drawn) io.stderr(`\r${' '.repeat(WIDTH + 40)}\r`);
    },
  };
}
