// The CLI as a user runs it: a child process (src/cli/main.ts through tsx, and the bundled dist build).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyFix } from '../../src/core/analyze.js';
import { rules } from '../../src/core/rules/index.js';
import type { Finding } from '../../src/core/types.js';
import { buildCli } from '../../scripts/build-cli.js';
import { run } from '../../src/cli/run.js';

const root = resolve(__dirname, '../..');
const fixture = (name: string) => join(__dirname, 'fixtures', name);
const tmp = mkdtempSync(join(tmpdir(), 'pitchcheck-cli-'));
const CHRIS = 'Chris Hawkins <chris.hawkins@sproutcontent.com>';

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runWith(command: string[], args: string[], input?: string | Buffer): Result {
  const r = spawnSync(process.execPath, [...command, ...args], {
    cwd: root,
    input: input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const cli = (args: string[], input?: string | Buffer) => runWith(['--import', 'tsx', 'src/cli/main.ts'], args, input);

/** The same command in this process (run() is all of main.ts but the process wiring): for the many option and error cases. */
async function cliInProcess(args: string[], input?: string | Buffer): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin: async () => Buffer.from(input ?? ''),
    isTTY: false,
    env: {},
  });
  return { code, stdout, stderr };
}

interface JsonResult {
  file: string;
  findings: Finding[];
  stats: Record<string, number>;
  score?: { value: number; items: { weight: number; met: boolean }[] };
  language?: string;
}
function json(r: Result): JsonResult[] {
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as JsonResult[];
}

function tmpFile(name: string, content: string | Buffer): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

/** Every finding's range, and its fix's, lies in its text: the JSON speaks the draft's coordinates. */
function expectSaneRanges(findings: Finding[], body: string, subject: string) {
  for (const f of findings) {
    const text = f.field === 'subject' ? subject : body;
    for (const span of [f, ...(f.fix ? [f.fix] : []), ...(f.suggestions ?? [])]) {
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.start).toBeLessThanOrEqual(span.end);
      expect(span.end).toBeLessThanOrEqual(text.length);
    }
  }
}

describe('pitchcheck (done-when drafts)', () => {
  it('a 363-word "we" pitch gets length and self-focus, and exits 1', () => {
    const r = cli(['--format', 'json', 'examples/kitchen-sink.json']);
    const [result] = json(r);
    const draft = JSON.parse(readFileSync(join(root, 'examples/kitchen-sink.json'), 'utf8'));
    const ids = result!.findings.map((f) => f.ruleId);
    expect(ids).toContain('length');
    expect(ids).toContain('self-focus');
    expect(result!.stats.words).toBe(363);
    const length = result!.findings.find((f) => f.ruleId === 'length')!;
    expect(length.severity).toBe('warning');
    expect(draft.body.slice(length.start, length.end).startsWith('My name is Vern Pollard')).toBe(true);
    expectSaneRanges(result!.findings, draft.body, draft.subject);
    expect(result!.language).toBe('en');
    expect(result!.score!.value).toBeLessThan(60);
    expect(r.code).toBe(1);
  });

  it('"Hi Dechay," to Chris Hawkins gets greeting-mismatch with a fix to "Chris"', () => {
    const r = cli(['--format', 'json', fixture('wrong-greeting.json')]);
    const [result] = json(r);
    const draft = JSON.parse(readFileSync(fixture('wrong-greeting.json'), 'utf8'));
    const mismatch = result!.findings.find((f) => f.ruleId === 'greeting-mismatch');
    expect(mismatch).toBeDefined();
    expect(draft.body.slice(mismatch!.start, mismatch!.end)).toBe('Dechay');
    expect(applyFix(draft.body, mismatch!.fix!).startsWith('Hi Chris,\n')).toBe(true);
    expect(r.code).toBe(1);
  });

  it('"Hi {{first_name}}," in a text file, recipient from --to, gets placeholder with a fix', () => {
    const r = cli(['--format', 'json', '--to', CHRIS, fixture('placeholder.txt')]);
    const [result] = json(r);
    const body = readFileSync(fixture('placeholder.txt'), 'utf8');
    const placeholder = result!.findings.find((f) => f.ruleId === 'placeholder');
    expect(placeholder).toBeDefined();
    expect(body.slice(placeholder!.start, placeholder!.end)).toBe('{{first_name}}');
    expect(applyFix(body, placeholder!.fix!).startsWith('Hi Chris,\n')).toBe(true);
    expect(r.code).toBe(1);
  });

  it('a multipart .eml prints stylish output with line:column of the wrong greeting', () => {
    const r = cli([fixture('multipart.eml')]);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(fixture('multipart.eml'));
    expect(lines.find((l) => l.includes('greeting-mismatch'))).toMatch(/^ +1:4 {2}error +\S.*greeting-mismatch$/);
    expect(r.stdout).toMatch(/\n {2}score \d+\/100 \(a checklist[^\n]*\n/);
    expect(r.stdout).toMatch(/\n✖ \d+ problems? \(\d+ errors?, \d+ warnings?, \d+ infos?\)\n$/);
    expect(r.code).toBe(1);
  });

  it('a good HTML-only .eml has no warnings or errors and exits 0', async () => {
    const r = await cliInProcess(['--format', 'json', fixture('html-only.eml')]);
    const [result] = json(r);
    expect(result!.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(result!.stats.words).toBeGreaterThan(50);
    expect(r.code).toBe(0);
  });

  it('a Spanish draft says English-only checks were skipped', async () => {
    const r = await cliInProcess(['--to', CHRIS, fixture('spanish.txt')]);
    expect(r.stdout).toContain('English-only checks were skipped (draft is not in English)');
    const [result] = json(await cliInProcess(['--format', 'json', '--to', CHRIS, fixture('spanish.txt')]));
    expect(result!.language).toBe('other');
    expect(result!.findings.map((f) => f.ruleId)).not.toContain('self-focus');
  });
});

describe('pitchcheck (inputs, options, exit codes)', () => {
  it('reads stdin with "-" and applies --to/--subject over the input', () => {
    const draft = JSON.stringify({ subject: 'old', to: ['Dana Smith <dana@x.com>'], body: 'Hi Dechay,\n\nThanks.' });
    const [result] = json(cli(['--format', 'json', '--to', CHRIS, '--subject', 'Campaign reports', '-'], draft));
    expect(result!.file).toBe('<stdin>');
    const mismatch = result!.findings.find((f) => f.ruleId === 'greeting-mismatch');
    expect(mismatch?.fix?.replacement).toBe('Chris');
    expect(result!.findings.filter((f) => f.field === 'subject').map((f) => f.ruleId)).not.toContain('subject');
  });

  it('reports each step of a JSON sequence and several files in one run', async () => {
    const results = json(await cliInProcess(['--format', 'json', fixture('sequence.json'), fixture('good.txt')]));
    expect(results.map((r) => r.file)).toEqual([
      `${fixture('sequence.json')} [step 1]`,
      `${fixture('sequence.json')} [step 2 follow-up]`,
      fixture('good.txt'),
    ]);
  });

  it('exits 0 when every finding is info, 1 when one is a warning or error', async () => {
    const allInfo = tmpFile('all-info.json', JSON.stringify({ rules: Object.fromEntries(rules.map((r) => [r.meta.id, { severity: 'info' }])) }));
    const r = await cliInProcess(['--format', 'json', '--config', allInfo, join(root, 'examples/kitchen-sink.json')]);
    const [result] = json(r);
    expect(result!.findings.length).toBeGreaterThan(0);
    expect(result!.findings.every((f) => f.severity === 'info')).toBe(true);
    expect(r.code).toBe(0);

    const allOff = tmpFile('all-off.json', JSON.stringify({ rules: Object.fromEntries(rules.map((r) => [r.meta.id, { enabled: false }])) }));
    const off = await cliInProcess(['--config', allOff, join(root, 'examples/kitchen-sink.json')]);
    expect(off.stdout).toMatch(/\n✔ 0 problems \(0 errors, 0 warnings, 0 infos\)\n$/);
    expect(off.code).toBe(0);
  });

  it('prints help and version', async () => {
    const help = await cliInProcess(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: pitchcheck/);
    const version = await cliInProcess(['--version']);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version);
  });

  const usageErrors: [string, string[], string?][] = [
    ['a missing file', [join(tmp, 'missing.eml')]],
    ['invalid JSON', [fixture('invalid.json')]],
    ['a Draft of the wrong shape', [fixture('bad-draft.json')]],
    ['a binary file', [tmpFile('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))]],
    ['invalid UTF-8', [tmpFile('latin1.txt', Buffer.from('Hi Jos\xe9,', 'latin1'))]],
    ['binary stdin', ['-'], '\u0000\u0001\u0002'],
    ['an unknown flag', ['--bogus', fixture('good.txt')]],
    ['an unknown format', ['--format', 'xml', fixture('good.txt')]],
    ['a bad --to', ['--to', 'Chris Hawkins', fixture('good.txt')]],
    ['a missing config', ['--config', join(tmp, 'nope.json'), fixture('good.txt')]],
    ['no input', []],
  ];
  it.each(usageErrors)('exits 2 with one line on stderr for %s', async (_name, args, input) => {
    const r = await cliInProcess(args, input);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^pitchcheck: [^\n]+\n$/);
    expect(r.stderr).not.toMatch(/\bat .*:\d+:\d+/);
  });

  it('exits 2 as a process too, with one line on stderr and no stack trace', () => {
    const r = cli([join(tmp, 'missing.eml')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^pitchcheck: cannot read [^\n]+: no such file\n$/);
  });
});

describe('dist/cli.js (bundled)', () => {
  let bundle = '';
  beforeAll(async () => {
    bundle = await buildCli(mkdtempSync(join(tmpdir(), 'pitchcheck-dist-')));
  }, 60_000);

  it('is executable and prints the same report as the source', async () => {
    expect(readFileSync(bundle, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const args = ['--format', 'json', fixture('multipart.eml'), fixture('wrong-greeting.json')];
    const built = runWith([bundle], args);
    expect(built.stderr).toBe('');
    expect(built.stdout).toBe((await cliInProcess(args)).stdout);
    expect(built.code).toBe(1);
    const direct = spawnSync(bundle, ['--version'], { encoding: 'utf8' });
    expect(direct.status).toBe(0);
  });
});
