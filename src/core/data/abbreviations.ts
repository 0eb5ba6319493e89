// Abbreviations for the sentence splitter, lowercase, without the final dot.

/** Never end a sentence: titles and Latin/reference abbreviations that always precede more text. */
export const ABBREVIATIONS_NEVER_FINAL: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'rev', 'hon', 'fr', 'sgt', 'capt', 'col', 'gen', 'lt', 'gov', 'sen', 'rep',
  'st', 'mt',
  'e.g', 'i.e', 'eg', 'ie', 'cf', 'vs', 'viz', 'approx', 'appt', 'dept', 'attn', 'incl', 'pp', 'vol',
  'z.b', 'd.h', 'bzw', 'ca', 'sra', 'srta', 'dra', 'mme', 'mlle',
]);

/** May end a sentence (or are ordinary words too): end it only before a capitalised word, so "Jan. 5" and "No. 3" hold together. */
export const ABBREVIATIONS_MAYBE_FINAL: ReadonlySet<string> = new Set([
  'no', 'nos', 'fig', 'figs', 'est', 'ch', 'sec', 'ext', 'tel', 'ph', 'mob', 'ref', 'apt', 'ft', 'sr',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'etc', 'inc', 'ltd', 'co', 'corp', 'llc', 'plc', 'gmbh', 'jr', 'a.m', 'p.m', 'am', 'pm',
  'u.s', 'u.k', 'e.u', 'u.s.a', 'n.y', 'd.c', 'l.a', 'ph.d', 'm.d', 'b.a', 'm.a', 'mba',
]);
