// Turns each FILE argument (.eml message, .json Draft, plain text, or "-" for stdin) into Drafts.
import { open } from 'node:fs/promises';
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
  /** Only the head of the input was read (a huge message or HTML part): the body may go on. */
  partial?: true;
}

// Far beyond any email; stops a mistaken `pitchcheck some.iso` from eating the machine's memory.
export const MAX_INPUT_BYTES = 25 * 1024 * 1024;

// postal-mime keeps a chunk per line of a part and costs ~2 s and ~28 bytes of memory per byte of
// message (24 MB: 45 s, 700 MB). The body comes first in a message and attachments are what make
// one big, so a longer message is parsed from its first 4 MB: room for far more text than is checked.
export const MAX_EML_BYTES = 4 * 1024 * 1024;
// Real mail nests a few dozen levels (tables in quoted replies); deeper than this is not mail.
const MAX_HTML_DEPTH = 256;

// A sequence is a handful of steps and a template library a few hundred; each draft costs an
// analysis and a report in memory (150,000 empty drafts: 15 s, 650 MB), so a file holds at most this many.
export const MAX_DRAFTS_PER_FILE = 1000;

const DRAFT_KEYS = new Set(['from', 'to', 'cc', 'subject', 'body', 'hints', 'name', 'description', '$schema']);

export async function loadInput(arg: string, readStdin: () => Promise<Buffer>): Promise<LoadedDraft[]> {
  const isStdin = arg === '-';
  const label = isStdin ? '<stdin>' : arg;
  const bytes = isStdin ? await readStdin() : await readInputFile(arg);
  if (bytes.length > MAX_INPUT_BYTES) throw tooLarge(label);
  if (bytes.includes(0)) throw new UsageError(`${label}: binary file, not an email, a JSON draft or text`);
  const kind = isStdin ? sniffKind(bytes) : kindFromExtension(arg);
  if (kind === 'eml') {
    const head = headOfMessage(bytes);
    const draft = await parseEml(head, label);
    return [{ file: label, draft, ...(head !== bytes ? { partial: true as const } : {}) }];
  }
  const text = decodeUtf8(bytes, label);
  if (kind === 'json') return parseJsonDrafts(text, label);
  return [{ file: label, draft: { to: [], subject: '', body: normalizeNewlines(text) } }];
}

/**
 * Reads a FILE argument, refusing it by its size before reading a byte of it. The size is taken from
 * the open handle that is then read, and the read itself stops at the cap too, for what has no size
 * (a FIFO, /dev/zero) or grows while it is read.
 */
async function readInputFile(path: string): Promise<Buffer> {
  const cannotRead = (error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : String(code ?? error);
    return new UsageError(`cannot read ${path}: ${reason}`);
  };
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw cannotRead(error);
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw new UsageError(`cannot read ${path}: is a directory`);
    if (stats.size > MAX_INPUT_BYTES) throw tooLarge(path);
    return await readCapped(handle.createReadStream({ autoClose: false }), path);
  } catch (error) {
    throw error instanceof UsageError ? error : cannotRead(error);
  } finally {
    await handle.close();
  }
}

const tooLarge = (label: string) => new UsageError(`${label}: too large (over ${MAX_INPUT_BYTES / 1024 / 1024} MB)`);

/**
 * Reads a stream to its end, counting: past MAX_INPUT_BYTES it stops (the stream is destroyed, so
 * a writer on the other end of a pipe gets EPIPE) and refuses the input. Memory stays at the cap
 * whatever is piped in.
 */
export async function readCapped(stream: AsyncIterable<unknown> & { destroy?: () => void }, label: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  // Leaving the loop early (the throw) closes the stream through the iterator's return().
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += bytes.length;
    if (total > MAX_INPUT_BYTES) throw tooLarge(label);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, total);
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

/** The first MAX_EML_BYTES of a message, cut at a line end. */
function headOfMessage(bytes: Buffer): Buffer {
  if (bytes.length <= MAX_EML_BYTES) return bytes;
  const lineEnd = bytes.lastIndexOf(0x0a, MAX_EML_BYTES - 1);
  return bytes.subarray(0, lineEnd > 0 ? lineEnd + 1 : MAX_EML_BYTES);
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
  const text = htmlToText(flattenDeepTags(html), {
    wordwrap: false,
    // html-to-text recurses once per nesting level: deeper than this overflowed the stack.
    limits: { maxDepth: MAX_HTML_DEPTH, ellipsis: '' },
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

const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^>]*>/g;
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * The HTML with the tags nested deeper than MAX_HTML_DEPTH dropped (their text stays). htmlparser2
 * keeps its open elements in an array it unshifts and shifts per tag, so its time grows with
 * length × depth: 200,000 nested <div>s (2 MB) took 130 s. The count is rough (an unclosed <p>
 * counts as open), so it may drop too many tags, never text.
 */
export function flattenDeepTags(html: string): string {
  let depth = 0;
  let deepest = 0;
  for (const m of html.matchAll(TAG)) {
    if (m[1] || m[0].endsWith('/>') || VOID_ELEMENTS.has(m[2]!.toLowerCase())) {
      if (m[1]) depth = Math.max(0, depth - 1);
    } else deepest = Math.max(deepest, ++depth);
    if (deepest > MAX_HTML_DEPTH) break;
  }
  if (deepest <= MAX_HTML_DEPTH) return html;
  depth = 0;
  return html.replace(TAG, (tag, closing: string, name: string) => {
    if (!closing && (tag.endsWith('/>') || VOID_ELEMENTS.has(name.toLowerCase()))) return depth >= MAX_HTML_DEPTH ? ' ' : tag;
    if (closing) {
      depth = Math.max(0, depth - 1);
      return depth >= MAX_HTML_DEPTH ? ' ' : tag;
    }
    return depth++ >= MAX_HTML_DEPTH ? ' ' : tag;
  });
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
    if (value.length > MAX_DRAFTS_PER_FILE) {
      throw new UsageError(`${label}: ${value.length} drafts, more than ${MAX_DRAFTS_PER_FILE} in one file: split the sequence`);
    }
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
