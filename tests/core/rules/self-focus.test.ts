import { ruleTester } from '../ruletester.js';
import { selfFocus } from '../../../src/core/rules/self-focus.js';

const to = [{ name: 'Chris Hawkins', email: 'chris@sproutcontent.com' }];
const from = { name: 'Vern Smith', email: 'vern@acmeanalytics.com' };

const colleague = { name: 'Sam Ortiz', email: 'sam@acmeanalytics.com' };
// 4 references to the sender ("I", "We", "me", "I"), 2 to the reader ("your", "Your").
const nextSteps =
  'Thanks for your time on the call today. Here are the next steps:\n\n1. I will send the security questionnaire by Friday.\n2. Your IT team reviews it next week.\n3. We meet again on the 14th.\n\nLet me know if I missed anything.';
const nextStepsPlusOne = nextSteps.replace('by Friday.', 'and our pricing by Friday.');

const kitchenSink =
  'We are a leading provider of sales software. Our platform and our team have helped us grow every year. ' +
  'We built it ourselves. Is pipeline a worry for you?';

ruleTester(selfFocus, {
  valid: [
    { name: 'empty', draft: { body: '' } },
    {
      name: 'reader-focused',
      draft: { to, body: 'Hi Chris,\n\nYour post about hiring three SDRs caught my eye. Would it help your team to ramp them in half the time?\n\nBest,\nVern' },
    },
    {
      name: 'self references below the minimum',
      draft: { to, body: 'Hi Chris,\n\nI saw the launch. We ship Thursday. Is that early enough?\n\nBest,\nVern' },
    },
    {
      name: 'as many about them as about you',
      draft: { to, body: 'I think we can help. Our tool fits your stack, and you told me your team wants it. You said so.' },
    },
    {
      name: 'signature and quoted history do not count',
      draft: {
        to,
        body: 'Hi Chris,\n\nDoes Thursday suit you?\n\nBest,\nVern\n\nOn Mon, Jan 16, 2017 at 9:14 AM Chris Hawkins <chris@sproutcontent.com> wrote:\n> We are a leading provider. Our team, our company and I, we, us, our, my.',
      },
    },
    {
      name: 'Spanish draft: English-only rule skipped',
      draft: { to, body: 'Hola Chris,\n\nSomos líderes en software de ventas y nuestro equipo ha ayudado a muchas empresas. Me gustaría mostrarte nuestra plataforma la próxima semana.\n\nSaludos,\nVern' },
    },
    {
      name: 'German draft: English-only rule skipped',
      draft: { to, body: 'Hallo Chris,\n\nwir sind ein führender Anbieter und unser Team hat vielen Firmen geholfen. Ich würde Ihnen gerne unsere Plattform zeigen.\n\nViele Grüße\nVern' },
    },
    // "Outnumbers" alone called good mail self-focused: a follow-up listing next steps (4 to 2), an
    // applicant update (4 to 3). The warning needs more than twice as many.
    { name: 'twice as many about you as about them is not yet self-focus', draft: { to, from, body: `Hi Chris,\n\n${nextSteps}\n\nBest,\nVern` } },
    {
      name: 'among colleagues "we" is the reader\'s team too',
      draft: { to: [colleague], from, body: `Hi Sam,\n\n${kitchenSink}\n\nVern` },
    },
    { name: 'minSelfRefs from settings', draft: { body: 'Thanks for the call. We ship. We grow. We win.' }, settings: { minSelfRefs: 10 } },
  ],
  invalid: [
    {
      name: 'more than twice as many about you as about them (5 to 2)',
      draft: { to, from, body: `Hi Chris,\n\n${nextStepsPlusOne}\n\nBest,\nVern` },
      errors: [
        {
          messageId: 'aboutYou',
          severity: 'warning',
          text: nextStepsPlusOne,
          ranges: ['I will send the security questionnaire and our pricing by Friday.', 'Let me know if I missed anything.'],
        },
      ],
    },
    {
      name: 'a colleague on Cc of an outside reader does not make it internal',
      draft: { to, cc: [colleague], from, body: `Hi Chris,\n\n${kitchenSink}\n\nBest,\nVern` },
      errors: [
        { messageId: 'aboutYou', severity: 'warning', text: kitchenSink, ranges: ['Our platform and our team have helped us grow every year.', 'We built it ourselves.'] },
        { messageId: 'opensAboutYou', severity: 'info', text: 'We are a leading provider of sales software.' },
      ],
    },
    {
      name: 'about the sender: ONE warning over the message, its self-centred sentences as its ranges',
      draft: { to, from, body: `Hi Chris,\n\n${kitchenSink}\n\nBest,\nVern` },
      errors: [
        {
          messageId: 'aboutYou',
          severity: 'warning',
          text: kitchenSink,
          output: null,
          ranges: ['Our platform and our team have helped us grow every year.', 'We built it ourselves.'],
        },
        { messageId: 'opensAboutYou', severity: 'info', text: 'We are a leading provider of sales software.' },
      ],
    },
    {
      name: 'the company from the From domain and settings count as the sender',
      draft: { to, from, body: 'Acme Analytics helps teams. Acme Analytics ships fast. Widget Pro is new. Acme Analytics is loved. Ready?' },
      settings: { companyNames: ['Widget Pro'] },
      errors: [{ messageId: 'aboutYou', text: "Acme Analytics helps teams. Acme Analytics ships fast. Widget Pro is new. Acme Analytics is loved. Ready?", severity: 'warning', start: 0 }],
    },
    {
      name: 'opening about the sender is flagged even in a balanced message',
      draft: { to, body: "Hi Chris,\n\nI'm reaching out because your team is hiring. Is onboarding your bottleneck?\n\nBest,\nVern" },
      errors: [{ messageId: 'opensAboutYou', severity: 'info', text: "I'm reaching out because your team is hiring." }],
    },
    {
      name: '"My name is…" opener',
      draft: { to, body: 'My name is Vern. Could your reps use a hand this quarter?' },
      errors: [{ messageId: 'opensAboutYou', severity: 'info', text: 'My name is Vern.' }],
    },
    {
      name: 'reader-first rewrite as a suggestion, first letter by position',
      draft: { to, body: "I wanted to reach out to see if you would like a demo. Also, I'd love to show you the new reports." },
      errors: [
        { messageId: 'opensAboutYou', severity: 'info', text: 'I wanted to reach out to see if you would like a demo.', output: null },
        {
          // Two rewrites of one kind: one tip, a place and its suggestion each.
          messageId: 'readerFirst',
          severity: 'info',
          text: 'I wanted to reach out to see if you would',
          output: null,
          ranges: ['I wanted to reach out to see if you would', "I'd love to show you"],
          rangeSuggestions: [
            ["Would you like a demo. Also, I'd love to show you the new reports."],
            ['I wanted to reach out to see if you would like a demo. Also, would it help to see the new reports.'],
          ],
        },
      ],
    },
    {
      name: 'lowercase phrase mid-sentence keeps lowercase; curly apostrophes match',
      draft: { to, body: 'Teams like ours and our customers say it works — ask if you’d like proof.' },
      errors: [{ messageId: 'readerFirst', text: 'our customers', suggestions: ['Teams like ours and teams like yours say it works — ask if you’d like proof.'] }],
    },
    {
      name: 'capitalised phrase at sentence start keeps its capital',
      draft: { to, body: 'Our customers love it. Is it for you?' },
      errors: [{ messageId: 'readerFirst', text: 'Our customers', suggestions: ['Teams like yours love it. Is it for you?'] }],
    },
    {
      name: 'the five most self-centred sentences (the 2-reference one left out)',
      draft: {
        to,
        body: [
          'We ship. We win.',
          'I think we and our team and I are great.',
          'We and I built our thing.',
          'We did it, we and I.',
          'I and we and our group, we.',
          'Our app, our rules.',
          'We, us, our, my.',
        ].join(' '),
      },
      errors: [
        {
          messageId: 'aboutYou',
          text: 'We ship. We win. I think we and our team and I are great. We and I built our thing. We did it, we and I. I and we and our group, we. Our app, our rules. We, us, our, my.',
          severity: 'warning',
          ranges: ['I think we and our team and I are great.', 'We and I built our thing.', 'We did it, we and I.', 'I and we and our group, we.', 'We, us, our, my.'],
        },
      ],
    },
  ],
});
