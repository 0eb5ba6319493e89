// `no-personalization`: nothing in a first-contact message is specific to the recipient beyond
// the greeting: no mention of their company (matched from their address's domain:
// sproutcontent.com ↔ "SPROUT Content", "Sprout"), their role, or something only they would get
// (a post, a talk, a shared event, a referral: a data file of cues).
//
// Decisions: only first emails are judged (replies, follow-ups to a meeting and notes to colleagues
// are personal by nature); so are messages under 25 words.
// English only: the cues are English phrases.
import type { Rule, RuleReport } from '../rule.js';
import type { AnalysisContext } from '../context.js';
import { PERSONAL_CUES } from '../data/personalization.js';
import { compilePhrases } from '../phrases.js';

const MIN_WORDS = 25;
const cues = compilePhrases(PERSONAL_CUES, (p) => p);
const hasPersonalCue = (sentence: string) => cues.findIn(sentence).length > 0;

export const noPersonalization: Rule = {
  meta: {
    id: 'no-personalization',
    description: 'A first email mentions something specific to the recipient: their company, role or a recent event.',
    severity: 'info',
    fixable: false,
    englishOnly: true,
    messages: {
      nothingPersonal:
        'Nothing here is specific to {{reader}}: mention their company{{company}}, their role, or something only they would get (a post, an event, a referral).',
    },
  },
  check(ctx: AnalysisContext): RuleReport[] {
    if (!ctx.isFirstContact || ctx.wordCount < MIN_WORDS) return [];
    const company = ctx.recipientCompanies;
    if (ctx.names(company.keys)) return [];
    if (ctx.sentenceFacts(hasPersonalCue).includes(true)) return [];
    const firstName = ctx.to.length === 1 ? ctx.to[0]!.first : undefined;
    const opening = ctx.sentences[0] ?? ctx.message;
    return [
      {
        severity: 'info',
        start: opening.start,
        end: opening.end,
        messageId: 'nothingPersonal',
        data: { reader: firstName ?? 'this reader', company: company.label ? ` (${company.label})` : '' },
      },
    ];
  },
};
