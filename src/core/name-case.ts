// A recipient's name in the wrong case: "Dear mary," or "Hi DEVON," from CRM data that stored the
// name that way. It reads as a mail merge. Two exceptions keep it quiet:
// - an email written in lower case throughout is a style, not a merge fault ("hey mary, quick q");
//   in the same way, a name in capitals is quiet when the email shouts throughout;
// - a display name that is itself in capitals ("DEVON PARK") or lower case is how they write it.
import { foldName } from './names.js';
import { NAME_TITLES } from './data/name-affixes.js';

const TITLES = new Set(NAME_TITLES);

export interface NameCaseFault {
  /** The name as their display name has it ("Mary", "Devon"). */
  expected: string;
  written: 'lower' | 'upper';
}

const letters = (s: string) => s.replace(/[^\p{L}]/gu, '');
const isLower = (s: string) => {
  const l = letters(s);
  return l.length > 0 && l === l.toLowerCase() && l !== l.toUpperCase();
};
const isUpper = (s: string) => {
  const l = letters(s);
  return l.length > 1 && l === l.toUpperCase() && l !== l.toLowerCase();
};

/** How the rest of the email is cased: the share of sentence starts in lower case, and of letters in capitals. */
export function caseStyle(text: string): { lowerStarts: number; starts: number; upperShare: number } {
  let lowerStarts = 0;
  let starts = 0;
  // A sentence starts after the text's start, a line break or an end mark and its spaces.
  for (const m of text.matchAll(/(?:^|[.!?]\s+|\n\s*)(\p{L})/gu)) {
    starts++;
    if (m[1] === m[1]!.toLowerCase() && m[1] !== m[1]!.toUpperCase()) lowerStarts++;
  }
  // "i" alone is the clearest sign of a lower-case style.
  for (const _ of text.matchAll(/(?<![\p{L}'’])i(?=['’ ]|$)/gu)) {
    starts++;
    lowerStarts++;
  }
  const all = letters(text);
  const upper = letters(text.replace(/\p{Ll}+/gu, '')).length;
  return { lowerStarts, starts, upperShare: all.length ? upper / all.length : 0 };
}

/** The display name's word that the greeted word stands for, as written there. */
function displayWord(greeted: string, displayName: string): string | undefined {
  const g = foldName(greeted);
  const words = displayName
    .replace(/<[^<>]*>|\([^()]*\)/g, ' ')
    .split(/[\s,]+/)
    .map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))
    .filter(Boolean);
  return words.find((w) => foldName(w) === g);
}

/**
 * A greeted name written in lower case or in capitals where the display name has it in mixed
 * case, in an email that is otherwise normally cased. `rest` is the email without its greeting.
 */
export function nameCaseFault(greeted: string, displayName: string | undefined, rest: string): NameCaseFault | undefined {
  if (!displayName) return undefined;
  // "Dear Mr. SMITH,": the title is the writer's, the surname the merge's; only the name is judged.
  const words = greeted.trim().split(/\s+/);
  let titles = 0;
  while (titles < words.length - 1 && TITLES.has(foldName(words[titles]!).replace(/\.$/, ''))) titles++;
  const name = words.slice(titles).join(' ');
  const written = isLower(name) ? 'lower' : isUpper(name) ? 'upper' : undefined;
  if (!written) return undefined;
  // Each word of a multi-word greeting ("mary smith") must be in the display name.
  const parts = words.slice(titles);
  const expectedParts = parts.map((p) => displayWord(p, displayName));
  if (expectedParts.some((p) => !p)) return undefined;
  const expectedName = expectedParts.join(' ');
  if (isUpper(expectedName) || isLower(expectedName)) return undefined;
  const expected = [...words.slice(0, titles), expectedName].join(' ');
  // Their own display name in capitals or in lower case is how they write it.
  if (isUpper(expected) || isLower(expected) || expected === greeted) return undefined;
  const style = caseStyle(rest);
  if (written === 'lower') {
    // Too little text to tell a style from a slip: say nothing.
    if (style.starts < 2 || style.lowerStarts * 2 >= style.starts) return undefined;
  } else if (style.upperShare > 0.5) return undefined;
  return { expected, written };
}
