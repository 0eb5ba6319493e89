// Adversarial checks of issue 12 for the command line (no browser): the built dist/cli.js fed
// inputs at its 25 MB cap and past it. Each ends in a report or in one refusing line; none in an
// internal error. (tests/cli/caps.test.ts covers more shapes and the children's peak memory.)
import { test, expect } from '@playwright/test';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const CAP = 25 * 1024 * 1024;
const tmp = mkdtempSync(path.join(tmpdir(), 'pitchcheck-adversarial-cli-'));

async function cli(args: string[], input = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  child.stdin.on('error', () => {}); // the CLI stops reading past the cap
  child.stdin.end(input);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  return { code, stdout, stderr };
}

test.describe.configure({ timeout: 180_000 });

test('a 25 MB text file with a placeholder on every line is reported on its checked prefix', async () => {
  const line = 'Hi {{first_name}}, I hope this email finds you well. Do you need [Company] help?\n';
  const file = path.join(tmp, 'at-cap.txt');
  writeFileSync(file, line.repeat(Math.ceil(CAP / line.length)).slice(0, CAP));
  const r = await cli([file]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(1);
  expect(r.stdout).toContain('checked the first');
});

test('a single 25 MB line is checked up to the shared cap', async () => {
  const file = path.join(tmp, 'one-line.txt');
  writeFileSync(file, 'x'.repeat(CAP));
  const r = await cli(['--format', 'json', file]);
  expect(r.stderr).toBe('');
  expect(JSON.parse(r.stdout)[0].truncated).toMatchObject({ checkedChars: 120_000, totalChars: CAP });
});

test('stdin past the cap is refused in one line', async () => {
  const r = await cli(['-'], 'a'.repeat(CAP + 1024 * 1024));
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd()).toBe('pitchcheck: <stdin>: too large (over 25 MB)');
});
