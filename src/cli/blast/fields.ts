// Which contact column a template's merge field reads, and what that column holds.
// Sending tools spell one column many ways ("First Name", first_name, FNAME, {!Contact.FirstName}),
// so names are compared squashed (lower case, letters and digits only) and through a table of
// aliases per role. The role also tells the checks what a value is: a person's name belongs in a
// greeting, a company or a job title does not.

/** What a column holds, as far as the checks care. */
export type ColumnRole = 'email' | 'first' | 'last' | 'full' | 'company' | 'title' | 'place' | 'contact-detail';

/** Roles whose value is a person's name: fine in a greeting, checked for blank and badly cased values. */
export const NAME_ROLES: ReadonlySet<ColumnRole> = new Set(['first', 'last', 'full']);

// Data, not logic: the usual headers of CRM and sending-tool exports for each role (squashed when compared).
const ROLE_ALIASES: Readonly<Record<ColumnRole, readonly string[]>> = {
  email: ['email', 'email address', 'e-mail', 'e-mail address', 'mail', 'email1', 'work email', 'contact email', 'emailaddress'],
  first: ['first name', 'firstname', 'fname', 'first', 'given name', 'givenname', 'forename', 'vorname', 'prénom', 'prenom', 'nombre', 'contact first name'],
  last: ['last name', 'lastname', 'lname', 'last', 'surname', 'family name', 'familyname', 'nachname', 'nom', 'apellido', 'contact last name'],
  full: ['name', 'full name', 'fullname', 'contact name', 'contact', 'display name', 'recipient name'],
  company: ['company', 'company name', 'companyname', 'account', 'account name', 'accountname', 'organization', 'organisation', 'org', 'organization name', 'employer', 'business', 'business name', 'firma', 'empresa', 'société'],
  title: ['title', 'job title', 'jobtitle', 'position', 'role', 'job role'],
  place: ['city', 'state', 'country', 'region', 'location', 'address', 'zip', 'postcode', 'postal code'],
  'contact-detail': ['phone', 'phone number', 'mobile', 'website', 'url', 'domain', 'linkedin', 'linkedin url'],
};

// Record prefixes of CRM field paths ("Contact.FirstName", "lead.company", "recipient.email"):
// dropped before matching, so the field's own name decides.
const RECORD_PREFIXES = new Set(['contact', 'lead', 'account', 'recipient', 'prospect', 'person', 'customer', 'subscriber', 'merge', 'mergefield', 'field', 'custom', 'company', 'organization', 'org', 'opportunity']);

export const squash = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

const ROLE_OF = new Map<string, ColumnRole>();
for (const [role, aliases] of Object.entries(ROLE_ALIASES) as [ColumnRole, readonly string[]][]) {
  for (const alias of aliases) if (!ROLE_OF.has(squash(alias))) ROLE_OF.set(squash(alias), role);
}

/** The role a header or a field name stands for, if it is one of the usual ones. */
export function roleOf(name: string): ColumnRole | undefined {
  const direct = ROLE_OF.get(squash(name));
  if (direct) return direct;
  const path = name.split('.').map(squash).filter(Boolean);
  if (path.length < 2) return undefined;
  const field = path[path.length - 1]!;
  const record = path[path.length - 2]!;
  // "Account.Name" and "company.name" are the company, not a person.
  if ((record === 'account' || record === 'company' || record === 'organization' || record === 'org') && field === 'name') return 'company';
  return RECORD_PREFIXES.has(record) ? ROLE_OF.get(field) : undefined;
}

export interface Column {
  index: number;
  header: string;
  role: ColumnRole | undefined;
}

/** The contacts file's header, with each column's role and the columns that name the recipient. */
export interface ColumnMap {
  columns: Column[];
  /** Explicit `--column field=Header` choices, by squashed field name. */
  overrides: Map<string, number>;
  email: number;
  first?: number;
  last?: number;
  full?: number;
}

export class ColumnError extends Error {
  override name = 'ColumnError';
}

/**
 * Reads the header; `overrides` are `--column field=Header` pairs. A field name that is a role
 * (email, first_name…) also decides which column is that role. Throws ColumnError when no column is the email.
 */
export function mapColumns(header: string[], overrides: readonly string[] = []): ColumnMap {
  const columns: Column[] = header.map((h, index) => ({ index, header: h, role: roleOf(h) }));
  const byHeader = (wanted: string): number | undefined => {
    const exact = columns.find((c) => c.header === wanted) ?? columns.find((c) => squash(c.header) === squash(wanted));
    return exact?.index;
  };
  const explicit = new Map<string, number>();
  for (const pair of overrides) {
    const eq = pair.indexOf('=');
    if (eq <= 0 || eq === pair.length - 1) throw new ColumnError(`--column "${pair}": expected field=Header`);
    const field = pair.slice(0, eq).trim();
    const wanted = pair.slice(eq + 1).trim();
    const index = byHeader(wanted);
    if (index === undefined) throw new ColumnError(`--column ${field}: no column "${wanted}" in the contacts file (columns: ${header.join(', ')})`);
    explicit.set(squash(field), index);
    const role = roleOf(field);
    if (role) columns[index]!.role = role;
  }
  const firstWithRole = (role: ColumnRole) => {
    for (const [field, index] of explicit) if (roleOf(field) === role) return index;
    return columns.find((c) => c.role === role)?.index;
  };
  const email = firstWithRole('email');
  if (email === undefined) {
    throw new ColumnError(`no email column (looked for "email", "Email Address"…; columns: ${header.join(', ') || 'none'}); name it with --column email=Header`);
  }
  const map: ColumnMap = { columns, overrides: explicit, email };
  const first = firstWithRole('first');
  const last = firstWithRole('last');
  const full = firstWithRole('full');
  if (first !== undefined) map.first = first;
  if (last !== undefined) map.last = last;
  if (full !== undefined) map.full = full;
  return map;
}

/** The column a template's field reads: an override, the same header loosely, then the same role. */
export function columnFor(map: ColumnMap, field: string): Column | undefined {
  const key = squash(field);
  const explicit = map.overrides.get(key);
  if (explicit !== undefined) return map.columns[explicit];
  const sameHeader = map.columns.find((c) => squash(c.header) === key);
  if (sameHeader) return sameHeader;
  // "Contact.FirstName" → FirstName; "{{lead.company}}" → company.
  const last = field.split('.').pop() ?? field;
  if (last !== field) {
    const byLast = map.columns.find((c) => squash(c.header) === squash(last));
    if (byLast) return byLast;
  }
  const role = roleOf(field);
  if (!role) return undefined;
  const index = role === 'email' ? map.email : role === 'first' ? map.first : role === 'last' ? map.last : role === 'full' ? map.full : map.columns.find((c) => c.role === role)?.index;
  return index === undefined ? undefined : map.columns[index];
}

/** The row's recipient as the sending tool addresses it: "First Last <email>". */
export function recipientOf(map: ColumnMap, values: readonly string[]): { name?: string; email: string } {
  const get = (i: number | undefined) => (i === undefined ? '' : (values[i] ?? '').trim());
  const email = get(map.email);
  // A surname alone is no display name: the engine would take it for a first name.
  const first = get(map.first);
  const name = first ? [first, get(map.last)].filter(Boolean).join(' ') : get(map.full);
  return name ? { name, email } : { email };
}
