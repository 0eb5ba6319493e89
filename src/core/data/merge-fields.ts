// Data for the `placeholder` rule: merge-field names that mark "[First Name]"-style brackets
// as unfilled placeholders. Names are compared squashed: lowercase, letters and digits only,
// so "First Name", "first_name", "FirstName" and "FIRST-NAME" are one entry.

export type MergeFieldKind = 'first' | 'last' | 'company' | 'other';

export const MERGE_FIELD_NAMES: Readonly<Record<MergeFieldKind, readonly string[]>> = {
  first: ['first name', 'firstname', 'fname', 'first', 'given name', 'givenname', 'name', 'contact name', 'recipient name',
    'prospect name', 'lead name', 'recipient first name', 'contact first name', 'prospect first name', 'their name', 'nom', 'vorname', 'nombre'],
  last: ['last name', 'lastname', 'lname', 'surname', 'family name', 'familyname', 'last'],
  company: ['company', 'company name', 'companyname', 'account', 'account name', 'accountname', 'organization',
    'organisation', 'organization name', 'org', 'org name', 'business', 'business name', 'employer', 'their company',
    'prospect company', 'client', 'client name', 'customer', 'customer name', 'brand', 'firma', 'empresa', 'société'],
  other: ['full name', 'fullname', 'title', 'job title', 'jobtitle', 'position', 'role', 'city', 'state', 'country',
    'region', 'location', 'address', 'email', 'email address', 'phone', 'phone number', 'website', 'url', 'industry',
    'department', 'team', 'sender', 'sender name', 'sender first name', 'my name', 'your name', 'your company',
    'your title', 'your phone', 'your email', 'signature', 'date', 'day', 'meeting date', 'meeting time', 'time',
    'calendar link', 'booking link', 'product', 'product name', 'competitor', 'pain point', 'personalization',
    'personalisation', 'custom', 'icebreaker', 'insert name', 'insert company', 'name here', 'company here',
    'recipient', 'prospect', 'contact', 'lead', 'owner', 'owner name', 'rep name', 'sdr name', 'mutual connection',
    'recent news', 'trigger', 'city name', 'school', 'college', 'event', 'event name', 'salutation', 'dear', 'greeting'],
};

/** Record prefixes in CRM merge fields: "{!Contact.FirstName}", "{{lead.company}}". */
export const MERGE_FIELD_PREFIXES: readonly string[] = [
  'contact', 'lead', 'account', 'recipient', 'prospect', 'user', 'sender', 'person', 'customer', 'subscriber',
  'merge', 'mergefield', 'field', 'custom', 'org', 'organization', 'company', 'opportunity', 'owner',
];

/**
 * Field names that are compounds, never English words, so a template may leave them bare: "Hi FNAME,",
 * "at COMPANY_NAME". Together with every multi-word name above written in capitals with underscores
 * ("FIRST_NAME", "JOB_TITLE"), these count without delimiters; single words ("NAME", "COMPANY") do not,
 * since capitals are also how people shout.
 */
export const BARE_MERGE_FIELD_NAMES: readonly string[] = [
  'fname', 'lname', 'firstname', 'lastname', 'givenname', 'familyname', 'companyname', 'accountname', 'fullname', 'jobtitle',
];
