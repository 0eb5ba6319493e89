// Is a greeted word a person's name, or a generic addressee ("Dear Reader", "Hi Applicant",
// "Dear Loyal Member")? Templates written by others greet by role far more often than our own
// drafts do, and reading a role as a stranger's name raises a red error with a fix that is
// wrong. The language decides:
// 1. the recipients' own names (and the forms that match them) are names;
// 2. the generic-addressee data of the greeting's language (the lists help; they are not all);
// 3. compromise's lexicon and tagger: #FirstName/#MaleName/#FemaleName/#Person/#LastName in the
//    greeting's own context make a name; #Actor (a role: "Manager", "Customer"), a plural noun,
//    or a qualifier (#Adjective, "Valued") before a role make a generic addressee;
// 4. word formation, for words compromise has never seen: an agent noun made from a verb or noun
//    compromise knows ("shopper" ← shop, "applicant" ← apply, "attendee" ← attend) or a compound
//    ending in a role ("homeowner", "cardholder") is a role;
// 5. the nickname table's names are names.
// What none of these can place stays 'unknown' (a name to the greeting check: "Dechay" must still
// be caught), because a bare capitalised word the language does not know is most often a name.
// A string of several generic words is one generic salutation, never several names.
import nlp from 'compromise';
import { foldName, isKnownFirstName, matchGreetedName, type RecipientName } from './names.js';
import { SALUTATION_LANGUAGES } from './data/greetings.js';
import { NAME_TITLES, VOCATIVE_TITLES } from './data/name-affixes.js';
import {
  ADDRESSEE_QUALIFIERS,
  GENERIC_ADDRESSEE_NOUNS,
  ROLE_NOUN_ENDINGS,
  ROLE_NOUN_HEADS,
  type AddresseeLanguage,
} from './data/addressees.js';

export type AddresseeKind = 'name' | 'generic' | 'unknown';

export type AddresseeEvidence =
  | 'recipient' // one of the recipients' names, nicknames or initials
  | 'phrase' // the generic-addressee data of the language
  | 'tagger' // compromise's tags in the greeting's context, or its lexicon
  | 'word-formation' // an agent noun or compound built on a word compromise knows
  | 'first-name' // the nickname table or compromise's first-name lexicon
  | 'unseen'; // nothing knows the word

export interface AddresseeVerdict {
  kind: AddresseeKind;
  evidence: AddresseeEvidence;
}

export interface AddresseeOptions {
  /** Language of the greeting's salutation; the data of every language is used when absent. */
  lang?: AddresseeLanguage;
  /** True when a word greets one of the recipients (their name, a nickname, their initials). */
  isRecipientName?: (word: string) => boolean;
  /** The greeting line the words come from, so compromise tags them in context ("Hi Frank,"). */
  context?: string;
  /** Where the caller keeps facts about a text between checks (`ctx.textFact`): the line's tags. */
  textFact?: <T>(fact: (text: string) => T, text: string) => T;
}

export interface TaggedWord {
  text: string;
  tags: string[];
}

/** compromise's terms of a greeting line with their tags: a fact of the line's text alone. */
export function greetingLineTags(text: string): TaggedWord[] {
  type JsonTerm = { text: string; tags?: string[] };
  return (nlp(text).json({ terms: { tags: true } }) as { terms?: JsonTerm[] }[]).flatMap((s) => (s.terms ?? []).map((t) => ({ text: t.text, tags: t.tags ?? [] })));
}

type WordRole = 'name' | 'role' | 'qualifier' | 'unknown';

interface WordVerdict {
  role: WordRole;
  evidence: AddresseeEvidence;
}

const NAME_TAGS = ['Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName'];
const QUALIFIER_TAGS = ['Adjective', 'Comparative', 'Superlative', 'PastTense', 'Gerund', 'Possessive'];
// A stem that compromise knows as one of these makes an agent noun built on it a role.
const STEM_TAGS = ['Verb', 'Infinitive', 'PresentTense', 'Noun', 'Singular', 'Actor', 'Adjective', 'Uncountable'];

const TITLES = new Set(NAME_TITLES);
const VOCATIVE = new Set(VOCATIVE_TITLES);
const LANGUAGES = Object.keys(GENERIC_ADDRESSEE_NOUNS) as AddresseeLanguage[];
const foldedSet = (lists: readonly (readonly string[])[]) => new Set(lists.flat().map(foldName));
const NOUNS_BY_LANG = new Map(LANGUAGES.map((l) => [l, foldedSet([GENERIC_ADDRESSEE_NOUNS[l]])]));
const QUALIFIERS_BY_LANG = new Map(LANGUAGES.map((l) => [l, foldedSet([ADDRESSEE_QUALIFIERS[l]])]));
const ALL_NOUNS = foldedSet(LANGUAGES.map((l) => GENERIC_ADDRESSEE_NOUNS[l]));
const ALL_QUALIFIERS = foldedSet(LANGUAGES.map((l) => ADDRESSEE_QUALIFIERS[l]));
const ROLE_HEADS = [...ROLE_NOUN_HEADS].sort((a, b) => b.length - a.length);
const ENDINGS = [...ROLE_NOUN_ENDINGS].sort((a, b) => b.ending.length - a.ending.length);

function lexiconTags(word: string): string[] {
  const entry = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[] | undefined> } } }).model().one.lexicon[word];
  return entry === undefined ? [] : Array.isArray(entry) ? entry : [entry];
}

const hasAny = (tags: Iterable<string>, wanted: readonly string[]) => {
  for (const t of tags) if (wanted.includes(t)) return true;
  return false;
};

/** Tags compromise gives each word of `words` where they stand in `context` (or alone). */
function contextTags(words: string[], options: AddresseeOptions): Map<number, Set<string>> {
  const context = options.context;
  const text = context && context.length <= 300 ? context : words.join(' ');
  const terms = options.textFact ? options.textFact(greetingLineTags, text) : greetingLineTags(text);
  const out = new Map<number, Set<string>>();
  let from = 0;
  words.forEach((w, i) => {
    const k = terms.findIndex((t, j) => j >= from && foldName(t.text.replace(/[^\p{L}\p{M}'’-]/gu, '')) === foldName(w));
    if (k < 0) return;
    out.set(i, new Set(terms[k]!.tags));
    from = k + 1;
  });
  return out;
}

function isVerbToCompromise(word: string): boolean {
  const terms = (nlp(word).json({ terms: { tags: true } }) as { terms?: { tags?: string[] }[] }[])[0]?.terms ?? [];
  return terms.length === 1 && (terms[0]!.tags ?? []).includes('Verb');
}

/** "shopper" ← shop, "applicant" ← apply, "participant" ← participate, "attendee" ← attend. */
function isAgentNoun(word: string): boolean {
  for (const { ending, restore } of ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < 3) continue;
    const stem = word.slice(0, -ending.length);
    const stems = new Set<string>();
    for (const r of restore) {
      stems.add(stem + r);
      // "shopper" → "shopp" → "shop"
      if (stem.length >= 4 && stem.at(-1) === stem.at(-2)) stems.add(stem.slice(0, -1) + r);
    }
    for (const s of stems) {
      const tags = lexiconTags(s);
      if (hasAny(tags, STEM_TAGS) && !hasAny(tags, NAME_TAGS)) return true;
      // A stem the lexicon lacks: compromise's own word model may still know it for a verb
      // ("distribute", "subscribe"); an unknown word it merely defaults to a noun proves nothing.
      if (!tags.length && s.length >= 4 && isVerbToCompromise(s)) return true;
    }
  }
  return false;
}

/** "homeowner", "cardholder", "salesperson": a known word followed by a role noun. */
function isRoleCompound(word: string): boolean {
  for (const head of ROLE_HEADS) {
    if (!word.endsWith(head) || word.length - head.length < 3) continue;
    const first = word.slice(0, -head.length).replace(/-$/, '');
    // "salesperson": compromise knows "sale", not "sales".
    const tags = [...lexiconTags(first), ...(first.endsWith('s') ? lexiconTags(first.slice(0, -1)) : [])];
    if (tags.length && !hasAny(tags, NAME_TAGS)) return true;
  }
  return false;
}

/** `tagsInContext` is asked only when the data cannot place the word: tagging the line costs a compromise pass. */
function classifyWord(written: string, tagsInContext: () => Set<string> | undefined, options: AddresseeOptions): WordVerdict {
  const word = foldName(written).replace(/[.’']+$/u, '');
  if (options.isRecipientName?.(written)) return { role: 'name', evidence: 'recipient' };
  const nouns = options.lang ? NOUNS_BY_LANG.get(options.lang)! : ALL_NOUNS;
  const qualifiers = options.lang ? QUALIFIERS_BY_LANG.get(options.lang)! : ALL_QUALIFIERS;
  // "Hi Coach,", "Dear Professor,": a title that addresses someone by itself names no one.
  if (nouns.has(word) || VOCATIVE.has(word)) return { role: 'role', evidence: 'phrase' };
  if (qualifiers.has(word)) return { role: 'qualifier', evidence: 'phrase' };
  const lexicon = lexiconTags(word);
  const tags = tagsInContext();
  // The tagger, in the greeting's own context: "Hi Frank," is a person though "frank" is an adjective.
  if ((tags && hasAny(tags, NAME_TAGS)) || hasAny(lexicon, NAME_TAGS)) return { role: 'name', evidence: 'tagger' };
  if (isKnownFirstName(word)) return { role: 'name', evidence: 'first-name' };
  // Only English words are read through compromise; another language's words rely on its data.
  if (options.lang && options.lang !== 'en') return { role: 'unknown', evidence: 'unseen' };
  const all = new Set([...lexicon, ...(tags ?? [])]);
  if (all.has('Actor') || (all.has('Plural') && lexicon.length > 0)) return { role: 'role', evidence: 'tagger' };
  if (hasAny(lexicon, QUALIFIER_TAGS)) return { role: 'qualifier', evidence: 'tagger' };
  if (isAgentNoun(word) || isRoleCompound(word)) return { role: 'role', evidence: 'word-formation' };
  // A plural of a role: "Shoppers", "Homeowners".
  if (word.length > 4 && word.endsWith('s')) {
    const singular = word.slice(0, -1);
    if (nouns.has(singular) || isAgentNoun(singular) || isRoleCompound(singular)) return { role: 'role', evidence: 'word-formation' };
  }
  return { role: 'unknown', evidence: 'unseen' };
}

/**
 * What the greeted words are: one name ("Chris", "Dr. Okafor", "Misha"), one generic salutation
 * ("Reader", "Loyal Member", "Valued Shopper", "Sales Team"), or unknown. Several words are read
 * together: any name among them makes the whole a name; otherwise a role anywhere (or a
 * qualifier before an unknown head: "Valued Xyzzy") makes it generic.
 */
export function classifyAddressee(words: string, options: AddresseeOptions = {}): AddresseeVerdict {
  const tokens = words
    .split(/[\s/]+/u)
    .map((t) => t.replace(/^[^\p{L}]+|[^\p{L}.’']+$/gu, ''))
    .filter((t) => /\p{L}/u.test(t));
  if (!tokens.length || tokens.length > 8) return { kind: 'unknown', evidence: 'unseen' };
  // The words together may greet a recipient though no word alone does: "Professor Okonkwo" is
  // Chidi Okonkwo, whose surname alone matches no first name.
  if (tokens.length > 1 && options.isRecipientName?.(tokens.join(' '))) return { kind: 'name', evidence: 'recipient' };
  // A title before a name is neither a role nor a name of its own: "Professor", "Captain" and
  // "Judge" before "Okonkwo" say how to address a person, not that the greeting is generic.
  while (tokens.length > 1 && TITLES.has(foldName(tokens[0]!).replace(/\.$/, ''))) tokens.shift();
  // A multi-word data phrase ("Hiring Manager", "Decision Maker") is one role.
  const nouns = options.lang ? NOUNS_BY_LANG.get(options.lang)! : ALL_NOUNS;
  if (tokens.length > 1 && nouns.has(foldName(tokens.join(' ')))) return { kind: 'generic', evidence: 'phrase' };
  let tags: Map<number, Set<string>> | undefined;
  const verdicts = tokens.map((t, i) => classifyWord(t, () => (tags ??= contextTags(tokens, options)).get(i), options));
  const named = verdicts.find((v) => v.role === 'name');
  if (named) return { kind: 'name', evidence: named.evidence };
  const role = verdicts.find((v) => v.role === 'role');
  if (role) return { kind: 'generic', evidence: role.evidence };
  const qualifier = verdicts.findIndex((v) => v.role === 'qualifier');
  if (qualifier >= 0 && qualifier < verdicts.length - 1) return { kind: 'generic', evidence: verdicts[qualifier]!.evidence };
  return { kind: 'unknown', evidence: 'unseen' };
}

/**
 * Several greeted "names" read as one salutation: "Dear Reader and Friend" or "Hi Shoppers,
 * Members" is ONE generic greeting when every part is generic; any name among them keeps them
 * names, to be checked one by one.
 */
export function isGenericSalutation(names: readonly string[], options: AddresseeOptions = {}): boolean {
  if (!names.length) return false;
  return names.every((n) => classifyAddressee(n, options).kind === 'generic');
}

/** A test for "greets one of these recipients": their name, a nickname, their initials. */
export function greetsOneOf(recipients: readonly RecipientName[]): (word: string) => boolean {
  return (word) =>
    recipients.some((r) => {
      const kind = matchGreetedName(word, r).kind;
      return kind === 'exact' || kind === 'nickname';
    });
}

const SALUTATION_LANGUAGE = new Map<string, AddresseeLanguage>();
for (const [lang, words] of Object.entries(SALUTATION_LANGUAGES) as [AddresseeLanguage, readonly string[]][]) {
  for (const w of words) SALUTATION_LANGUAGE.set(foldName(w), lang);
}

/** The language a salutation is written in ("Hola" → es); English when no other list has it. */
export function salutationLanguage(salutation: string): AddresseeLanguage {
  return SALUTATION_LANGUAGE.get(foldName(salutation.trim().replace(/\s+/g, ' '))) ?? 'en';
}
