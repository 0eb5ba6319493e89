// `length`: the message's word count against the target range (default 50–125 words, where
// Boomerang's study of 40 million emails found replies above 50%).
//
// Decisions: an empty message gets no finding (nothing written yet, nothing to advise); a reply
// gets no "too short" finding (short answers in a thread are right). Only the message counts:
// greeting, sign-off, signature and quoted history are outside it.
import type { Rule } from '../rule.js';

export const length: Rule = {
  meta: {
    id: 'length',
    description: 'Keeps the message within the word range that gets the most replies (50–125 words by default).',
    severity: 'warning',
    fixable: false,
    englishOnly: false,
    messages: {
      tooLong: '{{words}} words. Emails of {{min}}–{{max}} words get the most replies: cut about {{excess}}.',
      tooShort: 'Too short to give context: say who you are and why it matters to them.',
    },
  },
  check(ctx) {
    const words = ctx.wordCount;
    if (words === 0) return [];
    const { min, max } = ctx.settings.wordRange;
    const range = ctx.message;
    if (words > max) {
      return [
        {
          severity: 'warning',
          messageId: 'tooLong',
          data: { words, min, max, excess: words - max },
          scope: 'draft',
          ...range,
        },
      ];
    }
    if (words < min && !ctx.isReply) {
      return [
        {
          severity: 'info',
          messageId: 'tooShort',
          scope: 'draft',
          ...range,
        },
      ];
    }
    return [];
  },
};
