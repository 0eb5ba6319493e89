// `questions`: a first-contact email with no question and no clear ask, or one with more than
// three questions. Boomerang (2016): emails with 1–3 questions were about 50% more likely to get
// a reply than emails with none.
//
// Decisions: only first emails are asked for an ask (a reply's thread has one already, and a
// confirmation or a note to a colleague needs none); the "no ask" check
// needs English ask phrases, so it is skipped for drafts not in English, while counting question
// marks works in any language. Too many questions is an info; a missing ask is a warning.
import type { Rule, RuleReport } from '../rule.js';
import type { AnalysisContext } from '../context.js';
import { ASK_PHRASES, QUESTION_LIMITS } from '../data/asks.js';
import { paragraphs } from '../spans.js';
import { compilePhrases } from '../phrases.js';

const asks = compilePhrases(ASK_PHRASES, (p) => p);
const hasAsk = (sentence: string) => asks.findIn(sentence).length > 0;

export const questions: Rule = {
  meta: {
    id: 'questions',
    description: 'Asks for one clear next step: 1–3 questions, or a plain request, in a first email.',
    severity: 'warning',
    fixable: false,
    englishOnly: false,
    messages: {
      tooMany: '{{count}} questions. Emails with 1–3 questions got the most replies: keep the ones that matter most.',
      noAsk: 'No question and no clear ask. End with one easy question (emails with 1–3 questions got 50% more replies than those with none).',
    },
  },
  check(ctx: AnalysisContext): RuleReport[] {
    const asked = ctx.sentences.filter((s) => s.isQuestion);
    const reports: RuleReport[] = [];
    if (asked.length > QUESTION_LIMITS.maxQuestions) {
      const first = asked[QUESTION_LIMITS.maxQuestions]!;
      const last = asked[asked.length - 1]!;
      reports.push({
        severity: 'info',
        start: first.start,
        end: last.end,
        messageId: 'tooMany',
        data: { count: asked.length },
      });
    }
    if (asked.length === 0 && ctx.isFirstContact && ctx.language !== 'other' && ctx.wordCount >= QUESTION_LIMITS.minWords) {
      const last = paragraphs(ctx.body, ctx.message).at(-1);
      if (!ctx.sentenceFacts(hasAsk).includes(true) && last) {
        reports.push({
          severity: 'warning',
          ...last,
          messageId: 'noAsk',
        });
      }
    }
    return reports;
  },
};
