// `placeholder`: unfilled mail-merge fields (syntax in ../placeholders.ts) in the subject or the
// body above the quoted history.
// Fields filled with nothing ("Hi ,", "at ,", "the  team") and recipients' names in the wrong case
// ("Dear mary,", "Hi DEVON,") are merge faults too, reported here.
// Fix: the value of the field's owner (field-owner.ts): the recipient's first name, last name or
// company when there is exactly one To recipient and we know it; the sender's name from From or
// the settings' senderNames, the sender's company from companyNames; nothing when the owner is
// unknown. A fix never puts the recipient's name where the sender's belongs.
import type { Rule, RuleReport } from '../rule.js';
import type { AnalysisContext } from '../context.js';
import type { Fix } from '../types.js';
import type { MergeFieldKind } from '../data/merge-fields.js';
import { findPlaceholders, type Placeholder } from '../placeholders.js';
import { describeRecipient } from '../names.js';
import { fieldOwner, type FieldOwner } from '../field-owner.js';
import { blankFieldsInProse, blankGreeting, type BlankField } from '../blank-fields.js';
import { nameCaseFault } from '../name-case.js';

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
    messageId: field ? 'placeholderInSubject' : 'placeholder',
    data: { field: p.text },
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
  const one = ctx.to.length === 1 && !ctx.to[0]!.isRole ? ctx.to[0]! : undefined;
  // After a title the surname goes in ("Dear Mr. Smith,"), otherwise the first name.
  const name = blank.title ? (one?.last ? `${blank.title} ${one.last}` : undefined) : one?.first;
  const replacement = name ? `${blank.before} ${name}${blank.after}` : undefined;
  return {
    messageId: 'blankGreeting',
    data: { text: body.slice(blank.start, blank.end) },
    start: blank.start,
    end: blank.end,
    ...(replacement ? { fix: { start: blank.start, end: blank.end, replacement, label: `Change to “${replacement}”` } } : {}),
  };
}

function blankProseReport(text: string, blank: BlankField, field?: 'subject'): RuleReport {
  return {
    // Less certain than an unfilled {{field}}: a warning, and nothing to fill it with.
    severity: 'warning',
    messageId: 'blankField',
    data: { text: text.slice(blank.start, blank.end) },
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
        messageId: fault.written === 'lower' ? 'nameInLowerCase' : 'nameInCapitals',
        data: { name: name.text, expected: fault.expected },
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
    messages: {
      placeholder: 'Unfilled placeholder {{field}}: fill it in before sending.',
      placeholderInSubject: 'Unfilled placeholder {{field}} in the subject: fill it in before sending.',
      blankGreeting: 'Empty merge field: “{{text}}” greets nobody.',
      blankField: 'Empty merge field? “{{text}}” is missing the word that went there.',
      nameInLowerCase: '“{{name}}” is in lower case, as a mail merge leaves it; their display name has “{{expected}}”.',
      nameInCapitals: '“{{name}}” is in capitals, as a mail merge leaves it; their display name has “{{expected}}”.',
    },
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
    for (const r of nameCaseReports(ctx)) out.push(r);
    return out;
  },
};
