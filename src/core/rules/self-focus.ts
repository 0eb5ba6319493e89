// `self-focus`: a message that talks about the sender more than the reader. Warns on the counts;
// underlines (info) the sentences entirely about the sender and an opening about the sender;
// offers curated reader-first rewrites as suggestions (they change wording, so never a fix).
import type { Rule, RuleReport } from '../rule.js';
import type { AnalysisContext } from '../context.js';
import { compilePhrases, normalizePhrase, withFirstLetter } from '../phrases.js';
import { compilePattern, sentenceMatchesAny } from '../nlp.js';
import {
  READER_FIRST_REWRITES,
  SELF_FOCUS_LIMITS,
  SENDER_OPENING_FIRST_WORDS,
  SENDER_OPENING_PATTERNS,
  type ReaderFirstRewrite,
} from '../data/self-focus.js';

// Enough underlines to act on; a long draft would otherwise be striped.
const MAX_SENTENCE_FINDINGS = 5;
const MIN_SELF_IN_SENTENCE = 2;

const rewrites = compilePhrases(READER_FIRST_REWRITES, (r) => r.phrase);
const rewriteMatches = (sentence: string) => rewrites.findIn(sentence);
const openingFirstWords = new Set(SENDER_OPENING_FIRST_WORDS);
const openingPatterns = SENDER_OPENING_PATTERNS.map(compilePattern);
const FIRST_WORD = /^[\p{L}'’]+/u;

/** Does this sentence open about the sender? Asks compromise only when the first word could. */
function opensAboutSender(sentence: string): boolean {
  const first = FIRST_WORD.exec(sentence)?.[0];
  if (!first || !openingFirstWords.has(normalizePhrase(first))) return false;
  return sentenceMatchesAny(sentence, openingPatterns);
}

function rewriteFindings(ctx: AnalysisContext): RuleReport[] {
  const out: RuleReport[] = [];
  const matchesBySentence = ctx.sentenceFacts(rewriteMatches);
  for (const [i, s] of ctx.sentences.entries()) {
    for (const m of matchesBySentence[i]!) {
      const start = s.start + m.start;
      const end = s.start + m.end;
      out.push({
        severity: 'info',
        messageId: 'readerFirst',
        data: { phrase: m.text, rewrite: rewriteFor(m.entry, m.text, m.start === 0) },
        start,
        end,
        suggestions: [
          {
            start,
            end,
            replacement: rewriteFor(m.entry, m.text, m.start === 0),
            label: `Rewrite as "${rewriteFor(m.entry, m.text, m.start === 0)}"`,
          },
        ],
      });
    }
  }
  return out;
}

/** The replacement with its first letter cased for where the phrase stands. */
function rewriteFor(entry: ReaderFirstRewrite, written: string, atSentenceStart: boolean): string {
  const replacement = entry.replacement;
  if (/^I(?![\p{L}])/u.test(replacement)) return replacement; // "I" is always a capital
  // A phrase starting with the pronoun "I" is capitalised wherever it stands; judge by position instead.
  const startsWithI = /^I(?![\p{L}])/u.test(written);
  const upper = atSentenceStart || (!startsWithI && /^\p{Lu}/u.test(written));
  return withFirstLetter(replacement, upper);
}

export const selfFocus: Rule = {
  meta: {
    id: 'self-focus',
    description: 'Flags messages that talk more about the sender (I, we, our company) than about the reader.',
    severity: 'warning',
    fixable: false,
    englishOnly: true,
    messages: {
      aboutYou: '{{self}} about you/your company, {{reader}} about them. Turn some of your sentences around to the reader.',
      opensAboutYou: 'Opens about you. Start with them: their goal, their problem, or a question.',
      sentenceAboutYou: 'All about you ({{self}} references to you, none to them).',
      readerFirst: 'Put the reader first: "{{phrase}}" → "{{rewrite}}".',
    },
    groupMessages: { readerFirst: 'Put the reader first: {{count}} phrases to turn around to them.' },
  },
  check(ctx) {
    const out: RuleReport[] = [];
    const refs = ctx.references;
    const selfCount = refs.totals.self;
    const readerCount = refs.totals.reader;
    // Among colleagues "we" is the reader's team too: it is not the sender talking about itself.
    const focused =
      !ctx.isInternal && selfCount >= ctx.settings.minSelfRefs && selfCount > readerCount * SELF_FOCUS_LIMITS.selfToReaderRatio;

    const sentences = ctx.sentences;
    const opening = sentences[0];
    const openingFlagged = opening !== undefined && !ctx.isInternal && ctx.textFact(opensAboutSender, opening.text);
    if (openingFlagged) {
      out.push({
        severity: 'info',
        messageId: 'opensAboutYou',
        start: opening.start,
        end: opening.end,
      });
    }

    // The sentences about the sender are where the one problem shows: they are the warning's
    // ranges (one card listing them, an underline each), only when the message as a whole leans
    // that way: one "I" sentence in a reader-focused email is fine.
    if (focused) {
      const candidates: { i: number; self: number; reader: number }[] = [];
      refs.bySentence.forEach((c, i) => {
        if (c.self >= MIN_SELF_IN_SENTENCE && c.reader === 0 && !(openingFlagged && i === 0)) candidates.push({ i, ...c });
      });
      const aboutSender = candidates
        .sort((a, b) => b.self - a.self || a.i - b.i)
        .slice(0, MAX_SENTENCE_FINDINGS)
        .sort((a, b) => a.i - b.i);
      out.unshift({
        severity: 'warning',
        messageId: 'aboutYou',
        data: { self: selfCount, reader: readerCount },
        scope: 'draft',
        ...ctx.message,
        ...(aboutSender.length
          ? {
              ranges: aboutSender.map((c) => ({
                start: sentences[c.i]!.start,
                end: sentences[c.i]!.end,
                messageId: 'sentenceAboutYou',
                data: { self: c.self },
              })),
            }
          : {}),
      });
    }

    // One finding per sentence: a spread of them into push() overflows the stack on a huge body.
    return out.concat(rewriteFindings(ctx));
  },
};

