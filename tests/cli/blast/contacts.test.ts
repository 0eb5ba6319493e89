// The contacts file as spreadsheets and CRMs export it, through csv-parse.
import { describe, expect, it } from 'vitest';
import { openContacts, sniffDelimiter, type ContactRow } from '../../../src/cli/blast/contacts.js';
import { UsageError } from '../../../src/cli/errors.js';
import { tmpFile } from './helpers.js';

async function read(name: string, content: string | Buffer) {
  const reader = await openContacts(tmpFile(name, content));
  const rows: ContactRow[] = [];
  for await (const r of reader.rows) rows.push(r);
  return { header: reader.header, delimiter: reader.delimiter, rows };
}

describe('blast: reading contacts', () => {
  it('quoted fields keep their commas, quotes and newlines', async () => {
    const { header, rows } = await read('quotes.csv', 'email,first_name,company\n"a@x.com","Chris","Smith, ""Jones"" & Co"\nb@x.com,Dana,"Line one\nline two"\n');
    expect(header).toEqual(['email', 'first_name', 'company']);
    expect(rows).toEqual([
      { row: 1, values: ['a@x.com', 'Chris', 'Smith, "Jones" & Co'] },
      { row: 2, values: ['b@x.com', 'Dana', 'Line one\nline two'] },
    ]);
  });

  it('a UTF-8 BOM does not stick to the first header', async () => {
    const { header } = await read('bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Email,First Name\na@x.com,Zoë\n')]));
    expect(header).toEqual(['Email', 'First Name']);
  });

  it('";" from European Excel, tabs, and CRLF line ends', async () => {
    const semi = await read('semi.csv', 'E-Mail;Vorname;Firma\r\nanna@x.de;Anna;"Müller; Söhne"\r\n');
    expect(semi.delimiter).toBe(';');
    expect(semi.rows).toEqual([{ row: 1, values: ['anna@x.de', 'Anna', 'Müller; Söhne'] }]);
    const tsv = await read('tabs.tsv', 'email\tfirst name\r\na@x.com\tChris, Jr\r\n');
    expect(tsv.rows).toEqual([{ row: 1, values: ['a@x.com', 'Chris, Jr'] }]);
    expect(sniffDelimiter('email\tname\tcompany', 'contacts.txt')).toBe('\t');
    expect(sniffDelimiter('"a;b",c,d', 'x.csv')).toBe(',');
  });

  it('blank lines are no contacts but keep their row number, as in the spreadsheet', async () => {
    const { rows } = await read('blank.csv', 'email,name\na@x.com,A\n\n,\nb@x.com,B\n');
    expect(rows.map((r) => r.row)).toEqual([1, 4]);
  });

  it('short rows are blank at the end; trailing empty fields are fine', async () => {
    const { rows } = await read('short.csv', 'email,first,last\na@x.com,A\nb@x.com,B,C,,\n');
    expect(rows.map((r) => r.values)).toEqual([['a@x.com', 'A'], ['b@x.com', 'B', 'C', '', '']]);
  });

  it('an unreadable file is a one-line error with the row number', async () => {
    await expect(read('extra.csv', 'email,first\na@x.com,A\nb@x.com,B,oops\n')).rejects.toThrow(/row 2: 3 fields, the header has 2/);
    await expect(read('quote.csv', 'email,first\na@x.com,A\nb@x.com,"B\n')).rejects.toThrow(UsageError);
    await expect(read('quote2.csv', 'email,first\na@x.com,A\nb@x.com,"B"x\n')).rejects.toThrow(/row 2/);
    await expect(read('empty.csv', '')).rejects.toThrow(/no header row|empty/);
    await expect(read('binary.csv', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).rejects.toThrow(/binary/);
    await expect(openContacts('/nonexistent/contacts.csv')).rejects.toThrow(/no such file/);
  });
});
