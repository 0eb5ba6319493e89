// In-process tests of the CLI's readers and formatters: what each input kind becomes, and how reports print.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInput, sniffKind } from '../../src/cli/input.js';
import { parseAddressList } from '../../src/cli/addresses.js';
import { countWordsOf, formatJson, formatStylish, lineColumn, lineColumnIndex, NON_ENGLISH_NOTE, type FileResult } from '../../src/cli/format.js';
import { countWords } from '../../src/core/spans.js';
import { UsageError } from '../../src/cli/errors.js';
import type { Finding, Report } from '../../src/core/types.js';

const fixture = (name: string) => join(__dirname, 'fixtures', name);
const noStdin = async () => Buffer.alloc(0);
const load = (path: string, stdin = noStdin) => loadInput(path, stdin);
const tmp = mkdtempSync(join(tmpdir(), 'pitchcheck-input-'));
function tmpFile(name: string, content: string | Buffer): string {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

describe('.eml', () => {
  it('decodes a multipart message: quoted-printable ISO-8859-1 text, encoded-word headers, quoted display names', async () => {
    const [loaded] = await load(fixture('multipart.eml'));
    const draft = loaded!.draft;
    expect(draft.subject).toBe("Sprout's café reports — quick idea");
    expect(draft.from).toEqual({ name: 'Vern Pöllard', email: 'vern@brightlane.io' });
    expect(draft.to).toEqual([{ name: 'Hawkins, Chris', email: 'chris.hawkins@sproutcontent.com' }]);
    expect(draft.cc).toEqual([{ name: 'José García', email: 'jose.garcia@sproutcontent.com' }]);
    // text/plain wins over the base64 HTML alternative; soft line breaks are joined, CRLF becomes \n.
    expect(draft.body.startsWith('Hi Dechay,\n\nThanks for the café chat at SaaStr last week.')).toBe(true);
    expect(draft.body).toContain("Sprout's content team spends");
    expect(draft.body).not.toContain('\r');
    expect(draft.body.endsWith('Best,\nVern\nBrightlane Analytics')).toBe(true);
  });

  it('turns an HTML-only message into the text the reader sees', async () => {
    const [loaded] = await load(fixture('html-only.eml'));
    const body = loaded!.draft.body;
    expect(body.split('\n').slice(0, 3)).toEqual([
      'Hi Chris,',
      '',
      'Thanks for the chat at SaaStr & for the tour of Sprout’s reporting setup. You said the team spends two days a month\u00a0rebuilding the same campaign reports by hand.'.replace('\u00a0', body.includes('\u00a0') ? '\u00a0' : ' '),
    ]);
    expect(body).toContain('cut that to an hour once the reports build themselves from HubSpot. Would it help to see');
    expect(body).not.toMatch(/<|&[a-z]+;|https:|cid:|\{ margin/); // no tags, entities, hrefs, image sources or CSS
    expect(body).not.toMatch(/\n{3}/);
    expect(body.endsWith('Best,\nVern\nBrightlane Analytics')).toBe(true);
  });
});

describe('.json', () => {
  it('reads a Draft, accepting "Name <email>" strings for people', async () => {
    const [loaded] = await load(fixture('wrong-greeting.json'));
    expect(loaded!.draft.to).toEqual([{ name: 'Chris Hawkins', email: 'chris.hawkins@sproutcontent.com' }]);
    expect(loaded!.draft.body.startsWith('Hi Dechay,\n\n')).toBe(true);
    const seq = await load(fixture('sequence.json'));
    expect(seq.map((s) => s.file)).toEqual([`${fixture('sequence.json')} [step 1]`, `${fixture('sequence.json')} [step 2 follow-up]`]);
    expect(seq[1]!.draft.to).toEqual([{ name: 'Chris Hawkins', email: 'chris.hawkins@sproutcontent.com' }]);
    const [hinted] = await load(tmpFile('hinted.json', '{"body":"Hi\\n\\n-- \\nVern","hints":{"signature":[{"start":4,"end":11}]}}'));
    expect(hinted!.draft.hints).toEqual({ signature: [{ start: 4, end: 11 }] });
  });

  it.each([
    ['invalid JSON', fixture('invalid.json'), /invalid JSON/],
    ['unknown field', fixture('bad-draft.json'), /unknown field "To"/],
    ['body missing', tmpFile('nobody.json', '{"subject":"x"}'), /"body" must be a string/],
    ['not an object', tmpFile('number.json', '42'), /expected an object/],
    ['bad person', tmpFile('person.json', '{"body":"x","to":[{"name":"Chris"}]}'), /"to"\[0\] must have an "email"/],
    ['bad address string', tmpFile('addr.json', '{"body":"x","to":["Chris"]}'), /not an email address/],
    ['empty sequence', tmpFile('empty.json', '[]'), /array is empty/],
    ['bad hints', tmpFile('hints.json', '{"body":"x","hints":{"quoted":[{"start":5}]}}'), /"hints"\.quoted must be a list/],
  ])('rejects %s with a UsageError', async (_name, path, message) => {
    const error = await load(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });
});

describe('text and stdin', () => {
  it('reads a text file as the body, with CRLF normalised and no recipients', async () => {
    const [loaded] = await load(tmpFile('crlf.txt', '\uFEFFHi Chris,\r\n\r\nHello.\r\n'));
    expect(loaded!.draft).toEqual({ to: [], subject: '', body: 'Hi Chris,\n\nHello.\n' });
  });

  it('recognises stdin by content', async () => {
    expect(sniffKind(Buffer.from('{"body":"x"}'))).toBe('json');
    expect(sniffKind(Buffer.from('[{"body":"x"}]'))).toBe('json');
    expect(sniffKind(Buffer.from('[Company] update\n\nHi'))).toBe('text');
    expect(sniffKind(Buffer.from('From: a@b.com\r\nSubject: Hi\r\n\r\nBody'))).toBe('eml');
    expect(sniffKind(Buffer.from('Subject: our call\n\nHi Chris'))).toBe('eml');
    expect(sniffKind(Buffer.from('Hi Chris,\n\nNote: the call is at 3.'))).toBe('text');
    expect(sniffKind(Buffer.from(''))).toBe('text');
    const [viaStdin] = await load('-', async () => Buffer.from('{"body":"Hi Chris","to":["chris@x.com"]}'));
    expect(viaStdin).toEqual({ file: '<stdin>', draft: { to: [{ email: 'chris@x.com' }], cc: [], subject: '', body: 'Hi Chris' } });
  });

  it.each([
    ['a missing file', join(tmp, 'nope.txt'), /cannot read .*: no such file/],
    ['a directory', tmp, /is a directory/],
    ['a file with NUL bytes', tmpFile('logo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d])), /binary file/],
    ['invalid UTF-8 text', tmpFile('latin1.txt', Buffer.from([0x48, 0x69, 0xe9, 0x20, 0xff])), /not valid UTF-8/],
    ['a binary .eml', tmpFile('x.eml', Buffer.from([0x46, 0x72, 0x00, 0x01])), /binary file/],
  ])('refuses %s', async (_name, path, message) => {
    const error = await load(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(message);
  });
});

describe('addresses', () => {
  it('parses lists, quoted names and bare addresses', () => {
    expect(parseAddressList('Chris Hawkins <chris@sproutcontent.com>, dana@sproutcontent.com', '--to')).toEqual([
      { name: 'Chris Hawkins', email: 'chris@sproutcontent.com' },
      { email: 'dana@sproutcontent.com' },
    ]);
    expect(parseAddressList('"Hawkins, Chris" <chris@x.com>', '--to')).toEqual([{ name: 'Hawkins, Chris', email: 'chris@x.com' }]);
    expect(() => parseAddressList('Chris Hawkins', '--to')).toThrow(UsageError);
    expect(() => parseAddressList('', '--to')).toThrow(UsageError);
  });
});

describe('formatters', () => {
  const body = 'Hi Dechay,\n\nWe are 😀 great.\nBest,\nVern';
  const report: Report = {
    findings: [
      { ruleId: 'self-focus', messageId: 'sentenceAboutYou', scope: 'text', severity: 'info', message: 'About\nyou', start: body.indexOf('great'), end: body.indexOf('great') + 5 },
      { ruleId: 'greeting-mismatch', messageId: 'notRecipient', scope: 'text', severity: 'error', message: 'Not on the email', start: 3, end: 9, fix: { start: 3, end: 9, replacement: 'Chris', label: 'Chris' } },
      { ruleId: 'subject', messageId: 'empty', scope: 'text', severity: 'warning', message: 'Empty subject', start: 0, end: 0, field: 'subject' },
    ],
    stats: { words: 4, sentences: 1, questions: 0, selfRefs: 1, readerRefs: 0 },
    parts: { message: { start: 12, end: 28 } },
    language: 'other',
    score: { value: 40, items: [] },
  };
  const result: FileResult = { file: 'draft.json', draft: { to: [], subject: '', body }, report };

  it('counts lines and UTF-16 columns from 1', () => {
    expect(lineColumn(body, 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn(body, 3)).toEqual({ line: 1, column: 4 });
    expect(lineColumn(body, 10)).toEqual({ line: 1, column: 11 }); // the newline itself ends line 1
    expect(lineColumn(body, 12)).toEqual({ line: 3, column: 1 });
    expect(lineColumn(body, body.indexOf('great'))).toEqual({ line: 3, column: 11 }); // the emoji is two UTF-16 units
    expect(lineColumn(body, body.length + 5)).toEqual({ line: 5, column: 5 });
  });

  it('prints stylish rows in draft order, the notes and a summary', () => {
    const lines = formatStylish([result], false).split('\n');
    expect(lines[0]).toBe('draft.json');
    expect(lines[1]).toMatch(/^ {2}subject {2}warning {2}Empty subject +subject$/);
    expect(lines[2]).toMatch(/^ {6}1:4 {2}error {4}Not on the email +greeting-mismatch$/);
    expect(lines[3]).toMatch(/^ {5}3:11 {2}info {5}About you +self-focus$/);
    expect(lines).toContain(`  ${NON_ENGLISH_NOTE}`);
    expect(lines.some((l) => /^ {2}score 40\/100 \(/.test(l))).toBe(true);
    expect(lines.at(-2)).toBe('✖ 3 problems (1 error, 1 warning, 1 info)');
    expect(formatStylish([result], true)).toContain('\u001b['); // colours only when asked
  });

  it('prints a grouped finding as one problem, its places under it', () => {
    const text = 'We ship. We win. We grow.';
    const grouped: Report = {
      ...report,
      language: 'en',
      findings: [
        {
          ruleId: 'self-focus',
          messageId: 'aboutYou',
          scope: 'draft',
          severity: 'warning',
          message: '3 about you, 0 about them.',
          start: 0,
          end: text.length,
          ranges: [
            { start: 0, end: 8, note: 'All about you (1 reference to you, none to them).' },
            { start: 17, end: 25 },
          ],
        },
      ],
    };
    const lines = formatStylish([{ file: 'd.txt', draft: { to: [], subject: '', body: text }, report: grouped }], false).split('\n');
    expect(lines[1]).toMatch(/^ {2}1:1 {2}warning {2}3 about you, 0 about them\. +self-focus$/);
    // The places sit under the message column.
    expect(lines[2]).toBe(`${' '.repeat(16)}1:1  “We ship.” — All about you (1 reference to you, none to them).`);
    expect(lines[3]).toBe(`${' '.repeat(16)}1:18  “We grow.”`);
    expect(lines.at(-2)).toBe('✖ 1 problem (0 errors, 1 warning, 0 infos)');
  });

  it('prints JSON with file, findings, stats, score and language', () => {
    const parsed = JSON.parse(formatJson([result]));
    expect(parsed).toEqual([{ file: 'draft.json', findings: report.findings, stats: report.stats, score: report.score, language: 'other' }]);
  });

  it('finds line and column through the line index exactly as lineColumn does, at every offset', () => {
    const text = '\nHi Chris,\n\n\nline 😀 four\nlast';
    const at = lineColumnIndex(text, text.length + 3);
    for (let offset = 0; offset <= text.length + 3; offset++) expect(at(offset)).toEqual(lineColumn(text, offset));
  });

  it('counts words as the engine does, without a token list', () => {
    for (const text of ['', '  ', 'one', ' two  words ', '-- — 42 x\u00a0y\u3000z', 'é ü 😀 — ok.\n\tnext', 'a'.repeat(100) + '\n\n!']) {
      expect(countWordsOf(text)).toBe(countWords(text));
    }
  });

  it('prints a report of 300,000 findings (a spread of one argument per finding overflowed the stack)', () => {
    const many = 'word\n'.repeat(300_000);
    const findings: Finding[] = Array.from({ length: 300_000 }, (_, i) => ({ ruleId: 'filler', severity: 'info', messageId: 'filler', scope: 'text', message: 'Filler', start: i * 5, end: i * 5 + 4 }));
    const huge: FileResult = { file: 'huge.txt', draft: { to: [], subject: '', body: many }, report: { ...report, language: 'en', findings } };
    const lines = formatStylish([huge], false).split('\n');
    expect(lines[1]).toMatch(/^ {7}1:1 {2}info {2}Filler {2}filler$/);
    expect(lines[300_000]).toMatch(/^ {2}300000:1 {2}info {2}Filler {2}filler$/);
  });

  it('says how much of a body past the cap was checked, in text and in JSON', () => {
    const truncated = { checkedChars: 10, totalChars: body.length, checkedWords: 2 };
    const cut: FileResult = { ...result, report: { ...report, truncated } };
    expect(formatStylish([cut], false).split('\n')).toContain(`  checked the first 2 words of ${countWords(body)} (the first 10 characters)`);
    expect(JSON.parse(formatJson([cut]))[0].truncated).toEqual(truncated);
    expect(formatStylish([result], false)).not.toContain('checked the first');
  });
});
