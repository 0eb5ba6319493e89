// The CLI at its input cap (issue 12): the bundled dist build in a child process, as a user runs
// it, on inputs of 25 MB. Each either finishes with a report or is refused with one line; the
// child's peak memory is read from process.resourceUsage() at its exit (no timing is asserted).
import { spawn } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../scripts/build-cli.js';
import { MAX_DRAFTS_PER_FILE, MAX_INPUT_BYTES } from '../../src/cli/input.js';
import { MAX_CHECKED_CHARS } from '../../src/core/limits.js';

const root = resolve(__dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'pitchcheck-caps-'));
const MEMORY_BUDGET_KB = 500 * 1024;
const SLOW = 180_000; // a 25 MB run on a busy 2-core machine; a limit, not a measurement

let bundle: string;
beforeAll(async () => {
  bundle = await buildCli(mkdtempSync(join(tmpdir(), 'pitchcheck-caps-dist-')));
}, 60_000);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  peakKb: number;
}

/**
 * Runs dist/cli.js; the child writes its peak resident memory (KB) to a file as it exits. Async, so
 * a long run does not block the test worker.
 */
async function cli(args: string[], input?: Buffer): Promise<Run> {
  const rssFile = join(tmp, `rss-${Math.random().toString(36).slice(2)}`);
  const recordPeak = `data:text/javascript,import{writeFileSync}from'node:fs';process.on('exit',()=>writeFileSync(${JSON.stringify(rssFile)},String(process.resourceUsage().maxRSS)))`;
  const child = spawn(process.execPath, ['--import', recordPeak, bundle, ...args], {
    cwd: root,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
  });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  // The CLI may stop reading stdin at the cap: the broken pipe is expected, not a failure.
  child.stdin.on('error', () => {});
  child.stdin.end(input ?? '');
  const code = await new Promise<number | null>((done) => child.on('close', (exitCode) => done(exitCode)));
  return {
    code,
    stdout: Buffer.concat(stdout).toString('utf8'),
    stderr: Buffer.concat(stderr).toString('utf8'),
    peakKb: Number(readFileSync(rssFile, 'utf8')),
  };
}

/** A body of exactly `bytes` bytes, one unfilled merge field per line: a finding every 80 characters. */
function placeholderLines(bytes: number): Buffer {
  const line = 'Hi {{first_name}}, I hope this email finds you well. Do you need [Company] help?\n';
  const text = line.repeat(Math.ceil(bytes / line.length));
  return Buffer.from(text.slice(0, bytes));
}

function file(name: string, content: Buffer | string): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

function expectRefused(r: Run, reason: RegExp) {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(reason);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
}

describe('a FILE at the cap', async () => {
  it('of 25 MB with a finding on every line is reported, on its first 120,000 characters', async () => {
    const r = await cli([file('at-cap.txt', placeholderLines(MAX_INPUT_BYTES))]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/placeholder/);
    expect(r.stdout).toMatch(/checked the first [\d,]+ words of [\d,]+ \(the first [\d,]+ characters\)/);
    expect(r.peakKb).toBeLessThan(MEMORY_BUDGET_KB);
  }, SLOW);

  it('one byte over the cap is refused in one line', async () => {
    expectRefused(await cli([file('over-cap.txt', placeholderLines(MAX_INPUT_BYTES + 1))]), /too large \(over 25 MB\)/);
  }, SLOW);

  it('of 1 GB (sparse) is refused by its size, without being read', async () => {
    const path = join(tmp, 'sparse.txt');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 1024 * 1024 * 1024);
    closeSync(fd);
    const r = await cli([path]);
    expectRefused(r, /too large/);
    expect(r.peakKb).toBeLessThan(MEMORY_BUDGET_KB);
  }, SLOW);

  it('that is one 25 MB line with no whitespace is checked up to the cap', async () => {
    const r = await cli(['--format', 'json', file('one-line.txt', Buffer.alloc(MAX_INPUT_BYTES, 'x'))]);
    expect(r.stderr).toBe('');
    const [report] = JSON.parse(r.stdout);
    expect(report.truncated).toEqual({ checkedChars: MAX_CHECKED_CHARS, totalChars: MAX_INPUT_BYTES, checkedWords: 1 });
    expect(r.peakKb).toBeLessThan(MEMORY_BUDGET_KB);
  }, SLOW);

  it('that is one 25 MB line of words is checked up to the last space before the cap', async () => {
    const words = Buffer.from('we offer you the best tool '.repeat(Math.ceil(MAX_INPUT_BYTES / 27)).slice(0, MAX_INPUT_BYTES));
    const r = await cli(['--format', 'json', file('one-line-words.txt', words)]);
    expect(r.stderr).toBe('');
    const [report] = JSON.parse(r.stdout);
    expect(report.truncated.totalChars).toBe(MAX_INPUT_BYTES);
    expect(words[report.truncated.checkedChars]).toBe(' '.charCodeAt(0));
  }, SLOW);
});

describe('stdin at the cap', async () => {
  it('25 MB piped in is reported', async () => {
    const r = await cli(['--format', 'json', '-'], placeholderLines(MAX_INPUT_BYTES));
    expect(r.stderr).toBe('');
    const [report] = JSON.parse(r.stdout);
    expect(report.file).toBe('<stdin>');
    expect(report.truncated.totalChars).toBe(MAX_INPUT_BYTES);
    expect(r.peakKb).toBeLessThan(MEMORY_BUDGET_KB);
  }, SLOW);

  it('100 MB piped in is refused once the count passes the cap, not read whole', async () => {
    const r = await cli(['-'], Buffer.alloc(100 * 1024 * 1024, 'a'));
    expectRefused(r, /<stdin>: too large/);
    expect(r.peakKb).toBeLessThan(MEMORY_BUDGET_KB);
  }, SLOW);
});

describe('messages and sequences near the cap', async () => {
  const headers = 'From: Dana <dana@brightlane.io>\nTo: Chris Hawkins <chris@sprout.com>\nSubject: Reports\nMIME-Version: 1.0\n';

  it('a 24 MB .eml with a text body of 400,000 lines is reported from the head of the message', async () => {
    const body = 'Hi Chris,\n' + 'We offer the best solution for your team. Do you have time?\n'.repeat(400_000);
    const r = await cli([file('big.eml', `${headers}Content-Type: text/plain; charset=utf-8\n\n${body}`)]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/checked the first [\d,]+ words of more than [\d,]+/);
    expect(r.peakKb).toBeLessThan(MEMORY_BUDGET_KB);
  }, SLOW);

  it('HTML nested 200,000 levels deep keeps its text and neither overflows nor stalls', async () => {
    const html = `<html><body>${'<div>'.repeat(200_000)}Hi Chris, do you have time on Friday?${'</div>'.repeat(200_000)}</body></html>`;
    const r = await cli(['--format', 'json', '--to', 'Chris <chris@sprout.com>', file('deep.eml', `${headers}Content-Type: text/html; charset=utf-8\n\n${html}`)]);
    expect(r.stderr).toBe('');
    const [report] = JSON.parse(r.stdout);
    expect(report.stats.questions).toBe(1);
  }, SLOW);

  it(`a JSON file of more than ${MAX_DRAFTS_PER_FILE} drafts is refused in one line`, async () => {
    const drafts = JSON.stringify(Array.from({ length: 150_000 }, () => ({ body: '' })));
    expectRefused(await cli([file('many.json', drafts)]), /150000 drafts, more than 1000 in one file/);
  }, SLOW);
});
