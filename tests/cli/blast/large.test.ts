// A generated 10,000-row file, end to end through the bundled CLI (worker threads and all).
// No timing is asserted here: speed is measured by `npm run bench` (scripts/bench-blast.ts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli } from '../../../scripts/build-cli.js';
import { contact, writeBlastInputs } from '../../../scripts/blast-data.js';
import type { JsonDoc } from './helpers.js';

const ROWS = 10_000;
let doc: JsonDoc;
let code: number | null;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pitchcheck-blast-large-'));
  const cli = await buildCli(join(dir, 'dist'));
  const { template, contacts } = await writeBlastInputs(dir, ROWS);
  const r = spawnSync(process.execPath, [cli, 'blast', template, '--contacts', contacts, '--format', 'json', '--jobs', '2'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  expect(r.stderr).toBe('');
  code = r.status;
  doc = JSON.parse(r.stdout) as JsonDoc;
}, 300_000);

describe('pitchcheck blast on 10,000 contacts', () => {
  it('reports every row once, in file order', () => {
    expect(doc.rows.map((r) => r.row)).toEqual(Array.from({ length: ROWS }, (_, i) => i + 1));
    expect(doc.rows.every((r, i) => r.email === contact(i + 1)[0])).toBe(true);
  });

  it('finds exactly the generated problems, and nothing on the clean rows', () => {
    const rowsWith = (test: (f: JsonDoc['rows'][number]['findings'][number]) => boolean) =>
      doc.rows.filter((r) => r.findings.some(test)).map((r) => r.row);
    const expected = (test: (values: string[]) => boolean) =>
      Array.from({ length: ROWS }, (_, i) => i + 1).filter((n) => test(contact(n)));
    expect(rowsWith((f) => f.ruleId === 'placeholder' && f.message.includes('is blank'))).toEqual(expected((v) => v[1] === ''));
    expect(rowsWith((f) => f.ruleId === 'placeholder' && f.message.includes('wrong case'))).toEqual(expected((v) => v[1] !== '' && v[1] === v[1]!.toUpperCase()));
    expect(rowsWith((f) => f.ruleId === 'greeting-mismatch')).toEqual(expected((v) => v[1] === 'Wendy'));
    const problemRows = new Set(expected((v) => v[1] === '' || v[1] === 'Wendy' || v[1] === v[1]!.toUpperCase()));
    expect(doc.rows.filter((r) => !problemRows.has(r.row)).every((r) => r.findings.length === 0)).toBe(true);
    expect(doc.summary.contacts).toBe(ROWS);
    expect(doc.summary.needALook).toBe(problemRows.size);
    expect(code).toBe(1);
  });

  it('gives the template-level advice once per step, not per row', () => {
    expect(doc.steps.map((s) => s.step)).toEqual([1, 2, 3]);
    expect(doc.steps.every((s) => s.sampleRow === 1)).toBe(true);
  });
});
