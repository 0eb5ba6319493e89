// `missing-context`: the "Vern" voicemail test. A first-contact email that never says who the
// sender is or which company they are with, or never says what is in it for the reader.
//
// Decisions: only first emails are judged (a reader already in touch knows who is writing). Who
// the sender is comes from settings (senderNames, companyNames) or the From name and domain; what
// we don't know we don't ask for (a gmail.com sender has no company to name).
// The sign-off and signature count as saying who you are; the greeting and quoted history don't.
// The reader check needs English pronouns, so it is skipped for drafts not in English.
import type { Rule, RuleReport } from '../rule.js';
import type { AnalysisContext } from '../context.js';

/** A message this short is a note, not a pitch: the reader check would only nag. */
const MIN_WORDS_FOR_READER_CHECK = 10;

export const missingContext: Rule = {
  meta: {
    id: 'missing-context',
    description: 'A first email says who you are, which company you are with, and what is in it for the reader.',
    severity: 'info',
    fixable: false,
    englishOnly: false,
    messages: {
      noNameNoCompany: 'Who is this from? Neither your name nor {{company}} appears: say who you are and where you work in a line.',
      noName: 'Who is this from? Your name never appears: introduce yourself or sign with your name.',
      noCompany: 'Which company are you with? {{company}} never appears: name it once, in the message or the signature.',
      nothingForReader: "What's in it for them? The message never says \"you\" or \"your\": tell the reader what they get.",
    },
  },
  check(ctx: AnalysisContext): RuleReport[] {
    if (!ctx.isFirstContact || ctx.wordCount === 0) return [];
    const reports: RuleReport[] = [];
    const opening = ctx.sentences[0] ?? ctx.message;
    // After the message: sign-off and signature, above any quoted history.
    const tail = { start: ctx.message.end, end: Math.max(ctx.message.end, ctx.parts.quoted?.start ?? ctx.body.length) };

    const { names, companies, companyLabel } = ctx.sender;
    const nameMissing = names.length > 0 && !ctx.names(names, tail);
    const companyMissing = companies.length > 0 && !ctx.names(companies, tail);
    if (nameMissing || companyMissing) {
      const messageId = nameMissing && companyMissing ? 'noNameNoCompany' : nameMissing ? 'noName' : 'noCompany';
      reports.push({ severity: 'info', start: opening.start, end: opening.end, messageId, data: { company: companyLabel ?? 'your company' } });
    }

    if (ctx.language !== 'other' && ctx.wordCount >= MIN_WORDS_FOR_READER_CHECK) {
      if (ctx.references.totals.readerNotName === 0) {
        reports.push({
          severity: 'info',
          ...ctx.message,
          messageId: 'nothingForReader',
          scope: 'draft',
        });
      }
    }
    return reports;
  },
};
