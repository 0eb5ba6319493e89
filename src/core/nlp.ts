// compromise, one sentence at a time, and only where it adds something regexes cannot do well
// (contractions such as "I'm" = "I am" in match patterns, the verb before a capital "US").
// Nothing here parses the whole draft. Callers reach these through sentence facts
// (`ctx.sentenceFacts`), so a sentence is parsed once while it stays in the draft.
import nlp from 'compromise';

export interface TaggedTerm {
  /** The term as written ("I'm"); "" for the hidden half of a contraction. */
  text: string;
  /** Offsets relative to the sentence text. */
  start: number;
  end: number;
  /** compromise's normal form ("i'm" → implicit "i"). */
  normal: string;
  /** The expanded word of a contraction ("I'm" → "i" then "am"). */
  implicit?: string;
  tags: ReadonlySet<string>;
}

/** A compromise match pattern, parsed once where it is declared. */
export type MatchPattern = { readonly compiled: unknown };

export function compilePattern(pattern: string): MatchPattern {
  return { compiled: nlp.parseMatch(pattern) };
}

// compromise is not made for megabyte "sentences" (a pasted log with no punctuation).
const MAX_PARSE_CHARS = 2000;

function parse(sentence: string) {
  return nlp(sentence.length > MAX_PARSE_CHARS ? sentence.slice(0, MAX_PARSE_CHARS) : sentence);
}

/** The tagged terms of one sentence with offsets relative to it. */
export function sentenceTerms(sentence: string): TaggedTerm[] {
  const terms: TaggedTerm[] = [];
  type JsonTerm = { text: string; normal?: string; implicit?: string; tags?: string[]; offset?: { start: number; length: number } };
  const json = parse(sentence).json({ offset: true, terms: { offset: true, tags: true, normal: true } }) as { terms?: JsonTerm[] }[];
  for (const s of json) {
    for (const t of s.terms ?? []) {
      const start = t.offset?.start ?? 0;
      terms.push({
        text: t.text,
        start,
        end: start + (t.offset?.length ?? t.text.length),
        normal: t.normal ?? t.text.toLowerCase(),
        ...(t.implicit ? { implicit: t.implicit } : {}),
        tags: new Set(t.tags ?? []),
      });
    }
  }
  return terms;
}

/** Whether one sentence matches any of the patterns (e.g. "^i am #Gerund"). */
export function sentenceMatchesAny(sentence: string, patterns: readonly MatchPattern[]): boolean {
  const doc = parse(sentence);
  // compromise accepts a pre-parsed match wherever it accepts a string.
  return patterns.some((p) => doc.has(p.compiled as string));
}
