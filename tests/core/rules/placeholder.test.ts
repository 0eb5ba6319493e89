import { ruleTester } from '../ruletester.js';
import { placeholder } from '../../../src/core/rules/placeholder.js';

const chris = [{ name: 'Chris Hawkins', email: 'chris.hawkins@sproutcontent.com' }];
const two = [...chris, { name: 'Dana Lee', email: 'dana@sproutcontent.com' }];
const noName = [{ email: 'chawkins@sproutcontent.com' }];

ruleTester(placeholder, {
  valid: [
    { name: 'no brackets', draft: { to: chris, subject: 'Quick idea', body: 'Hi Chris,\n\nAll good.\n\nBest,\nVern' } },
    {
      name: 'ordinary brackets, code, footnotes and percentages',
      draft: {
        to: chris,
        subject: 'Notes [draft] (v2)',
        body: 'Hi Chris,\n\nSee [link] and the deck (see attached) [1]. In code, arr[i] and { a: 1 } are fine; {x} too.\nWe grew 50% and kept 20% margin.\n\nBest,\nVern',
      },
    },
    {
      name: 'placeholders in the signature or quoted history are not flagged',
      draft: {
        to: chris,
        body: 'Hi Chris,\n\nThursday works.\n\nBest,\nVern\n\nOn Mon, Jan 16, 2017 at 9:14 AM Chris Hawkins <chris@sproutcontent.com> wrote:\n> Hi {{first_name}}, want a demo?',
      },
    },
    { name: 'empty draft', draft: { body: '', subject: '' } },
    { name: 'URL-encoded text is not %FIELD%', draft: { body: 'Open https://acme.com/?q=%7B%7D&x=%20a%20 now.' } },
  ],
  invalid: [
    {
      name: '{{first_name}} in the greeting, fixed with the one recipient',
      draft: { to: chris, body: 'Hi {{first_name}},\n\nQuick question.' },
      errors: [{ messageId: 'placeholder', text: '{{first_name}}', severity: 'error', output: 'Hi Chris,\n\nQuick question.' }],
    },
    {
      name: '{{ company }} with spaces: company from the domain',
      draft: { to: chris, body: 'Teams at {{ company }} ship fast.' },
      errors: [{ messageId: 'placeholder', text: '{{ company }}', output: null, suggestions: ['Teams at Sproutcontent ship fast.'] }],
    },
    {
      name: 'many syntaxes for the first name',
      draft: {
        to: chris,
        body: 'A {FirstName} B [First Name] C %FIRSTNAME% D ${name} E {!Contact.FirstName} F *|FNAME|* G [[name]] H «FirstName»',
      },
      errors: [
        { messageId: 'placeholder', text: '{FirstName}', output: 'A Chris B [First Name] C %FIRSTNAME% D ${name} E {!Contact.FirstName} F *|FNAME|* G [[name]] H «FirstName»' },
        { messageId: 'placeholder', output: "A {FirstName} B Chris C %FIRSTNAME% D ${name} E {!Contact.FirstName} F *|FNAME|* G [[name]] H «FirstName»", text: '[First Name]' },
        { messageId: 'placeholder', output: "A {FirstName} B [First Name] C Chris D ${name} E {!Contact.FirstName} F *|FNAME|* G [[name]] H «FirstName»", text: '%FIRSTNAME%' },
        { messageId: 'placeholder', output: "A {FirstName} B [First Name] C %FIRSTNAME% D Chris E {!Contact.FirstName} F *|FNAME|* G [[name]] H «FirstName»", text: '${name}' },
        { messageId: 'placeholder', text: '{!Contact.FirstName}', output: 'A {FirstName} B [First Name] C %FIRSTNAME% D ${name} E Chris F *|FNAME|* G [[name]] H «FirstName»' },
        { messageId: 'placeholder', output: "A {FirstName} B [First Name] C %FIRSTNAME% D ${name} E {!Contact.FirstName} F Chris G [[name]] H «FirstName»", text: '*|FNAME|*' },
        { messageId: 'placeholder', output: "A {FirstName} B [First Name] C %FIRSTNAME% D ${name} E {!Contact.FirstName} F *|FNAME|* G Chris H «FirstName»", text: '[[name]]' },
        { messageId: 'placeholder', output: "A {FirstName} B [First Name] C %FIRSTNAME% D ${name} E {!Contact.FirstName} F *|FNAME|* G [[name]] H Chris", text: '«FirstName»' },
      ],
    },
    {
      name: 'last name and company syntaxes',
      draft: { to: chris, body: 'Dear Mr. [Last Name] of <<Company>> and {!Account.Name}, {{lead.company_name}}.' },
      errors: [
        { messageId: 'placeholder', text: '[Last Name]', output: 'Dear Mr. Hawkins of <<Company>> and {!Account.Name}, {{lead.company_name}}.' },
        { messageId: 'placeholder', text: '<<Company>>', output: null, suggestions: ['Dear Mr. [Last Name] of Sproutcontent and {!Account.Name}, {{lead.company_name}}.'] },
        { messageId: 'placeholder', text: '{!Account.Name}', output: null, suggestions: ['Dear Mr. [Last Name] of <<Company>> and Sproutcontent, {{lead.company_name}}.'] },
        { messageId: 'placeholder', text: '{{lead.company_name}}' },
      ],
    },
    {
      name: 'in the subject (field subject), fixed there',
      draft: { to: chris, subject: 'Idea for {{company}}', body: 'Hi Chris,\n\nQuick one.' },
      errors: [{ messageId: 'placeholderInSubject', field: 'subject', start: 9, end: 20, output: null, suggestions: ['Idea for Sproutcontent'] }],
    },
    {
      name: 'distinctive delimiters count whatever the name; no fix for unknown fields',
      draft: { to: chris, body: 'Saw {{recent_news}} and %TRIGGER% and [Your Name] here.' },
      errors: [
        { messageId: 'placeholder', text: '{{recent_news}}', output: null },
        { messageId: 'placeholder', text: '%TRIGGER%', output: null },
        { messageId: 'placeholder', text: '[Your Name]', output: null },
      ],
    },
    {
      name: 'default syntax inside mustaches',
      draft: { to: chris, body: 'Hi {{first_name | default: "there"}},' },
      errors: [{ messageId: 'placeholder', text: '{{first_name | default: "there"}}', output: 'Hi Chris,' }],
    },
    {
      name: 'several To recipients: flagged, no fix',
      draft: { to: two, body: 'Hi {{first_name}},' },
      errors: [{ messageId: 'placeholder', text: '{{first_name}}', output: null }],
    },
    {
      name: 'first name unknown: flagged, no fix',
      draft: { to: noName, body: 'Hi [First Name],' },
      errors: [{ messageId: 'placeholder', text: '[First Name]', output: null }],
    },
    {
      name: 'the name line under the sign-off (a template signature)',
      draft: { to: chris, body: 'Hi Chris,\n\nSee you Thursday.\n\nBest,\n[Your Name]' },
      errors: [{ messageId: 'placeholder', text: '[Your Name]', output: null }],
    },
    {
      name: 'non-English draft still checked',
      draft: { to: chris, body: 'Hola {{first_name}},\n\ngracias por la reunión.' },
      errors: [{ messageId: 'placeholder', text: '{{first_name}}', output: 'Hola Chris,\n\ngracias por la reunión.' }],
    },
  ],
});
