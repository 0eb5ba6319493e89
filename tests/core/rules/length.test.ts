import { ruleTester } from '../ruletester.js';
import { length } from '../../../src/core/rules/length.js';

/** `n` distinct-ish words of plain prose. */
const words = (n: number) => Array.from({ length: n }, (_, i) => ['teams', 'ship', 'faster', 'with', 'less', 'churn', 'every', 'quarter'][i % 8]).join(' ');

const sixty = `${words(59)}.`;
const long = `${words(142)}.`; // 142 words
const signature = '\n\n--\nVern Smith\nAccount Executive, Acme Analytics\n+1 555 0100\n123 Main Street, Springfield';
const quotedThread = `\n\nOn Mon, Jan 16, 2017 at 9:14 AM Chris Hawkins <chris@sproutcontent.com> wrote:\n${Array.from({ length: 40 }, () => `> ${words(12)}`).join('\n')}`;

ruleTester(length, {
  valid: [
    { name: 'empty draft: nothing to say yet', draft: { body: '' } },
    { name: 'whitespace only', draft: { body: '  \n\n ' } },
    { name: 'inside the range', draft: { body: `Hi Chris,\n\n${sixty}\n\nBest,\nVern` } },
    { name: 'exactly the maximum', draft: { body: `${words(125)}.` } },
    { name: 'exactly the minimum', draft: { body: `${words(50)}.` } },
    { name: 'signature does not count', draft: { body: `Hi Chris,\n\n${words(120)}.\n\nBest,\nVern${signature}` } },
    {
      name: 'short reply over a long quoted thread: no warning, no "too short"',
      draft: { body: `Thursday at 2 works, see you then.${quotedThread}` },
    },
    { name: 'short reply by subject', draft: { subject: 'Re: pricing', body: 'Sounds good, thanks!' } },
    // Dutch "Antw:" is a reply prefix for every rule, not only for `subject` (the lists had drifted).
    { name: 'short reply by a Dutch subject prefix', draft: { subject: 'Antw: pricing', body: 'Sounds good, thanks!' } },
    { name: 'custom range', draft: { body: `${words(140)}.` }, settings: { wordRange: { min: 10, max: 200 } } },
    { name: 'symbols are not words', draft: { body: `${words(125)}. — — 🚀 ---` } },
  ],
  invalid: [
    {
      name: 'above the range: warning over the message',
      draft: { body: `Hi Chris,\n\n${long}\n\nBest,\nVern` },
      errors: [{ messageId: 'tooLong', severity: 'warning', start: 11, end: 11 + long.length, text: long, output: null }],
    },
    {
      name: 'below the range: info',
      draft: { body: 'Hi Chris,\n\nWant a demo?\n\nBest,\nVern' },
      errors: [{ messageId: 'tooShort', severity: 'info', text: 'Want a demo?' }],
    },
    {
      name: 'greeting sharing its line is not counted, the rest is',
      draft: { body: `Hi Chris, ${words(130)}.` },
      errors: [{ messageId: 'tooLong', severity: 'warning', start: 10, end: 11 + words(130).length }],
    },
    {
      name: 'long reply above quoted history still warns, on the reply only',
      draft: { body: `${long}${quotedThread}` },
      errors: [{ messageId: 'tooLong', severity: 'warning', start: 0, end: long.length }],
    },
    {
      name: 'custom range from settings',
      draft: { body: `${words(30)}.` },
      settings: { wordRange: { min: 5, max: 20 } },
      errors: [{ messageId: 'tooLong', text: "teams ship faster with less churn every quarter teams ship faster with less churn every quarter teams ship faster with less churn every quarter teams ship faster with less churn.", severity: 'warning' }],
    },
    {
      name: 'non-English drafts are counted too (not English-only)',
      draft: { body: `Hola Juan,\n\n${'gracias por la reunión de ayer y te envío la propuesta '.repeat(14)}\n\nSaludos,\nVern` },
      errors: [{ messageId: 'tooLong', text: 'gracias por la reunión de ayer y te envío la propuesta '.repeat(14).trim(), severity: 'warning' }],
    },
  ],
});
