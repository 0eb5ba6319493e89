// `playbook`: what the team's playbook asks of every email (format in ../playbook.ts).
// - Phrases to avoid are flagged where they are (case-insensitive, whole words) in the subject
//   and in the rep's own text (greeting to sign-off; never the signature or quoted history), with
//   the playbook's alternative as a suggestion: rewording is the rep's call, so never a `fix`.
// - Required elements are flagged when missing, on the whole message (or where the excess is).
//   An empty draft is not judged; company/product mentions are not asked of replies, whose
//   thread already says who is writing.
import type { Rule, RuleReport } from '../rule.js';
import type { AnalysisContext } from '../context.js';
import type { Playbook, PlaybookAvoid, PlaybookRequire, Span } from '../types.js';
import { PLAYBOOK_REQUIREMENTS } from '../playbook.js';
import { compilePhrases, withFirstLetter, type PhraseMatcher } from '../phrases.js';
import { keysOf } from '../mentions.js';

/** The rep's own text: everything above the signature and quoted history. */
function ownText(ctx: AnalysisContext): Span {
  const { signature, quoted } = ctx.parts;
  return { start: 0, end: Math.min(signature?.start ?? ctx.body.length, quoted?.start ?? ctx.body.length) };
}

function avoidReports(text: string, span: Span, matcher: PhraseMatcher<PlaybookAvoid>, field?: 'subject'): RuleReport[] {
  return matcher.find(text, span).map((m) => {
    const { phrase, reason, alternative } = m.entry;
    // "Touch base" at a sentence start becomes "Talk", not "talk"; mid-sentence it stays as written.
    const capitalise = alternative !== undefined && /^\p{Lu}/u.test(m.text) && /^\p{Ll}/u.test(alternative);
    const replacement = capitalise ? withFirstLetter(alternative, true) : alternative;
    return {
      messageId: 'avoid',
      data: { phrase, reason, alternative: alternative ? ` Try "${alternative}".` : '' },
      start: m.start,
      end: m.end,
      ...(field ? { field } : {}),
      ...(replacement !== undefined ? { suggestions: [{ start: m.start, end: m.end, replacement, label: `Use "${replacement}"` }] } : {}),
    };
  });
}

function requirementReports(ctx: AnalysisContext, playbook: Playbook, req: PlaybookRequire): RuleReport[] {
  const message = ctx.message;
  const say = (fallback: string) => ({ messageId: 'requirement', data: { requirement: req.description ?? fallback } });
  const whole = (text: ReturnType<typeof say>): RuleReport[] => [{ ...text, start: message.start, end: message.end, scope: 'draft' }];
  // The signature and sign-off say who is writing as well as the message does.
  const tail = { start: ctx.message.end, end: Math.max(ctx.message.end, ctx.parts.quoted?.start ?? ctx.body.length) };
  switch (req.id) {
    case 'ask-one-question': {
      const asked = ctx.sentences.filter((s) => s.isQuestion);
      if (asked.length === 0) return whole(say('ask one clear question; this draft asks none.'));
      if (asked.length > 1) {
        return [{ ...say(`ask one clear question; this draft asks ${asked.length}.`), start: asked[1]!.start, end: asked.at(-1)!.end }];
      }
      return [];
    }
    case 'mention-company': {
      const keys = keysOf(playbook.companyNames);
      if (ctx.isReply || !keys.length || ctx.names(keys, tail)) return [];
      return whole(say(`name ${playbook.companyNames![0]} in the message or signature.`));
    }
    case 'mention-product': {
      const keys = keysOf(playbook.productNames);
      if (ctx.isReply || !keys.length || ctx.names(keys)) return [];
      return whole(say(`name the product (${playbook.productNames!.slice(0, 3).join(', ')}).`));
    }
    case 'greeting':
      return ctx.greeting ? [] : whole(say('open with a greeting.'));
    case 'sign-off':
      return ctx.parts.signoff ? [] : whole(say('close with a sign-off.'));
    default:
      // A requirement id from a newer playbook format: not ours to judge.
      return [];
  }
}

export const playbook: Rule = {
  meta: {
    id: 'playbook',
    description: "Applies the team playbook: phrases to avoid (with the team's alternative) and required elements.",
    severity: 'warning',
    fixable: false,
    englishOnly: false,
    messages: {
      avoid: 'The playbook avoids "{{phrase}}": {{reason}}{{alternative}}',
      requirement: 'Playbook: {{requirement}}',
    },
  },
  check(ctx) {
    const book = ctx.settings.playbook;
    if (!book) return [];
    const out: RuleReport[] = [];
    if (book.avoid?.length) {
      const matcher = compilePhrases(book.avoid, (a) => a.phrase);
      out.push(...avoidReports(ctx.subject, { start: 0, end: ctx.subject.length }, matcher, 'subject'));
      out.push(...avoidReports(ctx.body, ownText(ctx), matcher));
    }
    if (book.require?.length && ctx.wordCount > 0) {
      for (const req of book.require) if (req.id in PLAYBOOK_REQUIREMENTS) out.push(...requirementReports(ctx, book, req));
    }
    return out;
  },
};
