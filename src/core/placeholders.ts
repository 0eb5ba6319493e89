// Mail-merge field syntax: what an unfilled placeholder looks like in any text. Distinctive
// delimiters ({{…}}, {!…}, *|…|*, ${…}, #{…}, ~…~, <<…>>, «…», [[…]], %…%) count whatever the name inside;
// plain brackets and braces ([First Name], {Company}) count only when the name inside is a known
// merge field, so "[link]", "[1]", "arr[i]" and "{ a: 1 }" do not. Used by `placeholder` (body and
// subject) and `subject` (when `placeholder` is off).
import { BARE_MERGE_FIELD_NAMES, MERGE_FIELD_NAMES, MERGE_FIELD_PREFIXES, type MergeFieldKind } from './data/merge-fields.js';
import { compactKey } from './names.js';

const FIELD_KIND = new Map<string, MergeFieldKind>();
for (const kind of ['first', 'last', 'company', 'other'] as const) {
  for (const name of MERGE_FIELD_NAMES[kind]) if (!FIELD_KIND.has(compactKey(name))) FIELD_KIND.set(compactKey(name), kind);
}
const PREFIXES = new Set(MERGE_FIELD_PREFIXES.map(compactKey));
// Bare tokens: the compounds, and multi-word names only when written with underscores (FIRST_NAME).
const BARE_COMPOUNDS = new Set(BARE_MERGE_FIELD_NAMES.map(compactKey));
const UNDERSCORED = new Set(Object.values(MERGE_FIELD_NAMES).flat().filter((n) => n.includes(' ')).map(compactKey));
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
  return outsideCode(haystack, withBareFields(haystack, from, out));
}

/**
 * Drops what sits inside inline code: `${HOME}/.config`, `{user.id}` and `FIRST_NAME` between
 * backticks are code someone quoted on purpose, not a template's unfilled field.
 */
function outsideCode(text: string, found: Placeholder[]): Placeholder[] {
  if (!found.length || !text.includes('`')) return found;
  const code: { start: number; end: number }[] = [];
  for (const m of text.matchAll(/`[^`\n]+`/g)) code.push({ start: m.index!, end: m.index! + m[0].length });
  if (!code.length) return found;
  return found.filter((p) => !code.some((c) => c.start <= p.start && p.end <= c.end));
}

// A field left without delimiters: "__FIRSTNAME__" (any name), or a capitalised field token that is
// no English word ("FNAME", "FIRST_NAME", "COMPANY_NAME"). Not next to another field's delimiters.
const BARE_FIELD = /(?<![\p{L}\p{N}_{[<%|~$#!*.@/\\-])(?:__([\p{L}][\p{L}\p{N}_]{0,40}?)__|([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*))(?![\p{L}\p{N}_}\]>%|~*@/\\-])/gu;

function withBareFields(text: string, from: number, found: Placeholder[]): Placeholder[] {
  const re = new RegExp(BARE_FIELD.source, BARE_FIELD.flags);
  re.lastIndex = Math.max(0, from);
  const bare: Placeholder[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const [whole, wrapped, capitals] = m;
    const key = compactKey(wrapped ?? capitals ?? '');
    // "__init__" is Python, "__FIRSTNAME__" and "__first_name__" are templates.
    const isField = wrapped !== undefined
      ? FIELD_KIND.has(key) || BARE_COMPOUNDS.has(key) || UNDERSCORED.has(key) || wrapped === wrapped.toUpperCase()
      : BARE_COMPOUNDS.has(key) || (capitals!.includes('_') && UNDERSCORED.has(key));
    if (!isField) continue;
    const start = m.index;
    const end = start + whole.length;
    if (found.some((p) => p.start < end && start < p.end)) continue;
    bare.push({ start, end, text: whole, kind: FIELD_KIND.get(key) ?? 'other' });
  }
  if (!bare.length) return found;
  return found.concat(bare).sort((a, b) => a.start - b.start);
}
