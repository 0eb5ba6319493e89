// Properties of the whole engine on any input: it never throws, every range lies inside its
// text, and every fix or suggestion applies cleanly, touching nothing outside its range.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze, applyFix } from '../../src/core/analyze.js';
import { AnalysisCache } from '../../src/core/cache.js';
import type { Draft, Fix, Person, Report, Settings, StructureHints } from '../../src/core/types.js';

const pieces = [
  'Hi Chris,', 'Hello Dana and Chris,', 'Dear Dr. Okafor,', 'Best,', 'Thanks,', 'Vern', '-- ', '>', '> We can help.',
  'On Mon, Jan 16, 2017 at 9:14 AM Chris Hawkins <chris@sproutcontent.com> wrote:', '-----Original Message-----',
  'From: Chris', 'Sent from my iPhone', 'I', 'we', 'our', 'you', 'your', "I'm", 'we’re', 'US', 'us', 'Acme', 'Sprout Content',
  '{{first_name}}', '{{ company }}', '[First Name]', '[Company]', '%FIRSTNAME%', '<<Company>>', '${name}', '{!Contact.FirstName}',
  '*|FNAME|*', '[[name]]', '{{', '}}', '[', ']', '{', '}', '%', '«', '»', 'I hope this email finds you well.', 'Per my last email,',
  "I know you're busy, but", 'Just checking in.', 'I wanted to reach out to see if you', "I'd love to show you", 'our customers',
  'My name is Vern.', 'We are a leading provider.', 'Dr.', 'e.g.', 'U.S.', '3.5', 'www.acme.com', 'me@acme.com', '...', '…', '?', '!',
  '.', ',', ' ', '  ', '\n', '\n\n', '\r\n', '\t', '- ', '1. ', '🚀', '👩‍👩‍👧', 'שלום עולם', 'مرحبا', 'Grüße', 'José', '東京。',
  '\u0000', '\u0007', '\u001b', '\u202e', '\u200b', '\ufeff', '\ud800', '\udfff', '\u2028', '\u0301',
];

const token = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...pieces) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), maxLength: 3 }) },
);
const joined = (maxTokens: number) =>
  fc.tuple(fc.array(token, { maxLength: maxTokens }), fc.array(fc.constantFrom(' ', '', '\n'), { minLength: maxTokens, maxLength: maxTokens })).map(
    ([tokens, seps]) => tokens.map((t, i) => t + (seps[i] ?? ' ')).join(''),
  );

/** Drafts shaped like email (greeting, sentences, sign-off), so fixes and suggestions are reached. */
const sentencesOf = [
  'I hope this email finds you well.', "I know you're busy, but could you help?", 'Per my last email, it ships.', 'Just checking in.',
  "I wanted to reach out to see if you'd like a demo.", "I'd love to show you our reports.", 'Our customers love us.',
  "I'm reaching out because your team is hiring.", 'We help teams ramp.', 'Does Thursday work?', 'Teams at {{company}} ship fast.',
];
const structured = fc
  .tuple(
    fc.constantFrom('Hi {{first_name}},', 'Hi [First Name],', 'Hi Chris,', 'Dear %FIRSTNAME%,', '', 'Hi Chris, I hope all is well.'),
    fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...sentencesOf) }, { weight: 1, arbitrary: token }), { maxLength: 12 }),
    fc.array(fc.constantFrom(' ', '\n', '\n\n', ''), { minLength: 12, maxLength: 12 }),
    fc.constantFrom('\n\nBest,\nVern', '\n\nThanks,\n[Your Name]\n-- \nVern Smith\nAcme', '', '\n\nOn Mon, Jan 16, 2017 at 9:14 AM Chris <c@x.com> wrote:\n> Hi {{first_name}}'),
  )
  .map(([greeting, parts, seps, end]) => `${greeting}\n\n${parts.map((p, i) => p + (seps[i] ?? ' ')).join('')}${end}`);

const person = fc.record(
  {
    name: fc.oneof(fc.constantFrom('Chris Hawkins', 'Hawkins, Chris', 'Dr. Ngozi Okafor', 'KEVIN O\'BRIEN', '(', '*', '', ' '), fc.string({ maxLength: 20 })),
    email: fc.oneof(
      fc.constantFrom('chris@sproutcontent.com', 'info@acme.com', 'chawkins@gmail.com', 'x', '', '@', 'a@b', 'vern@acmeanalytics.com'),
      fc.string({ maxLength: 20 }),
    ),
  },
  { requiredKeys: ['email'] },
);

const draft: fc.Arbitrary<Draft> = fc.record({
  from: fc.option(person, { nil: undefined }),
  to: fc.oneof(fc.array(person, { maxLength: 3 }), fc.constant<Person[]>([{ name: 'Chris Hawkins', email: 'chris@sproutcontent.com' }])),
  cc: fc.array(person, { maxLength: 2 }),
  subject: joined(6),
  body: fc.oneof(joined(60), structured),
}).map((d) => {
  const out: Draft = { to: d.to, cc: d.cc, subject: d.subject, body: d.body };
  if (d.from) out.from = d.from;
  return out;
});

const settings: fc.Arbitrary<Settings | undefined> = fc.option(
  fc.record({
    wordRange: fc.record({ min: fc.integer({ min: -5, max: 60 }), max: fc.integer({ min: -5, max: 200 }) }),
    minSelfRefs: fc.integer({ min: -1, max: 8 }),
    senderNames: fc.array(fc.oneof(fc.constantFrom('Vern', 'Vern Smith', '(', '.*', 'I'), fc.string({ maxLength: 10 })), { maxLength: 3 }),
    companyNames: fc.array(fc.oneof(fc.constantFrom('Acme', 'Acme Inc.', '[x]', 'us'), fc.string({ maxLength: 10 })), { maxLength: 3 }),
  }),
  { nil: undefined },
);

const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
/** A boundary that cuts a surrogate pair in two would corrupt an emoji. */
const splitsPair = (s: string, i: number) => i > 0 && i < s.length && isHigh(s.charCodeAt(i - 1)) && isLow(s.charCodeAt(i));

// Shared like the worker's: a fixed draft is re-read with the facts of the draft it came from.
const cache = new AnalysisCache();

function checkReport(d: Draft, report: Report, reanalyseFixed = true): void {
  for (const f of report.findings) {
    const source = f.field === 'subject' ? d.subject : d.body;
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.start).toBeLessThanOrEqual(f.end);
    expect(f.end).toBeLessThanOrEqual(source.length);
    const edits: Fix[] = [...(f.fix ? [f.fix] : []), ...(f.suggestions ?? [])];
    for (const fix of edits) {
      expect(Number.isInteger(fix.start) && Number.isInteger(fix.end)).toBe(true);
      expect(0 <= fix.start && fix.start <= fix.end && fix.end <= source.length).toBe(true);
      expect(typeof fix.replacement).toBe('string');
      expect(fix.label.length).toBeGreaterThan(0);
      expect(splitsPair(source, fix.start) || splitsPair(source, fix.end)).toBe(false);
      // A fix or suggestion that changes nothing is a button that does nothing.
      expect(fix.replacement).not.toBe(source.slice(fix.start, fix.end));
      // The fixed draft is still a draft the engine can read, strictly.
      if (reanalyseFixed) {
        const after = applyFix(source, fix);
        const fixed = f.field === 'subject' ? { ...d, subject: after } : { ...d, body: after };
        expect(() => analyze(fixed, undefined, { cache, strict: true })).not.toThrow();
      }
    }
  }
  const s = report.stats;
  for (const n of [s.words, s.sentences, s.questions, s.selfRefs, s.readerRefs]) expect(Number.isInteger(n) && n >= 0).toBe(true);
  for (const span of Object.values(report.parts)) {
    if (!span) continue;
    expect(0 <= span.start && span.start <= span.end && span.end <= d.body.length).toBe(true);
  }
}

describe('analyze on any input', () => {
  it('never throws, keeps ranges inside their text, and fixes apply cleanly', () => {
    const seen = { findings: 0, fixes: 0, suggestions: 0 };
    fc.assert(
      fc.property(draft, settings, (d, s) => {
        // Strict: a report outside its text throws here instead of being dropped.
        const report = analyze(d, s, { cache, strict: true });
        checkReport(d, report);
        seen.findings += report.findings.length;
        seen.fixes += report.findings.filter((f) => f.fix).length;
        seen.suggestions += report.findings.filter((f) => f.suggestions?.length).length;
      }),
      { numRuns: 250 },
    );
    // The generator must actually reach fixes and suggestions, or the property proves little.
    expect(seen.fixes).toBeGreaterThan(30);
    expect(seen.suggestions).toBeGreaterThan(5);
  });

  it('gives the same report warm (after an edit, caches full) as cold', () => {
    const edit = fc.record({ at: fc.nat(), remove: fc.nat({ max: 12 }), insert: fc.oneof(fc.constantFrom(...sentencesOf, ...pieces), fc.string({ maxLength: 6 })) });
    fc.assert(
      fc.property(draft, fc.array(edit, { minLength: 1, maxLength: 6 }), (d, edits) => {
        const cache = new AnalysisCache();
        analyze(d, undefined, { cache, strict: true });
        let body = d.body;
        for (const e of edits) {
          const at = e.at % (body.length + 1);
          body = body.slice(0, at) + e.insert + body.slice(Math.min(body.length, at + e.remove));
          const warm = analyze({ ...d, body }, undefined, { cache, strict: true });
          const cold = analyze({ ...d, body }, undefined, { strict: true });
          expect(warm).toEqual(cold);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('survives malformed drafts from untyped callers', () => {
    const bad: unknown[] = [
      undefined, null, {}, { body: 42 }, { to: 'chris' }, { to: [null, 1, { email: 3 }] }, { body: '\ud800', subject: null },
      { from: 'x', to: [], body: 'Hi {{first_name}},', subject: '' }, { to: [{}], body: 'I hope you are well.' },
    ];
    for (const d of bad) expect(() => analyze(d as Draft)).not.toThrow();
  });

  it('handles a huge paste (200,000 characters, no punctuation, one line)', () => {
    const d: Draft = { to: [{ name: 'Chris Hawkins', email: 'chris@sproutcontent.com' }], subject: '', body: 'we help you grow '.repeat(12_000) };
    checkReport(d, analyze(d, undefined, { strict: true }), false);
  });

  it('handles a huge realistic draft with many findings', () => {
    const para = "I hope this email finds you well. Hi {{first_name}}, I'm reaching out because our customers love us. Per my last email, [Company] could grow 🚀. ";
    const d: Draft = { to: [{ name: 'Chris Hawkins', email: 'chris@sproutcontent.com' }], subject: 'For {{company}}', body: para.repeat(200) };
    checkReport(d, analyze(d, undefined, { strict: true }), false);
  });
});

// Lines of every kind the structure splitter looks for, and lines one keystroke away from being
// one (or from crossing a length limit), so edits inside a line turn it into (or out of) a header,
// an attribution, a sign-off, a signature line, a quote or a name line.
const lineKinds = [
  'Hi Chris,', 'Chris,', 'Dear Dr. Okafor,', 'Thanks,', 'Thanks', 'Thank', 'Best', 'Best, Vern', 'Vern', 'Vern Smith', '-Pat', 'VP Sales, Acme',
  '+1 555 0100', '+1 555 010', 'www.acme.com', 'vern@acme.com', 'Update', '-- ', '--', '-', 'Sent from my iPhone', 'Sent from my iPhon',
  'CONFIDENTIALITY NOTICE: this is private.', 'CONFIDENTIALITY NOTIC', '> We can help.', '>', ' >',
  'On Mon, Jan 16, 2017 at 9:14 AM Chris Hawkins <chris@sproutcontent.com>', 'wrote:', 'wrote', 'On Mon, Jan 16, 2017 at 9:14 AM Chris wrote:',
  'On Mon, Jan 16, 2017 at 9:14 AM Chris wrote', 'On Jan 16 Chris wrote:', '-----Original Message-----', '-----Original Messag',
  '__________', '_______', 'From: Chris', 'From Chris', 'Sent: Monday', 'Sent Monday', 'To: Vern', 'Subject: Hi', '', ' ', 'See you Friday.',
  'See you Friday', 'We help teams ramp faster than they do today, and most of them start with a two-week pilot on one team.',
  'Is improving onboarding something you are measured on this year?', 'I know you are busy.', 'Absolutely',
  'one two three four five six seven eight nine ten eleven twelve thirteen', 'Pat Smith Jones Lee',
  'x'.repeat(80), 'x'.repeat(120), 'x '.repeat(60), 'y '.repeat(100), 'y '.repeat(200), 'On ' + 'z'.repeat(397) + ':',
  'Teams at Acme saw reply rates climb 12% once reps stopped opening with a paragraph about themselves.',
];
const fragments = ['Thanks', 'Best', ',', '.', '?', ':', 'e', 'E', 'x', ' wrote:', 'On ', '2017', '9:14', '@', '-- ', '-', '>', 'From: ', 'Sent: ',
  '_', '_____', '-----', 'Original Message', 'Sent from my iPhone', 'CONFIDENTIAL', 'Chris', 'Vern', 'Pat', ' ', '  ', 'a', 'We', '0', '+1 555 0100',
  'www.', '\t', '\r', '\n', '\n\n'];
const linesDraft = fc.array(fc.constantFrom(...lineKinds), { minLength: 1, maxLength: 16 }).map((lines) => lines.join('\n'));
// Where to edit: mostly at a line's start or end, where one keystroke changes what a line reads as.
const lineEdit = fc.record({
  line: fc.nat(),
  where: fc.constantFrom('start', 'end', 'inside', 'anywhere'),
  offset: fc.nat(),
  remove: fc.oneof(fc.constant(0), fc.nat({ max: 3 }), fc.nat({ max: 12 })),
  insert: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...fragments) }, { weight: 1, arbitrary: fc.string({ maxLength: 3 }) }, { weight: 1, arbitrary: fc.constant('') }),
});
type LineEdit = { line: number; where: 'start' | 'end' | 'inside' | 'anywhere'; offset: number; remove: number; insert: string };
/** Applies an edit; returns the new body and where it happened. */
function applyLineEdit(body: string, e: LineEdit): { body: string; at: number; removed: number } {
  const starts = [0];
  for (let i = body.indexOf('\n'); i !== -1; i = body.indexOf('\n', i + 1)) starts.push(i + 1);
  const k = e.line % starts.length;
  const start = starts[k]!;
  const end = k + 1 < starts.length ? starts[k + 1]! - 1 : body.length;
  const at =
    e.where === 'start' ? start : e.where === 'end' ? end : e.where === 'inside' ? start + (e.offset % (end - start + 1)) : e.offset % (body.length + 1);
  // A removal at a line's end eats what comes before it (backspace), elsewhere what follows (delete).
  const from = e.where === 'end' ? Math.max(0, at - e.remove) : at;
  const removed = Math.min(e.remove, body.length - from);
  return { body: body.slice(0, from) + e.insert + body.slice(from + removed), at: from, removed };
}

const hintsArb: fc.Arbitrary<StructureHints | undefined> = fc.option(
  fc.record({ quoted: fc.array(fc.record({ start: fc.nat({ max: 400 }), end: fc.nat({ max: 400 }) }), { maxLength: 1 }), signature: fc.array(fc.record({ start: fc.nat({ max: 400 }), end: fc.nat({ max: 400 }) }), { maxLength: 2 }) }),
  { nil: undefined },
);

describe('the analysis cache between keystrokes', () => {
  it('gives the same report warm as cold when recipients, sender, settings or hints change between keystrokes', () => {
    const people = [
      { name: 'Chris Hawkins', email: 'chris@sproutcontent.com' }, { name: 'Dana Smith', email: 'dana@sproutcontent.com' },
      { email: 'info@acme.com' }, { name: 'Vern Smith', email: 'vern@acmeanalytics.com' }, { name: 'Chris', email: 'chris@acmeanalytics.com' },
      { name: 'Hawkins, Chris', email: 'c@x.com' }, { email: 'chawkins@gmail.com' },
    ];
    const change = fc.oneof(
      fc.record({ kind: fc.constant('edit' as const), edit: lineEdit }),
      fc.record({ kind: fc.constant('to' as const), to: fc.array(fc.constantFrom(...people), { maxLength: 2 }) }),
      fc.record({ kind: fc.constant('cc' as const), cc: fc.array(fc.constantFrom(...people), { maxLength: 2 }) }),
      fc.record({ kind: fc.constant('from' as const), from: fc.option(fc.constantFrom(...people), { nil: undefined }) }),
      fc.record({ kind: fc.constant('settings' as const), settings: settings }),
      fc.record({ kind: fc.constant('hints' as const), hints: hintsArb }),
    );
    const sample = [
      'Hi Chris,', '', "I'm Vern from Acme Analytics. I noticed Sprout Content is hiring SDRs.", 'We help teams like yours ramp faster.',
      'Does Thursday work for a call?', '', 'Best,', 'Vern', '', '-- ', 'Vern Smith', 'Acme Analytics',
    ].join('\n');
    fc.assert(
      fc.property(fc.oneof(fc.constant(sample), linesDraft), fc.array(change, { minLength: 1, maxLength: 8 }), (body0, changes) => {
        const cache = new AnalysisCache();
        let d: Draft = { from: people[3], to: [people[0]!], cc: [], subject: 'Ramp time', body: body0 };
        let s: Settings | undefined;
        analyze(d, s, { cache });
        for (const c of changes) {
          if (c.kind === 'edit') d = { ...d, body: applyLineEdit(d.body, c.edit).body }; else if (c.kind === 'to') d = { ...d, to: c.to };
          else if (c.kind === 'cc') d = { ...d, cc: c.cc };
          else if (c.kind === 'from') {
            const { from: _, ...rest } = d;
            d = c.from ? { ...rest, from: c.from } : rest;
          } else if (c.kind === 'settings') s = c.settings;
          else {
            const { hints: _, ...rest } = d;
            d = c.hints ? { ...rest, hints: c.hints } : rest;
          }
          const warm = analyze(d, s, { cache, strict: true });
          const cold = analyze(d, s, { strict: true });
          expect(warm).toEqual(cold);
        }
      }),
      { numRuns: 150 },
    );
  });
});
