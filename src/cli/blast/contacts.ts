// Streams a contacts file (CSV or TSV) through csv-parse: quoted fields with embedded newlines, a
// BOM, ";" from European Excel, CRLF. The separator is read off the header line (outside quotes).
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse, CsvError } from 'csv-parse';
import { UsageError } from '../errors.js';

export interface ContactRow {
  /** 1-based position of the record in the file, header not counted (blank lines count, as in a spreadsheet). */
  row: number;
  values: string[];
}

export interface ContactsReader {
  header: string[];
  delimiter: string;
  rows: AsyncIterable<ContactRow>;
  /** Bytes read so far, and the file's size: for the progress bar. */
  progress(): { read: number; total: number };
}

/** The separator a header line uses: the most frequent of tab, ";" and "," outside quotes. */
export function sniffDelimiter(headerLine: string, path: string): string {
  if (extname(path).toLowerCase() === '.tsv') return '\t';
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ',';
  for (const [ch, n] of counts) if (n > counts.get(best)!) best = ch;
  return best;
}

async function readHead(path: string): Promise<{ head: string; size: number }> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read contacts ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String(code ?? error)}`);
  }
  try {
    const { size } = await handle.stat();
    const buffer = Buffer.alloc(Math.min(size, 64 * 1024));
    await handle.read(buffer, 0, buffer.length, 0);
    if (buffer.includes(0)) throw new UsageError(`contacts ${path}: binary file, not CSV (save it as "CSV UTF-8" from the spreadsheet)`);
    return { head: buffer.toString('utf8').replace(/^\uFEFF/, ''), size };
  } finally {
    await handle.close();
  }
}

const isBlank = (values: string[]) => values.every((v) => v.trim() === '');

export async function openContacts(path: string): Promise<ContactsReader> {
  const { head, size } = await readHead(path);
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  if (!firstLine.trim()) throw new UsageError(`contacts ${path}: no header row (the first line is empty)`);
  const delimiter = sniffDelimiter(firstLine, path);
  const stream = createReadStream(path);
  const parser = stream.pipe(
    parse({
      bom: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: false,
      // Excel writes "name" followed by spaces before the separator; keep values otherwise as they are.
      trim: false,
    }),
  );
  stream.on('error', (error) => parser.destroy(error));
  const iterator = parser[Symbol.asyncIterator]() as AsyncIterator<string[]>;
  const where = (error: unknown) => {
    if (error instanceof CsvError) {
      const record = (error as CsvError & { records?: number }).records ?? 0;
      return new UsageError(`contacts ${path}: row ${Math.max(0, record)}: ${error.message.replace(/^Invalid [^:]*:\s*/, '').split('\n')[0]}`);
    }
    return error instanceof UsageError ? error : new UsageError(`contacts ${path}: ${(error as Error).message}`);
  };
  const next = async () => {
    try {
      return await iterator.next();
    } catch (error) {
      throw where(error);
    }
  };
  const first = await next();
  if (first.done) throw new UsageError(`contacts ${path}: empty file`);
  const header = first.value.map((h) => h.trim());
  if (isBlank(header)) throw new UsageError(`contacts ${path}: no header row`);
  async function* rows(): AsyncGenerator<ContactRow> {
    let row = 0;
    for (let r = await next(); !r.done; r = await next()) {
      row++;
      const values = r.value;
      if (isBlank(values)) continue; // a blank line is no contact, but keeps its number
      if (values.length > header.length && !isBlank(values.slice(header.length))) {
        throw new UsageError(`contacts ${path}: row ${row}: ${values.length} fields, the header has ${header.length} (an unquoted "${delimiter === '\t' ? '\\t' : delimiter}" in a value?)`);
      }
      yield { row, values };
    }
  }
  return { header, delimiter, rows: rows(), progress: () => ({ read: stream.bytesRead, total: size }) };
}
