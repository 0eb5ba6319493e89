import { describe, expect, it } from 'vitest';
import { ruleTester, findingsOf } from '../ruletester.js';
import { playbook as rule } from '../../../src/core/rules/playbook.js';
import { rules } from '../../../src/core/rules/index.js';
import { analyze } from '../../../src/core/analyze.js';
import { resolveSettings } from '../../../src/core/settings.js';
import type { Playbook } from '../../../src/core/types.js';

const base: Playbook = {
  name: 'Acme sales',
  version: 1,
  companyNames: ['Acme Analytics'],
  productNames: ['Acme Pulse'],
  avoid: [
    { phrase: 'touch base', reason: 'Vague; say what you want to talk about.', alternative: 'talk' },
    { phrase: "I'd love to", reason: 'About you, not them.', alternative: 'Would it help if I' },
    { phrase: 'synergy', reason: 'Jargon.' },
  ],
};
const withAvoid = { playbook: base };
const requiring = (...ids: NonNullable<Playbook['require']>[number]['id'][]) => ({
  playbook: { ...base, avoid: [], require: ids.map((id) => ({ id })) },
});

const to = [{ name: 'Chris Hawkins', email: 'chris@sproutcontent.com' }];
const good = 'Hi Chris,\n\nAt Acme Analytics we built Acme Pulse to cut ramp time for teams like yours. Want the one-page summary?\n\nBest,\nVern';

ruleTester(rule, {
  valid: [
    { name: 'no playbook: nothing to check', draft: { body: 'Let us touch base about synergy.' } },
    { name: 'empty draft, requirements set', draft: { body: '' }, settings: requiring('ask-one-question', 'greeting', 'sign-off', 'mention-company') },
    { name: 'phrase inside other words does not match', draft: { body: 'Touchbase is our tool; synergyx too; retouch bases.' }, settings: withAvoid },
    { name: 'avoided phrase only in the signature', draft: { body: 'Hi Chris,\n\nWant the summary?\n\nBest,\nVern\n-- \nVern | Synergy team' , hints: { signature: [{ start: 39, end: 59 }] } }, settings: withAvoid },
    {
      name: 'avoided phrase only in quoted history',
      draft: { body: 'Thursday works.\n\nOn Mon, Jan 16, 2017 at 9:14 AM Chris Hawkins <chris@sproutcontent.com> wrote:\n> Can we touch base?' },
      settings: withAvoid,
    },
    { name: 'every requirement met', draft: { to, body: good }, settings: requiring('ask-one-question', 'greeting', 'sign-off', 'mention-company', 'mention-product') },
    {
      name: 'company named only in the signature counts',
      draft: { to, body: 'Hi Chris,\n\nWant the summary?\n\nBest,\nVern Pollard\nAcme Analytics' },
      settings: requiring('mention-company'),
    },
    {
      name: 'replies are not asked to name the company',
      draft: { to, subject: 'Re: pricing', body: 'Hi Chris,\n\nThursday works. Does 10am suit you?\n\nBest,\nVern' },
      settings: requiring('mention-company', 'mention-product'),
    },
    { name: 'invalid playbook is ignored whole', draft: { body: 'Let us touch base.' }, settings: { playbook: { name: 'x', version: 2, avoid: [{ phrase: 'touch base', reason: 'r' }] } as unknown as Playbook } },
  ],
  invalid: [
    {
      name: 'phrase mid-sentence: the alternative as a suggestion, never a fix',
      draft: { body: 'Can we touch base on Friday?' },
      settings: withAvoid,
      errors: [{ messageId: 'avoid', text: 'touch base', severity: 'warning', output: null, suggestions: ['Can we talk on Friday?'] }],
    },
    {
      name: 'case-insensitive; a capitalised match gets a capitalised alternative',
      draft: { body: 'Touch BASE with me. TOUCH base soon.' },
      settings: withAvoid,
      errors: [
        { messageId: 'avoid', start: 0, end: 10, suggestions: ['Talk with me. TOUCH base soon.'] },
        { messageId: 'avoid', start: 20, end: 30, suggestions: ['Touch BASE with me. Talk soon.'] },
      ],
    },
    {
      name: 'curly apostrophe matches the straight one',
      draft: { body: 'I’d love to show you around.' },
      settings: withAvoid,
      errors: [{ messageId: 'avoid', text: 'I’d love to', suggestions: ['Would it help if I show you around.'] }],
    },
    {
      name: 'no alternative: pointed at, no suggestion',
      draft: { body: 'Real synergy, at last.' },
      settings: withAvoid,
      errors: [{ messageId: 'avoid', text: 'synergy', suggestions: [] }],
    },
    {
      name: 'in the subject too',
      draft: { subject: 'Quick touch base', body: 'Want the summary?' },
      settings: withAvoid,
      errors: [{ messageId: 'avoid', field: 'subject', text: 'touch base', suggestions: ['Quick talk'] }],
    },
    {
      name: 'in the greeting line too',
      draft: { body: 'Hi Chris, synergy time.\n\nWant it?' },
      settings: withAvoid,
      errors: [{ messageId: 'avoid', text: 'synergy' }],
    },
    {
      name: 'no question asked',
      draft: { to, body: 'Hi Chris,\n\nAcme Pulse cut ramp time for teams like yours.\n\nBest,\nVern' },
      settings: requiring('ask-one-question'),
      errors: [{ messageId: 'requirement', text: 'Acme Pulse cut ramp time for teams like yours.', output: null }],
    },
    {
      name: 'more than one question: the extra ones are marked',
      draft: { body: 'Is ramp time a problem? Who owns onboarding? Want the summary?' },
      settings: requiring('ask-one-question'),
      errors: [{ messageId: 'requirement', text: 'Who owns onboarding? Want the summary?' }],
    },
    {
      name: 'missing company, product, greeting and sign-off',
      draft: { to, body: 'Our tool cuts ramp time. Want the summary?' },
      settings: requiring('greeting', 'sign-off', 'mention-company', 'mention-product'),
      errors: [
        { messageId: 'requirement', text: 'Our tool cuts ramp time. Want the summary?' },
        { messageId: 'requirement', text: 'Our tool cuts ramp time. Want the summary?' },
        { messageId: 'requirement', text: 'Our tool cuts ramp time. Want the summary?' },
        { messageId: 'requirement', text: 'Our tool cuts ramp time. Want the summary?' },
      ],
    },
    {
      name: 'the severity follows the rep settings',
      draft: { body: 'Synergy.' },
      settings: { ...withAvoid, rules: { playbook: { severity: 'error' } } },
      errors: [{ messageId: 'avoid', text: 'Synergy', severity: 'error' }],
    },
  ],
});

describe('playbook in the engine', () => {
  it('is registered', () => {
    expect(rules.map((r) => r.meta.id)).toContain('playbook');
  });

  it('can be turned off like any rule', () => {
    const report = analyze({ to: [], subject: '', body: 'Can we touch base?' }, { playbook: base, rules: { playbook: { enabled: false } } });
    expect(report.findings.filter((f) => f.ruleId === 'playbook')).toEqual([]);
  });

  it('feeds its word range where settings give none, and never over an explicit one', () => {
    const range = { min: 30, max: 90 };
    expect(resolveSettings({ playbook: { ...base, wordRange: range } }).wordRange).toEqual(range);
    expect(resolveSettings({ playbook: { ...base, wordRange: range }, wordRange: { min: 10, max: 20 } }).wordRange).toEqual({ min: 10, max: 20 });
  });

  it('adds its company and product names to the sender company names, once each', () => {
    const resolved = resolveSettings({ companyNames: ['acme analytics', 'Other Co'], playbook: base });
    expect(resolved.companyNames).toEqual(['acme analytics', 'Other Co', 'Acme Pulse']);
  });

  it('counts the playbook company as the sender for self-focus', () => {
    const body = 'Acme Pulse helps. Acme Pulse is fast. Acme Pulse is cheap. Acme Pulse wins.';
    const without = analyze({ to: [], subject: '', body }).stats.selfRefs;
    const withBook = analyze({ to: [], subject: '', body }, { playbook: base }).stats.selfRefs;
    expect(withBook).toBeGreaterThan(without);
  });

  it('never throws on odd drafts', () => {
    for (const body of ['', '\u0000\u0001', '🙂'.repeat(500), 'שלום touch base עולם', 'touch base '.repeat(5000)]) {
      expect(() => findingsOf(rule, { body, subject: body.slice(0, 50) }, withAvoid)).not.toThrow();
    }
  });
});
