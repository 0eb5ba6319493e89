import { subject } from '../../../src/core/rules/subject.js';
import { ruleTester } from '../ruletester.js';

const body = 'Hi Chris,\n\nWould a short call about the February reports help?\n\nBest,\nVern';
const withSubject = (s: string) => ({ subject: s, body, to: [{ name: 'Chris Hawkins', email: 'chris@sproutcontent.com' }] });
const placeholderOff = { rules: { placeholder: { enabled: false } } };

ruleTester(subject, {
  valid: [
    { draft: withSubject("Sprout's campaign reports") },
    { name: 'exactly seven words', draft: withSubject("Quick idea for Sprout's February campaign reports") },
    { name: 'acronyms are not shouting', draft: withSubject('ROI of the CRM at SPROUT') },
    { name: 'an inherited reply subject is not judged', draft: withSubject('Re: THIS IS A VERY LONG SUBJECT LINE SOMEONE ELSE WROTE FOR US') },
    { name: 'forward in German', draft: withSubject('WG: Ein sehr langer Betreff mit vielen Wörtern darin, den jemand anderes schrieb') },
    { name: 'placeholders are the placeholder rule’s job while it is on', draft: withSubject('{{company}} reports') },
    { name: 'ordinary brackets are not merge fields', draft: withSubject('[Draft] the deck'), settings: placeholderOff },
    { name: 'Spanish', draft: withSubject('Informes de campaña de Sprout') },
    { name: 'a script without case', draft: withSubject('キャンペーンレポートについて') },
    { name: 'emoji', draft: withSubject('Reports 📈 for Sprout') },
  ],
  invalid: [
    { name: 'empty', draft: withSubject(''), errors: [{ messageId: 'empty', field: 'subject', start: 0, end: 0, severity: 'warning', output: null }] },
    { name: 'blank', draft: withSubject('   '), errors: [{ messageId: 'empty', field: 'subject', start: 0, end: 3, severity: 'warning' }] },
    { name: 'a bare Re:', draft: withSubject('Re: '), errors: [{ messageId: 'empty', field: 'subject', start: 0, end: 4 }] },
    {
      name: 'ALL CAPS',
      draft: withSubject(' QUICK QUESTION ABOUT YOUR REPORTS '),
      errors: [{ messageId: 'shouting', field: 'subject', text: 'QUICK QUESTION ABOUT YOUR REPORTS', severity: 'warning', output: null, suggestions: [' Quick question about your reports '] }],
    },
    { name: 'one shouted word', draft: withSubject('URGENT!!!'), errors: [{ messageId: 'shouting', field: 'subject', text: 'URGENT!!!', suggestions: ['Urgent!!!'] }] },
    {
      name: 'more than seven words',
      draft: withSubject('A quick question about the way your team builds its campaign reports'),
      errors: [{ messageId: 'tooLong', field: 'subject', text: 'A quick question about the way your team builds its campaign reports', severity: 'info', output: null }],
    },
    {
      name: 'long and in capitals',
      draft: withSubject('A QUICK QUESTION ABOUT THE WAY YOUR TEAM BUILDS REPORTS'),
      errors: [
        { messageId: 'shouting', text: "A QUICK QUESTION ABOUT THE WAY YOUR TEAM BUILDS REPORTS", field: 'subject', severity: 'warning', suggestions: ['A quick question about the way your team builds reports'] },
        { messageId: 'tooLong', field: 'subject', severity: 'info', text: 'A QUICK QUESTION ABOUT THE WAY YOUR TEAM BUILDS REPORTS' },
      ],
    },
    {
      name: 'a merge field when the placeholder rule is off',
      draft: withSubject('{{first_name}}, quick idea'),
      settings: placeholderOff,
      errors: [{ messageId: 'placeholder', field: 'subject', text: '{{first_name}}', severity: 'error' }],
    },
    {
      name: 'bracket and percent merge fields',
      draft: withSubject('[First Name] at %COMPANY%'),
      settings: placeholderOff,
      errors: [{ messageId: 'placeholder', field: 'subject', text: '[First Name]' }, { messageId: 'placeholder', field: 'subject', text: '%COMPANY%' }],
    },
  ],
});
