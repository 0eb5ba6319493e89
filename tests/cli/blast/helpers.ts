// Shared by the blast tests: temporary files and the command run in this process.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBlast } from '../../../src/cli/blast/command.js';

export const tmp = mkdtempSync(join(tmpdir(), 'pitchcheck-blast-'));

export function tmpFile(name: string, content: string | Buffer): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

export interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

export async function blast(args: string[]): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const code = await runBlast(args, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readStdin: async () => Buffer.alloc(0),
    isTTY: false,
    env: {},
  });
  return { code, stdout, stderr };
}

export interface JsonRow {
  row: number;
  email: string;
  findings: { step: number | null; ruleId: string; severity: string; message: string; start: number; end: number; field?: 'subject'; fix?: { replacement: string } }[];
}
export interface JsonDoc {
  steps: { step: number; name: string; sampleRow: number | null; subject: string; body: string; findings: { ruleId: string; severity: string; message: string; start: number; end: number }[] }[];
  rows: JsonRow[];
  summary: { contacts: number; ready: number; needALook: number; rowsWithErrors: number; templateErrors: number };
}
