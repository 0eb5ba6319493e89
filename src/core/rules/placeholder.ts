// `placeholder`: unfilled mail-merge fields in the subject or the body above the quoted history.
// Distinctive delimiters ({{…}}, {!…}, *|…|*, ${…}, <<…>>, «…», [[…]], %…%) count whatever the
// name inside; plain brackets and braces ([First Name], {Company}) count only
// when the name inside is a known merge field, so "[link]", "[1]", "arr[i]" and "{ a: 1 }" do not.
// Fields filled with nothing ("Hi ,", "at ,", "the  team") and recipients' names in the wrong case
// ("Dear mary,", "Hi DEVON,") are merge faults too, reported here.
// Fix: the value of the field's owner (field-owner.ts): the recipient's first name, last name or
// company when there is exactly one To recipient and we know it; the sender's name from From or
// the settings' senderNames, the sender's company from companyNames; nothing when the owner is
// unknown. A fix never puts the recipient's name where the sender's belongs.
import type { Rule, RuleReport } from '../rule.js';
import type { AnalysisContext } from '../context.js';
import type { Fix } from '../types.js';
import { MERGE_FIELD_NAMES, MERGE_FIELD_PREFIXES, type MergeFieldKind } from '../data/merge-fields.js';
import { describeRecipient } from '../names.js';
import { fieldOwner, type FieldOwner } from '../field-owner.js';
import { blankFieldsInProse, blankGreeting, type BlankField } from '../blank-fields.js';
import { nameCaseFault } from '../name-case.js';

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

interface Owned {
  value: string;
  /** A value read off the address's domain is a guess at how they write it: a suggestion, not a fix. */
  guessed: boolean;
}

function recipientValue(ctx: AnalysisContext, kind: MergeFieldKind | undefined): Owned | undefined {
  if (kind === undefined || kind === 'other' || ctx.to.length !== 1) return undefined;
  const r = ctx.to[0]!;
  if (r.isRole && kind !== 'company') return undefined;
  const value = kind === 'first' ? r.first : kind === 'last' ? r.last : r.companyDisplay;
  return value && value.trim() ? { value: value.trim(), guessed: kind === 'company' } : undefined;
}

const NAME_FIELD = /name/i;
const COMPANY_FIELD = /compan|business|org|account|firm|empresa|soci/i;

function senderValue(ctx: AnalysisContext, kind: MergeFieldKind | undefined, inside: string): Owned | undefined {
  // "[Your Company]" is classified 'other' (not the prospect's company) but names a company all the same.
  if (kind === 'company' || (kind === 'other' && COMPANY_FIELD.test(inside))) {
    const company = ctx.settings.companyNames.find((c) => c.trim());
    return company ? { value: company.trim(), guessed: false } : undefined;
  }
  const from = ctx.draft.from ? describeRecipient(ctx.draft.from) : undefined;
  const configured = ctx.settings.senderNames.find((n) => n.trim())?.trim();
  const configuredWords = configured?.split(/\s+/) ?? [];
  const first = from?.first ?? configuredWords[0];
  const last = from?.last ?? (configuredWords.length > 1 ? configuredWords.slice(1).join(' ') : undefined);
  // "[Your Name]" under the sign-off: the whole name, as they sign.
  const full = from?.first ? [from.first, from.last].filter(Boolean).join(' ') : configured;
  const value = kind === 'first' ? first : kind === 'last' ? last : NAME_FIELD.test(inside) && !COMPANY_FIELD.test(inside) ? full : undefined;
  return value ? { value, guessed: false } : undefined;
}

const innerName = (field: string) => field.replace(/^[^\p{L}\p{N}_]+|[^\p{L}\p{N}_"'’]+$/gu, '');

function ownerOf(ctx: AnalysisContext, p: Placeholder, field?: 'subject'): FieldOwner {
  const text = field ? ctx.subject : ctx.body;
  const place = field
    ? { body: text, start: p.start, end: p.end }
    : {
        body: text,
        start: p.start,
        end: p.end,
        greeting: ctx.greeting?.span ?? ctx.parts.greeting,
        signoff: ctx.parts.signoff,
        signature: ctx.parts.signature,
      };
  return fieldOwner(innerName(p.text), p.kind, place);
}

function report(ctx: AnalysisContext, p: Placeholder, field?: 'subject'): RuleReport {
  const owner = ownerOf(ctx, p, field);
  const owned = owner === 'recipient' ? recipientValue(ctx, p.kind) : owner === 'sender' ? senderValue(ctx, p.kind, innerName(p.text)) : undefined;
  const replacement: Fix | undefined = owned
    ? {
        start: p.start,
        end: p.end,
        replacement: owned.value,
        label: owned.guessed ? `Use "${owned.value}" (from their address)` : `Replace with "${owned.value}"`,
      }
    : undefined;
  return {
    message: `Unfilled placeholder ${p.text}${field ? ' in the subject' : ''}: fill it in before sending.`,
    start: p.start,
    end: p.end,
    ...(field ? { field } : {}),
    ...(replacement && !owned!.guessed ? { fix: replacement } : {}),
    ...(replacement && owned!.guessed ? { suggestions: [replacement] } : {}),
  };
}

/** "Hi ," where a blank field took the name: the fix greets the one recipient by first name. */
function blankGreetingReport(ctx: AnalysisContext): RuleReport | undefined {
  const body = ctx.body;
  const lineStart = body.search(/\S/);
  if (lineStart < 0) return undefined;
  const from = body.lastIndexOf('\n', lineStart) + 1;
  let lineEnd = body.indexOf('\n', from);
  if (lineEnd < 0) lineEnd = body.length;
  const blank = blankGreeting(body.slice(from, lineEnd), from);
  if (!blank) return undefined;
  const recipient = ctx.to.length === 1 && !ctx.to[0]!.isRole ? ctx.to[0]!.first : undefined;
  const replacement = recipient ? `${blank.before} ${recipient}${blank.after}` : undefined;
  return {
    message: `Empty merge field: “${body.slice(blank.start, blank.end)}” greets nobody.`,
    start: blank.start,
    end: blank.end,
    ...(replacement ? { fix: { start: blank.start, end: blank.end, replacement, label: `Change to “${replacement}”` } } : {}),
  };
}

function blankProseReport(text: string, blank: BlankField, field?: 'subject'): RuleReport {
  return {
    // Less certain than an unfilled {{field}}: a warning, and nothing to fill it with.
    severity: 'warning',
    message: `Empty merge field? “${text.slice(blank.start, blank.end)}” is missing the word that went there.`,
    start: blank.start,
    end: blank.end,
    ...(field ? { field } : {}),
  };
}

/** "Dear mary," / "Hi DEVON," — a recipient's name as a CRM stored it. */
function nameCaseReports(ctx: AnalysisContext): RuleReport[] {
  const greeting = ctx.greeting;
  if (!greeting?.names.length) return [];
  const rest = ctx.body.slice(greeting.span.end, ctx.message.end);
  const out: RuleReport[] = [];
  for (const name of greeting.names) {
    for (const r of [...ctx.to, ...ctx.cc]) {
      const fault = nameCaseFault(name.text, r.person.name, rest);
      if (!fault) continue;
      out.push({
        message: `“${name.text}” is in ${fault.written === 'lower' ? 'lower case' : 'capitals'}, as a mail merge leaves it; their display name has “${fault.expected}”.`,
        start: name.start,
        end: name.end,
        fix: { start: name.start, end: name.end, replacement: fault.expected, label: `Change to “${fault.expected}”` },
      });
      break;
    }
  }
  return out;
}

export const placeholder: Rule = {
  meta: {
    id: 'placeholder',
    description: 'Finds unfilled mail-merge fields such as {{first_name}}, [Company] or %FIRSTNAME%, fields filled with nothing, and names in a merge\'s wrong case.',
    severity: 'error',
    fixable: true,
    englishOnly: false,
  },
  check(ctx) {
    const out: RuleReport[] = [];
    for (const p of findPlaceholders(ctx.subject)) out.push(report(ctx, p, 'subject'));
    const subjectFields = findPlaceholders(ctx.subject);
    for (const b of blankFieldsInProse(ctx.subject)) {
      if (!subjectFields.some((p) => p.start < b.end && b.start < p.end)) out.push(blankProseReport(ctx.subject, b, 'subject'));
    }
    // Everything above the quoted history. The signature is included on purpose: in a template the
    // name line under the sign-off is often the unfilled "[Your Name]", and a real signature has no
    // merge fields. Quoted history is someone else's text.
    const end = Math.min(ctx.parts.quoted?.start ?? Infinity, ctx.body.length);
    const fields = findPlaceholders(ctx.body, 0, end);
    for (const p of fields) out.push(report(ctx, p));
    const blankGreet = blankGreetingReport(ctx);
    if (blankGreet) out.push(blankGreet);
    // Blank fields in prose: the message only (a signature's layout is not a sentence).
    for (const b of blankFieldsInProse(ctx.body, ctx.message.start, Math.min(ctx.message.end, end))) {
      const overlaps = fields.some((p) => p.start < b.end && b.start < p.end) || (blankGreet && blankGreet.start < b.end && b.start < blankGreet.end);
      if (!overlaps) out.push(blankProseReport(ctx.body, b));
    }
    out.push(...nameCaseReports(ctx));
    return out;
  },
};
