import { missingContext } from '../../../src/core/rules/missing-context.js';
import { ruleTester } from '../ruletester.js';

const chris = { name: 'Chris Hawkins', email: 'chris@sproutcontent.com' };
const vern = { name: 'Vern Pollard', email: 'vern@brightlane.io' };
const opener = 'Your team rebuilds the same campaign reports by hand every month.';
const middle = 'Teams like yours cut that to an hour once the reports build themselves from HubSpot.';
const ask = 'Would a short call on Tuesday help?';
const draft = (body: string, extra: object = {}) => ({ from: vern, to: [chris], subject: 'Campaign reports', body, ...extra });

const colleague = { name: 'Sam Ortiz', email: 'sam@brightlane.io' };
const mailbox = { name: 'Acme Support', email: 'support@acme.com' };

ruleTester(missingContext, {
  valid: [
    // Readers already in touch know who is writing: only first emails are asked.
    { name: 'a note to a colleague', draft: { from: vern, to: [colleague], subject: 'Acme', body: 'Sam, heads up: the Acme call moved to 3pm tomorrow. Same link.\n\nV' } },
    { name: 'a note to the building office', draft: { from: vern, to: [{ name: 'Building Office', email: 'office@450howard.com' }], subject: 'Heating', body: 'Hello,\n\nThe heating on the third floor has not worked since Monday. Could someone take a look this week?\n\nThank you' } },
    { name: 'a request to a mailbox', draft: { from: vern, to: [mailbox], subject: 'Order', body: 'Hello,\n\nOrder 88213 still says processing and the event is on March 18. When will it ship?\n\nThanks' } },
    { name: 'a meeting confirmation', draft: draft('Hi Chris,\n\nConfirming our meeting on Tuesday at 2pm. I will bring the pilot plan and two copies of the contract.\n\nSee you then,\nVern') },
    { name: 'a thank-you after a demo', draft: draft('Hi Chris,\n\nThank you for making time for the demo yesterday. The answer on shared folders follows by Wednesday.\n\nBest,\nVern') },
    { name: 'a French confirmation', draft: draft('Bonjour Chris,\n\nJe vous confirme notre rendez-vous jeudi à 14 h dans vos locaux.\n\nBien cordialement,\nVern') },
    { name: 'name and company in the message', draft: draft(`Hi Chris,\n\nI'm Vern at Brightlane. ${opener} ${ask}\n\nBest,\nVern`) },
    { name: 'name in the sign-off, company in the signature', draft: draft(`Hi Chris,\n\n${opener} ${middle} ${ask}\n\nBest,\nVern Pollard\nAccount Executive, Brightlane Analytics`) },
    { name: 'company written with its suffix', draft: draft(`Hi Chris,\n\n${opener} ${ask}\n\nVern\nBRIGHTLANE, Inc.`) },
    {
      name: 'names from settings',
      draft: { to: [chris], subject: 'x', body: `Hi Chris,\n\n${opener} ${ask}\n\nDana from Lumen Labs` },
      settings: { senderNames: ['Dana Reyes'], companyNames: ['Lumen Labs Inc.'] },
    },
    { name: 'a webmail sender has no company to name', draft: draft(`Hi Chris,\n\n${opener} ${ask}\n\nVern`, { from: { name: 'Vern Pollard', email: 'vern.pollard@gmail.com' } }) },
    { name: 'no sender known: nothing to ask for', draft: { to: [chris], subject: 'x', body: `Hi Chris,\n\n${opener} ${ask}` } },
    { name: 'a reply', draft: draft(`Hi Chris,\n\nThe numbers are attached, as promised on our call today.\n\nOn Mon, Jan 16, 2017 at 9:14 AM Chris Hawkins <chris@sproutcontent.com> wrote:\n> Can you send them?`) },
    { name: 'a reply by subject', draft: draft('Hi Chris,\n\nThe numbers are attached, as promised on our call today.', { subject: 'RE: Campaign reports' }) },
    { name: 'a short note needs no "you"', draft: draft('Hi Chris,\n\nThe numbers are attached.\n\nVern, Brightlane') },
    {
      name: 'Spanish: the reader check is English-only',
      draft: draft('Hola Chris,\n\nEl equipo de contenido rehace a mano los mismos informes de campañas cada mes y las cifras nunca coinciden.\n\nSaludos,\nVern, Brightlane'),
    },
    { name: 'empty', draft: draft('') },
  ],
  invalid: [
    {
      name: 'a colleague on Cc of an outside reader: still a first email',
      draft: draft(`Hi Chris,\n\n${opener} ${middle} ${ask}`, { cc: [colleague] }),
      errors: [{ messageId: 'noNameNoCompany', text: opener }],
    },
    {
      name: 'a pitch to an inbound mailbox (info@) is still a first email',
      draft: draft(`Hello,\n\n${opener} ${ask}`, { to: [{ name: 'Sprout Content', email: 'info@sproutcontent.com' }] }),
      errors: [{ messageId: 'noNameNoCompany', text: opener }],
    },
    {
      name: 'the company never appears: the opening sentence',
      draft: draft(`Hi Chris,\n\n${opener} ${middle}\n\n${ask}\n\nBest,\nVern`),
      errors: [{ messageId: 'noCompany', text: opener, severity: 'info', output: null }],
    },
    {
      name: 'neither name nor company: the Vern voicemail case',
      draft: draft(`Hi Chris,\n\n${opener} ${ask}`, { from: { name: 'Vern Pollard', email: 'vern@brightlane.io' } }),
      errors: [{ messageId: 'noNameNoCompany', text: opener }],
    },
    {
      name: 'name only from settings, never written',
      draft: { to: [chris], subject: 'x', body: `Hi Chris,\n\n${opener} ${ask}` },
      settings: { senderNames: ['Dana Reyes'] },
      errors: [{ messageId: 'noName', text: opener }],
    },
    {
      name: 'never about the reader: the whole message',
      draft: draft('Hi Chris,\n\nI am Vern at Brightlane. We build campaign reports from HubSpot data in minutes.\n\nBest,\nVern'),
      errors: [{ messageId: 'nothingForReader', text: 'I am Vern at Brightlane. We build campaign reports from HubSpot data in minutes.', severity: 'info' }],
    },
  ],
});
