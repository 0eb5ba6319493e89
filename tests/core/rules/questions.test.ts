import { questions } from '../../../src/core/rules/questions.js';
import { ruleTester } from '../ruletester.js';

const to = [{ name: 'Chris Hawkins', email: 'chris@sproutcontent.com' }];
const pitch = 'Sprout’s content team rebuilds the same campaign reports by hand every month, and the numbers never quite match HubSpot.';
const mail = (message: string, extra: { subject?: string } = {}) => ({ to, subject: 'Campaign reports', ...extra, body: `Hi Chris,\n\n${message}\n\nBest,\nVern` });

ruleTester(questions, {
  valid: [
    { name: 'one question', draft: mail(`${pitch}\n\nWould a 15-minute call on Tuesday help?`) },
    { name: 'three questions', draft: mail(`${pitch} Is that still true? Is it a priority?\n\nWould a call on Tuesday help?`) },
    { name: 'a clear ask without a question mark', draft: mail(`${pitch}\n\nLet me know if Tuesday at 3 works for a short call.`) },
    { name: 'a booking ask', draft: mail(`${pitch}\n\nGrab a time on my calendar that suits you.`) },
    { name: 'a reply needs no ask (subject)', draft: mail(`${pitch}\n\nI will send the numbers on Friday.`, { subject: 'Re: Campaign reports' }) },
    {
      name: 'a reply needs no ask (quoted history)',
      draft: {
        to,
        subject: 'Campaign reports',
        body: `Hi Chris,\n\n${pitch}\n\nI will send the numbers on Friday.\n\nOn Mon, Jan 16, 2017 at 9:14 AM Chris Hawkins <chris@sproutcontent.com> wrote:\n> Can you send the numbers?\n> Thanks`,
      },
    },
    { name: 'a short note', draft: mail('Thanks for the call today, talk soon.') },
    // Only first emails need an ask: confirmations, thank-yous and notes to colleagues are complete without one.
    { name: 'a meeting confirmation', draft: mail('Confirming our meeting on Tuesday, March 10 at 2pm at your office. I will bring the pilot plan and two printed copies of the contract.') },
    { name: 'a thank-you after a demo', draft: mail(`Thank you for making time for the demo yesterday. ${pitch} I will send the answer on shared folders by Wednesday.`) },
    {
      name: 'an update to colleagues',
      draft: {
        from: { name: 'Vern Smith', email: 'vern@acmeanalytics.com' },
        to: [{ name: 'Sales Team', email: 'sales-team@acmeanalytics.com' }],
        subject: 'Q2',
        body: 'Hi all,\n\nWe closed 14 deals for 412k this quarter, which is 9% over target. The board deck goes out on Friday and I will share it here once it is final.\n\nVern',
      },
    },
    { name: 'empty', draft: { to, subject: 'x', body: '' } },
    {
      name: 'Spanish without a question mark is not judged for an ask',
      draft: mail(
        'El equipo de contenido de Sprout rehace a mano los mismos informes de campañas cada mes, y las cifras nunca coinciden del todo con HubSpot. Los equipos como el vuestro suelen reducir ese trabajo a una hora.',
      ),
    },
  ],
  invalid: [
    {
      name: 'a first email that mentions "your account managers" still needs an ask',
      draft: mail('Your account managers rebuild the same campaign reports by hand every month, and the numbers never match HubSpot.'),
      errors: [{ messageId: 'noAsk', text: 'Your account managers rebuild the same campaign reports by hand every month, and the numbers never match HubSpot.' }],
    },
    {
      name: 'no question and no ask: the last paragraph',
      draft: mail(`${pitch}\n\nOur platform builds them for you from HubSpot in minutes.`),
      errors: [{ messageId: 'noAsk', text: 'Our platform builds them for you from HubSpot in minutes.', severity: 'warning', output: null }],
    },
    {
      name: 'no ask, one paragraph',
      draft: mail(`${pitch} Our platform builds them for you from HubSpot in minutes.`),
      errors: [{ messageId: 'noAsk', text: `${pitch} Our platform builds them for you from HubSpot in minutes.` }],
    },
    {
      name: 'four questions: from the fourth on',
      draft: mail(`${pitch} Is that still true? Is it a priority?\n\nWho owns it? Would a call on Tuesday help?`),
      errors: [{ messageId: 'tooMany', text: 'Would a call on Tuesday help?', severity: 'info' }],
    },
    {
      name: 'five questions, in a reply too',
      draft: mail('Did it work? Was it fast? Did the team like it? Is the data right? Shall we go on?', { subject: 'Re: trial' }),
      errors: [{ messageId: 'tooMany', text: 'Is the data right? Shall we go on?', severity: 'info' }],
    },
    {
      name: 'Spanish questions count too',
      draft: mail('¿Funcionó? ¿Fue rápido? ¿Le gustó al equipo? ¿Los datos son correctos?'),
      errors: [{ messageId: 'tooMany', text: '¿Los datos son correctos?' }],
    },
  ],
});
