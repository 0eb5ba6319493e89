// Whose value a merge field stands for, as data. Field names are compared squashed (lower case,
// letters and digits only) — "your_name", "YourName" and "Your Name" are one — and by their
// record prefix ("sender.first_name", "{!Contact.FirstName}").

/** Record prefixes of the sender's own fields. */
export const SENDER_RECORDS: readonly string[] = ['sender', 'user', 'owner', 'rep', 'me', 'my', 'from', 'agent', 'signature', 'author', 'sdr', 'bdr', 'ae'];

/** Record prefixes of the recipient's fields. */
export const RECIPIENT_RECORDS: readonly string[] = [
  'contact', 'lead', 'recipient', 'prospect', 'person', 'customer', 'subscriber', 'to', 'their', 'account', 'target', 'client',
];

/** Leading words of a field named for the sender: "your_name", "my_company", "rep_phone". */
export const SENDER_NAME_PREFIXES: readonly string[] = ['your', 'my', 'sender', 'rep', 'owner', 'user', 'from', 'sdr', 'bdr', 'agent', 'signature'];

/** Leading words of a field named for the recipient: "their_company", "contact_name". */
export const RECIPIENT_NAME_PREFIXES: readonly string[] = ['their', 'contact', 'recipient', 'prospect', 'lead', 'customer', 'client', 'target', 'to'];

/**
 * Field names that say whose they are by themselves: a CRM's first_name is the contact's; a bare
 * "Name" or "Full Name" says nothing, and only its place can tell.
 */
export const RECIPIENT_FIELD_NAMES: readonly string[] = [
  'first name', 'firstname', 'fname', 'first', 'given name', 'givenname', 'last name', 'lastname', 'lname', 'surname',
  'family name', 'vorname', 'nombre', 'prenom', 'prénom',
];

/**
 * Words that introduce the sender's own name right before a field ("My name is [Name]", "I'm
 * {{name}}", "this is %NAME%"), per language, lower case. Matched at the end of the text before
 * the field, on its line.
 */
export const SENDER_INTRODUCTIONS: readonly string[] = [
  'my name is', "my name's", 'i am', "i'm", 'im', 'this is', "it's", 'it is', 'me llamo', 'mi nombre es', 'soy',
  'ich bin', 'mein name ist', 'ich heiße', 'ich heisse', 'je suis', "je m'appelle", 'je m’appelle', 'mi chiamo',
  'sono', 'il mio nome è', 'meu nome é', 'sou', 'eu sou', 'me chamo',
];

/**
 * Words before a company field that make it the sender's company, when the same sentence
 * introduces the sender ("I'm Dana from [Company]", "here at {{company}}", "we at %COMPANY%").
 */
export const SENDER_COMPANY_LEADS: readonly string[] = ['from', 'at', 'with', 'of', 'for', 'de', 'bei', 'von', 'chez', 'da', 'di'];
export const SENDER_COMPANY_CUES: readonly string[] = [
  "i'm", 'i am', 'im', 'my name is', 'this is', 'i work', 'i lead', 'i run', 'i head', 'we', 'our', 'us', 'here',
  'soy', 'trabajo', 'ich bin', 'ich arbeite', 'wir', 'je suis', 'je travaille', 'nous', 'sono', 'lavoro', 'sou', 'trabalho',
];
