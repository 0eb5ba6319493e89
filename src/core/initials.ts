// Greetings by initials: "Hi AJ," and "Hi A.J.," to A.J. Kowalski or Andrew James Kowalski.
// People who go by their initials are greeted that way by everyone who knows them; calling it a
// wrong name is the kind of false alarm that makes reps stop reading.
import { NAME_SUFFIXES, NAME_TITLES } from './data/name-affixes.js';

// Folded as names.ts folds (lower case, no accents); kept here so names.ts can use this module.
const foldName = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
const TITLES = new Set(NAME_TITLES);
const SUFFIXES = new Set(NAME_SUFFIXES);
const bare = (token: string) => foldName(token).replace(/[.,]+$/, '');

/**
 * The letters of a greeting written as initials — "AJ", "A.J.", "A. J.", "A.J" → "aj" — or
 * undefined. Two or three capitals only: "Al" and "Ed" are names, not initials.
 */
export function initialsWritten(greeted: string): string | undefined {
  const text = greeted.trim();
  if (/^\p{Lu}{2,3}$/u.test(text)) return foldName(text);
  if (/^(?:\p{Lu}\.\s?){1,2}\p{Lu}\.?$/u.test(text)) return foldName(text.replace(/[.\s]/g, ''));
  return undefined;
}

/** The name's words without titles, suffixes, brackets and addresses, first name first. */
function nameWords(displayName: string): string[] {
  let name = displayName
    .replace(/<[^<>]*>/g, ' ')
    .replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ')
    .replace(/["“”]/g, ' ')
    .trim();
  // "Kowalski, A.J." is written surname first.
  const parts = name.split(',').map((p) => p.trim()).filter((p) => p && !p.split(/\s+/).every((t) => SUFFIXES.has(bare(t))));
  if (parts.length === 2 && parts[0]!.split(/\s+/).length === 1) name = `${parts[1]} ${parts[0]}`;
  else name = parts[0] ?? '';
  return name
    .split(/\s+/)
    .filter((t) => t && /\p{L}/u.test(t) && !t.includes('@'))
    .filter((t, i, all) => !(i < all.length - 1 && TITLES.has(bare(t))) && !SUFFIXES.has(bare(t)));
}

/** Initials the person may go by: given names ("AJ" of Andrew James Kowalski), or the first word written as initials ("A.J."). */
export function initialsOf(displayName: string): string[] {
  const words = nameWords(displayName);
  if (!words.length) return [];
  const out = new Set<string>();
  const first = words[0]!;
  // "A.J. Kowalski", "AJ Kowalski"
  const written = initialsWritten(first);
  if (written) out.add(written);
  // "A. J. Kowalski": single-letter words before the surname.
  const given = words.length > 1 ? words.slice(0, -1) : words;
  const letters = given.map((w) => foldName(w.replace(/[^\p{L}]/gu, '')).charAt(0)).join('');
  if (letters.length >= 2 && letters.length <= 3) out.add(letters);
  // "Jean-Pierre Dubois", "Anne-Sophie Martin" go by "JP", "AS": a hyphenated given name is two
  // given names joined, each with its initial.
  const hyphenated = given.flatMap((w) => w.split(/[-‐]/u)).filter((w) => /\p{L}/u.test(w));
  const joinedLetters = hyphenated.map((w) => foldName(w.replace(/[^\p{L}]/gu, '')).charAt(0)).join('');
  if (hyphenated.length > given.length && joinedLetters.length <= 3) out.add(joinedLetters);
  // "Andrew Kowalski" may go by "AK" only with a middle name or initial in between; first + last
  // initials alone are how a team writes about someone, not how they greet them.
  return [...out];
}

/** Does a greeting by initials ("AJ", "A.J.") greet this person? */
export function greetsByInitials(greeted: string, displayName: string | undefined): boolean {
  const letters = initialsWritten(greeted);
  if (!letters || !displayName) return false;
  return initialsOf(displayName).includes(letters);
}
