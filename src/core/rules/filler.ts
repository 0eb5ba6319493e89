// `filler`: stock phrases that add words but nothing for the reader (data: ../data/filler.ts).
// Fix: delete the phrase (or its whole sentence) and tidy the spaces, punctuation and capital
// letter left behind. Phrases that need rewording rather than deleting are pointed at only.
import type { Rule, RuleReport } from '../rule.js';
import type { Fix, Span } from '../types.js';
import type { Sentence } from '../spans.js';
import { compilePhrases, type PhraseMatch } from '../phrases.js';
import { FILLER_PHRASES, type FillerPhrase } from '../data/filler.js';

const matcher = compilePhrases(FILLER_PHRASES, (f) => f.phrase);
const fillerMatches = (sentence: string) => matcher.findIn(sentence);

const isInlineSpace = (c: string | undefined) => c !== undefined && /[^\S\n\r\u2028\u2029]/.test(c);
const isWhite = (c: string | undefined) => c !== undefined && /\s/.test(c);

const LIST_MARKER = /^[^\S\n]*(?:[-*•◦▪·–—]|\d{1,3}[.)])[^\S\n]+$/;

// What may follow a whole-sentence phrase and still leave nothing of value: ", Chris!" or "."
const SENTENCE_REST = /^(?:\s*,\s*\p{Lu}[\p{L}'’-]*)?[\s.!?…]*$/u;

/** Deletes a whole sentence and the whitespace that kept it apart, leaving the text around it tidy. */
function deleteSentenceFix(body: string, sentence: Span): Fix {
  // A list item ("- Just checking in."): the marker goes with it.
  let lineStart = sentence.start;
  while (lineStart > 0 && !/[\n\r\u2028\u2029]/.test(body[lineStart - 1]!)) lineStart--;
  const s = LIST_MARKER.test(body.slice(lineStart, sentence.start)) ? { start: lineStart, end: sentence.end } : sentence;
  let j = s.end;
  while (isInlineSpace(body[j])) j++;
  if (j < body.length && !isWhite(body[j])) {
    // More text follows on the same line: take the spaces after the sentence.
    return { start: s.start, end: j, replacement: '', label: 'Delete this sentence' };
  }
  let i = s.start;
  while (isInlineSpace(body[i - 1])) i--;
  if (i > 0 && !isWhite(body[i - 1])) {
    // Text before it on the same line: take the spaces before, keep the line break.
    return { start: i, end: s.end, replacement: '', label: 'Delete this sentence' };
  }
  // Alone on its line: take the line and the blank lines after it, up to the next text.
  let k = j;
  while (isWhite(body[k])) k++;
  if (k >= body.length) {
    let b = s.start;
    while (isWhite(body[b - 1])) b--;
    return { start: b, end: s.end, replacement: '', label: 'Delete this sentence' };
  }
  return { start: s.start, end: k, replacement: '', label: 'Delete this sentence' };
}

/** Deletes a lead-in phrase; capitalises the word after it when the phrase opened the sentence. */
function deleteLeadInFix(body: string, sentence: Sentence, m: Span): Fix | undefined {
  let j = m.end;
  while (j < sentence.end && /[\s,;:]/.test(body[j]!)) j++;
  if (j >= sentence.end || /[.!?…]/.test(body[j]!)) {
    // Nothing but end punctuation after it: the phrase was the sentence.
    if (m.start === sentence.start) return deleteSentenceFix(body, sentence);
    let i = m.start;
    while (i > sentence.start && /[\s,;:]/.test(body[i - 1]!)) i--;
    return { start: i, end: j, replacement: '', label: 'Delete this phrase' };
  }
  const opensSentence = m.start === sentence.start && !followsComma(body, m.start);
  const next = String.fromCodePoint(body.codePointAt(j)!);
  if (opensSentence && next.toUpperCase() !== next) {
    return { start: m.start, end: j + next.length, replacement: next.toUpperCase(), label: 'Delete this phrase' };
  }
  return { start: m.start, end: j, replacement: '', label: 'Delete this phrase' };
}

/** "Hi Chris, I know you're busy, but could you…": after a comma the next word stays lowercase. */
function followsComma(body: string, at: number): boolean {
  let i = at;
  while (isInlineSpace(body[i - 1])) i--;
  return i > 0 && /[,;:]/.test(body[i - 1]!);
}

function fixFor(body: string, sentence: Sentence, m: PhraseMatch<FillerPhrase>): Fix | undefined {
  switch (m.entry.fix) {
    case 'sentence': {
      if (m.start !== sentence.start) return undefined;
      return SENTENCE_REST.test(body.slice(m.end, sentence.end)) ? deleteSentenceFix(body, sentence) : undefined;
    }
    case 'phrase':
      return deleteLeadInFix(body, sentence, m);
    case 'none':
      return undefined;
  }
}

export const filler: Rule = {
  meta: {
    id: 'filler',
    description: 'Flags stock phrases that add words but nothing for the reader ("I hope this email finds you well").',
    severity: 'info',
    fixable: true,
    englishOnly: true,
    messages: { filler: '"{{phrase}}" adds words but nothing for the reader.' },
    groupMessages: { filler: '{{count}} stock phrases that add words but nothing for the reader.' },
  },
  check(ctx) {
    const out: RuleReport[] = [];
    const body = ctx.body;
    const matchesBySentence = ctx.sentenceFacts(fillerMatches);
    ctx.sentences.forEach((s, i) => {
      for (const rel of matchesBySentence[i]!) {
        const m = { ...rel, start: s.start + rel.start, end: s.start + rel.end };
        const fix = fixFor(body, s, m);
        out.push({
          messageId: 'filler',
          data: { phrase: m.text },
          start: m.start,
          end: m.end,
          ...(fix ? { fix } : {}),
        });
      }
    });
    return out;
  },
};
