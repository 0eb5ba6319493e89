import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/core/context.js';
import { resolveSettings } from '../../src/core/settings.js';
import type { Draft, Settings } from '../../src/core/types.js';

function refs(body: string, draft: Partial<Draft> = {}, settings?: Settings) {
  const ctx = createContext({ to: [], subject: '', body, ...draft }, resolveSettings(settings));
  const r = ctx.references;
  return {
    self: r.self.map((x) => body.slice(x.start, x.end)),
    reader: r.reader.map((x) => body.slice(x.start, x.end)),
    bySentence: r.bySentence,
    raw: r,
  };
}

describe('findReferences: pronouns', () => {
  it('finds first- and second-person pronouns with contractions, case-insensitively', () => {
    const r = refs("I'm sure we're a fit. My team and I've built ours for you; you're busy, I'd guess. WE CAN help YOUR team.");
    expect(r.self).toEqual(["I'm", "we're", 'My', "I've", 'ours', "I'd", 'WE']);
    expect(r.reader).toEqual(['you', "you're", 'YOUR']);
  });
  it('takes curly apostrophes and the rest of the list', () => {
    const r = refs('We’ll send it to us, me and myself; ourselves too. Mine. Yourself, yourselves, yours, you’ll, you’d, you’ve.');
    expect(r.self).toEqual(['We’ll', 'us', 'me', 'myself', 'ourselves', 'Mine']);
    expect(r.reader).toEqual(['Yourself', 'yourselves', 'yours', 'you’ll', 'you’d', 'you’ve']);
  });
  it('does not count "US" the country, addresses, URLs or i.e.', () => {
    const r = refs('Teams in the US love it, i.e. they buy. Write to me@acme.com or see www.us.org and acme.com/we. Let US know.');
    expect(r.self).toEqual(['US']);
    expect(r.raw.self[0]!.start).toBe(r.raw.self[0]!.end - 2);
    expect(refs('US companies and the US market.').self).toEqual([]);
  });
  it('does not match inside words', () => {
    expect(refs('Mime, yourt, weird, usual, ourselve, Iowa, mine-field').self).toEqual([]);
  });
  it('has absolute offsets and per-sentence counts', () => {
    const body = 'Hi Chris,\n\nWe help. You win, we win.\n\nBest,\nVern';
    const r = refs(body);
    expect(r.raw.self.map((x) => x.start)).toEqual([body.indexOf('We'), body.indexOf('we win')]);
    expect(r.bySentence).toEqual([
      { self: 1, reader: 0 },
      { self: 1, reader: 1 },
    ]);
  });
  it('counts only the message, not greeting, signature or quoted history', () => {
    const body = 'Hi Chris,\n\nSure, works for me.\n\nBest,\nVern\n\nOn Mon, Jan 16, 2017 at 9:14 AM Chris Hawkins <chris@sprout.com> wrote:\n> We would love to have you. Our team and I, our company, we.';
    const r = refs(body);
    expect(r.self).toEqual(['me']);
    expect(r.reader).toEqual([]);
  });
});

describe('findReferences: names and companies', () => {
  const to = [{ name: 'Chris Hawkins', email: 'chris@sproutcontent.com' }];
  it('counts the recipient first name and company from the domain as reader references', () => {
    const r = refs('Chris, Sprout Content’s team and SproutContent grow. will you?', { to });
    expect(r.reader).toEqual(['Chris', 'Sprout Content’s', 'SproutContent', 'you']);
  });
  it('counts settings.senderNames, settings.companyNames and the From domain as self references', () => {
    const r = refs('Vern here: Acme Inc. and Acme Analytics help Globex Corp.', { to, from: { name: 'Vern', email: 'vern@acmeanalytics.com' } }, {
      senderNames: ['Vern Smith'],
      companyNames: ['Globex Corp'],
    });
    expect(r.self).toEqual(['Vern', 'Acme Analytics', 'Globex Corp']);
  });
  it('ignores webmail domains and lowercase common words', () => {
    const r = refs('gmail is fine and mark will call.', { to: [{ name: 'Mark Will', email: 'mark@gmail.com' }] });
    expect(r.reader).toEqual([]);
  });
});
