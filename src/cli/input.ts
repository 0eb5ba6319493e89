// Turns each FILE argument (.eml message, .json Draft, plain text, or "-" for stdin) into Drafts.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import PostalMime from 'postal-mime';
import { htmlToText } from 'html-to-text';
import type { Draft, Person } from '../core/types.js';
import { parseAddressList, toPeople } from './addresses.js';
import { UsageError } from './errors.js';

export type InputKind = 'eml' | 'json' | 'text';

export interface LoadedDraft {
  /** What the output calls this draft: the path, "<stdin>", or "path [n]" for an entry of a JSON array. */
  file: string;
  draft: Draft;
}

// Far beyond any email; stops a mistaken `pitchcheck some.iso` from eating the machine's memory.
const MAX_INPUT_BYTES = 25 * 1024 * 1024;

const DRAFT_KEYS = new Set(['from', 'to', 'cc', 'subject', 'body', 'hints', 'name', 'description', '$schema']);

export async function loadInput(arg: string, readStdin: () => Promise<Buffer>): Promise<LoadedDraft[]> {
  const isStdin = arg === '-';
  const label = isStdin ? '<stdin>' : arg;
  const bytes = isStdin ? await readStdin() : await readInputFile(arg);
  if (bytes.length > MAX_INPUT_BYTES) throw new UsageError(`${label}: too large (over ${MAX_INPUT_BYTES / 1024 / 1024} MB)`);
  if (bytes.includes(0)) throw new UsageError(`${label}: binary file, not an email, a JSON draft or text`);
  const kind = isStdin ? sniffKind(bytes) : kindFromExtension(arg);
  if (kind === 'eml') return [{ file: label, draft: await parseEml(bytes, label) }];
  const text = decodeUtf8(bytes, label);
  if (kind === 'json') return parseJsonDrafts(text, label);
  return [{ file: label, draft: { to: [], subject: '', body: normalizeNewlines(text) } }];
}

async function readInputFile(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String(code ?? error);
    throw new UsageError(`cannot read ${path}: ${reason}`);
  }
}

export function kindFromExtension(path: string): InputKind {
  const ext = extname(path).toLowerCase();
  if (ext === '.eml') return 'eml';
  if (ext === '.json') return 'json';
  return 'text';
}

/** stdin has no name: a JSON object/array is a Draft, a header block ("From: …" lines then a blank line) is a message, anything else is the body. */
export function sniffKind(bytes: Buffer): InputKind {
  const head = bytes.subarray(0, 64 * 1024).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '');
  const trimmed = head.trimStart();
  if (trimmed.startsWith('{')) return 'json';
  if (trimmed.startsWith('[')) {
    try {
      JSON.parse(bytes.toString('utf8'));
      return 'json';
    } catch {
      return 'text'; // "[Company] update…" is a body, not broken JSON
    }
  }
  const headerBlock = head.split(/\r?\n\r?\n/, 1)[0] ?? '';
  const lines = headerBlock.split(/\r?\n/);
  const allHeaders = lines.every((line) => /^[!-9;-~]+:/.test(line) || /^[ \t]/.test(line));
  const hasMailHeader = lines.some((line) => /^(from|to|subject|date|mime-version|received|message-id):/i.test(line));
  return lines.length > 0 && /^[!-9;-~]+:/.test(lines[0] ?? '') && allHeaders && hasMailHeader ? 'eml' : 'text';
}

function decodeUtf8(bytes: Buffer, label: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new UsageError(`${label}: not valid UTF-8 text (binary file?)`);
  }
}

/** Draft bodies are lines joined with "\n", as the compose box gives them. */
function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

async function parseEml(bytes: Buffer, label: string): Promise<Draft> {
  let email: Awaited<ReturnType<typeof PostalMime.parse>>;
  try {
    email = await PostalMime.parse(bytes);
  } catch (error) {
    throw new UsageError(`${label}: not a readable email message (${(error as Error).message})`);
  }
  const body = email.text ?? (email.html ? htmlBodyToText(email.html) : '');
  const from = email.from ? toPeople([email.from])[0] : undefined;
  return {
    ...(from ? { from } : {}),
    to: toPeople(email.to),
    cc: toPeople(email.cc),
    subject: email.subject ?? '',
    body: normalizeNewlines(body).replace(/\n+$/, ''),
  };
}

/** What the reader sees of an HTML-only message: block elements become lines, entities are decoded, links keep their text only. */
export function htmlBodyToText(html: string): string {
  const text = htmlToText(html, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } })),
      { selector: 'table', format: 'block' },
      { selector: 'tr', format: 'block' },
      { selector: 'td', format: 'block' },
      { selector: 'th', format: 'block' },
    ],
  });
  // Compose windows write a blank line as <div><br></div>, which converts to two; the reader sees one.
  return text.replace(/\n{3,}/g, '\n\n');
}

function parseJsonDrafts(text: string, label: string): LoadedDraft[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${label}: invalid JSON (${(error as Error).message})`);
  }
  if (Array.isArray(value)) {
    // A sequence: one Draft per step, each reported on its own.
    if (value.length === 0) throw new UsageError(`${label}: invalid Draft: the array is empty`);
    return value.map((entry, i) => {
      const name = isObject(entry) && typeof entry.name === 'string' && entry.name.trim() ? entry.name.trim() : String(i + 1);
      return { file: `${label} [${name}]`, draft: toDraft(entry, `${label}: invalid Draft [${i}]`) };
    });
  }
  return [{ file: label, draft: toDraft(value, `${label}: invalid Draft`) }];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks the shape of a Draft and says exactly which field is wrong. */
export function toDraft(value: unknown, prefix: string): Draft {
  if (!isObject(value)) throw new UsageError(`${prefix}: expected an object with "body", "subject", "to"`);
  const unknownKey = Object.keys(value).find((key) => !DRAFT_KEYS.has(key));
  if (unknownKey !== undefined) throw new UsageError(`${prefix}: unknown field "${unknownKey}" (fields: from, to, cc, subject, body)`);
  if (typeof value.body !== 'string') throw new UsageError(`${prefix}: "body" must be a string`);
  if (value.subject !== undefined && typeof value.subject !== 'string') throw new UsageError(`${prefix}: "subject" must be a string`);
  const from = value.from === undefined ? undefined : toPerson(value.from, `${prefix}: "from"`);
  return {
    ...(from ? { from } : {}),
    to: toPeopleField(value.to, `${prefix}: "to"`),
    cc: toPeopleField(value.cc, `${prefix}: "cc"`),
    subject: (value.subject as string | undefined) ?? '',
    body: normalizeNewlines(value.body),
    ...(value.hints !== undefined ? { hints: toHints(value.hints, `${prefix}: "hints"`) } : {}),
  };
}

/** Structure hints as the content script sends them: { signature?: Span[], quoted?: Span[] }. */
function toHints(value: unknown, where: string): NonNullable<Draft['hints']> {
  if (!isObject(value)) throw new UsageError(`${where} must be an object with "signature" and/or "quoted" span lists`);
  const hints: NonNullable<Draft['hints']> = {};
  for (const key of ['signature', 'quoted'] as const) {
    const list = value[key];
    if (list === undefined) continue;
    const spans = Array.isArray(list) ? list : [];
    const valid = spans.every((s) => isObject(s) && Number.isInteger(s.start) && Number.isInteger(s.end) && (s.start as number) >= 0 && (s.end as number) >= (s.start as number));
    if (!Array.isArray(list) || !valid) throw new UsageError(`${where}.${key} must be a list of {"start", "end"} offsets`);
    hints[key] = spans.map((s) => ({ start: (s as { start: number }).start, end: (s as { end: number }).end }));
  }
  return hints;
}

function toPeopleField(value: unknown, where: string): Person[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new UsageError(`${where} must be an array of {"name", "email"} or "Name <email>"`);
  return value.map((entry, i) => toPerson(entry, `${where}[${i}]`));
}

function toPerson(value: unknown, where: string): Person {
  if (typeof value === 'string') {
    const people = parseAddressList(value, where);
    if (people.length !== 1) throw new UsageError(`${where} must be one address, got ${people.length}`);
    return people[0]!;
  }
  if (!isObject(value) || typeof value.email !== 'string') throw new UsageError(`${where} must have an "email" string`);
  if (value.name !== undefined && typeof value.name !== 'string') throw new UsageError(`${where}.name must be a string`);
  const name = typeof value.name === 'string' && value.name.trim() ? value.name : undefined;
  return name ? { name, email: value.email } : { email: value.email };
}
