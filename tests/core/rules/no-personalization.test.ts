import { noPersonalization } from '../../../src/core/rules/no-personalization.js';
import { ruleTester } from '../ruletester.js';

const chris = { name: 'Chris Hawkins', email: 'chris.hawkins@sproutcontent.com' };
const vern = { name: 'Vern Pollard', email: 'vern@brightlane.io' };
const generic =
  'Most content teams rebuild the same campaign reports by hand every month. Teams like yours cut that to an hour once the reports build themselves from HubSpot. Would a short call on Tuesday help you decide?';
const draft = (message: string, extra: object = {}) => ({ from: vern, to: [chris], subject: 'Campaign reports', body: `Hi Chris,\n\n${message}\n\nBest,\nVern`, ...extra });
const firstSentence = 'Most content teams rebuild the same campaign reports by hand every month.';

const colleague = { name: 'Sam Ortiz', email: 'sam@brightlane.io' };

ruleTester(noPersonalization, {
  valid: [
    { name: 'the reader\'s podcast episode', draft: draft(`Your episode on the Fintech Weekly podcast made a sharp point. ${generic}`) },
    { name: 'the reader\'s report', draft: draft(`Your report from last week listed 38 renewals. ${generic}`) },
    { name: 'a follow-up to a call (not a first email)', draft: draft(`Thanks for your time on the call today. ${generic}`) },
    { name: 'a note to a colleague', draft: { from: vern, to: [colleague], subject: 'Reports', body: `Hi Sam,\n\n${generic}\n\nVern` } },
    { name: 'their company as written: SPROUT Content', draft: draft(`At SPROUT Content, ${generic.charAt(0).toLowerCase()}${generic.slice(1)}`) },
    { name: 'their company, shortened: Sprout', draft: draft(`${generic} I think the team at Sprout would see it in a week.`) },
    { name: 'a possessive at the start of a sentence', draft: draft(`Sprout's content team rebuilds reports by hand. ${generic}`) },
    { name: 'a trigger event', draft: draft(`Congrats on the Series B last week. ${generic}`) },
    { name: 'a shared moment', draft: draft(`Great to meet you at SaaStr. ${generic}`) },
    { name: 'their role', draft: draft(`In your role as head of content, ${generic.charAt(0).toLowerCase()}${generic.slice(1)}`) },
    { name: 'a reply', draft: draft(generic, { subject: 'Re: Campaign reports' }) },
    { name: 'a short note', draft: draft('Would a short call on Tuesday help?') },
    {
      name: 'not English: the cues are English-only',
      draft: draft(
        'La mayoría de los equipos de contenido rehacen a mano los mismos informes de campañas cada mes. Los equipos como el vuestro reducen ese trabajo a una hora cuando los informes se generan solos desde HubSpot. ¿Te ayudaría una llamada corta el martes?',
      ),
    },
    {
      name: 'a forward',
      draft: draft(generic, { subject: 'Fwd: Campaign reports' }),
    },
    { name: 'empty', draft: { to: [chris], subject: 'x', body: '' } },
  ],
  invalid: [
    { name: 'nothing about them', draft: draft(generic), errors: [{ messageId: 'nothingPersonal', text: firstSentence, severity: 'info', output: null }] },
    {
      name: 'a common word that starts the domain is not the company',
      draft: draft(generic.replace('Most content teams', 'Content teams'), { to: [{ name: 'Chris Hawkins', email: 'chris@contentsquare.com' }] }),
      errors: [{ messageId: 'nothingPersonal', text: 'Content teams rebuild the same campaign reports by hand every month.' }],
    },
    { name: 'a webmail recipient', draft: draft(generic, { to: [{ name: 'Chris Hawkins', email: 'chris.hawkins@gmail.com' }] }), errors: [{ messageId: 'nothingPersonal', text: firstSentence }] },
    {
      name: 'their name alone is not personal',
      draft: draft(`Chris, ${generic.charAt(0).toLowerCase()}${generic.slice(1)}`),
      errors: [{ messageId: 'nothingPersonal', text: "Chris, most content teams rebuild the same campaign reports by hand every month.", start: 11 }],
    },
  ],
});
