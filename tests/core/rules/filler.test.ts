import { ruleTester } from '../ruletester.js';
import { filler } from '../../../src/core/rules/filler.js';

const to = [{ name: 'Chris Hawkins', email: 'chris@sproutcontent.com' }];

ruleTester(filler, {
  valid: [
    { name: 'empty', draft: { body: '' } },
    { name: 'plain message', draft: { to, body: 'Hi Chris,\n\nYour team is hiring three SDRs. Want a ramp plan?\n\nBest,\nVern' } },
    { name: 'words inside other words do not match', draft: { body: 'Hopeful teams are doing well-ish; I hoped you were.' } },
    {
      name: 'quoted history is not the message',
      draft: { body: 'Thanks, Thursday works.\n\nOn Mon, Jan 16, 2017 at 9:14 AM Chris Hawkins <chris@sproutcontent.com> wrote:\n> I hope this email finds you well.' },
    },
    {
      name: 'Spanish draft: English-only rule skipped',
      draft: { body: 'Hola Chris,\n\nEspero que estés bien. Te escribo para mostrarte nuestra propuesta y quedo atento.\n\nSaludos,\nVern' },
    },
    {
      name: 'French draft: English-only rule skipped',
      draft: { body: "Bonjour Chris,\n\nJ'espère que vous allez bien. Je vous écris pour vous présenter notre offre.\n\nCordialement,\nVern" },
    },
  ],
  invalid: [
    {
      name: 'pleasantry sentence on its own line: delete the line',
      draft: { body: 'Hi Chris,\n\nI hope this email finds you well.\n\nWe help teams ramp.\n\nBest,\nVern' },
      errors: [{ messageId: 'filler', text: 'I hope this email finds you well', output: 'Hi Chris,\n\nWe help teams ramp.\n\nBest,\nVern' }],
    },
    {
      name: 'pleasantry before the next sentence on the same line',
      draft: { body: 'Hi Chris,\n\nI hope this email finds you well. We help teams ramp.' },
      errors: [{ messageId: 'filler', text: "I hope this email finds you well", output: 'Hi Chris,\n\nWe help teams ramp.' }],
    },
    {
      name: 'pleasantry at the end of a line, curly apostrophe, name after a comma',
      draft: { body: 'Thanks for the call. I hope you’re doing well, Chris!\nMore soon.' },
      errors: [{ messageId: 'filler', text: 'I hope you’re doing well', output: 'Thanks for the call.\nMore soon.' }],
    },
    {
      name: 'greeting on the same line stays',
      draft: { to, body: 'Hi Chris, I hope all is well.\n\nWe help teams ramp.' },
      errors: [{ messageId: 'filler', text: 'I hope all is well', output: 'Hi Chris,\n\nWe help teams ramp.' }],
    },
    {
      name: 'whole-sentence phrase with more after it: pointed at, no fix',
      draft: { body: "I hope you're doing well and that the launch went great." },
      errors: [{ messageId: 'filler', text: "I hope you're doing well", output: null }],
    },
    {
      name: 'lead-in: delete and capitalise',
      draft: { body: "I know you're busy, but could you spare ten minutes?" },
      errors: [{ messageId: 'filler', text: "I know you're busy, but", output: 'Could you spare ten minutes?' }],
    },
    {
      name: 'lead-in with its comma',
      draft: { body: 'Thanks. Per my last email, the price is fixed.' },
      errors: [{ messageId: 'filler', text: 'Per my last email,', output: 'Thanks. The price is fixed.' }],
    },
    {
      name: 'lead-in after a greeting comma keeps lowercase',
      draft: { to, body: "Hi Chris, I know you're busy, but could you spare ten minutes?" },
      errors: [{ messageId: 'filler', text: "I know you're busy, but", output: 'Hi Chris, could you spare ten minutes?' }],
    },
    {
      name: 'lead-in mid-sentence',
      draft: { body: 'Sorry, and per my last email, the price is fixed.' },
      errors: [{ messageId: 'filler', text: 'per my last email,', output: 'Sorry, and the price is fixed.' }],
    },
    {
      name: '"I\'m reaching out because": delete and capitalise',
      draft: { body: "I'm reaching out because your team is hiring." },
      errors: [{ messageId: 'filler', text: "I'm reaching out because", output: 'Your team is hiring.' }],
    },
    {
      name: 'closing sentence at the end of the message',
      draft: { body: "We help teams ramp.\n\nPlease don't hesitate to contact me if you have any questions.\n\nBest,\nVern" },
      errors: [{ messageId: 'filler', text: "Please don't hesitate to contact me if you have any questions", output: 'We help teams ramp.\n\nBest,\nVern' }],
    },
    {
      name: 'last sentence of the body',
      draft: { body: 'We help teams ramp.\n\nJust checking in.' },
      errors: [{ messageId: 'filler', text: "Just checking in", output: 'We help teams ramp.' }],
    },
    {
      name: '"I am writing to": pointed at only (needs rewording)',
      draft: { body: 'I am writing to ask about your plans.' },
      errors: [{ messageId: 'filler', text: 'I am writing to', output: null }],
    },
    {
      name: 'several phrases: ONE finding, each place with its own fix',
      draft: { body: 'Just following up. I wanted to touch base. Per my last email, it ships.' },
      errors: [
        {
          messageId: 'filler',
          text: 'Just following up',
          output: null,
          ranges: ['Just following up', 'I wanted to touch base', 'Per my last email,'],
          rangeOutputs: [
            'I wanted to touch base. Per my last email, it ships.',
            'Just following up. Per my last email, it ships.',
            'Just following up. I wanted to touch base. It ships.',
          ],
        },
      ],
    },
    {
      name: 'a list item goes with its marker',
      draft: { body: 'Notes:\n- Just checking in.\n- We help teams ramp.' },
      errors: [{ messageId: 'filler', text: "Just checking in", output: 'Notes:\n- We help teams ramp.' }],
    },
    {
      name: 'case-insensitive',
      draft: { body: 'JUST CHECKING IN!' },
      errors: [{ messageId: 'filler', text: 'JUST CHECKING IN', output: '' }],
    },
  ],
});
