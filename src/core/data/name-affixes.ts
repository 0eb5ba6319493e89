// Titles before a name and suffixes after it, as written in display names and greetings.
// Lower-case, without the trailing dot (matching strips it).

export const NAME_TITLES: readonly string[] = [
  'dr', 'doctor', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'professor', 'sir', 'dame', 'rev', 'revd', 'fr',
  'lord', 'lady', 'capt', 'captain', 'col', 'gen', 'hon', 'judge', 'coach',
  // es / pt / it
  'sr', 'sra', 'srta', 'señor', 'señora', 'señorita', 'don', 'doña', 'dra', 'lic', 'ing', 'dott', 'dottore',
  'dottoressa', 'sig', 'sigra', 'signor', 'signora', 'prof.ssa',
  // de
  'herr', 'frau', 'hr', 'fr', 'dipl',
  // fr
  'm', 'mme', 'mlle', 'monsieur', 'madame', 'mademoiselle',
];

/**
 * Titles that address a person by themselves ("Dear Sir,", "Hi Coach,", "Bonjour Madame,"); the
 * other titles (Mr, Ms, Dr, Herr, Sra…) need a name after them, so one standing alone is a blank
 * field ("Dear Mr. ,"), not a name.
 */
export const VOCATIVE_TITLES: readonly string[] = [
  'sir', 'madam', 'dame', 'lord', 'lady', 'doctor', 'professor', 'captain', 'judge', 'coach',
  'señor', 'señora', 'señorita', 'dottore', 'dottoressa', 'signor', 'signora', 'monsieur', 'madame', 'mademoiselle',
];

export const NAME_SUFFIXES: readonly string[] = [
  'jr', 'sr', 'ii', 'iii', 'iv', 'v', 'phd', 'ph.d', 'md', 'm.d', 'mba', 'cpa', 'esq', 'dds', 'rn', 'pe', 'pmp',
  'cfa', 'jd', 'llm', 'msc', 'bsc', 'ma', 'ba', 'obe', 'mbe', 'cbe', 'frcs', 'facs',
];

/** Words that make a display name a company's ("Acme Inc", "Sprout GmbH"), not a person's. */
export const COMPANY_SUFFIXES: readonly string[] = [
  'inc', 'llc', 'ltd', 'limited', 'corp', 'corporation', 'co', 'company', 'gmbh', 'ag', 'sa', 'sas', 'sarl', 'srl', 'spa',
  'bv', 'nv', 'plc', 'pty', 'llp', 'lp', 'oy', 'ab', 'as', 'aps', 'kg', 'ug', 'sl', 'slu', 'group', 'holdings', 'labs',
  'studios', 'agency', 'solutions', 'technologies', 'software', 'systems', 'consulting', 'partners', 'ventures', 'capital',
  'media', 'hq', 'official',
];
