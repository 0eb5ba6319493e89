// "Dear Sir/Madam" to one person whose name we know reads as a mass mailing: greet them by name.
import type { Rule } from '../rule.js';
import { NAMED_GREETING } from '../data/greetings.js';

export const genericGreeting: Rule = {
  meta: {
    id: 'generic-greeting',
    description: 'A generic greeting ("Dear Sir/Madam", "Hi there") to one recipient whose name is known.',
    severity: 'info',
    fixable: true,
    englishOnly: false,
  },
  check(ctx) {
    const greeting = ctx.greeting;
    if (!greeting?.generic || ctx.to.length !== 1) return [];
    const recipient = ctx.to[0]!;
    if (recipient.isRole || !recipient.first) return [];
    const replacement = NAMED_GREETING[greeting.lang ?? 'en'].replace('{name}', recipient.first);
    const { start, end } = greeting.span;
    return [
      {
        message: `Generic greeting: greet ${recipient.first} by name.`,
        start,
        end,
        fix: { start, end, replacement, label: `Change to “${replacement}”` },
      },
    ];
  },
};

export default genericGreeting;
