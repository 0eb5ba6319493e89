// Words that refer to the sender or to the reader, for `self-focus` and the draft's stats.

/** First person: the sender (and the sender's company, "we"). */
export const SELF_PRONOUNS: readonly string[] = ['i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves'];

/** Second person: the reader. */
export const READER_PRONOUNS: readonly string[] = ['you', 'your', 'yours', 'yourself', 'yourselves', "y'all"];

/** Contraction endings that stay one reference: I'm, I've, I'd, I'll, we're, you're, you'd… */
export const CONTRACTION_SUFFIXES: readonly string[] = ['m', 've', 'd', 'll', 're'];

/** Legal suffixes dropped when matching a company name as written ("Acme Inc." = "Acme"). */
export const COMPANY_SUFFIXES: readonly string[] = [
  'inc', 'incorporated', 'llc', 'ltd', 'limited', 'corp', 'corporation', 'co', 'company', 'gmbh', 'ag', 'sa', 'sas',
  'srl', 'bv', 'nv', 'plc', 'pty', 'oy', 'ab', 'as', 'kg', 'group', 'hq',
];
