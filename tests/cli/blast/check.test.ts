// Every problem class of issue 11, on rendered rows: what is reported, where, and what is not.
import { describe, expect, it } from 'vitest';
import { Blast, ROW_RULE_IDS } from '../../../src/cli/blast/check.js';
import { rules } from '../../../src/core/rules/index.js';

const HEADER = ['Email', 'First Name', 'Last Name', 'Company'];
const OUTRO = '\n\nI noticed your team is hiring five SDRs this quarter, and that usually means the ramp matters. Would a short call on Tuesday help?\n\nBest,\nSam';
const step = (body: string, subject = 'Quick idea') => ({ name: '1', subject, body: body + OUTRO });
const make = (body: string, header = HEADER, subject?: string) => new Blast({ header, steps: [step(body, subject)] });

describe('blast: per-row problems', () => {
  it('a blank first name is reported where the empty value lands ("Hi ,")', () => {
    const result = make('Hi {{first_name}},').checkRow(3, ['priya.shah@initech.com', '', 'Shah', 'Initech']);
    const blank = result.findings.filter((f) => f.ruleId === 'placeholder');
    expect(blank).toEqual([expect.objectContaining({ step: 1, severity: 'error', start: 3, end: 3 })]);
    expect(blank[0]!.message).toContain('“Hi ,”');
    expect(result.problems[result.findings.indexOf(blank[0]!)]!.label).toBe('First Name is blank → “Hi ,”');
  });

  it('a blank value in the subject is reported in the subject', () => {
    const result = make('Hi {{first_name}},', HEADER, 'Idea for {{company}}').checkRow(1, ['chris.hawkins@acme.com', 'Chris', 'Hawkins', '  ']);
    expect(result.findings).toEqual([expect.objectContaining({ ruleId: 'placeholder', field: 'subject', start: 9, end: 11 })]);
  });

  it('a blank value behind a default or inside a skipped {{#if}} is no problem', () => {
    const values = ['chris.hawkins@acme.com', '', 'Hawkins', ''];
    expect(make('Hi {{first_name | default: "there"}},').checkRow(1, values).findings.filter((f) => f.ruleId === 'placeholder')).toEqual([]);
    expect(make('Hi{{#if first_name}} {{first_name}}{{/if}},{{#if company}} {{company}} folks{{/if}}').checkRow(1, values).findings.filter((f) => f.ruleId === 'placeholder')).toEqual([]);
  });

  it('a greeting hard-coded to one person is a greeting-mismatch for everyone else, with their name as the fix', () => {
    const blast = make('Hi Dechay,');
    const chris = blast.checkRow(1, ['chris.hawkins@acme.com', 'Chris', 'Hawkins', 'Acme']);
    expect(chris.findings).toEqual([expect.objectContaining({ ruleId: 'greeting-mismatch', severity: 'error', start: 3, end: 9, fix: expect.objectContaining({ replacement: 'Chris' }) })]);
    expect(blast.checkRow(2, ['dechay.watts@globex.com', 'Dechay', 'Watts', 'Globex']).findings).toEqual([]);
  });

  it("a name column holding another person's name than the address is caught where the name lands", () => {
    const result = make('Hi {{first_name}},').checkRow(5, ['chris.hawkins@acme.com', 'Dechay', 'Smith', 'Acme']);
    expect(result.findings).toEqual([expect.objectContaining({ ruleId: 'greeting-mismatch', severity: 'error', start: 3, end: 9 })]);
    expect(result.findings[0]!.message).toMatch(/“Dechay”.*chris\.hawkins@acme\.com.*Chris Hawkins/);
  });

  it('… but not a nickname, a name the address does not show, a role mailbox, or a likely diminutive under the same surname', () => {
    const blast = make('Hi {{first_name}},');
    expect(blast.checkRow(1, ['robert.smith@acme.com', 'Bob', 'Smith', 'Acme']).findings).toEqual([]);
    expect(blast.checkRow(1, ['jsmith@acme.com', 'Dechay', 'Smith', 'Acme']).findings).toEqual([]);
    expect(blast.checkRow(1, ['sales@acme.com', 'Dechay', 'Smith', 'Acme']).findings).toEqual([]);
    expect(blast.checkRow(1, ['mikhail.ivanov@acme.com', 'Misha', 'Ivanov', 'Acme']).findings).toEqual([]);
    // Same surname, another initial: a spouse or a colleague, still flagged.
    expect(blast.checkRow(1, ['maria.lopez@acme.com', 'Dechay', 'Lopez', 'Acme']).findings.map((f) => f.ruleId)).toEqual(['greeting-mismatch']);
  });

  it('a name in capitals is a warning with the name re-cased as the fix; lower case only for first names', () => {
    const blast = make('Hi {{first_name}} {{last_name}},');
    const devon = blast.checkRow(1, ['devon.park@hooli.com', 'DEVON', 'Park', 'Hooli']);
    expect(devon.findings).toEqual([expect.objectContaining({ ruleId: 'placeholder', severity: 'warning', start: 3, end: 8, fix: expect.objectContaining({ replacement: 'Devon' }) })]);
    expect(blast.checkRow(1, ['mary.jones@x.com', 'mary', 'Jones', 'X']).findings[0]!.fix!.replacement).toBe('Mary');
    expect(blast.checkRow(1, ['ludwig.vanbeethoven@x.com', 'Ludwig', 'van Beethoven', 'X']).findings).toEqual([]);
  });

  it('an email written all in lower case is a style: lower-case names in it are not flagged', () => {
    const blast = new Blast({ header: HEADER, steps: [{ name: '1', subject: 'hey', body: 'hey {{first_name}},\n\nquick one: are you hiring sdrs this quarter?\n\nsam' }] });
    expect(blast.checkRow(1, ['mary.jones@x.com', 'mary', 'Jones', 'X']).findings).toEqual([]);
  });

  it('a row with no email, or not an email, is reported once for the row', () => {
    const blast = make('Hi {{first_name}},');
    expect(blast.checkRow(1, ['', 'Chris', 'Hawkins', 'Acme']).findings).toEqual([expect.objectContaining({ step: null, ruleId: 'contact-email' })]);
    expect(blast.checkRow(1, ['chris at acme', 'Chris', 'Hawkins', 'Acme']).findings.map((f) => f.ruleId)).toContain('contact-email');
  });

  it('a row that is right has no findings in any step', () => {
    const blast = new Blast({ header: HEADER, steps: [step('Hi {{first_name}},'), step('Hi {{first_name}}, following up.', 'Re: Quick idea')] });
    expect(blast.checkRow(1, ['chris.hawkins@acme.com', 'Chris', 'Hawkins', 'Acme']).findings).toEqual([]);
  });
});

describe('blast: template-level problems, once per step', () => {
  it('a greeting that uses the company column is one error on the template, and not repeated on rows', () => {
    const blast = make('Hi {{company}},');
    const [report] = blast.checkTemplate(['chris.hawkins@acme.com', 'Chris', 'Hawkins', 'Vandelay Industries'], 1);
    expect(report!.findings.filter((f) => f.ruleId === 'greeting-mismatch')).toEqual([
      expect.objectContaining({ severity: 'error', start: 3, end: 22, message: expect.stringContaining('company column') }),
    ]);
    // The engine alone would call "Vandelay Industries" a stranger on every row; that is the template's fault, said once.
    expect(blast.checkRow(1, ['chris.hawkins@acme.com', 'Chris', 'Hawkins', 'Vandelay Industries']).findings).toEqual([]);
  });

  it('… but "Hi {{company}} team," greets a group, and is right', () => {
    const [report] = make('Hi {{company}} team,').checkTemplate(['chris.hawkins@acme.com', 'Chris', 'Hawkins', 'Vandelay'], 1);
    expect(report!.findings.filter((f) => f.ruleId === 'greeting-mismatch')).toEqual([]);
  });

  it('a field with no column is one error for the whole template, not a blank on every row', () => {
    const blast = new Blast({ header: HEADER, steps: [step('Hi {{first_name}}, congrats on {{recent_news}}.'), step('Re {{recent_news}}, {{first_name}}.')] });
    const reports = blast.checkTemplate(['chris.hawkins@acme.com', 'Chris', 'Hawkins', 'Acme'], 1);
    const missing = reports.flatMap((r) => r.findings.filter((f) => f.message.includes('recent_news')));
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ step: 1, ruleId: 'placeholder', severity: 'error' });
    expect(blast.checkRow(1, ['chris.hawkins@acme.com', 'Chris', 'Hawkins', 'Acme']).findings).toEqual([]);
  });

  it('template-only rules run on the template, never on rows; row rules never on the template', () => {
    const long = 'Hi {{first_name}},\n\n' + 'We build great software and we think our platform is what we would recommend to our best customers. '.repeat(8);
    const blast = new Blast({ header: HEADER, steps: [{ name: '1', subject: 'Quick idea', body: long }] });
    const [report] = blast.checkTemplate(['chris.hawkins@acme.com', 'Chris', 'Hawkins', 'Acme'], 1);
    const templateRules = new Set(report!.findings.map((f) => f.ruleId));
    expect(templateRules.has('length') || templateRules.has('self-focus')).toBe(true);
    for (const id of ROW_RULE_IDS) expect(report!.findings.filter((f) => f.ruleId === id && !/column/.test(f.message))).toEqual([]);
    const row = blast.checkRow(1, ['chris.hawkins@acme.com', 'Chris', 'Hawkins', 'Acme']);
    expect(row.findings.every((f) => ROW_RULE_IDS.has(f.ruleId))).toBe(true);
  });

  it('the row rules are real rule ids of the engine', () => {
    const ids = new Set(rules.map((r) => r.meta.id));
    for (const id of ROW_RULE_IDS) expect(ids.has(id)).toBe(true);
  });
});
