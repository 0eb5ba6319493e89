// The greeting line: "Hi Chris,", "Dear Dr. Okafor,", "Hi Chris and Dana —", "Chris," or a
// generic one ("Dear Sir/Madam", "Hi there"), with the greeted names as absolute spans.
import type { Span } from '../types.js';
import { foldName, isKnownFirstName, isOrdinaryWord } from '../names.js';
import { escapeRegExp } from '../phrases.js';
import { GENERIC_GREETINGS, GROUP_WORDS, NAME_JOINERS, NOT_NAMES, SALUTATIONS, type GenericGreeting } from '../data/greetings.js';
import { NAME_TITLES, VOCATIVE_TITLES } from '../data/name-affixes.js';
import { isBlank, type Line } from './lines.js';

export interface GreetedName {
  /** The name as written, e.g. "Chris", "Dr. Okafor", "Mary-Jane". */
  text: string;
  start: number;
  end: number;
}

export interface Greeting {
  /** The whole greeting (salutation + names + punctuation), without the rest of its line. */
  span: Span;
  /** "Hi", "Dear", "Good morning"… absent for a bare "Chris," line. */
  salutation?: Span;
  names: GreetedName[];
  /** Set when the greeting is generic ("Dear Sir/Madam", "Hi there", "To whom it may concern"). */
  generic?: boolean;
  /** For a generic greeting: the language of its phrase, so a fix can greet in the same language. */
  lang?: GenericGreeting['lang'];
}

/** A sticky, case-insensitive pattern for a phrase: flexible spaces, "Sir/Madam" = "Sir / Madam". */
const phrasePattern = (phrase: string) =>
  new RegExp(
    phrase
      .split(/\s+/)
      .map((w) => escapeRegExp(w).replace(/\\?\//g, '\\s*/\\s*'))
      .join('\\s+'),
    'iuy',
  );
const byLengthDesc = <T>(key: (x: T) => string) => (a: T, b: T) => key(b).length - key(a).length;

const GENERIC = [...GENERIC_GREETINGS].sort(byLengthDesc((g) => g.phrase)).map((g) => ({ ...g, re: phrasePattern(g.phrase) }));
const SALUTES = [...SALUTATIONS].sort(byLengthDesc((s) => s.text)).map((s) => ({ ...s, re: phrasePattern(s.text) }));
const NOT_NAME = new Set(NOT_NAMES.map(foldName));
const JOINERS = new Set(NAME_JOINERS);
const GROUP = new Set(GROUP_WORDS.map(foldName));
const TITLES = new Set(NAME_TITLES);
const VOCATIVE = new Set(VOCATIVE_TITLES);
// Characters that end a greeting: "Hi Chris," "Hi Chris!" "Hi Chris:" "Hi Chris —" "Hi Chris."
const TERMINATOR = /[,!:;.…—–]/u;

const NAME_WORD = /\p{Lu}[\p{L}\p{M}'’-]*/uy;
const LOWER_WORD = /\p{Ll}[\p{L}\p{M}'’-]*/uy;
const TITLE_WORD = /\p{L}+\.?/uy;
const PARTICLES = new Set(['de', 'del', 'de la', 'la', 'le', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'dos', 'das', 'ter', 'ten', 'bin', 'al', 'el']);

function matchAt(re: RegExp, text: string, at: number): string | undefined {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? m[0] : undefined;
}

function skipSpaces(text: string, at: number): number {
  while (at < text.length && (text[at] === ' ' || text[at] === '\t' || text[at] === '\u00a0' || text[at] === '\u202f')) at++;
  return at;
}

/** One name at `at` ("Chris", "Mary-Jane", "Anne Marie", "Dr. Okafor", "van der Berg"): its end, or -1. */
function parseName(text: string, at: number, allowLowercase: boolean): number {
  let p = at;
  let sawTitle = false;
  // Titles: "Dr.", "Ms", "Herr Dr." — only when a capitalised name follows.
  for (let k = 0; k < 3; k++) {
    const t = matchAt(TITLE_WORD, text, p);
    if (!t || !TITLES.has(foldName(t).replace(/\.$/, ''))) break;
    const after = skipSpaces(text, p + t.length);
    if (after === p + t.length || !(matchAt(NAME_WORD, text, after) || particlesThenName(text, after))) break;
    p = after;
    sawTitle = true;
  }
  let end = -1;
  let q = p;
  for (let words = 0; words < 4; words++) {
    let w = matchAt(NAME_WORD, text, q);
    if (!w && words === 0 && allowLowercase && !sawTitle) {
      const lw = matchAt(LOWER_WORD, text, q);
      // "hi chris," — a lower-case name only when it is a known first name and ends the greeting
      // "dear mary-jane,": a hyphenated given name is known when each of its parts is.
      const known = (word: string) => isKnownFirstName(word) || (word.includes('-') && word.split('-').every((p) => p.length > 1 && isKnownFirstName(p)));
      if (lw && known(lw) && !NOT_NAME.has(foldName(lw))) {
        const after = skipSpaces(text, q + lw.length);
        if (after >= text.length || TERMINATOR.test(text[after]!)) return q + lw.length;
      }
      return -1;
    }
    // After a title a surname may open with its particles: "Mr. van der Berg", "Sra. de la Cruz".
    if (!w && (words > 0 || sawTitle)) {
      // particles inside a surname: "van der Berg", "de la Cruz"
      let r = q;
      let particle: string | undefined;
      for (let k = 0; k < 2; k++) {
        const lw = matchAt(LOWER_WORD, text, r);
        if (!lw || !PARTICLES.has(lw)) break;
        particle = lw;
        r = skipSpaces(text, r + lw.length);
      }
      if (particle && matchAt(NAME_WORD, text, r)) {
        q = r;
        w = matchAt(NAME_WORD, text, q);
      }
    }
    if (!w) break;
    // A title that needs a name, with none after it, greets no one by name: "Dear Ms. {{last_name}}"
    // and "Dear Mr. ," are a merge field unfilled or filled with nothing, never a person called
    // "Ms". ("Don" is a title in Spanish and a first name in English: a known first name stays.)
    if (words === 0 && TITLES.has(foldName(w)) && !VOCATIVE.has(foldName(w)) && !isKnownFirstName(w)) return -1;
    // A trailing hyphen or apostrophe belongs to the punctuation, not the name.
    w = w.replace(/[-'’]+$/u, '');
    if (!w) break;
    // "Hi Chris, Thanks for…" — but "Hi Will," is a name when it ends the greeting.
    if (NOT_NAME.has(foldName(w)) && !(words === 0 && isKnownFirstName(w) && endsNameList(text, q + w.length))) break;
    end = q + w.length;
    const next = text[end];
    if (next !== ' ' && next !== '\u00a0') break;
    const after = skipSpaces(text, end);
    if (after === end) break;
    q = after;
  }
  return end;
}

/** Particles and then a capitalised word at `at` ("van der Berg", "de la Cruz")? */
function particlesThenName(text: string, at: number): boolean {
  let r = at;
  let particle = false;
  for (let k = 0; k < 2; k++) {
    const lw = matchAt(LOWER_WORD, text, r);
    if (!lw || !PARTICLES.has(lw)) break;
    particle = true;
    r = skipSpaces(text, r + lw.length);
  }
  return particle && !!matchAt(NAME_WORD, text, r);
}

/** After a name: is the greeting list over here (punctuation, end of line, or a joiner)? */
function endsNameList(text: string, at: number): boolean {
  const p = skipSpaces(text, at);
  return p >= text.length || TERMINATOR.test(text[p]!) || text[p] === '-' || JOINERS.has((matchAt(/\S+/y, text, p) ?? '').toLowerCase());
}

/** Names at `at`: "Chris", "Chris and Dana", "Chris, Dana", "Chris & Dana", "Chris, Dana, and Pat". */
function parseNames(text: string, at: number, lineStart: number): { names: GreetedName[]; end: number } {
  const names: GreetedName[] = [];
  let p = at;
  let end = at;
  // A later name accepted only because a joiner followed it ("Hi Chris, Dana and …") must be
  // followed by another name, or it was the start of the sentence ("Dana and I were talking").
  let pendingJoiner: { previousEnd: number } | undefined;
  for (let guard = 0; guard < 12; guard++) {
    const nameEnd = parseName(text, p, names.length === 0);
    // A later name must end the list, so "Hi Chris, Thanks for…" stops after Chris.
    if (nameEnd <= p || (names.length > 0 && !endsNameList(text, nameEnd))) {
      if (pendingJoiner) {
        names.pop();
        end = pendingJoiner.previousEnd;
      }
      break;
    }
    const q = skipSpaces(text, nameEnd);
    const closed = q >= text.length || TERMINATOR.test(text[q]!) || text[q] === '-';
    pendingJoiner = names.length > 0 && !closed ? { previousEnd: end } : undefined;
    names.push({ text: text.slice(p, nameEnd), start: lineStart + p, end: lineStart + nameEnd });
    end = nameEnd;
    // separator to the next name
    let s = skipSpaces(text, end);
    if (text[s] === ',') s = skipSpaces(text, s + 1);
    else if (s === end) break;
    const joiner = matchAt(/\S+/y, text, s);
    if (joiner && JOINERS.has(joiner.toLowerCase())) s = skipSpaces(text, s + joiner.length);
    if (s >= text.length) break;
    p = s;
  }
  return { names, end };
}

/** A group word right after the names: "… team", "… and team", "… & all". */
function groupAfter(text: string, at: number): { end: number; joined: boolean } | undefined {
  let p = skipSpaces(text, at);
  if (p === at) return undefined;
  let joined = false;
  const first = matchAt(/[^\s,!:;.]+/uy, text, p);
  if (first && JOINERS.has(first.toLowerCase())) {
    joined = true;
    p = skipSpaces(text, p + first.length);
  }
  const word = matchAt(/[\p{L}'’]+/uy, text, p);
  if (!word || !GROUP.has(foldName(word))) return undefined;
  const end = p + word.length;
  if (end < text.length && !/[\s,!:;.—–-]/u.test(text[end]!)) return undefined;
  return { end, joined };
}

const EMOJI = /[\p{Extended_Pictographic}\u200d\ufe0f\u{1F3FB}-\u{1F3FF}]/uy;

/** A run of emoji (and spaces between them) at `at`: where the last emoji ends (-1: none) and what follows. */
function skipEmoji(text: string, at: number): { emojiEnd: number; next: number } {
  let emojiEnd = -1;
  let next = at;
  for (let k = 0; k < 16; k++) {
    const e = matchAt(EMOJI, text, next);
    if (!e) break;
    emojiEnd = next + e.length;
    next = skipSpaces(text, emojiEnd);
  }
  return { emojiEnd, next };
}

/** Punctuation closing a greeting at `at` ("," "!" ":" " —" " - "), returning the greeting's end. */
function consumeTerminator(text: string, at: number): { end: number; found: boolean } {
  // "Hi Chris 👋," — a wave belongs to the greeting.
  const { emojiEnd, next: p } = skipEmoji(text, skipSpaces(text, at));
  if (emojiEnd >= 0) {
    const after = consumeTerminator(text, emojiEnd);
    return after.found && after.end > emojiEnd ? after : { end: emojiEnd, found: true };
  }
  const ch = text[p];
  if (ch === undefined) return { end: at, found: true };
  if (ch === '-' && text[p + 1] === '-' && text[p + 2] !== '-') return { end: p + 2, found: true }; // "Hi Chris -- quick one"
  if (ch === '—' || ch === '–' || ch === '…' || (ch === '-' && p > at && (text[p + 1] === ' ' || p + 1 === text.length))) return { end: p + 1, found: true };
  // French puts a space before "!" and ":" ("Salut Luc !").
  if (/[,!:;]/.test(ch)) {
    let e = p + 1;
    while (e < text.length && /[!]/.test(text[e]!)) e++;
    // "Hi Chris! 🙂" — emoji closing the greeting line belong to it.
    const trailing = skipEmoji(text, skipSpaces(text, e));
    if (trailing.emojiEnd >= 0 && trailing.next >= text.length) e = trailing.emojiEnd;
    return { end: e, found: true };
  }
  // A full stop ends a greeting only before a space or the end: "Hi Chris. Quick one…"
  if (p === at && ch === '.' && (p + 1 === text.length || /\s/.test(text[p + 1]!))) return { end: p + 1, found: true };
  return { end: at, found: false };
}

export function parseGreetingLine(line: Line): Greeting | undefined {
  const text = line.text;
  const base = line.start;
  const i = skipSpaces(text, 0);
  const span = (s: number, e: number): Span => ({ start: base + s, end: base + e });

  for (const g of GENERIC) {
    const m = matchAt(g.re, text, i);
    if (!m) continue;
    const after = i + m.length;
    if (after < text.length && /[\p{L}\p{N}]/u.test(text[after]!)) continue;
    const term = consumeTerminator(text, after);
    if (!term.found) continue;
    return { span: span(i, term.end), salutation: span(i, after), names: [], generic: true, lang: g.lang };
  }

  for (const s of SALUTES) {
    const m = matchAt(s.re, text, i);
    if (!m) continue;
    const salEnd = i + m.length;
    if (salEnd < text.length && /[\p{L}\p{N}'’]/u.test(text[salEnd]!)) continue;
    let p = skipSpaces(text, salEnd);
    // "Hi, Chris" / "Hello, Chris!"
    let commaFirst = false;
    if (text[p] === ',' ) {
      const q = skipSpaces(text, p + 1);
      const probe = parseNames(text, q, base);
      if (probe.names.length && consumeTerminator(text, probe.end).found) {
        commaFirst = true;
        p = q;
      }
    }
    const { names, end } = p > salEnd || commaFirst ? parseNames(text, p, base) : { names: [], end: salEnd };
    if (names.length) {
      const group = groupAfter(text, end);
      if (group !== undefined) {
        const term = consumeTerminator(text, group.end);
        // "Hi Sprout team," greets a group; "Hi Chris and team," still greets Chris.
        if (group.joined) return { span: span(i, term.end), salutation: span(i, salEnd), names };
        if (names.length === 1) return { span: span(i, term.end), salutation: span(i, salEnd), names: [], generic: true, lang: 'en' };
      }
      const term = consumeTerminator(text, end);
      return { span: span(i, term.end), salutation: span(i, salEnd), names };
    }
    const term = consumeTerminator(text, salEnd);
    if (term.found) return { span: span(i, term.end), salutation: span(i, salEnd), names: [] };
    if (s.formal) {
      // "Dear valued partner," — a few lower-case words up to the punctuation: a generic addressee
      const rest = /^[ \t\u00a0]+\p{Ll}[\p{L}'’-]*(?:[ \t\u00a0]+\p{Ll}[\p{L}'’-]*){0,3}[ \t\u00a0]*[,:!]/u.exec(text.slice(salEnd, salEnd + 80));
      if (rest) {
        const e = salEnd + rest[0].length;
        return { span: span(i, e), salutation: span(i, salEnd), names: [], generic: true, lang: 'en' };
      }
    }
    if (s.ambiguous) return undefined;
    return { span: span(i, salEnd), salutation: span(i, salEnd), names: [] };
  }

  // A bare "Chris," (or "Chris and Dana,") alone on its line, or opening it ("Tom, saw your post…").
  const { names, end } = parseNames(text, i, base);
  if (!names.length) return undefined;
  const firstWord = names[0]!.text.split(/\s+/)[0]!;
  const term = consumeTerminator(text, end);
  if (!term.found || term.end === end) return undefined;
  const punctuation = text.slice(end, term.end).trim();
  if (isBlank(text.slice(term.end))) {
    // A first name and its comma alone on the greeting line greet, whatever the next line says
    // ("Will,\nWill you be…"); another word the lexicon knows ("Update:") does not.
    if (isOrdinaryWord(firstWord) && !(punctuation === ',' && isKnownFirstName(firstWord))) return undefined;
    // "Agenda:" or "Acme:" opens a list; "Chris:" only when Chris is a known first name.
    if (punctuation === ':' && !isKnownFirstName(firstWord)) return undefined;
    return { span: span(i, term.end), names };
  }
  return sameLineGreeting(text, names, firstWord, punctuation, term.end) ? { span: span(i, term.end), names } : undefined;
}

/**
 * "Tom, saw your post…" / "Tom — quick question": one known first name, its comma or dash, and
 * the sentence going on in lower case or with a word that opens sentences ("Tom, I saw…"). A
 * capitalised name after the comma is a list ("Chris, Dana and I met…"), not a greeting.
 */
function sameLineGreeting(text: string, names: GreetedName[], firstWord: string, punctuation: string, after: number): boolean {
  if (names.length !== 1 || names[0]!.text !== firstWord) return false;
  if (!isKnownFirstName(firstWord) || isOrdinaryWord(firstWord)) return false;
  if (punctuation !== ',' && !/^(?:-|--|–|—)$/u.test(punctuation)) return false;
  const next = /^\s*([\p{L}'’]+)/u.exec(text.slice(after))?.[1];
  if (!next) return false;
  return !/^\p{Lu}/u.test(next) || NOT_NAME.has(foldName(next));
}
