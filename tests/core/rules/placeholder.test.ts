import { ruleTester } from '../ruletester.js';
import { placeholder } from '../../../src/core/rules/placeholder.js';

const chris = [{ name: 'Chris Hawkins', email: 'chris.hawkins@sproutcontent.com' }];
const two = [...chris, { name: 'Dana Lee', email: 'dana@sproutcontent.com' }];
const noName = [{ email: 'chawkins@sproutcontent.com' }];
const paul = [{ name: 'Paul Smith', email: 'paul@acme.com' }];
const dana = { name: 'Dana Reyes', email: 'dana@brightwave.io' };
const rest = '\n\nI saw your post about hiring. Would a short call next week help?\n\nBest,\nDana';

ruleTester(placeholder, {
  valid: [
    { name: 'merge syntax inside inline code is code', draft: { to: paul, body: `Hi Paul,\n\nThe SDK reads \`\${HOME}/.config\` and \`{{user.id}}\` at start.${rest}` } },
    { name: 'a title that addresses by itself is a whole greeting', draft: { to: paul, body: `Dear Sir,${rest}` } },
    { name: 'a vocative title in another language', draft: { to: paul, body: `Bonjour Madame,${rest}` } },
    { name: 'a title that is also a first name', draft: { to: paul, body: `Hi Don,${rest}` } },
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
    { name: 'markdown strikethrough, approximations and ordinary tildes', draft: { to: chris, body: 'Hi Chris,\n\nThat was ~~wrong~~ and takes ~5 min, ~ish.\n\nBest,\nVern' } },
    { name: 'markdown links and JSON are not fields', draft: { to: chris, body: 'Hi Chris,\n\nSee [the deck](https://x.io/deck) and {"name": "x"}.\n\nBest,\nVern' } },
    {
      name: 'JSON with dotted values, domains and file names in plain brackets are not fields',
      draft: { to: chris, body: 'Hi Chris,\n\nThe hook sends {"event": "invoice.paid", "id": 42}; the docs live at [docs.acme.com] and {config.yaml} holds the keys.\n\nBest,\nVern' },
    },
    {
      name: 'capitals that are words or code, not bare fields',
      draft: { to: chris, body: 'Hi Chris,\n\nOur NAME and COMPANY pages use MAX_RETRIES; __init__ runs first. See FNAME_OLD too.\n\nBest,\nVern' },
    },
    { name: 'URL-encoded text is not %FIELD%', draft: { body: 'Open https://acme.com/?q=%7B%7D&x=%20a%20 now.' } },
    { name: 'a bare Hi with no space is a greeting, not a blank field', draft: { to: paul, body: `Hi,${rest}` } },
    { name: 'a stranded preposition is English', draft: { to: paul, body: `Hi Paul,\n\nThat is what it is for. Who should I talk to?${rest}` } },
    { name: 'names in their display case', draft: { to: paul, body: `Dear Paul,${rest}` } },
    { name: 'a lower-case style email', draft: { to: paul, body: 'hi paul,\n\nsaw your post. would a call help?\n\ni can do tuesday.\ndana' } },
    { name: 'a display name in capitals', draft: { to: [{ name: 'DEVON PARK', email: 'd@acme.com' }], body: `Hi DEVON,${rest}` } },
    { name: 'a shouting email', draft: { to: [{ name: 'Devon Park', email: 'd@acme.com' }], body: 'HI DEVON,\n\nSAW YOUR POST. CALL ME TODAY!' } },
  ],
  invalid: [
    {
      name: 'a field outside the inline code beside it is still a field',
      draft: { to: paul, body: `Hi {{first_name}},\n\nRun \`make build\` first.${rest}` },
      errors: [{ messageId: 'placeholder', text: '{{first_name}}', output: `Hi Paul,\n\nRun \`make build\` first.${rest}` }],
    },
    {
      name: 'tilde, hash-brace and Liquid-with-default fields',
      draft: { to: chris, body: 'Hi ~first~,\n\nTeams at #{company} and {{ first_name | default: "there" }} too.' },
      errors: [
        { messageId: 'placeholder', text: '~first~', output: 'Hi Chris,\n\nTeams at #{company} and {{ first_name | default: "there" }} too.' },
        { messageId: 'placeholder', text: '#{company}', output: null, suggestions: ['Hi ~first~,\n\nTeams at Sproutcontent and {{ first_name | default: "there" }} too.'] },
        { messageId: 'placeholder', text: '{{ first_name | default: "there" }}', output: 'Hi ~first~,\n\nTeams at #{company} and Chris too.' },
      ],
    },
    {
      name: "a bare [Name] is the recipient's only in the greeting; the sender's after 'My name is' and under the sign-off",
      draft: { from: dana, to: paul, body: 'Hi [Name],\n\nMy name is [Name] and I run sales at Brightwave.\n\nBest,\n[Name]' },
      errors: [
        { messageId: 'placeholder', text: '[Name]', start: 3, end: 9, output: 'Hi Paul,\n\nMy name is [Name] and I run sales at Brightwave.\n\nBest,\n[Name]' },
        { messageId: 'placeholder', text: '[Name]', start: 23, end: 29, output: 'Hi [Name],\n\nMy name is Dana and I run sales at Brightwave.\n\nBest,\n[Name]' },
        { messageId: 'placeholder', text: '[Name]', output: 'Hi [Name],\n\nMy name is [Name] and I run sales at Brightwave.\n\nBest,\nDana' },
      ],
    },
    {
      name: "{{Name}} under the sign-off with no sender known: no fix, never the recipient's name",
      draft: { to: paul, body: 'Hi Paul,\n\nQuick question.\n\nBest,\n{{Name}}' },
      errors: [{ messageId: 'placeholder', text: '{{Name}}', output: null }],
    },
    {
      name: "the sender's name from the settings' senderNames, and [Your Name] as the whole name",
      draft: { to: paul, body: 'Hi Paul,\n\nI\'m {{first_name}} from [Your Company].\n\nCheers,\n[Your Name]' },
      settings: { senderNames: ['Dana Reyes'], companyNames: ['Brightwave'] },
      errors: [
        { messageId: 'placeholder', text: '{{first_name}}', output: 'Hi Paul,\n\nI\'m Dana from [Your Company].\n\nCheers,\n[Your Name]' },
        { messageId: 'placeholder', text: '[Your Company]', output: 'Hi Paul,\n\nI\'m {{first_name}} from Brightwave.\n\nCheers,\n[Your Name]' },
        { messageId: 'placeholder', text: '[Your Name]', output: 'Hi Paul,\n\nI\'m {{first_name}} from [Your Company].\n\nCheers,\nDana Reyes' },
      ],
    },
    {
      name: "a bare [Name] in the middle of the message belongs to nobody we know: no fix",
      draft: { to: paul, body: 'Hi Paul,\n\nI spoke with [Name] last week.' },
      errors: [{ messageId: 'placeholder', text: '[Name]', output: null }],
    },
    {
      name: 'a blank greeting is fixed with the recipient\'s first name',
      draft: { to: paul, body: `Hi ,${rest}` },
      errors: [{ messageId: 'blankGreeting', start: 0, end: 4, severity: 'error', output: `Hi Paul,${rest}` }],
    },
    {
      name: 'a formal salutation with nobody after it',
      draft: { to: paul, body: `Dear :${rest}` },
      errors: [{ messageId: 'blankGreeting', text: 'Dear :', output: `Dear Paul:${rest}` }],
    },
    {
      name: 'a title left where the surname should be: the fix keeps the title',
      draft: { to: paul, body: `Dear Mr. ,${rest}` },
      errors: [{ messageId: 'blankGreeting', text: 'Dear Mr. ,', output: `Dear Mr. ${paul[0]!.name!.split(' ')[1]},${rest}` }],
    },
    {
      name: 'a title and its punctuation with no space',
      draft: { to: paul, body: `Hallo Herr,${rest}` },
      errors: [{ messageId: 'blankGreeting', text: 'Hallo Herr,', output: `Hallo Herr ${paul[0]!.name!.split(' ')[1]},${rest}` }],
    },
    {
      name: 'a title before a blank surname, with no surname to fill: no fix',
      draft: { to: noName, body: `Dear Ms.:${rest}` },
      errors: [{ messageId: 'blankGreeting', text: 'Dear Ms.:', output: null }],
    },
    {
      name: 'a blank greeting with no name to fill: no fix',
      draft: { to: noName, body: `Hello  ,${rest}` },
      errors: [{ messageId: 'blankGreeting', text: 'Hello  ,', output: null }],
    },
    {
      name: 'prepositions and articles left before punctuation or a double space',
      draft: { to: paul, body: 'Hi Paul,\n\nI loved your talk at , and the  team demo. Built for .\n\nBest,\nDana' },
      errors: [
        { messageId: 'blankField', text: 'at ,', severity: 'warning', output: null },
        { messageId: 'blankField', text: 'the  team', severity: 'warning', output: null },
        { messageId: 'blankField', text: 'for .', severity: 'warning', output: null },
      ],
    },
    {
      name: 'a blank field in the subject',
      draft: { to: paul, subject: 'Idea for , quick one', body: `Hi Paul,${rest}` },
      errors: [{ messageId: 'blankField', field: 'subject', start: 5, end: 10, output: null }],
    },
    {
      name: 'a lower-case name in an otherwise normally cased email',
      draft: { to: [{ name: 'Mary Jones', email: 'mary@acme.com' }], body: `Dear mary,${rest}` },
      errors: [{ messageId: 'nameInLowerCase', text: 'mary', output: `Dear Mary,${rest}` }],
    },
    {
      name: 'an all-caps name from CRM data',
      draft: { to: [{ name: 'Devon Park', email: 'devon@acme.com' }], body: `Hi DEVON,${rest}` },
      errors: [{ messageId: 'nameInCapitals', text: 'DEVON', output: `Hi Devon,${rest}` }],
    },
    {
      name: 'fields left without delimiters: a compound token in capitals, and __NAME__',
      draft: { to: chris, body: 'Hi FNAME,\n\nTeams like COMPANY_NAME and __CITY__ ship fast.' },
      errors: [
        { messageId: 'placeholder', text: 'FNAME', output: 'Hi Chris,\n\nTeams like COMPANY_NAME and __CITY__ ship fast.' },
        { messageId: 'placeholder', text: 'COMPANY_NAME', output: null, suggestions: ['Hi FNAME,\n\nTeams like Sproutcontent and __CITY__ ship fast.'] },
        { messageId: 'placeholder', text: '__CITY__', output: null },
      ],
    },
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
        // A bare "name" says nothing of whose it is, and only the greeting would: no fix.
        { messageId: 'placeholder', output: null, text: '${name}' },
        { messageId: 'placeholder', text: '{!Contact.FirstName}', output: 'A {FirstName} B [First Name] C %FIRSTNAME% D ${name} E Chris F *|FNAME|* G [[name]] H «FirstName»' },
        { messageId: 'placeholder', output: "A {FirstName} B [First Name] C %FIRSTNAME% D ${name} E {!Contact.FirstName} F Chris G [[name]] H «FirstName»", text: '*|FNAME|*' },
        { messageId: 'placeholder', output: null, text: '[[name]]' },
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
