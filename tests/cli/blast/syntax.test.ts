// Every merge-field syntax of the mapping renders the contact's value, through Handlebars.
import { describe, expect, it } from 'vitest';
import { Blast } from '../../../src/cli/blast/check.js';
import { TemplateError } from '../../../src/cli/blast/render.js';

const HEADER = ['Email', 'First Name', 'Last Name', 'Company Name', 'Job Title'];
const CHRIS = ['chris.hawkins@acme.com', 'Chris', 'Hawkins', 'Acme', 'VP Sales'];
const BLANK_FIRST = ['chris.hawkins@acme.com', '', 'Hawkins', '', 'VP Sales'];

const render = (body: string, values = CHRIS, header = HEADER) => new Blast({ header, steps: [{ name: '1', subject: '', body }] }).render(values)[0]!.body;

describe('blast: the syntaxes of the mapping', () => {
  it.each([
    ['Mustache/Handlebars', 'Hi {{first_name}},'],
    ['Handlebars with spaces', 'Hi {{ first_name }},'],
    ['HubSpot-style record path', 'Hi {{contact.firstname}},'],
    ['Mailchimp', 'Hi *|FNAME|*,'],
    ['GMass', 'Hi {FirstName},'],
    ['YAMM', 'Hi <<First name>>,'],
    ['YAMM / Mailmeteor, a column with spaces', 'Hi {{First name}},'],
    ['brackets', 'Hi [First Name],'],
    ['Salesforce', 'Hi {!Contact.FirstName},'],
  ])('%s: %s', (_name, template) => {
    const out = render(template);
    expect(out.text).toBe('Hi Chris,');
    expect(out.hits).toEqual([{ key: expect.any(String), start: 3, end: 8, defaulted: false }]);
  });

  it('a Liquid-style default stands in for a blank value, and is marked as a default', () => {
    expect(render('Hi {{first_name | default: "there"}},').text).toBe('Hi Chris,');
    const blank = render("Hi {{ first_name | default: 'there' }},", BLANK_FIRST);
    expect(blank.text).toBe('Hi there,');
    expect(blank.hits[0]!.defaulted).toBe(true);
    expect(render('Hi {FirstName|there},', BLANK_FIRST).text).toBe('Hi there,');
  });

  it('{{#if}} sections read the plain value: a blank column is false', () => {
    const template = 'Hi{{#if first_name}} {{first_name}}{{else}} there{{/if}},{{#if company}} at {{company}}{{/if}}.';
    expect(render(template).text).toBe('Hi Chris, at Acme.');
    expect(render(template, BLANK_FIRST).text).toBe('Hi there,.');
  });

  it('column names match loosely: case, spaces, underscores, record prefixes', () => {
    expect(render('{{FIRST_NAME}} {{Last Name}} {{last_name}} {{Company_Name}} {{job_title}} {{lead.company}}').text).toBe('Chris Hawkins Hawkins Acme VP Sales Acme');
  });

  it('plain brackets and braces that name no field stay text', () => {
    expect(render('See [link] and {draft} or [1], [[not a field]] and [Acme](https://acme.com).').text).toBe(
      'See [link] and {draft} or [1], [[not a field]] and [Acme](https://acme.com).',
    );
  });

  it('values are not HTML-escaped: an email is plain text', () => {
    expect(render('{{company}}', ['a@b.com', 'A', 'B', 'Smith & Sons <UK>', '']).text).toBe('Smith & Sons <UK>');
  });

  it('records every place a value lands, in UTF-16 offsets', () => {
    const out = render('Hé 👋 {{first_name}}, {{company}}!');
    expect(out.hits.map((h) => out.text.slice(h.start, h.end))).toEqual(['Chris', 'Acme']);
  });

  it('a template that does not parse, or calls an unknown helper, is a TemplateError with its line', () => {
    expect(() => render('Hi {{first_name,\n')).toThrow(TemplateError);
    expect(() => render('Hi\n{{#each}}')).toThrow(TemplateError);
    expect(() => render('Hi {{upper first_name}}')).toThrow(/unknown helper "upper"/);
  });
});
