// Findings belong to a revision: what the worker stamps on them, and when a fix may land.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/types.js';
import { locateFix, mapRange, stampReport } from '../../src/shared/revision.js';

const report = (findings: Report['findings']): Report => ({
  findings,
  stats: { words: 0, sentences: 0, selfRefs: 0, readerRefs: 0 } as Report['stats'],
  parts: { message: { start: 0, end: 0 } } as Report['parts'],
  language: 'en',
});

describe('stampReport', () => {
  it('stamps every finding, fix and suggestion with the revision and the text under it', () => {
    const draft = { body: 'Hi Dechay,\n\nWe offer. We', subject: 'Quick question' };
    const stamped = stampReport(
      report([
        {
          ruleId: 'greeting-mismatch',
          messageId: 'notRecipient',
          scope: 'text',
          severity: 'error',
          message: 'm',
          start: 3,
          end: 9,
          fix: { start: 3, end: 9, replacement: 'Chris', label: 'Chris' },
          suggestions: [{ start: 0, end: 9, replacement: 'Hello', label: 'Hello' }],
        },
        { ruleId: 'subject', messageId: 'firstWord', scope: 'text', severity: 'warning', message: 's', start: 0, end: 5, field: 'subject' },
      ]),
      4,
      draft,
    );
    expect(stamped.revision).toBe(4);
    const [greeting, subject] = stamped.findings;
    expect(greeting).toMatchObject({ revision: 4, seen: 'Dechay', fix: { revision: 4, seen: 'Dechay' } });
    expect(greeting?.suggestions?.[0]).toMatchObject({ revision: 4, seen: 'Hi Dechay' });
    expect(subject).toMatchObject({ revision: 4, seen: 'Quick' });
  });

  it("stamps the fixes of a grouped finding's places, so they can land like any other", () => {
    const draft = { body: 'I just think we really help.', subject: '' };
    const place = (start: number, end: number) => ({ start, end, fix: { start, end, replacement: '', label: 'Remove' } });
    const stamped = stampReport(
      report([
        { ruleId: 'filler', messageId: 'filler', scope: 'text', severity: 'info', message: 'm', start: 2, end: 7, ranges: [place(2, 7), place(16, 22)] },
      ]),
      7,
      draft,
    );
    const ranges = stamped.findings[0]?.ranges ?? [];
    expect(ranges.map((r) => r.fix)).toMatchObject([
      { revision: 7, seen: 'just ' },
      { revision: 7, seen: 'really' },
    ]);
    const live = `Hi, ${draft.body}`;
    expect(locateFix(ranges[1]!.fix!, { revision: 7, text: draft.body }, live)).toEqual({ ok: true, start: 20, end: 26 });
  });
});

describe('mapRange', () => {
  it.each([
    ['unchanged', 'Hi Mark, we', 'Hi Mark, we', 3, 7, { start: 3, end: 7 }],
    ['typed after the range', 'Hi Mark, we', 'Hi Mark, we help', 3, 7, { start: 3, end: 7 }],
    ['typed before the range', 'Hi Mark, we', 'Hello Mark, we', 3, 7, { start: 6, end: 10 }],
    ['the range itself edited', 'Hi Mark, we', 'Hi Mary, we', 3, 7, null],
    ['the greeting line deleted (issue 12)', 'Hi Dechay,\n\nWe offer. We', 'We offer. We', 3, 9, null],
    ['the same word typed just before it: which one is it?', 'Hi We go', 'Hi WeWe go', 3, 5, null],
    ['an insertion point where the user typed', 'ab', 'aXb', 1, 1, null],
    ['out of bounds', 'ab', 'ab', 1, 5, null],
  ])('%s', (_, checked, live, start, end, expected) => {
    expect(mapRange(checked, live, start, end)).toEqual(expected);
  });

  it('never maps a range onto a place other than where the one edit moved it (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', ' '), maxLength: 16 }),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.string({ unit: fc.constantFrom('a', 'b', ' '), maxLength: 4 }),
        (text, r1, r2, e1, e2, inserted) => {
          const [start, end] = [r1 % (text.length + 1), r2 % (text.length + 1)].sort((x, y) => x - y) as [number, number];
          const [p, q] = [e1 % (text.length + 1), e2 % (text.length + 1)].sort((x, y) => x - y) as [number, number];
          const live = text.slice(0, p) + inserted + text.slice(q);
          const at = mapRange(text, live, start, end);
          if (!at) return;
          // Mapped: the same text, and the fix applied there gives what it would have given
          // before the edit, followed by the edit (whichever single edit explains the change).
          expect(live.slice(at.start, at.end)).toBe(text.slice(start, end));
          // When the real edit lies wholly on one side, the mapping must agree with it.
          const shift = inserted.length - (q - p);
          const before = start < end ? q <= start : q < start;
          const after = start < end ? p >= end : p > end;
          if (before) expect(at).toEqual({ start: start + shift, end: end + shift });
          else if (after) expect(at).toEqual({ start, end });
        },
      ),
      { numRuns: 3000, seed: 20261205 },
    );
  });
});

describe('locateFix', () => {
  const checked = { revision: 3, text: 'Hi Dechay,\n\nWe offer. We' };
  const fix = { start: 3, end: 9, replacement: 'Chris', label: 'Chris', revision: 3, seen: 'Dechay' };

  it('lands where the text it saw still is', () => {
    expect(locateFix(fix, checked, checked.text)).toEqual({ ok: true, start: 3, end: 9 });
    expect(locateFix(fix, checked, `Hello ${checked.text.slice(3)}`)).toEqual({ ok: true, start: 6, end: 12 });
  });

  it.each([
    ['no stamp', { start: 3, end: 9 }, checked.text, 'no-provenance'],
    ['an older revision', { ...fix, revision: 2 }, checked.text, 'older-revision'],
    ['the checked text differs from what it saw', { ...fix, seen: 'We off' }, checked.text, 'not-what-was-seen'],
    ['the draft changed under it', fix, 'We offer. We', 'changed-under-range'],
  ])('refuses: %s', (_, candidate, live, reason) => {
    expect(locateFix(candidate, checked, live)).toEqual({ ok: false, reason });
  });
});
