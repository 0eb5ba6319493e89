// `npm run bench` (blast part, issue 11): the bundled CLI on a generated 3-step sequence, as a user
// runs it. Targets: 10,000 contacts ≤ 20 s on the 2-core machine; a 100,000-row CSV streamed in
// ≤ 300 MB peak memory (resident set of the whole process, worker threads included, from
// /usr/bin/time). Runs alone: `tsx scripts/bench-blast.ts`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli } from './build-cli.js';
import { writeBlastInputs } from './blast-data.js';

export interface BlastBenchRow {
  contacts: number;
  seconds: number;
  /** User + system CPU of the process, all threads: the figure a loaded machine distorts least. */
  cpuSeconds: number | null;
  peakMB: number | null;
  exitCode: number | null;
}

export interface BlastBenchResults {
  load: string;
  cores: number;
  rows: BlastBenchRow[];
  targets: { tenThousandUnder20s: boolean; hundredThousandUnder300MB: boolean | null };
}

function timed(cli: string, template: string, contacts: string): BlastBenchRow & { rows: number } {
  const useTime = existsSync('/usr/bin/time');
  const command = useTime ? '/usr/bin/time' : process.execPath;
  const args = [...(useTime ? ['-f', 'PEAK_KB %M CPU %U %S', process.execPath] : []), cli, 'blast', template, '--contacts', contacts, '--format', 'json'];
  const start = performance.now();
  const r = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
  const seconds = (performance.now() - start) / 1000;
  const peak = /PEAK_KB (\d+) CPU ([\d.]+) ([\d.]+)/.exec(r.stderr ?? '');
  let rows = 0;
  try {
    rows = (JSON.parse(r.stdout) as { rows: unknown[] }).rows.length;
  } catch {
    // reported through exitCode
  }
  return { contacts: 0, rows, seconds, cpuSeconds: peak ? Number(peak[2]) + Number(peak[3]) : null, peakMB: peak ? Number(peak[1]) / 1024 : null, exitCode: r.status };
}

export async function runBlastBench(sizes = [10_000, 100_000]): Promise<BlastBenchResults> {
  const dir = mkdtempSync(join(tmpdir(), 'pitchcheck-blast-bench-'));
  const cli = await buildCli(join(dir, 'dist'));
  const rows: BlastBenchRow[] = [];
  for (const size of sizes) {
    const { template, contacts } = await writeBlastInputs(dir, size);
    const result = timed(cli, template, contacts);
    if (result.rows !== size) throw new Error(`blast bench: expected ${size} rows in the JSON, got ${result.rows} (exit ${result.exitCode})`);
    rows.push({ contacts: size, seconds: +result.seconds.toFixed(2), cpuSeconds: result.cpuSeconds, peakMB: result.peakMB === null ? null : +result.peakMB.toFixed(0), exitCode: result.exitCode });
  }
  const ten = rows.find((r) => r.contacts === 10_000);
  const hundred = rows.find((r) => r.contacts === 100_000);
  return {
    load: os.loadavg().map((l) => l.toFixed(2)).join(' '),
    cores: os.availableParallelism(),
    rows,
    targets: {
      tenThousandUnder20s: !!ten && ten.seconds <= 20,
      hundredThousandUnder300MB: hundred?.peakMB == null ? null : hundred.peakMB <= 300,
    },
  };
}

export function printBlastBench(r: BlastBenchResults): void {
  console.log(`\npitchcheck blast — 3-step sequence of ~100 words per step, bundled CLI, ${r.cores} cores, load ${r.load}\n`);
  console.log(`${'contacts'.padStart(9)} ${'time'.padStart(9)} ${'CPU'.padStart(9)} ${'peak RSS'.padStart(9)}`);
  for (const row of r.rows) console.log(`${row.contacts.toLocaleString('en-US').padStart(9)} ${`${row.seconds} s`.padStart(9)} ${row.cpuSeconds === null ? '?'.padStart(9) : `${row.cpuSeconds.toFixed(1)} s`.padStart(9)} ${row.peakMB === null ? '?'.padStart(9) : `${row.peakMB} MB`.padStart(9)}`);
  console.log(`Targets: 10,000 ≤ 20 s: ${r.targets.tenThousandUnder20s ? 'yes' : 'NO'}; 100,000 ≤ 300 MB: ${r.targets.hundredThousandUnder300MB === null ? 'not measured' : r.targets.hundredThousandUnder300MB ? 'yes' : 'NO'}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const results = await runBlastBench(sizes.length ? sizes : undefined);
  printBlastBench(results);
  if (!sizes.length) mergeBlastResults(results);
}

/** Adds the blast figures to bench/results.json, keeping the other sections. */
export function mergeBlastResults(r: BlastBenchResults, file = 'bench/results.json'): void {
  let previous: Record<string, unknown> = {};
  try {
    previous = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  } catch {
    // first run: start afresh
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ ...previous, blast: r }, null, 2)}\n`);
}
