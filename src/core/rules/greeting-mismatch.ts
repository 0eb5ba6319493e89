// The greeting names someone who is not on the email ("Hi Dechay," to Chris Hawkins): the
// mistake a reader spots first, and one that follows a template into every follow-up. A generic
// addressee ("Dear Reader", "Hi Loyal Member"; see addressee.ts) is nobody's name: it is
// generic-greeting's to report, never a mismatch.
import type { Rule, RuleReport } from '../rule.js';
import type { Fix } from '../types.js';
import { compactKey, foldName, greetingNameFor, matchGreetedName, type NameMatch, type RecipientName } from '../names.js';
import { classifyAddressee, greetsOneOf, salutationLanguage } from '../addressee.js';
import { findPlaceholders } from '../placeholders.js';

const listNames = (people: RecipientName[]) =>
  people.map((r) => [r.first, r.last].filter(Boolean).join(' ') || r.person.email).join(', ');

export const greetingMismatch: Rule = {
  meta: {
    id: 'greeting-mismatch',
    description: 'The greeting names someone who is not a To or Cc recipient (or misspells their name).',
    severity: 'error',
    fixable: true,
    englishOnly: false,
    messages: {
      typo: '“{{name}}” looks like a typo of {{expected}} ({{recipient}}).',
      notRecipient: '“{{name}}” is not on this email: it goes to {{recipients}}.',
      surnameOnly: '“{{name}}” is the surname of {{recipient}}: a greeting by surname alone reads like a merge from the wrong column.',
    },
  },
  check(ctx) {
    const greeting = ctx.greeting;
    if (!greeting || greeting.generic || !greeting.names.length) return [];
    const recipients = [...ctx.to, ...ctx.cc];
    // Don't guess: one recipient we can't name (or a mailbox like info@) might be the one greeted.
    if (!recipients.length || recipients.some((r) => r.isRole || !r.first)) return [];

    // "Hi Sprout," to chris@sproutcontent.com greets the company, not a stranger.
    const companies = recipients.map((r) => r.company).filter((c): c is string => !!c);
    const isCompany = (text: string) => {
      const t = compactKey(text);
      return t.length >= 3 && companies.some((c) => c === t || (t.length >= 4 && c.startsWith(t)));
    };

    // Pairs the user accepted ("Don't warn for this name with this recipient").
    const accepted = ctx.settings.acceptedGreetings;
    const key = (text: string) => foldName(text).trim().replace(/\s+/g, ' ');
    const isAccepted = (text: string) =>
      accepted.length > 0 &&
      accepted.some(
        (a) =>
          key(a.name) === key(text) &&
          recipients.some((r) => key(a.recipient) === key(r.person.email) || (!!r.person.name && key(a.recipient) === key(r.person.name))),
      );

    const salutation = greeting.salutation ? ctx.body.slice(greeting.salutation.start, greeting.salutation.end) : '';
    const addressee = {
      lang: salutationLanguage(salutation),
      isRecipientName: greetsOneOf(recipients),
      context: ctx.body.slice(greeting.span.start, greeting.span.end),
      textFact: <T>(fact: (text: string) => T, text: string) => ctx.textFact(fact, text),
    };
    const isGeneric = (text: string) => classifyAddressee(text, addressee).kind === 'generic';

    const matched = new Set<RecipientName>();
    const pending: { name: (typeof greeting.names)[number]; results: { r: RecipientName; m: NameMatch }[] }[] = [];
    for (const name of greeting.names) {
      // "Hi FNAME," is a merge field left unfilled: the placeholder rule's, not a stranger's name.
      const isField = findPlaceholders(ctx.body, name.start, name.end).some((p) => p.start <= name.start && p.end >= name.end);
      if (isField || isCompany(name.text) || isAccepted(name.text) || isGeneric(name.text)) continue;
      const results = recipients.map((r) => ({ r, m: matchGreetedName(name.text, r) }));
      const hit = results.find((x) => x.m.kind === 'exact' || x.m.kind === 'nickname');
      if (hit) matched.add(hit.r);
      else pending.push({ name, results });
    }

    /** Drops a greeted name with what joins it to its neighbour: " and Dana", ", Dana", "Dana & ". */
    const removal = (name: (typeof greeting.names)[number]): Fix => {
      const i = greeting.names.indexOf(name);
      const before = greeting.names[i - 1];
      const after = greeting.names[i + 1];
      const [start, end] = before ? [before.end, name.end] : after ? [name.start, after.start] : [name.start, name.end];
      return { start, end, replacement: '', label: `Remove “${name.text}”` };
    };

    const reports: RuleReport[] = [];
    for (const { name, results } of pending) {
      const fixFor = (replacement: string, label: string): Fix => ({ start: name.start, end: name.end, replacement, label });
      // A typo: prefer a To recipient's spelling over a Cc's.
      const typo = results.find((x) => x.m.kind === 'typo' && ctx.to.includes(x.r)) ?? results.find((x) => x.m.kind === 'typo');
      if (typo?.m.expected) {
        // Name the person, not only the spelling: the expected form may be their nickname ("Chris"
        // for Christopher Lee).
        const who = [typo.r.first, typo.r.last].filter(Boolean).join(' ') || typo.r.person.email;
        reports.push({
          messageId: 'typo',
          data: { name: name.text, expected: typo.m.expected, recipient: foldName(who) === foldName(typo.m.expected) ? typo.r.person.email || who : who },
          start: name.start,
          end: name.end,
          fix: fixFor(typo.m.expected, `Change to “${typo.m.expected}”`),
        });
        continue;
      }
      // "Hi Hawkins," to Chris Hawkins greets them, by the wrong part of their name: a first-name
      // column filled with surnames. Their name, not a stranger's, and one fix: their first name.
      const bySurname = recipients.find((r) => !!r.last && key(r.last) === key(name.text));
      if (bySurname) {
        const replacement = greetingNameFor(bySurname, name.text);
        reports.push({
          severity: 'warning',
          messageId: 'surnameOnly',
          data: { name: name.text, recipient: listNames([bySurname]) },
          start: name.start,
          end: name.end,
          ...(replacement ? { fix: fixFor(replacement, `Change to “${replacement}”`) } : {}),
        });
        continue;
      }
      const message = { messageId: 'notRecipient', data: { name: name.text, recipients: listNames(ctx.to.length ? ctx.to : ctx.cc) } };
      // "Hi Chris and Dana," to Chris alone: Chris is greeted already, so renaming Dana would
      // greet Chris twice; dropping Dana (or adding her to the email) is the user's call.
      const unmatchedTo = ctx.to.filter((r) => !matched.has(r));
      if (ctx.to.length > 0 && unmatchedTo.length === 0) {
        reports.push({ ...message, start: name.start, end: name.end, suggestions: [removal(name)] });
        continue;
      }
      if (ctx.to.length === 1) {
        const replacement = greetingNameFor(ctx.to[0]!, name.text);
        reports.push({
          ...message,
          start: name.start,
          end: name.end,
          ...(replacement ? { fix: fixFor(replacement, `Change to “${replacement}”`) } : {}),
        });
        continue;
      }
      // Several To recipients: the user picks; skip anyone already greeted by another name.
      const seen = new Set<string>();
      const suggestions: Fix[] = [];
      for (const r of unmatchedTo) {
        const replacement = greetingNameFor(r, name.text);
        if (!replacement || seen.has(replacement)) continue;
        seen.add(replacement);
        suggestions.push(fixFor(replacement, `Change to “${replacement}”`));
      }
      reports.push({ ...message, start: name.start, end: name.end, ...(suggestions.length ? { suggestions } : {}) });
    }
    return reports;
  },
};

export default greetingMismatch;
