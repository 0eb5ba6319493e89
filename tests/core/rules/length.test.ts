import { ruleTester } from '../ruletester.js';
import { length } from '../../../src/core/rules/length.js';

/** `n` distinct-ish words of plain prose. */
const words = (n: number) => Array.from({ length: n }, (_, i) => ['teams', 'ship', 'faster', 'with', 'less', 'churn', 'every', 'quarter'][i % 8]).join(' ');

const sixty = `${words(59)}.`;
const long = `${words(142)}.`; // 142 words
const veryLong = `${words(260)}.`; // past twice the default range's top
const dana = { name: 'Dana Reyes', email: 'dana@brightwave.io' };
const colleague = { name: 'Sam Ortiz', email: 'sam@brightwave.io' };
const customer = { name: 'Paul Smith', email: 'paul@acme.com' };
const mailbox = { name: 'Acme Support', email: 'support@acme.com' };
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
    // Mail to someone already in touch: short is right, and long is often what they asked for.
    { name: 'long reply the reader asked for, under twice the range', draft: { body: `${long}${quotedThread}` } },
    { name: 'short note to a colleague', draft: { from: dana, to: [colleague], body: 'Sam, heads up: the Acme call moved to 3pm tomorrow. Same link.\n\nD' } },
    { name: 'long note to a colleague, under twice the range', draft: { from: dana, to: [colleague], body: `Hi Sam,\n\n${long}\n\nDana` } },
    { name: 'short request to a mailbox', draft: { from: dana, to: [mailbox], body: 'Hello,\n\nOur order 88213 still says processing. When will it ship?\n\nDana' } },
    {
      name: 'short meeting confirmation',
      draft: { from: dana, to: [customer], body: 'Hi Paul,\n\nConfirming our meeting on Tuesday at 2pm at your office.\n\nSee you then,\nDana' },
    },
    { name: 'short thank-you after a call', draft: { from: dana, to: [customer], body: 'Hi Paul,\n\nThanks for your time today. The deck is attached.\n\nDana' } },
    {
      name: 'long onboarding steps promised on a call',
      draft: { from: dana, to: [customer], body: `Hi Paul,\n\nAs promised on our call, here is everything for week one. ${long}\n\nDana` },
    },
    {
      name: 'short German confirmation (relationship cues in the languages the engine reads)',
      draft: { from: dana, to: [customer], body: 'Hallo Paul,\n\nwie besprochen sende ich dir das Angebot.\n\nViele Grüße\nDana' },
    },
    {
      name: 'Japanese has no spaces between words: no word range to judge',
      draft: { from: dana, to: [customer], body: '田中様\n\n本日はお忙しいところ、お時間をいただきありがとうございました。資料を添付いたします。\n\nDana' },
    },
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
      name: 'a reply past twice the range still warns, on the reply only',
      draft: { body: `${veryLong}${quotedThread}` },
      errors: [{ messageId: 'tooLong', severity: 'warning', start: 0, end: veryLong.length }],
    },
    {
      name: 'a note to a colleague past twice the range warns',
      draft: { from: dana, to: [colleague], body: `Hi Sam,\n\n${veryLong}\n\nDana` },
      errors: [{ messageId: 'tooLong', text: veryLong }],
    },
    {
      name: 'a short first email that only talks about "your account managers" is still a first email',
      draft: { from: dana, to: [customer], body: 'Hi Paul,\n\nYour account managers could spend less time on reports. Worth a chat?\n\nDana' },
      errors: [{ messageId: 'tooShort', severity: 'info', text: 'Your account managers could spend less time on reports. Worth a chat?' }],
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
