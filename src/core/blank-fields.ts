// Merge fields filled with nothing: what a blank CRM column leaves behind once the template is
// rendered. The field is gone, but its neighbours show where it was:
// - a greeting word straight before its punctuation, with the space the name should have filled
//   ("Hi ,", "Hello  ,"), or a formal salutation that cannot stand alone ("Dear :", "Dear,");
// - a preposition or article straight before punctuation, with the space left by the field
//   ("at ,", "for .") or a double space where a word was ("the  team").
// "Hi," with no space, and "what it's for." are ordinary writing and never match.
import { foldName, isKnownFirstName } from './names.js';
import { NAME_TITLES, VOCATIVE_TITLES } from './data/name-affixes.js';
import { GENERIC_GREETINGS, SALUTATIONS } from './data/greetings.js';
import { BLANK_FIELD_BEFORE_WORD, BLANK_FIELD_BEFORE_PUNCTUATION } from './data/blank-fields.js';

export type BlankFieldKind = 'greeting' | 'preposition' | 'article';

export interface BlankField {
  kind: BlankFieldKind;
  /** From the word before the blank to the punctuation (or word) after it, inclusive. */
  start: number;
  end: number;
  /** The word before the blank, as written ("Hi", "Dear", "at"). */
  before: string;
  /** What follows the blank ("," ":" "team"). */
  after: string;
  /** The title left before a blank surname, as written ("Mr.", "Herr"). */
  title?: string;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(escapeRe).join('|');
// A formal salutation needs a name ("Dear,"), unless it is a whole greeting by itself ("Estimados:").
const WHOLE_GREETINGS = new Set(GENERIC_GREETINGS.map((g) => foldName(g.phrase)));
const FORMAL = new Set(SALUTATIONS.filter((s) => s.formal && !WHOLE_GREETINGS.has(foldName(s.text))).map((s) => foldName(s.text)));
// Salutations that are also ordinary words ("Morning", "Greetings") greet alone with a comma.
// A title left standing where the surname should be ("Dear Mr. ,", "Hallo Herr ,") is a blank
// field too; a title that is also a first name ("Don") is not.
const VOCATIVE = new Set(VOCATIVE_TITLES);
const TITLES_NEEDING_NAME = NAME_TITLES.filter((t) => t.length > 1 && !VOCATIVE.has(t) && !isKnownFirstName(t));
const GREETING_LINE = new RegExp(
  `^([ \\t]*)(${alternation(SALUTATIONS.filter((s) => !s.ambiguous).map((s) => s.text))})` +
    `(?:[ \\t\\u00a0]+(${alternation(TITLES_NEEDING_NAME)})(\\.?))?([ \\t\\u00a0]*)([,:;])`,
  'iu',
);
// Spaces only (no newline) between the word and what follows: a field on one line.
const AFTER_PREPOSITION = new RegExp(`(?<![\\p{L}\\p{N}'’])(${alternation(BLANK_FIELD_BEFORE_PUNCTUATION)})([ \\t\\u00a0]+)([,;:!?]|\\.(?!\\.))`, 'giu');
const AFTER_ARTICLE = new RegExp(`(?<![\\p{L}\\p{N}'’])(${alternation(BLANK_FIELD_BEFORE_WORD)})([ \\t\\u00a0]{2,})(\\p{L}[\\p{L}'’-]*)`, 'giu');

/** A blank name in a greeting line ("Hi ,", "Dear :"), or undefined. `lineStart` is the line's offset. */
export function blankGreeting(line: string, lineStart: number): BlankField | undefined {
  const m = GREETING_LINE.exec(line);
  if (!m) return undefined;
  const [, indent, word, title, dot, gap, punct] = m as unknown as [string, string, string, string | undefined, string, string, string];
  const start = lineStart + indent.length;
  if (title) {
    const end = start + m[0].length - indent.length;
    // "Dear Mr. ," / "Dear Mr.," — the whole greeting up to its punctuation; the title stays in the fix.
    return { kind: 'greeting', start, end, before: word, title: title + dot, after: punct };
  }
  // "Hi," greets nobody in particular, which is allowed; "Hi ," left a space for a name; "Dear,"
  // cannot stand without one.
  // French sets a space before ":" and ";" ("Bonjour :"), never before a comma.
  const formal = FORMAL.has(foldName(word));
  if (!(formal && punct !== ';') && !(gap && punct === ',')) return undefined;
  return { kind: 'greeting', start, end: start + word.length + gap.length + punct.length, before: word, after: punct };
}

/** Blank fields after prepositions and articles in `text` between `from` and `to`. */
export function blankFieldsInProse(text: string, from = 0, to = text.length): BlankField[] {
  const out: BlankField[] = [];
  const haystack = text.slice(0, to);
  for (const [re, kind] of [[AFTER_PREPOSITION, 'preposition'], [AFTER_ARTICLE, 'article']] as const) {
    const pattern = new RegExp(re.source, re.flags);
    pattern.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(haystack)) !== null) {
      const [whole, word, , next] = m as unknown as [string, string, string, string];
      // An indented line is a list or code, where spacing is layout, not a rendered sentence.
      const lineStart = haystack.lastIndexOf('\n', m.index - 1) + 1;
      if (/^[ \t]{2,}/.test(haystack.slice(lineStart, lineStart + 2))) continue;
      out.push({ kind, start: m.index, end: m.index + whole.length, before: word, after: next });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
