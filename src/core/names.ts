// What we can be sure of about a recipient's name, and whether a greeted name refers to them.
// "Don't guess": a first name comes from the display name, or from the address only where it is
// evident (chris@, chris.hawkins@); role mailboxes (info@, sales@) have none.
import nlp from 'compromise';
import damerauLevenshtein from 'damerau-levenshtein';
import type { Person } from './types.js';
import nicknameData from './data/nicknames.json';
import { ROLE_DISPLAY_WORDS, ROLE_LOCAL_PARTS } from './data/roles.js';
import { SECOND_LEVEL_LABELS, WEBMAIL_DOMAINS } from './data/webmail.js';
import { COMPANY_SUFFIXES, NAME_SUFFIXES, NAME_TITLES } from './data/name-affixes.js';
import { greetsByInitials } from './initials.js';

export interface RecipientName {
  person: Person;
  /** First name(s) as the recipient writes them ("Chris", "Mary-Jane", "María José"); absent when unknown. */
  first?: string;
  last?: string;
  /** Title from the display name ("Dr.", "Ms."). */
  title?: string;
  /** info@, sales@, support@…: never a mismatch, never a generic-greeting finding. */
  isRole: boolean;
  /** Which mailbox the address is, when its local part names one ("info" for info-uk@, "support"). */
  mailbox?: string;
  /** Company name guessed from the address's domain (not for webmail domains), lower-case: "sproutcontent". */
  company?: string;
  /** The company as a word to write: "Sproutcontent". */
  companyDisplay?: string;
  /** Other ways the first name is written that still greet this person ("Anne" for "Anne Marie", "Mary" for "Mary-Jane"). */
  firstAlternatives?: string[];
  /** Where the first name came from. */
  firstSource?: 'display' | 'address';
}

export type NameMatchKind = 'exact' | 'nickname' | 'typo' | 'none';

export interface NameMatch {
  kind: NameMatchKind;
  /** For 'typo': the name as it should be written, in the form the greeting used ("Oluwaseun", "Dr. Okafor"). */
  expected?: string;
}

/** Lower-case and strip accents, so José = Jose and Zoë = zoe. */
export function foldName(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Folded letters and digits only, for comparing names however they are spaced: "SPROUT Content" → "sproutcontent". */
export function compactKey(s: string): string {
  // Most words are ASCII: skip the Unicode normalisation they don't need.
  if (/^[\x00-\x7f]*$/.test(s)) return s.toLowerCase().replace(/[^a-z0-9]+/g, '');
  return foldName(s).replace(/[^\p{L}\p{N}]+/gu, '');
}

const TITLES = new Set(NAME_TITLES);
const SUFFIXES = new Set(NAME_SUFFIXES);
const COMPANY_WORDS = new Set(COMPANY_SUFFIXES);
const ROLE_LOCALS = new Set(ROLE_LOCAL_PARTS);
const SECOND_LEVEL = new Set(SECOND_LEVEL_LABELS);
const ROLE_DISPLAY = ROLE_DISPLAY_WORDS.map((w) => new RegExp(`(^|[^\\p{L}])${w.replace(/[-\s]/g, '[-\\s]?')}($|[^\\p{L}])`, 'iu'));

// Nickname table: full name → its nicknames, and the reverse.
const NICKNAMES = buildNicknameIndex();
function buildNicknameIndex(): { nicksOf: ReadonlyMap<string, ReadonlySet<string>>; fullsOf: ReadonlyMap<string, ReadonlySet<string>> } {
  const nicksOf = new Map<string, Set<string>>();
  const fullsOf = new Map<string, Set<string>>();
  const table = (nicknameData as { nicknames: Record<string, string> }).nicknames;
  for (const full of Object.keys(table)) {
    const nicks = new Set((table[full] ?? '').split(' ').filter(Boolean));
    nicksOf.set(full, nicks);
    for (const n of nicks) {
      let s = fullsOf.get(n);
      if (!s) fullsOf.set(n, (s = new Set()));
      s.add(full);
    }
  }
  return { nicksOf, fullsOf };
}

/** Same name, one a nickname of the other, or both nicknames of one full name (Chris ~ Kit via Christopher). */
export function areNicknames(a: string, b: string): boolean {
  const x = foldName(a);
  const y = foldName(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const { nicksOf, fullsOf } = NICKNAMES;
  if (nicksOf.get(x)?.has(y) || nicksOf.get(y)?.has(x)) return true;
  const fx = fullsOf.get(x);
  const fy = fullsOf.get(y);
  if (fx && fy) for (const f of fx) if (fy.has(f)) return true;
  return false;
}

const LEXICON: Readonly<Record<string, unknown>> = (nlp as unknown as { model(): { one: { lexicon: Record<string, unknown> } } }).model().one.lexicon;

/** True for a word known as a first name (compromise's lexicon or the nickname table). */
export function isKnownFirstName(word: string): boolean {
  const w = foldName(word);
  if (w.length < 2) return false;
  const tag = LEXICON[w];
  const tags = Array.isArray(tag) ? tag : [tag];
  if (tags.some((t) => t === 'MaleName' || t === 'FemaleName' || t === 'FirstName')) return true;
  const { nicksOf, fullsOf } = NICKNAMES;
  return nicksOf.has(w) || fullsOf.has(w);
}

/** A word compromise knows as something other than a name ("Update", "Absolutely"): not a bare greeting. */
export function isOrdinaryWord(word: string): boolean {
  const tag = LEXICON[foldName(word)];
  if (tag === undefined) return false;
  const tags = Array.isArray(tag) ? tag : [tag];
  return !tags.some((t) => t === 'MaleName' || t === 'FemaleName' || t === 'FirstName' || t === 'LastName' || t === 'Person');
}

/** "KEVIN" → "Kevin", "o'brien" → "O'Brien", "mary-jane" → "Mary-Jane"; mixed case is kept as written. */
function displayCase(word: string): string {
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (!letters) return word;
  const allUpper = letters === letters.toUpperCase() && letters !== letters.toLowerCase();
  const allLower = letters === letters.toLowerCase() && letters !== letters.toUpperCase();
  if (!allUpper && !allLower) return word;
  return word.toLowerCase().replace(/(^|[-'’\s])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

const bare = (token: string) => foldName(token).replace(/\.+$/, '');
const isTitle = (token: string) => TITLES.has(bare(token));
const isSuffix = (token: string) => SUFFIXES.has(bare(token).replace(/,$/, ''));
const isInitial = (token: string) => /^\p{L}\.?$/u.test(token);
const isNameWord = (token: string) => /^\p{L}[\p{L}\p{M}'’.-]*$/u.test(token);

function companyFromDomain(domain: string): { company?: string; companyDisplay?: string } {
  const d = domain.toLowerCase().trim().replace(/\.$/, '');
  if (!d || WEBMAIL_DOMAINS.some((w) => d === w || d.endsWith(`.${w}`))) return {};
  const labels = d.split('.').filter(Boolean);
  if (labels.length < 2) return {};
  labels.pop(); // top-level domain
  if (labels.length >= 2 && SECOND_LEVEL.has(labels[labels.length - 1]!)) labels.pop(); // "co" of co.uk
  const label = labels[labels.length - 1];
  if (!label || !/\p{L}/u.test(label)) return {};
  return { company: label, companyDisplay: label.charAt(0).toUpperCase() + label.slice(1) };
}

function fromDisplayName(raw: string): Pick<RecipientName, 'first' | 'last' | 'title' | 'firstAlternatives'> | undefined {
  // "Zhang Wei (David)", "Wei (David) Zhang": a first name in brackets is the name they go by.
  const preferred = [...raw.matchAll(/\(\s*([\p{L}][\p{L}'’-]*)\s*\)/gu)].map((m) => m[1]!).filter((w) => isNameWord(w) && isKnownFirstName(w));
  let name = raw
    .replace(/<[^<>]*>/g, ' ') // "Chris <chris@x.com>"
    .replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ') // "(SPROUT)", "[External]"
    .replace(/["“”]/g, ' ')
    .replace(/[\p{Extended_Pictographic}\u200d\ufe0f]/gu, ' ') // "Chris 🚀 Hawkins"
    .split(/\s+[|–—/]\s+|\s+-\s+/)[0]! // "Chris Hawkins | Sprout", "Chris Hawkins - Sprout"
    .replace(/\s+/g, ' ')
    .trim();
  if (!name || name.includes('@')) return undefined;
  // "Hawkins, Chris" — but not "James Smith, Jr."; "Smith, James, Jr." is both.
  const segments = name
    .split(',')
    .map((seg) => seg.trim())
    .filter((seg) => seg && !seg.split(' ').every(isSuffix));
  if (segments.length >= 2) {
    // "Hawkins, Chris" is inverted; "Chris Hawkins, VP Sales" carries a job title after the comma.
    const before = segments[0]!.split(' ');
    const after = segments[1]!.split(' ');
    const inverted = segments.length === 2 && after.length <= 3 && (before.length === 1 || isKnownFirstName(after[0]!));
    name = inverted ? `${segments[1]} ${segments[0]}` : segments[0]!;
  } else name = segments.join(' ');
  let tokens = name.split(' ').filter(Boolean);
  let title: string | undefined;
  // "Don Draper" is Don, not the Spanish title before a given name: a title that is also a first
  // name, written without a dot, is a title only when a full name follows it ("Don Diego Vega").
  const titleHere = (t: string, left: number) => isTitle(t) && !isInitial(t) && (left > 2 || t.endsWith('.') || !isKnownFirstName(t));
  while (tokens.length > 1 && titleHere(tokens[0]!, tokens.length)) {
    title ??= tokens[0]!.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
    tokens = tokens.slice(1);
  }
  while (tokens.length > 1 && isSuffix(tokens[tokens.length - 1]!)) tokens = tokens.slice(0, -1);
  tokens = tokens.map((t) => t.replace(/,$/, '')).filter(Boolean);
  if (!tokens.length || !tokens.every(isNameWord)) return undefined;
  // Re-case only a name written all in capitals or all in lower case; "van" in "Ludwig van Beethoven" stays.
  const whole = tokens.join(' ');
  if (displayCase(whole) !== whole) tokens = tokens.map(displayCase);
  const result: Pick<RecipientName, 'first' | 'last' | 'title' | 'firstAlternatives'> = {};
  if (title) result.title = title;
  if (isInitial(tokens[0]!)) {
    // "J. Smith": no first name we can use, but a title + last name can still match.
    if (tokens.length > 1) result.last = tokens.slice(1).join(' ');
    return result;
  }
  // Double first names ("Anne Marie Smith", "María José García"): both parts known first names.
  let firstCount = 1;
  if (tokens.length >= 3 && /^\p{Lu}/u.test(tokens[1]!) && isKnownFirstName(tokens[0]!) && isKnownFirstName(tokens[1]!) && !isInitial(tokens[1]!)) firstCount = 2;
  const firstTokens = tokens.slice(0, firstCount);
  result.first = firstTokens.join(' ');
  const rest = tokens.slice(firstCount).filter((t) => !isInitial(t));
  if (rest.length) result.last = rest.join(' ');
  const alternatives = new Set<string>();
  if (firstCount === 2) alternatives.add(firstTokens[0]!);
  if (result.first.includes('-')) {
    alternatives.add(result.first.split('-')[0]!);
    alternatives.add(result.first.replace(/-/g, ' '));
  }
  for (const w of preferred) alternatives.add(displayCase(w));
  if (alternatives.size) result.firstAlternatives = [...alternatives];
  return result;
}

function fromAddress(local: string): Pick<RecipientName, 'first' | 'last'> | undefined {
  const parts = local.split(/[._-]+/).filter(Boolean).map((p) => p.replace(/\d+$/, ''));
  const [first, ...rest] = parts;
  if (!first || !/^\p{L}{2,}$/u.test(first) || !isKnownFirstName(first)) return undefined;
  const result: Pick<RecipientName, 'first' | 'last'> = { first: displayCase(first) };
  const last = rest[rest.length - 1];
  if (rest.length && last && /^\p{L}{2,}$/u.test(last)) result.last = displayCase(last);
  return result;
}

/** The mailbox an address's local part names: whole ("contact-us"), or by its first piece ("support.uk"). */
function mailboxName(local: string): string | undefined {
  const l = local.toLowerCase();
  return [l, l.replace(/[._-]/g, ''), l.split(/[._+-]/)[0] ?? ''].find((name) => ROLE_LOCALS.has(name));
}

function isRoleAddress(local: string, displayName: string | undefined): boolean {
  if (mailboxName(local) !== undefined) return true;
  if (!displayName) return false;
  // "Chris Hawkins (Sales)" and "Chris from Support" are people; "Acme Support" and "Sales Team" are not.
  const core = displayName.replace(/\([^()]*\)|\[[^[\]]*\]/g, ' ').trim();
  const firstWord = core.split(/[\s,]+/)[0] ?? '';
  if (isKnownFirstName(firstWord) && !ROLE_DISPLAY.some((re) => re.test(firstWord))) return false;
  return ROLE_DISPLAY.some((re) => re.test(core));
}

/** "Sprout Content" at sproutcontent.com, "Acme Inc", or the address's own user name "chawkins". */
function isNotAPersonsName(displayName: string, local: string, company: string | undefined): boolean {
  const words = foldName(displayName).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (!words.length) return true;
  if (words.length > 1 && words.some((w) => COMPANY_WORDS.has(w))) return true;
  const squashed = words.join('');
  if (company && squashed.length >= 3 && (squashed === company || company.startsWith(squashed) || squashed.startsWith(company))) {
    // …unless it is plainly a person's name that happens to be the domain (chris@chrishawkins.com).
    if (!(words.length >= 2 && isKnownFirstName(words[0]!))) return true;
  }
  // A user name echoed as the display name ("chawkins"), written exactly as in the address.
  return displayName.trim() === local && !isKnownFirstName(local);
}

export function describeRecipient(person: Person): RecipientName {
  const email = typeof person?.email === 'string' ? person.email.trim() : '';
  // A display name of hundreds of characters is not a name we can use (and keeps every regex here short).
  const rawName = typeof person?.name === 'string' ? person.name.trim() : '';
  const displayName = rawName.length <= 200 ? rawName : '';
  const at = email.lastIndexOf('@');
  const local = (at >= 0 ? email.slice(0, at) : email).replace(/\+.*$/, '');
  const domain = at >= 0 ? email.slice(at + 1) : '';
  const mailbox = mailboxName(local);
  const result: RecipientName = { person, isRole: isRoleAddress(local, displayName || undefined), ...(mailbox ? { mailbox } : {}), ...companyFromDomain(domain) };
  if (result.isRole) return result;
  const fromName = displayName && !isNotAPersonsName(displayName, local, result.company) ? fromDisplayName(displayName) : undefined;
  if (fromName && (fromName.first || fromName.last)) {
    Object.assign(result, fromName);
    if (fromName.first) result.firstSource = 'display';
    return result;
  }
  const fromLocal = local ? fromAddress(local) : undefined;
  if (fromLocal) {
    Object.assign(result, fromLocal);
    result.firstSource = 'address';
  }
  return result;
}

/** Fewest edits (with transpositions) that count as a typo, for a correct name of this length. */
function typoBudget(length: number): number {
  if (length >= 5) return 2;
  if (length === 4) return 1;
  return 0;
}

// Names longer than this are pastes, not names; the edit distance is quadratic in length.
const MAX_NAME = 60;

function isTypoOf(written: string, correct: string): boolean {
  if (correct.length > MAX_NAME || written.length > MAX_NAME) return false;
  const budget = typoBudget(correct.length);
  if (!budget || Math.abs(written.length - correct.length) > budget || written === correct) return false;
  return damerauLevenshtein(written, correct).steps <= budget;
}

/** Folded, hyphens as spaces, apostrophes and dots dropped: "Mary-Jane O'Neil" → "mary jane oneil". */
const spelledName = (s: string) => foldName(s).replace(/[-’'.]/g, (c) => (c === '-' ? ' ' : '')).replace(/\s+/g, ' ').trim();

/** Does a greeted name ("Chris", "Dr. Okafor", "Bob Smith") refer to this recipient? */
export function matchGreetedName(greeted: string, recipient: RecipientName): NameMatch {
  if (typeof greeted !== 'string' || greeted.length > 200) return { kind: 'none' };
  let tokens = greeted.trim().split(/\s+/).filter(Boolean);
  if (!tokens.length) return { kind: 'none' };
  // "Herr Dr. Müller": several titles count as one.
  while (tokens.length > 2 && isTitle(tokens[0]!) && isTitle(tokens[1]!)) tokens = [tokens[0]!, ...tokens.slice(2)];
  const firsts = recipient.first ? [recipient.first, ...(recipient.firstAlternatives ?? [])] : [];
  const last = recipient.last;

  // Title + name: "Dr. Okafor", "Mr Hawkins", "Ms. Lee", or a title before the first/full name.
  if (tokens.length > 1 && isTitle(tokens[0]!)) {
    const titleWritten = tokens[0]!;
    const rest = spelledName(tokens.slice(1).join(' '));
    if (last) {
      const lastSq = spelledName(last);
      const lastTokens = lastSq.split(' ');
      const restTokens = rest.split(' ');
      // any run of the surname(s): "Sr. García" for "García López"
      for (let i = 0; i + restTokens.length <= lastTokens.length; i++) {
        if (restTokens.every((t, k) => t === lastTokens[i + k])) return { kind: 'exact' };
      }
    }
    for (const f of firsts) {
      if (rest === spelledName(f) || (last && rest === spelledName(`${f} ${last}`))) return { kind: 'exact' };
    }
    if (last) {
      const lastWritten = surname(last);
      if (isTypoOf(rest, spelledName(lastWritten))) return { kind: 'typo', expected: `${titleWritten} ${lastWritten}` };
    }
    return { kind: 'none' };
  }

  // "AJ" / "A.J." to A.J. Kowalski or Andrew James Kowalski.
  if (greetsByInitials(greeted, typeof recipient.person?.name === 'string' ? recipient.person.name : undefined)) return { kind: 'exact' };
  const g = spelledName(greeted);
  // A display name written family name first ("Zhang Wei"): its last word is a known given name
  // and its first word is not. Greeting by that given name greets this person. Otherwise the last
  // word is a surname, and "Hi Hawkins," / "Hi Okafor," are no match (greeting-mismatch reports a surname alone).
  if (last && g === spelledName(last) && isKnownFirstName(last) && !(recipient.first && isKnownFirstName(recipient.first))) return { kind: 'exact' };
  if (!firsts.length) return { kind: 'none' };
  const gTokens = g.split(' ');
  const gFirst = gTokens[0]!;
  const gRest = gTokens.slice(1).join(' ');
  const restWritten = tokens.slice(1).join(' ');
  const lastSq = last ? spelledName(last) : undefined;
  // After the first name, only the surname (or its initial) may follow; with no surname known, anything may.
  const restFits = (rest: string) => !rest || !lastSq || rest === lastSq || (rest.length === 1 && lastSq.startsWith(rest));

  for (const f of firsts) {
    const fs = spelledName(f);
    if (g === fs || g === fs.replace(/ /g, '')) return { kind: 'exact' };
    if (g.startsWith(`${fs} `) && restFits(g.slice(fs.length + 1))) return { kind: 'exact' };
  }
  const withRestOf = (name: string) => (gRest ? `${name} ${tokens.slice(1).join(' ')}` : name);
  // Nicknames in both directions, on the first word ("Bob", "Bob Smith").
  if (restFits(gRest)) {
    for (const f of firsts) {
      const own = spelledName(f).split(' ')[0]!;
      if (!areNicknames(gFirst, own)) continue;
      // "Sara" for Sarah, "Jon" for John: the table lists spelling variants beside short forms, but
      // one letter away from how they spell their own name is a misspelling, not a name they go by
      // (short forms drop more than a letter: "Steph", "Kate").
      if (gFirst.length >= 3 && own.length >= 3 && damerauLevenshtein(gFirst, own).steps === 1) {
        const written = f.split(/[\s-]/)[0]!;
        return { kind: 'typo', expected: withRestOf(written) };
      }
      return { kind: 'nickname' };
    }
    // The front of their own first name is a short form no table lists in full ("Venkat" for Venkata,
    // "Fran" for Francesca, "Max" for Maximilian): never a typo, never a stranger.
    for (const f of firsts) {
      const given = spelledName(f).split(' ')[0]!;
      if (gFirst.length >= 3 && given.length > gFirst.length && given.startsWith(gFirst)) return { kind: 'nickname' };
    }
  }
  const withRest = (name: string) => (gRest ? `${name} ${restWritten}` : name);
  for (const f of firsts) {
    const fs = spelledName(f);
    if (isTypoOf(g, fs)) return { kind: 'typo', expected: f };
    if (last && gRest && isTypoOf(g, spelledName(`${f} ${last}`))) return { kind: 'typo', expected: `${f} ${last}` };
    if (gRest && !fs.includes(' ') && restFits(gRest) && isTypoOf(gFirst, fs)) return { kind: 'typo', expected: withRest(f) };
  }
  // A typo of a nickname: "Chirs" for Christopher, who goes by Chris.
  if (restFits(gRest)) {
    for (const f of firsts) {
      for (const nick of NICKNAMES.nicksOf.get(spelledName(f).split(' ')[0]!) ?? []) {
        if (isTypoOf(gFirst, nick)) return { kind: 'typo', expected: withRest(nick.charAt(0).toUpperCase() + nick.slice(1)) };
      }
    }
  }
  return { kind: 'none' };
}

/** The surname to write after a title: "García" of "García López", but all of "van Beethoven". */
function surname(last: string): string {
  const tokens = last.split(' ');
  return /^\p{Ll}/u.test(tokens[0] ?? '') ? last : tokens[0]!;
}

/** The name to greet a recipient with, in the form a greeting used ("Dr. Okafor" for a title + last name). */
export function greetingNameFor(recipient: RecipientName, greeted: string): string | undefined {
  const tokens = greeted.trim().split(/\s+/);
  let titles = 0;
  while (titles < tokens.length - 1 && isTitle(tokens[titles]!)) titles++;
  // Keep the greeting's title(s) ("Dr.", "Herr Dr.") and put the recipient's surname after them.
  if (titles > 0 && recipient.last) return `${tokens.slice(0, titles).join(' ')} ${surname(recipient.last)}`;
  return recipient.first;
}
