// "Dear Sir/Madam" to one person whose name we know reads as a mass mailing: greet them by name.
import type { Rule } from '../rule.js';
import { GROUP_WORDS, NAMED_GREETING } from '../data/greetings.js';
import { foldName } from '../names.js';

const GROUP = new Set(GROUP_WORDS.map(foldName));

export const genericGreeting: Rule = {
  meta: {
    id: 'generic-greeting',
    description: 'A generic greeting ("Dear Sir/Madam", "Hi there") to one recipient whose name is known.',
    severity: 'info',
    fixable: true,
    englishOnly: false,
    messages: { genericGreeting: 'Generic greeting: greet {{name}} by name.' },
  },
  check(ctx) {
    const greeting = ctx.greeting;
    if (!greeting?.generic || ctx.to.length !== 1) return [];
    const recipient = ctx.to[0]!;
    if (recipient.isRole || !recipient.first) return [];
    const { start, end } = greeting.span;
    // "Hi all," / "Hi team," is right when others are on Cc.
    const greetsGroup = foldName(ctx.body.slice(start, end))
      .split(/[^\p{L}']+/u)
      .some((w) => GROUP.has(w));
    if (greetsGroup && ctx.cc.length > 0) return [];
    const replacement = NAMED_GREETING[greeting.lang ?? 'en'].replace('{name}', recipient.first);
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
