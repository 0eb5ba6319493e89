// "Dear Sir/Madam" to one person whose name we know reads as a mass mailing: greet them by name.
// A greeting is generic when its phrase is in the data ("To whom it may concern", "Hi there"), or
// when what it greets is a generic addressee by the language's own account ("Dear Reader", "Hi
// Applicant", "Dear Loyal Member"; see addressee.ts): such a greeting is one generic salutation,
// never a wrong name.
import type { Rule } from '../rule.js';
import { GROUP_WORDS, NAMED_GREETING } from '../data/greetings.js';
import { foldName } from '../names.js';
import { greetsOneOf, isGenericSalutation, salutationLanguage } from '../addressee.js';

const GROUP = new Set(GROUP_WORDS.map(foldName));

export const genericGreeting: Rule = {
  meta: {
    id: 'generic-greeting',
    description: 'A generic greeting ("Dear Sir/Madam", "Hi there", "Dear Reader") to one recipient whose name is known.',
    severity: 'info',
    fixable: true,
    englishOnly: false,
    messages: { genericGreeting: 'Generic greeting: greet {{name}} by name.' },
  },
  check(ctx) {
    const greeting = ctx.greeting;
    if (!greeting || ctx.to.length !== 1) return [];
    const recipient = ctx.to[0]!;
    if (recipient.isRole || !recipient.first) return [];
    const { start, end } = greeting.span;
    let lang = greeting.lang ?? 'en';
    if (!greeting.generic) {
      if (!greeting.names.length) return [];
      const salutation = greeting.salutation ? ctx.body.slice(greeting.salutation.start, greeting.salutation.end) : '';
      lang = salutationLanguage(salutation);
      const names = greeting.names.map((n) => n.text);
      const accepted = new Set(ctx.settings.acceptedGreetings.map((a) => foldName(a.name)));
      if (names.some((n) => accepted.has(foldName(n)))) return [];
      const isRecipientName = greetsOneOf([...ctx.to, ...ctx.cc]);
      const textFact = <T>(fact: (text: string) => T, text: string) => ctx.textFact(fact, text);
      if (!isGenericSalutation(names, { lang, isRecipientName, context: ctx.body.slice(start, end), textFact })) return [];
    }
    // "Hi all," / "Hi team," is right when others are on Cc.
    const greetsGroup = foldName(ctx.body.slice(start, end))
      .split(/[^\p{L}']+/u)
      .some((w) => GROUP.has(w));
    if (greetsGroup && ctx.cc.length > 0) return [];
    const replacement = NAMED_GREETING[lang].replace('{name}', recipient.first);
    return [
      {
        messageId: 'genericGreeting',
        data: { name: recipient.first },
        start,
        end,
        fix: { start, end, replacement, label: `Change to “${replacement}”` },
      },
    ];
  },
};

export default genericGreeting;
