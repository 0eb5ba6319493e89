// `placeholder`: unfilled mail-merge fields (syntax in ../placeholders.ts) in the subject or the
// body above the quoted history.
// Fix: the recipient's first name, last name or company when there is exactly one To recipient
// and we know the value.
import type { Rule, RuleReport } from '../rule.js';
import type { AnalysisContext } from '../context.js';
import type { Fix } from '../types.js';
import type { MergeFieldKind } from '../data/merge-fields.js';
import { findPlaceholders, type Placeholder } from '../placeholders.js';

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
    messageId: field ? 'placeholderInSubject' : 'placeholder',
    data: { field: p.text },
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
    messages: {
      placeholder: 'Unfilled placeholder {{field}}: fill it in before sending.',
      placeholderInSubject: 'Unfilled placeholder {{field}} in the subject: fill it in before sending.',
    },
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
