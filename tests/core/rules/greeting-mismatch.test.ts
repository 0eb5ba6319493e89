import { greetingMismatch } from '../../../src/core/rules/greeting-mismatch.js';
import { ruleTester } from '../ruletester.js';

const chris = { name: 'Chris Hawkins', email: 'chris@sproutcontent.com' };
const dana = { name: 'Dana Lee', email: 'dana@sproutcontent.com' };
const pat = { name: 'Pat Kim', email: 'pat@sproutcontent.com' };
const body = (greeting: string) => `${greeting}\n\nQuick question about your Q3 plans.\n\nBest,\nSam`;

const paul = { name: 'Paul Smith', email: 'paul@acme.com' };

ruleTester(greetingMismatch, {
  valid: [
    // Red-team classes (tests/core/corpus): forms of the recipient's own name.
    { name: 'Slavic diminutive of the English spelling (Sasha for Alexander)', draft: { to: [{ name: 'Alexander Morozov', email: 'am@taiga.tech' }], body: body('Hey Sasha,') } },
    { name: 'initials of a hyphenated given name', draft: { to: [{ name: 'Jean-Pierre Dubois', email: 'jp@x.fr' }], body: body('Hi JP,') } },
    { name: 'the surname alone (family name written first)', draft: { to: [{ name: 'Zhang Wei', email: 'zw@x.cn' }], body: body('Hi Wei,') } },
    { name: 'a title that needs a name, before an unfilled field', draft: { to: [paul], body: body('Dear Ms. {{last_name}},') } },
    { name: 'a title that needs a name, before a blank field', draft: { to: [paul], body: body('Dear Mr. ,') } },
    { name: 'a title that addresses by itself is no name', draft: { to: [paul], body: body('Hi Coach,') } },
    { name: 'a title before a surname that opens with particles', draft: { to: [{ name: 'Pieter van der Berg', email: 'p@delta.nl' }], body: body('Dear Mr. van der Berg,') } },
    { name: 'Don is a first name, not only a title', draft: { to: [{ name: 'Don Draper', email: 'd@x.com' }], body: body('Hi Don,') } },
    // A generic addressee is nobody's name: generic-greeting's finding, never a mismatch.
    { name: 'generic addressee from the data', draft: { to: [paul], body: body('Dear Reader,') } },
    // A merge field left bare is the placeholder rule's, not a stranger's name.
    { name: 'a bare merge token in the greeting', draft: { to: [paul], body: body('Hi FNAME,') } },
    // The name someone goes by, in brackets in their display name, greets them.
    { name: 'a preferred name in brackets', draft: { to: [{ name: 'Zhang Wei (David)', email: 'wzhang@acme.cn' }], body: body('Hi David,') } },
    { name: 'a preferred name in brackets between the names', draft: { to: [{ name: 'Wei (David) Zhang', email: 'wzhang@acme.cn' }], body: body('Hello David,') } },
    // The front of their own first name is a short form: Venkat for Venkata, Fran for Francesca.
    { name: 'a clipped first name', draft: { to: [{ name: 'Venkata Subramanian', email: 'venkata@acme.in' }], body: body('Hi Venkat,') } },
    { name: 'a clipped first name with the surname', draft: { to: [{ name: 'Francesca Bianchi', email: 'fb@acme.it' }], body: body('Hi Fran Bianchi,') } },
    { name: 'a qualifier and a role', draft: { to: [paul], body: body('Dear Loyal Member,') } },
    { name: 'a string of generic words is one salutation', draft: { to: [paul], body: body('Dear Valued Shopper and Loyal Member,') } },
    { name: 'a role no list knows, placed by the tagger', draft: { to: [paul], body: body('Hi Photographer,') } },
    { name: 'an agent noun built on a known verb', draft: { to: [paul], body: body('Dear Homebuyer,') } },
    { name: 'generic addressee with two recipients', draft: { to: [paul, chris], body: body('Hi Applicant,') } },
    { name: 'Slavic diminutive', draft: { to: [{ name: 'Mikhail Petrov', email: 'mp@acme.com' }], body: body('Hi Misha,') } },
    { name: 'Slavic diminutive, other spelling', draft: { to: [{ name: 'Anastasiya Orlova', email: 'ao@acme.com' }], body: body('Hi Nastya,') } },
    { name: 'Italian short form', draft: { to: [{ name: 'Giuseppe Verdi', email: 'gv@acme.it' }], body: body('Ciao Beppe,') } },
    { name: 'initials of the given names', draft: { to: [{ name: 'Andrew James Kowalski', email: 'ak@acme.com' }], body: body('Hi AJ,') } },
    { name: 'a same-line greeting to the recipient', draft: { to: [{ name: 'Tom Lee', email: 't@acme.com' }], body: 'Tom, saw your post about hiring. Worth a chat?' } },
    { name: 'a list of names opening a sentence is no greeting', draft: { to: [paul], body: 'Chris, Dana and I met last week. Worth a chat?' } },
    { name: 'a word and its comma opening a sentence is no greeting', draft: { to: [paul], body: 'Thanks, saw your post about hiring. Worth a chat?' } },
    { name: 'a name-word alone on the greeting line, to its owner', draft: { to: [{ name: 'Will Smith', email: 'w@acme.com' }], body: 'Will,\nWill you be at the expo next week?' } },
    { name: 'initials with dots, written in the display name', draft: { to: [{ name: 'A.J. Kowalski', email: 'ak@acme.com' }], body: body('Hi A.J.,') } },
    {
      name: 'accepted name for this recipient (by email)',
      draft: { to: [chris], body: body('Hi Dechay,') },
      settings: { acceptedGreetings: [{ name: 'dechay', recipient: 'Chris@SproutContent.com' }] },
    },
    {
      name: 'accepted name for this recipient (by display name, Outlook)',
      draft: { to: [{ name: 'Chris Hawkins', email: '' }], body: body('Hi Dechay,') },
      settings: { acceptedGreetings: [{ name: 'Dechay', recipient: 'Chris Hawkins' }] },
    },
    { name: 'first name', draft: { to: [chris], body: body('Hi Chris,') } },
    { name: 'full name', draft: { to: [chris], body: body('Dear Chris Hawkins,') } },
    { name: 'inverted display name', draft: { to: [{ name: 'Hawkins, Chris', email: 'c@x.com' }], body: body('Hi Chris,') } },
    { name: 'title + last name', draft: { to: [{ name: 'Dr. Ngozi Okafor', email: 'n@x.org' }], body: body('Dear Dr. Okafor,') } },
    { name: 'title added by the sender', draft: { to: [chris], body: body('Dear Mr. Hawkins,') } },
    { name: 'Jr. suffix', draft: { to: [{ name: 'James Smith Jr.', email: 'j@x.com' }], body: body('Dear Mr. Smith,') } },
    { name: 'company tag in parens', draft: { to: [{ name: 'Chris Hawkins (SPROUT)', email: 'c@x.com' }], body: body('Hi Chris,') } },
    { name: 'ALL CAPS display name', draft: { to: [{ name: "KEVIN O'BRIEN", email: 'k@x.com' }], body: body('Hi Kevin,') } },
    { name: 'accents: José/Jose', draft: { to: [{ name: 'José Ruiz', email: 'j@x.es' }], body: body('Hi Jose,') } },
    { name: 'accents: Zoë/zoe', draft: { to: [{ name: 'Zoë Adams', email: 'z@x.com' }], body: body('hi zoe,') } },
    { name: 'hyphenated', draft: { to: [{ name: 'Mary-Jane Watson', email: 'm@x.com' }], body: body('Hi Mary-Jane,') } },
    { name: 'double first name, both parts', draft: { to: [{ name: 'Anne Marie Smith', email: 'a@x.com' }], body: body('Hi Anne Marie,') } },
    { name: 'double first name, first part', draft: { to: [{ name: 'Anne Marie Smith', email: 'a@x.com' }], body: body('Hi Anne,') } },
    { name: 'María José', draft: { to: [{ name: 'María José García', email: 'mj@x.es' }], body: body('Hola María José,') } },
    { name: 'Bob for Robert', draft: { to: [{ name: 'Robert Lane', email: 'r@x.com' }], body: body('Hi Bob,') } },
    { name: 'Robert for Bob', draft: { to: [{ name: 'Bob Lane', email: 'b@x.com' }], body: body('Hi Robert,') } },
    { name: 'Bill for William', draft: { to: [{ name: 'William Gates', email: 'w@x.com' }], body: body('Hi Bill,') } },
    { name: 'William for Bill', draft: { to: [{ name: 'Bill Gates', email: 'w@x.com' }], body: body('Hi William,') } },
    { name: 'Liz for Elizabeth', draft: { to: [{ name: 'Elizabeth Bennet', email: 'e@x.com' }], body: body('Hi Liz,') } },
    { name: 'Elizabeth for Liz', draft: { to: [{ name: 'Liz Bennet', email: 'e@x.com' }], body: body('Hi Elizabeth,') } },
    { name: 'Peggy for Margaret', draft: { to: [{ name: 'Margaret Olson', email: 'm@x.com' }], body: body('Hi Peggy,') } },
    { name: 'Margaret for Peggy', draft: { to: [{ name: 'Peggy Olson', email: 'm@x.com' }], body: body('Hi Margaret,') } },
    { name: 'Chris for Christine', draft: { to: [{ name: 'Christine Baranski', email: 'c@x.com' }], body: body('Hi Chris,') } },
    { name: 'name from chris.hawkins@', draft: { to: [{ email: 'chris.hawkins@x.com' }], body: body('Hi Chris,') } },
    { name: 'unknown name from chawkins@: no finding', draft: { to: [{ email: 'chawkins@x.com' }], body: body('Hi Dechay,') } },
    { name: 'role address info@: no finding', draft: { to: [{ email: 'info@x.com' }], body: body('Hi Dechay,') } },
    { name: 'one unknown recipient among known ones: no finding', draft: { to: [chris, { email: 'ch@x.com' }], body: body('Hi Dechay,') } },
    { name: 'Cc recipient matches', draft: { to: [chris], cc: [dana], body: body('Hi Chris and Dana,') } },
    { name: 'greeting sharing its line', draft: { to: [chris], body: 'Hi Chris, quick question about your Q3 plans.\n\nBest,\nSam' } },
    { name: 'no recipients', draft: { to: [], body: body('Hi Dechay,') } },
    { name: 'no greeting', draft: { to: [chris], body: 'Quick question about Dechay’s plans.\n\nBest,\nSam' } },
    {
      name: 'names in signature and quoted history are ignored',
      draft: {
        to: [chris],
        body: 'Hi Chris,\n\nSounds good.\n\nBest,\nDechay Smith\n\nOn Mon, Jan 16, 2017 at 9:14 AM Dana Lee <dana@x.com> wrote:\n> Hi Dechay,\n> see below',
      },
    },
    {
      name: 'quoted greeting after an Outlook header is ignored',
      draft: { to: [chris], body: 'Hi Chris,\n\nSee below.\n\n-----Original Message-----\nFrom: Dana\nSent: Monday\nTo: Dechay\nSubject: x\n\nHi Dechay,' },
    },
    { name: 'a greeting to the recipient’s company', draft: { to: [chris], body: body('Hi Sprout,') } },
    { name: 'a greeting to a team', draft: { to: [chris], body: body('Hi Sprout team,') } },
    { name: 'a name and the team', draft: { to: [chris], body: body('Hi Chris and team,') } },
    { name: 'a placeholder is not a name', draft: { to: [chris], body: body('Hi {{first_name}},') } },
    { name: 'full name when only chris@ is known', draft: { to: [{ email: 'chris@x.com' }], body: body('Hi Chris Hawkins,') } },
    { name: 'a person in the recipient’s own role-like display name', draft: { to: [{ name: 'Chris Hawkins (Sales)', email: 'c7@x.com' }], body: body('Hi Chris,') } },
    { name: 'a name that starts the first sentence is not greeted', draft: { to: [chris], body: 'Hi Chris, Dana and I talked about your plans.' } },
    {
      name: 'a greeting inside the quoted part the DOM marked is ignored',
      draft: { to: [chris], body: '\nHi Dechay,\nold text', hints: { quoted: [{ start: 1, end: 20 }] } },
    },
    { name: 'non-English greeting that matches', draft: { to: [chris], body: 'Hola Chris,\n\n¿Tienes un momento esta semana?\n\nSaludos,\nSam' } },
  ],
  invalid: [
    {
      name: 'their surname alone, where the first name belongs (a swapped merge column)',
      draft: { to: [chris], body: body('Hi Hawkins,') },
      errors: [{ messageId: 'surnameOnly', text: 'Hawkins', severity: 'warning', output: body('Hi Chris,') }],
    },
    {
      name: 'a Cc recipient\'s surname alone',
      draft: { to: [chris], cc: [{ name: 'Ngozi Okafor', email: 'n@x.org' }], body: body('Hi Okafor,') },
      errors: [{ messageId: 'surnameOnly', text: 'Okafor', severity: 'warning', output: body('Hi Ngozi,') }],
    },
    {
      name: 'a title and another surname that opens with a particle',
      draft: { to: [{ name: 'Pieter van der Berg', email: 'p@delta.nl' }], body: body('Dear Mr. van Dijk,') },
      errors: [{ messageId: 'notRecipient', text: 'Mr. van Dijk', output: body('Dear Mr. van der Berg,') }],
    },
    {
      name: 'a vocative title before someone else\'s surname',
      draft: { to: [{ name: 'Chidi Okonkwo', email: 'c@uni.edu' }], body: body('Dear Professor Anagonye,') },
      errors: [{ messageId: 'notRecipient', text: 'Professor Anagonye', output: body('Dear Professor Okonkwo,') }],
    },
    {
      name: 'initials that are not the hyphenated given name\'s',
      draft: { to: [{ name: 'Jean-Pierre Dubois', email: 'jp@x.fr' }], body: body('Hi TJ,') },
      errors: [{ messageId: 'notRecipient', text: 'TJ', output: body('Hi Jean-Pierre,') }],
    },
    {
      name: 'a typo message names the recipient, not only their nickname',
      draft: { to: [{ name: 'Christopher Lee', email: 'c@acme.com' }], body: body('Hi Chirs,') },
      errors: [{ messageId: 'typo', text: 'Chirs', output: body('Hi Chris,') }],
    },
    { name: 'an unknown word is still a name', draft: { to: [paul], body: body('Dear Dechay,') }, errors: [{ messageId: 'notRecipient', text: 'Dechay', output: body('Dear Paul,') }] },
    {
      name: 'a name next to a generic word is still checked',
      draft: { to: [paul], body: body('Hi Dechay and Team,') },
      errors: [{ messageId: 'notRecipient', text: 'Dechay', output: body('Hi Paul and Team,') }],
    },
    {
      name: 'a same-line greeting to the wrong person',
      draft: { to: [{ name: 'Ellen Park', email: 'e@acme.com' }], body: 'Tom, saw your post about hiring. Worth a chat?' },
      errors: [{ messageId: 'notRecipient', text: 'Tom', output: 'Ellen, saw your post about hiring. Worth a chat?' }],
    },
    {
      name: 'a same-line greeting with a dash',
      draft: { to: [{ name: 'Ellen Park', email: 'e@acme.com' }], body: 'Tom — quick question about your hiring post.' },
      errors: [{ messageId: 'notRecipient', text: 'Tom', output: 'Ellen — quick question about your hiring post.' }],
    },
    {
      name: 'a name that is also a word, alone with its comma on the greeting line, whatever the next line says',
      draft: { to: [{ name: 'Ellen Park', email: 'e@acme.com' }], body: 'Will,\nWill you be at the expo next week?' },
      errors: [{ messageId: 'notRecipient', text: 'Will', output: 'Ellen,\nWill you be at the expo next week?' }],
    },
    {
      name: 'a name that is also a word after a salutation, when the next line starts with it',
      draft: { to: [{ name: 'Ellen Park', email: 'e@acme.com' }], body: 'Hi Will,\nWill you be at the expo next week?' },
      errors: [{ messageId: 'notRecipient', text: 'Will', output: 'Hi Ellen,\nWill you be at the expo next week?' }],
    },
    { name: 'initials of someone else', draft: { to: [{ name: 'Andrew James Kowalski', email: 'ak@acme.com' }], body: body('Hi TJ,') }, errors: [{ messageId: 'notRecipient', text: 'TJ', output: body('Hi Andrew James,') }] },
    {
      name: 'an accepted name for another recipient still warns',
      draft: { to: [chris], body: body('Hi Dechay,') },
      settings: { acceptedGreetings: [{ name: 'Dechay', recipient: 'dana@sproutcontent.com' }] },
      errors: [{ messageId: 'notRecipient', text: 'Dechay', output: body('Hi Chris,') }],
    },
    {
      name: 'Dechay to Chris Hawkins',
      draft: { to: [chris], body: body('Hi Dechay,') },
      errors: [{ messageId: 'notRecipient', text: 'Dechay', start: 3, end: 9, severity: 'error', output: body('Hi Chris,') }],
    },
    {
      name: 'only the missing name of two',
      draft: { to: [chris], body: body('Hi Chris and Dana,') },
      // Renaming Dana would greet Chris twice: dropping her is offered instead.
      errors: [{ messageId: 'notRecipient', text: 'Dana', output: null, suggestions: [body('Hi Chris,')] }],
    },
    {
      name: 'Chris, Dana form',
      draft: { to: [chris], cc: [pat], body: body('Hi Chris, Dana,') },
      errors: [{ messageId: 'notRecipient', text: 'Dana', output: null, suggestions: [body('Hi Chris,')] }],
    },
    {
      name: 'title + wrong last name keeps the title',
      draft: { to: [{ name: 'Dr. Ngozi Okafor', email: 'n@x.org' }], body: body('Dear Dr. Smith,') },
      errors: [{ messageId: 'notRecipient', text: 'Dr. Smith', output: body('Dear Dr. Okafor,') }],
    },
    {
      name: 'fix uses the first name as written: ALL CAPS → Kevin',
      draft: { to: [{ name: "KEVIN O'BRIEN", email: 'k@x.com' }], body: body('Hi Dechay,') },
      errors: [{ messageId: 'notRecipient', text: 'Dechay', output: body('Hi Kevin,') }],
    },
    {
      name: 'fix from the inverted display name',
      draft: { to: [{ name: 'Hawkins, Chris', email: 'c@x.com' }], body: body('Hi Dechay,') },
      errors: [{ messageId: 'notRecipient', text: "Dechay", output: body('Hi Chris,') }],
    },
    {
      name: 'fix from a name in the address',
      draft: { to: [{ email: 'chris.hawkins@x.com' }], body: body('Hi Dechay,') },
      errors: [{ messageId: 'notRecipient', text: "Dechay", output: body('Hi Chris,') }],
    },
    {
      name: 'fix to María José',
      draft: { to: [{ name: 'María José García', email: 'mj@x.es' }], body: body('Hola Dechay,') },
      errors: [{ messageId: 'notRecipient', text: "Dechay", output: body('Hola María José,') }],
    },
    {
      name: 'fix to Mary-Jane',
      draft: { to: [{ name: 'Mary-Jane Watson', email: 'mj@x.com' }], body: body('Hi Dechay,') },
      errors: [{ messageId: 'notRecipient', text: "Dechay", output: body('Hi Mary-Jane,') }],
    },
    {
      name: 'typo: Oluwasuen for Oluwaseun',
      draft: { to: [{ name: 'Oluwaseun Adeyemi', email: 'o@x.com' }], body: body('Hi Oluwasuen,') },
      errors: [{ messageId: 'typo', text: 'Oluwasuen', output: body('Hi Oluwaseun,') }],
    },
    {
      name: 'typo: one transposition in a four-letter name',
      draft: { to: [{ name: 'John Doe', email: 'j@x.com' }], body: body('Hi Jhon,') },
      errors: [{ messageId: 'typo', text: 'Jhon', output: body('Hi John,') }],
    },
    {
      name: 'typo of a Cc recipient',
      draft: { to: [chris], cc: [{ name: 'Oluwaseun Adeyemi', email: 'o@x.com' }], body: body('Hi Chris and Oluwasuen,') },
      errors: [{ messageId: 'typo', text: 'Oluwasuen', output: body('Hi Chris and Oluwaseun,') }],
    },
    {
      name: 'typo of the nickname the recipient goes by',
      draft: { to: [{ name: 'Christopher Hawkins', email: 'c@x.com' }], body: body('Hi Chirs,') },
      errors: [{ messageId: 'typo', text: 'Chirs', output: body('Hi Chris,') }],
    },
    {
      name: 'several To recipients: one suggestion each, no fix',
      draft: { to: [chris, dana], body: body('Hi Dechay,') },
      errors: [{ messageId: 'notRecipient', text: 'Dechay', output: null, suggestions: [body('Hi Chris,'), body('Hi Dana,')] }],
    },
    {
      name: 'the first of two greeted names is the stranger: dropped with its joiner',
      draft: { to: [chris], body: body('Hi Dana & Chris,') },
      errors: [{ messageId: 'notRecipient', text: 'Dana', output: null, suggestions: [body('Hi Chris,')] }],
    },
    {
      name: 'several To recipients, all greeted already: drop the stranger',
      draft: { to: [chris, dana], body: body('Hi Chris, Dana and Dechay,') },
      errors: [{ messageId: 'notRecipient', text: 'Dechay', output: null, suggestions: [body('Hi Chris, Dana,')] }],
    },
    {
      name: 'several To recipients: suggestions skip the one already greeted',
      draft: { to: [chris, dana], body: body('Hi Chris and Dechay,') },
      errors: [{ messageId: 'notRecipient', text: 'Dechay', output: null, suggestions: [body('Hi Chris and Dana,')] }],
    },
    {
      name: 'greeting sharing its line with the first sentence',
      draft: { to: [chris], body: 'Hi Dechay, quick question about your Q3 plans.\n\nBest,\nSam' },
      errors: [{ messageId: 'notRecipient', text: 'Dechay', start: 3, output: 'Hi Chris, quick question about your Q3 plans.\n\nBest,\nSam' }],
    },
    {
      name: 'non-English greeting: Hola Dechay to Chris',
      draft: { to: [chris], body: 'Hola Dechay,\n\n¿Tienes un momento esta semana?\n\nSaludos,\nSam' },
      errors: [{ messageId: 'notRecipient', text: 'Dechay', output: 'Hola Chris,\n\n¿Tienes un momento esta semana?\n\nSaludos,\nSam' }],
    },
    {
      name: 'bare name line',
      draft: { to: [chris], body: 'Dechay,\n\nQuick question about your Q3 plans.' },
      errors: [{ messageId: 'notRecipient', text: 'Dechay', start: 0, output: 'Chris,\n\nQuick question about your Q3 plans.' }],
    },
    {
      name: 'leading blank lines',
      draft: { to: [chris], body: '\n\n  Hey Dechay!\nQuick question.' },
      errors: [{ messageId: 'notRecipient', text: 'Dechay', start: 8, output: '\n\n  Hey Chris!\nQuick question.' }],
    },
    {
      name: 'German greeting with two titles',
      draft: { to: [{ name: 'Dr. Jonas Müller', email: 'j@x.de' }], body: 'Sehr geehrter Herr Dr. Schmidt,\n\nText.' },
      errors: [{ messageId: 'notRecipient', text: 'Herr Dr. Schmidt', output: 'Sehr geehrter Herr Dr. Müller,\n\nText.' }],
    },
    {
      name: 'DOM hint: the signature span is not the greeting’s concern, the greeting still is',
      draft: {
        to: [chris],
        body: 'Hi Dechay,\n\nText.\n\nChris Hawkins\nSprout',
        hints: { signature: [{ start: 19, end: 38 }] },
      },
      errors: [{ messageId: 'notRecipient', text: 'Dechay', output: 'Hi Chris,\n\nText.\n\nChris Hawkins\nSprout' }],
    },
  ],
});
