import { missingContext } from '../../../src/core/rules/missing-context.js';
import { ruleTester } from '../ruletester.js';

const chris = { name: 'Chris Hawkins', email: 'chris@sproutcontent.com' };
const vern = { name: 'Vern Pollard', email: 'vern@brightlane.io' };
const opener = 'Your team rebuilds the same campaign reports by hand every month.';
const middle = 'Teams like yours cut that to an hour once the reports build themselves from HubSpot.';
const ask = 'Would a short call on Tuesday help?';
const draft = (body: string, extra: object = {}) => ({ from: vern, to: [chris], subject: 'Campaign reports', body, ...extra });

ruleTester(missingContext, {
  valid: [
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
