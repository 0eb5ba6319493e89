// The `pitchcheck` command, independent of the process so it can be tested in-process too.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { analyze } from '../core/analyze.js';
import type { Draft, Person, Settings } from '../core/types.js';
import { parseAddressList } from './addresses.js';
import { UsageError } from './errors.js';
import { formatJson, formatStylish, type FileResult } from './format.js';
import { loadInput, type LoadedDraft } from './input.js';
import pkg from '../../package.json' with { type: 'json' };

export const USAGE = `Usage: pitchcheck [options] FILE... | -
       pitchcheck blast TEMPLATE --contacts contacts.csv   (a template and its contact list: pitchcheck blast --help)

Checks email drafts: .eml messages, .json Drafts (or an array of them: a sequence),
plain text (the body), or "-" for stdin (JSON, a message or text, recognised by content).

Options:
  -f, --format text|json   output format (default: text)
      --to "Name <email>"  a To recipient; repeat or separate with commas
      --cc "Name <email>"  a Cc recipient; repeat or separate with commas
      --from "Name <email>" the sender
  -s, --subject S          the subject
  -c, --config FILE        settings JSON (rules, wordRange, minSelfRefs, senderNames, companyNames)
      --color, --no-color  force colours on or off (default: on for a terminal)
  -h, --help               show this help
  -v, --version            show the version

--to, --cc, --from and --subject replace what the file says, for every FILE.

Exit status: 0 when no finding is a warning or error, 1 when one is, 2 for a usage error
or unreadable input.
`;

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<Buffer>;
  isTTY: boolean;
  env: Record<string, string | undefined>;
}

interface Overrides {
  to?: Person[];
  cc?: Person[];
  from?: Person;
  subject?: string;
}

/** Returns the exit code; never throws for bad input. */
export async function run(argv: string[], io: CliIO): Promise<number> {
  try {
    return await runUnsafe(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`pitchcheck: ${error.message}\n`);
    } else {
      // An engine bug must still end in one line, not a stack trace.
      io.stderr(`pitchcheck: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
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
        format: { type: 'string', short: 'f', default: 'text' },
        to: { type: 'string', multiple: true },
        cc: { type: 'string', multiple: true },
        from: { type: 'string' },
        subject: { type: 'string', short: 's' },
        config: { type: 'string', short: 'c' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    // parseArgs' messages are already one clear line ("Unknown option '--foo'…").
    // parseArgs explains at length; its first sentence ("Unknown option '--foo'") is the useful part.
    const first = /^[^\n]*?[.](?=\s|$)/.exec((error as Error).message)?.[0] ?? `${(error as Error).message.split('\n')[0]}.`;
    throw new UsageError(`${first} Try "pitchcheck --help".`);
  }
}

async function runUnsafe(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(argv);
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (values.version) {
    io.stdout(`${pkg.version}\n`);
    return 0;
  }
  const format = values.format;
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be "text" or "json", not "${format}"`);
  if (positionals.length === 0) throw new UsageError('no input: give one or more FILEs, or "-" for stdin. Try "pitchcheck --help".');
  if (positionals.filter((p) => p === '-').length > 1) throw new UsageError('"-" (stdin) can be given only once');

  const overrides: Overrides = {
    ...(values.to ? { to: values.to.flatMap((v) => parseAddressList(v, '--to')) } : {}),
    ...(values.cc ? { cc: values.cc.flatMap((v) => parseAddressList(v, '--cc')) } : {}),
    ...(values.from !== undefined ? { from: onlyOne(parseAddressList(values.from, '--from'), '--from') } : {}),
    ...(values.subject !== undefined ? { subject: values.subject } : {}),
  };
  const settings = values.config !== undefined ? await loadSettings(values.config) : undefined;

  // Read everything first: one unreadable FILE is a usage error, not a half-printed report.
  const loaded: LoadedDraft[] = [];
  for (const arg of positionals) loaded.push(...(await loadInput(arg, io.readStdin)));

  const results: FileResult[] = loaded.map(({ file, draft }) => {
    const final = applyOverrides(draft, overrides);
    return { file, draft: final, report: analyze(final, settings) };
  });

  const color = values['no-color'] ? false : values.color ? true : io.isTTY && !io.env.NO_COLOR;
  io.stdout(format === 'json' ? formatJson(results) : formatStylish(results, color));
  const failing = results.some((r) => r.report.findings.some((f) => f.severity === 'error' || f.severity === 'warning'));
  return failing ? 1 : 0;
}

function onlyOne(people: Person[], flag: string): Person {
  if (people.length !== 1) throw new UsageError(`${flag} takes one address, got ${people.length}`);
  return people[0]!;
}

export function applyOverrides(draft: Draft, o: Overrides): Draft {
  return {
    ...draft,
    ...(o.to ? { to: o.to } : {}),
    ...(o.cc ? { cc: o.cc } : {}),
    ...(o.from ? { from: o.from } : {}),
    ...(o.subject !== undefined ? { subject: o.subject } : {}),
  };
}

async function loadSettings(path: string): Promise<Settings> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read config ${path}: ${code === 'ENOENT' ? 'no such file' : String(code ?? error)}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`config ${path}: invalid JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UsageError(`config ${path}: expected a settings object`);
  }
  return value as Settings;
}
