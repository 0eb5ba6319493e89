// Mail-merge field syntax: what an unfilled placeholder looks like in any text. Distinctive
// delimiters ({{…}}, {!…}, *|…|*, ${…}, #{…}, ~…~, <<…>>, «…», [[…]], %…%) count whatever the name inside;
// plain brackets and braces ([First Name], {Company}) count only when the name inside is a known
// merge field, so "[link]", "[1]", "arr[i]" and "{ a: 1 }" do not. Used by `placeholder` (body and
// subject) and `subject` (when `placeholder` is off).
import { MERGE_FIELD_NAMES, MERGE_FIELD_PREFIXES, type MergeFieldKind } from './data/merge-fields.js';
import { compactKey } from './names.js';

const FIELD_KIND = new Map<string, MergeFieldKind>();
for (const kind of ['first', 'last', 'company', 'other'] as const) {
  for (const name of MERGE_FIELD_NAMES[kind]) if (!FIELD_KIND.has(compactKey(name))) FIELD_KIND.set(compactKey(name), kind);
}
const PREFIXES = new Set(MERGE_FIELD_PREFIXES.map(compactKey));
const COMPANY_RECORDS = new Set(['account', 'company', 'organization', 'organisation', 'org']);
const SENDER_RECORDS = new Set(['sender', 'owner', 'user']);

// Capture groups 1–11 are distinctive (any name counts); 12–13, plain braces and brackets (known names only).
const PLACEHOLDER = new RegExp(
  [
    /\{\{\{?([^{}\n]{1,80}?)\}?\}\}/, // {{first_name}}, {{{name}}}
    /\{%([^%\n]{1,80}?)%\}/, // {% liquid %}
    /\{!([^{}\n]{1,80}?)\}/, // {!Contact.FirstName}
    /\*\|([^|\n]{1,40})\|\*/, // *|FNAME|*
    /\$\{([^{}\n]{1,80})\}/, // ${name}
    /#\{([^{}\n]{1,80})\}/, // #{name} (Ruby-style interpolation in sequence tools)
    /(?<![\p{L}\p{N}~])~([\p{L}_][\p{L}\p{N}_.]{0,40})~(?![~\p{L}\p{N}])/u, // ~first~ (never ~~strike~~)
    /<<([^<>\n]{1,80})>>|«([\p{L}_][\p{L}\p{N}_]{0,60})»/u, // <<Company>>, «FirstName» (Word mail merge)
    /\[\[([^[\]\n]{1,80})\]\]/, // [[name]]
    /(?<![\p{L}\p{N}])%([\p{L}_][\p{L}\p{N}_.-]{0,40})%/u, // %FIRSTNAME%
    /\{([^{}\n]{1,60})\}/, // {FirstName}
    /\[([^[\]\n]{1,60})\]/, // [First Name]
  ]
    .map((r) => r.source)
    .join('|'),
  'gu',
);
const DISTINCTIVE_GROUPS = 11; // <<…>> and «…» take two groups

export interface Placeholder {
  start: number;
  end: number;
  text: string;
  /** What the field stands for, when we can tell. */
  kind: MergeFieldKind | undefined;
}

/** The field a placeholder's inside names: "Contact.FirstName" → first, "account.name" → company. */
export function classifyField(inside: string, allowDefaults: boolean): MergeFieldKind | undefined {
  let content = inside.trim();
  // {{first_name | default: "there"}}, {{first_name:there}}, *|FNAME|*
  if (allowDefaults) content = content.split(/[|:,]/)[0]!.trim();
  const segments = content.split('.');
  // Plain brackets and braces hold prose, code and JSON as often as fields ('{"id": 42}',
  // "[docs.acme.com]"): there only an identifier path under a known CRM record names a field.
  if (!allowDefaults && !segments.every((seg) => /^\s*[\p{L}_][\p{L}\p{N}_ -]*\s*$/u.test(seg))) return undefined;
  const path = segments.map((p) => compactKey(p)).filter(Boolean);
  const field = path[path.length - 1];
  if (!field) return undefined;
  const record = path.length > 1 ? path[path.length - 2]! : '';
  if (path.length > 2 || (record && !PREFIXES.has(record))) return path.length > 1 && allowDefaults ? 'other' : undefined;
  if (record && SENDER_RECORDS.has(record)) return 'other';
  if (record && COMPANY_RECORDS.has(record) && (field === 'name' || field === 'companyname')) return 'company';
  return FIELD_KIND.get(field) ?? (allowDefaults ? 'other' : undefined);
}

/** Every placeholder in `text` between `from` and `to`. */
export function findPlaceholders(text: string, from = 0, to = text.length): Placeholder[] {
  const out: Placeholder[] = [];
  const haystack = to >= text.length ? text : text.slice(0, to);
  const re = new RegExp(PLACEHOLDER.source, PLACEHOLDER.flags);
  re.lastIndex = Math.max(0, from);
  let m: RegExpExecArray | null;
  while ((m = re.exec(haystack)) !== null) {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    const inside = m[group] ?? '';
    const distinctive = group <= DISTINCTIVE_GROUPS;
    if (!/[\p{L}]/u.test(inside)) continue;
    const kind = classifyField(inside, distinctive);
    if (!distinctive && kind === undefined) {
      // "[[not a field]" or "{x}": step inside so a nested real placeholder is still found.
      re.lastIndex = m.index + 1;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], kind });
  }
  return out;
}
