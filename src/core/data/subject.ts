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

/**
 * Mail-merge fields left in a subject: {{first_name}}, {FirstName}, {!Contact.FirstName},
 * %FIRSTNAME%, <<Company>>, ${name}, and [First Name]-style brackets whose words are merge-field words.
 */
export const MERGE_FIELD_SHAPES: readonly string[] = [
  String.raw`\{\{[^{}\n]{1,40}\}\}`,
  String.raw`\{![^{}\n]{1,40}\}`,
  String.raw`\$\{[^{}\n]{1,40}\}`,
  String.raw`<<[^<>\n]{1,40}>>`,
  String.raw`%[A-Za-z][A-Za-z_ .]{0,30}%`,
  String.raw`\{[A-Za-z][A-Za-z_ .]{0,30}\}`,
  String.raw`\[[A-Za-z][A-Za-z_ .]{0,30}\]`,
];

/** Words that make a bracketed [Field] a merge field rather than ordinary text ("[link]", "[draft]"). */
export const MERGE_FIELD_WORDS: readonly string[] = [
  'first', 'last', 'name', 'firstname', 'lastname', 'fname', 'lname', 'company', 'companyname', 'account',
  'organization', 'organisation', 'org', 'title', 'jobtitle', 'role', 'city', 'industry', 'contact',
  'recipient', 'prospect', 'lead', 'website', 'domain', 'insert', 'personalize', 'personalise',
];
