// `placeholder`: unfilled mail-merge fields in the subject or the body above the quoted history.
// Distinctive delimiters ({{…}}, {!…}, *|…|*, ${…}, <<…>>, «…», [[…]], %…%) count whatever the
// name inside; plain brackets and braces ([First Name], {Company}) count only
// when the name inside is a known merge field, so "[link]", "[1]", "arr[i]" and "{ a: 1 }" do not.
// Fix: the recipient's first name, last name or company when there is exactly one To recipient
// and we know the value.
import type { Rule, RuleReport } from '../rule.js';
import type { AnalysisContext } from '../context.js';
import type { Fix } from '../types.js';
import { MERGE_FIELD_NAMES, MERGE_FIELD_PREFIXES, type MergeFieldKind } from '../data/merge-fields.js';

const squash = (s: string) => s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

const FIELD_KIND = new Map<string, MergeFieldKind>();
for (const kind of ['first', 'last', 'company', 'other'] as const) {
  for (const name of MERGE_FIELD_NAMES[kind]) if (!FIELD_KIND.has(squash(name))) FIELD_KIND.set(squash(name), kind);
}
const PREFIXES = new Set(MERGE_FIELD_PREFIXES.map(squash));
const COMPANY_RECORDS = new Set(['account', 'company', 'organization', 'organisation', 'org']);
const SENDER_RECORDS = new Set(['sender', 'owner', 'user']);

// Capture groups 1–9 are distinctive (any name counts); 10–11, plain braces and brackets (known names only).
const PLACEHOLDER = new RegExp(
  [
    /\{\{\{?([^{}\n]{1,80}?)\}?\}\}/, // {{first_name}}, {{{name}}}
    /\{%([^%\n]{1,80}?)%\}/, // {% liquid %}
    /\{!([^{}\n]{1,80}?)\}/, // {!Contact.FirstName}
    /\*\|([^|\n]{1,40})\|\*/, // *|FNAME|*
    /\$\{([^{}\n]{1,80})\}/, // ${name}
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
const DISTINCTIVE_GROUPS = 9; // <<…>> and «…» take two groups

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
  const path = content.split('.').map((p) => squash(p)).filter(Boolean);
  const field = path[path.length - 1];
  if (!field) return undefined;
  const record = path.length > 1 ? path[path.length - 2]! : '';
  if (path.length > 2 || (record && !PREFIXES.has(record))) return path.length > 1 ? 'other' : undefined;
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

function valueFor(ctx: AnalysisContext, kind: MergeFieldKind | undefined): string | undefined {
  if (kind === undefined || kind === 'other' || ctx.to.length !== 1) return undefined;
  const r = ctx.to[0]!;
  if (r.isRole && kind !== 'company') return undefined;
  const value = kind === 'first' ? r.first : kind === 'last' ? r.last : r.companyDisplay;
  return value && value.trim() ? value.trim() : undefined;
}

function report(ctx: AnalysisContext, p: Placeholder, field?: 'subject'): RuleReport {
  const value = valueFor(ctx, p.kind);
  // A company name read off the address's domain ("sproutcontent.com" → "Sproutcontent") is a guess
  // at how they write it, so it is offered as a choice; a name from the display name is safe.
  const guessed = p.kind === 'company';
  const replacement: Fix | undefined = value
    ? {
        start: p.start,
        end: p.end,
        replacement: value,
        label: guessed ? `Use "${value}" (from their address)` : `Replace with "${value}"`,
      }
    : undefined;
  return {
    message: `Unfilled placeholder ${p.text}${field ? ' in the subject' : ''}: fill it in before sending.`,
    start: p.start,
    end: p.end,
    ...(field ? { field } : {}),
    ...(replacement && !guessed ? { fix: replacement } : {}),
    ...(replacement && guessed ? { suggestions: [replacement] } : {}),
  };
}

export const placeholder: Rule = {
  meta: {
    id: 'placeholder',
    description: 'Finds unfilled mail-merge fields such as {{first_name}}, [Company] or %FIRSTNAME%.',
    severity: 'error',
    fixable: true,
    englishOnly: false,
  },
  check(ctx) {
    const out: RuleReport[] = [];
    for (const p of findPlaceholders(ctx.subject)) out.push(report(ctx, p, 'subject'));
    // Everything above the quoted history. The signature is included on purpose: in a template the
    // name line under the sign-off is often the unfilled "[Your Name]", and a real signature has no
    // merge fields. Quoted history is someone else's text.
    const end = Math.min(ctx.parts.quoted?.start ?? Infinity, ctx.body.length);
    for (const p of findPlaceholders(ctx.body, 0, end)) out.push(report(ctx, p));
    return out;
  },
};
