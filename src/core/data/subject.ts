// Data for the `subject` rule. Numbers from Boomerang's subject-line study (2016, 40M+ emails):
// no subject got 14% replies; 3–4 words did best; ALL-CAPS subjects got about 30% fewer replies.
export const SUBJECT_LIMITS = {
  /** Words beyond this (Re:/Fwd: not counted) make a subject "long". */
  maxWords: 7,
  /** A subject with at least this many cased letters, nearly all capitals, is shouting. */
  minCapsLetters: 4,
  capsRatio: 0.8,
} as const;

/** Reply/forward prefixes in the languages mail clients write them (Re, Fwd, AW, WG, TR, RV, SV, VS…). */
export const REPLY_PREFIXES = ['re', 'fw', 'fwd', 'aw', 'wg', 'tr', 'rv', 'sv', 'vs', 'antw', 'ref', 'enc', 'res'] as const;
