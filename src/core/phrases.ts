// A phrase matcher that tolerates the apostrophe, spacing and case variants people actually type.
import type { Span } from './types.js';
import { clampSpan } from './spans.js';

export interface PhraseMatch<T> extends Span {
  /** The entry whose phrase matched (longest wins at a position). */
  entry: T;
  /** The matched text as written. */
  text: string;
}

export interface PhraseMatcher<T> {
  /** Non-overlapping matches in `body` within `span`, left to right. */
  find(body: string, span: Span): PhraseMatch<T>[];
  /** Same, in a standalone string (offsets relative to it). */
  findIn(text: string): PhraseMatch<T>[];
}

const APOSTROPHES = /['’‘`´]/g;
/** `s` as a literal inside a regular expression. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Canonical form of a phrase for lookup: lowercase, straight apostrophes, single spaces. */
export function normalizePhrase(s: string): string {
  return s.toLowerCase().replace(APOSTROPHES, "'").replace(/\s+/g, ' ').trim();
}

/**
 * Compiles a list of phrases into one matcher: case-insensitive, any apostrophe (' ’ ‘ `),
 * any run of whitespace between words, whole words only. Longest phrase wins at a position.
 */
export function compilePhrases<T>(entries: readonly T[], phraseOf: (entry: T) => string): PhraseMatcher<T> {
  const byKey = new Map<string, T>();
  for (const e of entries) {
    const key = normalizePhrase(phraseOf(e));
    if (key && !byKey.has(key)) byKey.set(key, e);
  }
  const keys = [...byKey.keys()].sort((a, b) => b.length - a.length);
  const source = keys
    .map((k) =>
      k
        .split(' ')
        .map((w) => escapeRegExp(w).replace(/'/g, "['’‘`´]"))
        .join('\\s+'),
    )
    .join('|');
  // Whole words: no letter, digit or apostrophe-joined letter on either side.
  const pattern = keys.length ? new RegExp(`(?<![\\p{L}\\p{N}_])(?:${source})(?![\\p{L}\\p{N}_])`, 'giu') : null;
  const run = (text: string, from: number, to: number): PhraseMatch<T>[] => {
    if (!pattern) return [];
    const out: PhraseMatch<T>[] = [];
    const re = new RegExp(pattern.source, pattern.flags);
    re.lastIndex = from;
    const haystack = to === text.length ? text : text.slice(0, to);
    let m: RegExpExecArray | null;
    while ((m = re.exec(haystack)) !== null) {
      const entry = byKey.get(normalizePhrase(m[0]));
      if (entry !== undefined) out.push({ start: m.index, end: m.index + m[0].length, entry, text: m[0] });
      if (m[0].length === 0) re.lastIndex++;
    }
    return out;
  };
  return {
    find(body, span) {
      const { start, end } = clampSpan(body, span);
      return run(body, start, end);
    },
    findIn(text) {
      return run(text, 0, text.length);
    },
  };
}

/** `replacement` with its first letter upper- or lower-cased. */
export function withFirstLetter(replacement: string, upper: boolean): string {
  if (!replacement) return replacement;
  const first = String.fromCodePoint(replacement.codePointAt(0)!);
  const rest = replacement.slice(first.length);
  return (upper ? first.toUpperCase() : first.toLowerCase()) + rest;
}
