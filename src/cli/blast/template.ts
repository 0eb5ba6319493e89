// Reads a blast TEMPLATE: a text or Markdown file with a "Subject:" first line, a .json Draft, a
// sequence (a JSON array of Drafts, or a folder with one file per step, in name order).
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Person } from '../../core/types.js';
import { UsageError } from '../errors.js';
import { toDraft } from '../input.js';

export interface TemplateStep {
  /** "1", or the step's name ("intro") or file name. */
  name: string;
  subject: string;
  body: string;
  from?: Person;
}

const STEP_EXTENSIONS = new Set(['.txt', '.md', '.markdown', '.json', '.text']);

export async function loadTemplate(path: string): Promise<TemplateStep[]> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new UsageError(`cannot read template ${path}: no such file`);
  }
  if (info.isDirectory()) {
    const names = (await readdir(path)).filter((n) => STEP_EXTENSIONS.has(extname(n).toLowerCase()) && !n.startsWith('.'));
    names.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    if (!names.length) throw new UsageError(`template folder ${path}: no step files (.txt, .md, .json)`);
    const steps: TemplateStep[] = [];
    for (const n of names) {
      for (const step of await loadFile(join(path, n))) steps.push({ ...step, name: basename(n, extname(n)) });
    }
    return steps;
  }
  return loadFile(path);
}

async function loadFile(path: string): Promise<TemplateStep[]> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(code ? `cannot read template ${path}: ${code}` : `template ${path}: not UTF-8 text`);
  }
  text = text.replace(/\r\n?/g, '\n');
  if (extname(path).toLowerCase() === '.json') return fromJson(text, path);
  return [fromText(text, basename(path, extname(path)))];
}

/** "Subject: …" on the first line (after an optional Markdown front-matter fence), then the body. */
export function fromText(text: string, name: string): TemplateStep {
  const lines = text.split('\n');
  let i = 0;
  if (lines[0]?.trim() === '---') i = 1; // "---\nSubject: …\n---" front matter
  const match = /^subject\s*:\s?(.*)$/i.exec(lines[i] ?? '');
  if (!match) return { name, subject: '', body: text.replace(/\n+$/, '') };
  let rest = i + 1;
  if (i === 1 && lines[rest]?.trim() === '---') rest++;
  while (rest < lines.length && lines[rest]!.trim() === '') rest++;
  return { name, subject: match[1]!.trim(), body: lines.slice(rest).join('\n').replace(/\n+$/, '') };
}

function fromJson(text: string, path: string): TemplateStep[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`template ${path}: invalid JSON (${(error as Error).message})`);
  }
  const entries = Array.isArray(value) ? value : [value];
  if (!entries.length) throw new UsageError(`template ${path}: the sequence is empty`);
  return entries.map((entry, i) => {
    const draft = toDraft(entry, `template ${path}${Array.isArray(value) ? ` [${i}]` : ''}`);
    const named = typeof entry === 'object' && entry && typeof (entry as { name?: unknown }).name === 'string' ? (entry as { name: string }).name.trim() : '';
    return { name: named || String(i + 1), subject: draft.subject, body: draft.body, ...(draft.from ? { from: draft.from } : {}) };
  });
}
