import { genericGreeting } from '../../../src/core/rules/generic-greeting.js';
import { ruleTester } from '../ruletester.js';

const chris = { name: 'Chris Hawkins', email: 'chris@sproutcontent.com' };
const rest = '\n\nQuick question about your Q3 plans.\n\nBest,\nSam';

ruleTester(genericGreeting, {
  valid: [
    { name: 'a title and the recipient\'s surname', draft: { to: [{ name: 'Chidi Okonkwo', email: 'c@uni.edu' }], body: `Dear Professor Okonkwo,${rest}` } },
    { name: 'a title and the surname, in another language', draft: { to: [{ name: 'Claire Dubois', email: 'c@x.fr' }], body: `Bonjour Madame Dubois,${rest}` } },
    { name: 'named greeting', draft: { to: [chris], body: `Hi Chris,${rest}` } },
    { name: 'role address', draft: { to: [{ email: 'info@sproutcontent.com' }], body: `Dear Sir/Madam,${rest}` } },
    { name: 'support mailbox by display name', draft: { to: [{ name: 'Sprout Support', email: 'help@x.com' }], body: `Hi there,${rest}` } },
    { name: 'unknown name', draft: { to: [{ email: 'chawkins@sproutcontent.com' }], body: `To whom it may concern:${rest}` } },
    { name: 'several To recipients', draft: { to: [chris, { name: 'Dana Lee', email: 'd@x.com' }], body: `Hi all,${rest}` } },
    { name: 'no recipients', draft: { to: [], body: `Dear Customer,${rest}` } },
    { name: 'generic words later in the message', draft: { to: [chris], body: `Hi Chris,\n\nHi there is what most people write.` } },
    { name: 'Hi all with others on Cc', draft: { to: [chris], cc: [{ name: 'Dana Lee', email: 'd@x.com' }], body: `Hi all,${rest}` } },
    { name: 'Hi team with others on Cc', draft: { to: [chris], cc: [{ name: 'Dana Lee', email: 'd@x.com' }], body: `Hi Sprout team,${rest}` } },
    { name: 'bare Hi is not generic', draft: { to: [chris], body: `Hi,${rest}` } },
    { name: 'a name is not generic', draft: { to: [chris], body: `Hi Dechay,${rest}` } },
    { name: 'a name that is also a word', draft: { to: [{ name: 'Will Smith', email: 'w@x.com' }], body: `Hi Will,\nWill you be at the expo?` } },
    { name: 'a recipient whose name is a role word', draft: { to: [{ name: 'Hunter Lee', email: 'h@x.com' }], body: `Hi Hunter,${rest}` } },
    { name: 'a generic addressee with several To recipients', draft: { to: [chris, { name: 'Dana Lee', email: 'd@x.com' }], body: `Dear Reader,${rest}` } },
  ],
  invalid: [
    { name: 'a title that addresses by itself', draft: { to: [chris], body: `Hi Coach,${rest}` }, errors: [{ messageId: 'genericGreeting', text: 'Hi Coach,', output: `Hi Chris,${rest}` }] },
    { name: 'Dear Reader', draft: { to: [chris], body: `Dear Reader,${rest}` }, errors: [{ messageId: 'genericGreeting', text: 'Dear Reader,', output: `Hi Chris,${rest}` }] },
    { name: 'Hi Applicant', draft: { to: [chris], body: `Hi Applicant,${rest}` }, errors: [{ messageId: 'genericGreeting', text: 'Hi Applicant,', output: `Hi Chris,${rest}` }] },
    { name: 'a qualifier and a role', draft: { to: [chris], body: `Dear Loyal Member,${rest}` }, errors: [{ messageId: 'genericGreeting', text: 'Dear Loyal Member,', output: `Hi Chris,${rest}` }] },
    {
      name: 'a string of generic words is ONE finding',
      draft: { to: [chris], body: `Dear Valued Shopper and Loyal Member,${rest}` },
      errors: [{ messageId: 'genericGreeting', text: 'Dear Valued Shopper and Loyal Member,', output: `Hi Chris,${rest}` }],
    },
    { name: 'a role no list knows (compromise: #Actor)', draft: { to: [chris], body: `Dear Photographer,${rest}` }, errors: [{ messageId: 'genericGreeting', start: 0, end: 18, output: `Hi Chris,${rest}` }] },
    { name: 'an agent noun built on a known verb', draft: { to: [chris], body: `Hello Beginner!${rest}` }, errors: [{ messageId: 'genericGreeting', text: 'Hello Beginner!', output: `Hi Chris,${rest}` }] },
    { name: 'a generic addressee in Spanish greets in Spanish', draft: { to: [chris], body: `Hola Cliente,${rest}` }, errors: [{ messageId: 'genericGreeting', text: 'Hola Cliente,', output: `Hola Chris,${rest}` }] },
    { name: 'Dear Sir/Madam', draft: { to: [chris], body: `Dear Sir/Madam,${rest}` }, errors: [{ messageId: 'genericGreeting', text: 'Dear Sir/Madam,', severity: 'info', output: `Hi Chris,${rest}` }] },
    { name: 'Dear Sir or Madam', draft: { to: [chris], body: `Dear Sir or Madam,${rest}` }, errors: [{ messageId: 'genericGreeting', text: "Dear Sir or Madam,", output: `Hi Chris,${rest}` }] },
    { name: 'To whom it may concern', draft: { to: [chris], body: `To whom it may concern:${rest}` }, errors: [{ messageId: 'genericGreeting', text: 'To whom it may concern:', output: `Hi Chris,${rest}` }] },
    { name: 'Hi there', draft: { to: [chris], body: `Hi there,${rest}` }, errors: [{ messageId: 'genericGreeting', start: 0, end: 9, output: `Hi Chris,${rest}` }] },
    { name: 'Hello friend', draft: { to: [chris], body: `Hello friend,${rest}` }, errors: [{ messageId: 'genericGreeting', text: "Hello friend,", output: `Hi Chris,${rest}` }] },
    { name: 'Dear Customer', draft: { to: [chris], body: `Dear Customer,${rest}` }, errors: [{ messageId: 'genericGreeting', text: "Dear Customer,", output: `Hi Chris,${rest}` }] },
    { name: 'Greetings', draft: { to: [chris], body: `Greetings,${rest}` }, errors: [{ messageId: 'genericGreeting', text: "Greetings,", output: `Hi Chris,${rest}` }] },
    { name: 'Hi all', draft: { to: [chris], body: `Hi all,${rest}` }, errors: [{ messageId: 'genericGreeting', text: "Hi all,", output: `Hi Chris,${rest}` }] },
    { name: 'Hi team', draft: { to: [chris], body: `Hi team!${rest}` }, errors: [{ messageId: 'genericGreeting', text: 'Hi team!', output: `Hi Chris,${rest}` }] },
    { name: 'Hello everyone', draft: { to: [chris], body: `Hello everyone,${rest}` }, errors: [{ messageId: 'genericGreeting', text: "Hello everyone,", output: `Hi Chris,${rest}` }] },
    {
      name: 'keeps the rest of the line',
      draft: { to: [chris], body: 'Hi there, quick question about your Q3 plans.' },
      errors: [{ messageId: 'genericGreeting', text: 'Hi there,', output: 'Hi Chris, quick question about your Q3 plans.' }],
    },
    {
      name: 'Cc recipients do not matter',
      draft: { to: [chris], cc: [{ name: 'Dana Lee', email: 'd@x.com' }], body: `Dear Sir/Madam,${rest}` },
      errors: [{ messageId: 'genericGreeting', text: "Dear Sir/Madam,", output: `Hi Chris,${rest}` }],
    },
    { name: 'first name from the address', draft: { to: [{ email: 'chris.hawkins@x.com' }], body: `Hi there,${rest}` }, errors: [{ messageId: 'genericGreeting', text: "Hi there,", output: `Hi Chris,${rest}` }] },
    {
      name: 'Spanish generic greeting greets in Spanish',
      draft: { to: [chris], body: 'Estimado cliente:\n\nLe escribo por su pedido.' },
      errors: [{ messageId: 'genericGreeting', text: "Estimado cliente:", output: 'Hola Chris,\n\nLe escribo por su pedido.' }],
    },
    {
      name: 'German generic greeting greets in German',
      draft: { to: [{ name: 'Jonas Müller', email: 'j@x.de' }], body: 'Sehr geehrte Damen und Herren,\n\nText.' },
      errors: [{ messageId: 'genericGreeting', text: "Sehr geehrte Damen und Herren,", output: 'Hallo Jonas,\n\nText.' }],
    },
    {
      name: 'French generic greeting greets in French',
      draft: { to: [{ name: 'Chloé Martin', email: 'c@x.fr' }], body: 'Madame, Monsieur,\n\nTexte.' },
      errors: [{ messageId: 'genericGreeting', text: "Madame, Monsieur,", output: 'Bonjour Chloé,\n\nTexte.' }],
    },
    {
      name: 'a formal greeting with a generic addressee',
      draft: { to: [chris], body: `Dear valued partner,${rest}` },
      errors: [{ messageId: 'genericGreeting', text: 'Dear valued partner,', output: `Hi Chris,${rest}` }],
    },
  ],
});
