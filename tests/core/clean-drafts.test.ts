// Correctly greeted, well-written ~70-word emails, greeted the ways people are actually greeted
// (a first name, a Slavic diminutive, initials): no warning or error from any rule, and nothing at
// all from the greeting and merge-field checks.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import type { Draft } from '../../src/core/types.js';

describe('a well-written email greeted correctly', () => {
  const drafts: Draft[] = [
    { to: [{ name: 'Ellen Park', email: 'ellen@northwind.com' }], from: { name: 'Dana Reyes', email: 'dana@brightwave.io' }, subject: 'Your hiring post',
      body: 'Hi Ellen,\n\nYour post about growing the Northwind content team caught my eye. Hiring six writers in one quarter is a big lift, and most teams tell us approvals become the bottleneck. Would it help to see how teams like yours keep reviews moving while headcount doubles? I can share a two-minute example built on your current workflow. If it looks useful, would a short call on Thursday work for you?\n\nBest,\nDana' },
    { to: [{ name: 'Misha Volkov', email: 'mikhail.volkov@acme.io' }], subject: 'Question about onboarding',
      body: 'Hi Misha,\n\nCongratulations on the launch of your new onboarding flow. Your customers seem to love how quickly they can get started, and your team clearly put a lot of care into it. What is the hardest part of keeping it that simple as your product grows? Many product leads we speak with struggle to keep guides current after each release. Would you be open to a quick chat next week to compare notes?\n\nThanks,\nSam' },
    { to: [{ name: 'A.J. Kowalski', email: 'aj@contoso.com' }], subject: 'Your webinar',
      body: 'Hi AJ,\n\nThank you for hosting last week\'s webinar on renewal forecasting. Your point about tracking usage before the renewal window really stuck with your audience. How are you handling accounts where usage data is patchy? We help finance teams fill those gaps with a simple weekly export, and it might save your analysts a few hours each month. Would a twenty-minute call on Tuesday or Wednesday suit you?\n\nBest regards,\nPriya' },
  ];
  it.each(drafts.map((d) => [d.body.split('\n')[0]!, d] as const))('%s: no warning or error', (_, draft) => {
    const findings = analyze(draft).findings;
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(findings.filter((f) => ['greeting-mismatch', 'generic-greeting', 'placeholder'].includes(f.ruleId))).toEqual([]);
  });
});
