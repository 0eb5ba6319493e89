// `pitchcheck blast` as a command: outputs, --out, --column, exit codes, and the examples.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { blast, tmpFile, tmp, type JsonDoc } from './helpers.js';

const TEMPLATE = tmpFile('intro.md', 'Subject: Ramp time at {{company}}\n\nHi {{first_name}},\n\nI noticed your team is hiring five SDRs this quarter, and that usually means the ramp matters. Would a short call on Tuesday help?\n\nBest,\nSam\n');
const CONTACTS = tmpFile(
  'contacts.csv',
  'Email Address,First Name,Last Name,Company Name\r\nchris.hawkins@acme.com,Chris,Hawkins,Acme\r\npriya.shah@initech.com,,Shah,Initech\r\n\r\nmaria.lopez@umbrella.io,Dechay,Lopez,"Umbrella, Inc."\r\n',
);
const CLEAN = tmpFile('clean.csv', 'email,first_name,company\nchris.hawkins@acme.com,Chris,Acme\ndana.lee@hooli.com,Dana,Hooli\n');

describe('pitchcheck blast', () => {
  it('--format json: the steps, then every row (1-based, header not counted, blank lines keep their number)', async () => {
    const r = await blast([TEMPLATE, '--contacts', CONTACTS, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as JsonDoc;
    expect(doc.steps).toHaveLength(1);
    expect(doc.steps[0]).toMatchObject({ step: 1, sampleRow: 1, subject: 'Ramp time at Acme' });
    expect(doc.rows.map((row) => [row.row, row.email])).toEqual([
      [1, 'chris.hawkins@acme.com'],
      [2, 'priya.shah@initech.com'],
      [4, 'maria.lopez@umbrella.io'],
    ]);
    expect(doc.rows[0]!.findings).toEqual([]);
    expect(doc.rows[1]!.findings).toEqual([{ step: 1, ruleId: 'placeholder', severity: 'error', message: expect.stringContaining('“Hi ,”'), start: 3, end: 3 }]);
    expect(doc.rows[2]!.findings.map((f) => f.ruleId)).toEqual(['greeting-mismatch']);
    for (const row of doc.rows) for (const f of row.findings) expect(Object.keys(f).every((k) => ['step', 'ruleId', 'severity', 'message', 'start', 'end', 'fix', 'field'].includes(k))).toBe(true);
    expect(doc.summary).toEqual({ contacts: 3, ready: 1, needALook: 2, rowsWithErrors: 2, templateErrors: 0 });
  });

  it('text: template findings, then rows grouped by problem, then the summary', async () => {
    const r = await blast([TEMPLATE, '--contacts', CONTACTS]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('1 row: First Name is blank → “Hi ,”');
    expect(r.stdout).toContain('row 2 <priya.shah@initech.com>');
    expect(r.stdout).toMatch(/First Name does not match the person in the email address \(e\.g\. “Dechay” for maria\.lopez@umbrella\.io\)/);
    expect(r.stdout.trimEnd().split('\n').pop()).toBe('✖ 3 contacts: 1 ready, 2 need a look');
  });

  it('exit 0 when every row is ready', async () => {
    const r = await blast([TEMPLATE, '--contacts', CLEAN, '--column', 'company=company']);
    expect(r.stdout.trimEnd().split('\n').pop()).toBe('✔ 2 contacts: 2 ready, 0 need a look');
    expect(r.code).toBe(0);
  });

  it('--out writes the rows that need a look, as read, with the reason', async () => {
    const out = join(tmp, 'flagged.csv');
    await blast([TEMPLATE, '--contacts', CONTACTS, '--out', out]);
    const rows = parse(readFileSync(out), { bom: true }) as string[][];
    expect(rows[0]).toEqual(['Email Address', 'First Name', 'Last Name', 'Company Name', 'pitchcheck']);
    expect(rows.slice(1).map((r) => r.slice(0, 4))).toEqual([
      ['priya.shah@initech.com', '', 'Shah', 'Initech'],
      ['maria.lopez@umbrella.io', 'Dechay', 'Lopez', 'Umbrella, Inc.'],
    ]);
    expect(rows[1]![4]).toBe('step 1: First Name is blank → “Hi ,”');
  });

  it('--column maps a field, or the email, to a header the matcher would not guess', async () => {
    const contacts = tmpFile('odd.csv', 'Work Inbox,Preferred\nchris.hawkins@acme.com,Chris\n');
    const template = tmpFile('pref.txt', 'Subject: Hi\n\nHi {{first_name}},\n\nQuick question about your hiring plans this quarter: is ramp time on your list?\n\nSam');
    expect((await blast([template, '--contacts', contacts])).code).toBe(2);
    const r = await blast([template, '--contacts', contacts, '--column', 'email=Work Inbox', '--column', 'first_name=Preferred', '-f', 'json']);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout) as JsonDoc;
    expect(doc.steps[0]!.body.startsWith('Hi Chris,')).toBe(true);
    expect(doc.rows).toEqual([{ row: 1, email: 'chris.hawkins@acme.com', findings: [] }]);
  });

  it('exit 1 for a template error even when every row is fine (a field with no column)', async () => {
    const template = tmpFile('news.txt', 'Subject: Hi\n\nHi {{first_name}}, congrats on {{recent_news}}!\n\nSam');
    const r = await blast([template, '--contacts', CLEAN]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/“recent_news” has no column in the contacts file/);
    expect(r.stdout.match(/recent_news” has no column/g)).toHaveLength(1);
  });

  it('exit 2 with one line for bad input', async () => {
    const noEmail = tmpFile('noemail.csv', 'name,company\nChris,Acme\n');
    const broken = tmpFile('broken.md', 'Subject: Hi\n\nHi {{#if first_name}}{{first_name}},\n');
    const cases: [string[], RegExp][] = [
      [[TEMPLATE, '--contacts', noEmail], /no email column/],
      [[broken, "--contacts", CLEAN], /step 1 \(broken\) body: /],
      [[TEMPLATE, '--contacts', tmpFile('bad.csv', 'email,name\na@x.com,A\nb@x.com,"B\n')], /row 2/],
      [[TEMPLATE], /--contacts FILE is required/],
      [[join(tmp, 'missing.md'), '--contacts', CLEAN], /no such file/],
      [[TEMPLATE, '--contacts', CLEAN, '--format', 'xml'], /--format/],
      [[TEMPLATE, '--contacts', CLEAN, '--column', 'first_name=Nope'], /no column "Nope"/],
    ];
    for (const [args, message] of cases) {
      const r = await blast(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
  });

  it('the shipped example shows each problem class', async () => {
    const r = await blast(['examples/blast/sequence', '--contacts', 'examples/blast/contacts.csv', '-f', 'json']);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout) as JsonDoc;
    const messages = [...doc.steps.flatMap((s) => s.findings), ...doc.rows.flatMap((row) => row.findings)].map((f) => f.message).join('\n');
    expect(messages).toMatch(/is blank for this contact/);
    expect(messages).toMatch(/“Dechay” is not on this email/);
    expect(messages).toMatch(/The greeting uses “company”/);
    expect(messages).toMatch(/is not the person in the address/);
    expect(messages).toMatch(/wrong case/);
  });
});
