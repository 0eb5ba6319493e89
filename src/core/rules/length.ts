// `length`: the message's word count against the target range (default 50–125 words, where
// Boomerang's study of 40 million emails found replies above 50%).
//
// Decisions: an empty message gets no finding (nothing written yet, nothing to advise); only a
// first email gets a "too short" finding (short answers in a thread, confirmations and notes to
// colleagues are right), and mail to someone already in touch is "too long" only past twice the
// range's top (it is often long because the reader asked for the detail). Only the message counts:
// greeting, sign-off, signature and quoted history are outside it.
import type { Rule } from '../rule.js';
import { LENGTH_LIMITS } from '../data/length.js';

// Scripts written without spaces between words: the word range (counted in English mail) says
// nothing about a Japanese or Thai message, whose "words" are whole phrases to a word splitter.
const UNSPACED_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const LETTER = /\p{L}/u;

/** Whether most letters of the message belong to scripts written without spaces. */
function mostlyUnspaced(text: string): boolean {
  // One native scan settles the usual case (no such letter at all) before counting per character.
  if (!UNSPACED_LETTER.test(text)) return false;
  let letters = 0;
  let unspaced = 0;
  for (const ch of text) {
    if (!LETTER.test(ch)) continue;
    letters++;
    if (UNSPACED_LETTER.test(ch)) unspaced++;
  }
  return unspaced * 2 > letters;
}

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
    if (words === 0 || mostlyUnspaced(ctx.body.slice(ctx.message.start, ctx.message.end))) return [];
    const { min, max } = ctx.settings.wordRange;
    const range = ctx.message;
    const firstContact = ctx.isFirstContact;
    if (words > (firstContact ? max : max * LENGTH_LIMITS.ongoingMaxFactor)) {
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
    if (words < min && firstContact) {
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
