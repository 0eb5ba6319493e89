// `npm run bench`: how fast the engine is, next to a bare compromise parse of the same text.
// Prints a table and writes bench/results.json. Timings stay out of the tests; this is where
// they live. Targets (issue 2): analyze ≤ one bare nlp(text) parse at every size; re-analysis
// after a one-word edit ≤ 1/10 of a cold analysis; cost growing linearly with length.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import os from 'node:os';
import nlp from 'compromise';
import { analyze } from '../src/core/analyze.js';
import { AnalysisCache } from '../src/core/cache.js';
import type { Draft } from '../src/core/types.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (options?: { type?: 'minor' | 'major'; execution?: 'sync' | 'async' }) => void;
// A young-generation collection only: a full one also throws away compiled regular expressions
// (V8 flushes unused RegExp code), which would make every timed run pay to recompile them.
const minorGc = () => gc({ type: 'minor', execution: 'sync' });

// --- Realistic sales prose ------------------------------------------------------------------------

// Templates with slots, filled so that no sentence repeats (real drafts don't), which keeps the
// per-sentence cache from flattering the cold numbers.
const TEMPLATES = [
  'I noticed your team just opened {n} SDR roles in {city}, and that usually means pipeline targets went up.',
  'Most sales leaders we talk to say ramping new reps takes {n} months before they hit quota.',
  'We help B2B teams like yours cut that to about {n} weeks with call coaching that runs inside the tools reps already use.',
  'Would it help to see how {company} got their last hiring class to first deal in {n} days?',
  "I'm reaching out because your post about {topic} on LinkedIn raised a point I hear a lot.",
  'Our platform listens to practice calls, scores them against your playbook, and suggests what to say about {topic} next time.',
  'Managers get a weekly digest, so they spend their one-on-ones on the {n} skills that matter most for each rep.',
  "If {topic} is not a priority this quarter, no worries at all; just let me know and I'll close the loop.",
  'Dr. Patel at {company} said e.g. the biggest win was fewer no-shows, which dropped by {n}.5% in the first month.',
  'Teams at {company} saw reply rates climb {n}% once reps stopped opening with a paragraph about themselves.',
  'Is improving {topic} something you are measured on this year, or is it mostly about retention?',
  'We have {n} customers in the U.S. and Europe, and most of them started with a two-week pilot on one team in {city}.',
  'I can send a short video that walks through the setup, which takes about {n} minutes with your admin.',
  'Your reps keep their current dialer and CRM, so there is nothing new to learn about {topic} on day one.',
  "Happy to share the numbers from a {company} team of {n} if that's useful before you decide anything.",
  'Do you have {n} minutes on {day} afternoon to compare notes on {topic}?',
  'Last quarter we also added Spanish and German coaching for {n} teams, since a lot of them sell across regions now.',
  'Either way, congrats on the Series B; it was great to read about the plans for the new office in {city}.',
];
const SLOTS: Record<string, string[]> = {
  city: ['Austin', 'Denver', 'Boston', 'Chicago', 'Lisbon', 'Toronto', 'Dublin', 'Atlanta', 'Seattle'],
  company: ['Globex', 'Initech', 'Umbrella', 'Hooli', 'Vandelay', 'Stark Industries', 'Wayne Enterprises', 'Soylent'],
  topic: ['onboarding', 'ramp time', 'call quality', 'forecasting', 'churn', 'pipeline coverage', 'discovery calls'],
  day: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
};
/** A draft whose message has `words` words (±a sentence), deterministic for a given seed. */
function makeDraft(words: number, seed = 7): Draft {
  let x = seed;
  const next = () => ((x = (x * 1103515245 + 12345) % 2147483648), x / 2147483648);
  const paragraphs: string[] = [];
  let count = 0;
  let paragraph: string[] = [];
  let n = 2;
  while (count < words) {
    const template = TEMPLATES[Math.floor(next() * TEMPLATES.length)]!;
    const s = template.replace(/\{(\w+)\}/g, (_, slot: string) => {
      if (slot === 'n') return String(n++);
      const options = SLOTS[slot]!;
      return options[Math.floor(next() * options.length)]!;
    });
    paragraph.push(s);
    count += s.split(/\s+/).length;
    if (paragraph.length >= 3 + Math.floor(next() * 3)) {
      paragraphs.push(paragraph.join(' '));
      paragraph = [];
    }
  }
  if (paragraph.length) paragraphs.push(paragraph.join(' '));
  return {
    from: { name: 'Vern Smith', email: 'vern@acmeanalytics.com' },
    to: [{ name: 'Chris Hawkins', email: 'chris@sproutcontent.com' }],
    subject: 'Ramp time for the new Austin SDRs',
    body: `Hi Chris,\n\n${paragraphs.join('\n\n')}\n\nBest,\nVern\n\n--\nVern Smith\nAccount Executive, Acme Analytics\n+1 555 0100`,
  };
}

// --- Timing ----------------------------------------------------------------------------------------

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

function time(f: () => void): number {
  const t = performance.now();
  f();
  return performance.now() - t;
}

const SIZES = [125, 400, 2000, 10000];
const runsFor = (words: number) => (words >= 10000 ? 9 : words >= 2000 ? 15 : 31);

// Warm up the JIT and compromise's lexicon on something else first.
for (let i = 0; i < 5; i++) {
  analyze(makeDraft(400, 99));
  nlp(makeDraft(400, 99).body).json();
}

interface Row {
  words: number;
  chars: number;
  analyzeColdMs: number;
  nlpParseMs: number;
  ratio: number;
  msPer1000Words: number;
}
const rows: Row[] = [];
for (const size of SIZES) {
  const draft = makeDraft(size);
  const words = analyze(draft).stats.words;
  const cold: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < runsFor(size); i++) {
    // Interleaved, so drift on a shared machine hits both columns alike.
    minorGc();
    cold.push(time(() => analyze(draft)));
    minorGc();
    bare.push(time(() => nlp(draft.body)));
  }
  const a = median(cold);
  const n = median(bare);
  rows.push({ words, chars: draft.body.length, analyzeColdMs: a, nlpParseMs: n, ratio: a / n, msPer1000Words: (a / words) * 1000 });
}

// Re-analysis after a one-word edit in the 2,000-word draft, cache warm, as when typing: each
// round times a cold analysis of the draft, then (untimed) one edit, then times the next edit,
// one word elsewhere. The untimed step stands for the keystrokes before: a keystroke follows a
// keystroke, not a cold run, so it should not pay for the cold run's garbage. Pairing cold and
// warm in each round makes load from other processes on a shared machine hit both alike.
const base = makeDraft(2000);
const editTimes: number[] = [];
const cache = new AnalysisCache();
const coldTimes: number[] = [];
const wordRe = /\b(usually|about|short|weekly|great)\b/g;
const positions = [...base.body.matchAll(wordRe)].map((m) => m.index);
const replaceWordAt = (body: string, at: number, word: string) => `${body.slice(0, at)}${word}${body.slice(body.indexOf(' ', at))}`;
for (let i = 0; i < 31; i++) {
  const first = positions[(i * 7) % positions.length]!;
  const second = positions[(i * 7 + 3) % positions.length]!;
  const before = { ...base, body: replaceWordAt(base.body, first, `edit${i}`) };
  // The second edit is made on the already-edited text; compute offsets on it.
  const shift = second > first ? before.body.length - base.body.length : 0;
  const after = { ...before, body: replaceWordAt(before.body, second + shift, `more${i}`) };
  minorGc();
  coldTimes.push(time(() => analyze(base, undefined, { cache })));
  analyze(before, undefined, { cache });
  minorGc();
  editTimes.push(time(() => analyze(after, undefined, { cache })));
}
const reanalysis = {
  words: analyze(base).stats.words,
  coldMs: median(coldTimes),
  afterOneWordEditMs: median(editTimes),
  ratio: median(editTimes) / median(coldTimes),
};

// Heap after warm-up: everything above has run; collect garbage and read what stays.
gc();
const heapUsedMB = process.memoryUsage().heapUsed / 2 ** 20;
const cachedFacts = cache.size;
cache.startAnalysis();
cache.startAnalysis();
gc();
const heapWithoutCacheMB = process.memoryUsage().heapUsed / 2 ** 20;

const linear = rows[rows.length - 1]!.msPer1000Words / rows[2]!.msPer1000Words;
const results = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  sizes: rows.map((r) => ({ ...r, analyzeColdMs: +r.analyzeColdMs.toFixed(3), nlpParseMs: +r.nlpParseMs.toFixed(3), ratio: +r.ratio.toFixed(3), msPer1000Words: +r.msPer1000Words.toFixed(3) })),
  reanalysis: { ...reanalysis, coldMs: +reanalysis.coldMs.toFixed(3), afterOneWordEditMs: +reanalysis.afterOneWordEditMs.toFixed(3), ratio: +reanalysis.ratio.toFixed(3) },
  heap: {
    heapUsedAfterWarmupMB: +heapUsedMB.toFixed(1),
    sentenceCacheMB: +(heapUsedMB - heapWithoutCacheMB).toFixed(1),
    cachedFacts,
  },
  targets: {
    analyzeNoSlowerThanBareParse: rows.every((r) => r.ratio <= 1),
    reanalysisAtMostTenthOfCold: reanalysis.ratio <= 0.1,
    linearGrowth10kVs2k: +linear.toFixed(2),
  },
};

const pad = (s: string | number, n: number) => String(s).padStart(n);
console.log(`\nPitchcheck engine bench — ${results.node}, ${results.cpu} (${results.cores} cores)\n`);
console.log(`${pad('words', 7)} ${pad('analyze cold', 13)} ${pad('bare nlp()', 11)} ${pad('ratio', 6)} ${pad('ms/1k words', 12)}`);
for (const r of rows) {
  console.log(`${pad(r.words, 7)} ${pad(r.analyzeColdMs.toFixed(2) + ' ms', 13)} ${pad(r.nlpParseMs.toFixed(2) + ' ms', 11)} ${pad(r.ratio.toFixed(2), 6)} ${pad(r.msPer1000Words.toFixed(2), 12)}`);
}
console.log(
  `\nRe-analysis after a one-word edit (${reanalysis.words} words, warm cache): ${reanalysis.afterOneWordEditMs.toFixed(2)} ms vs ${reanalysis.coldMs.toFixed(2)} ms cold (${(reanalysis.ratio * 100).toFixed(1)}%)`,
);
console.log(`Heap after warm-up: ${results.heap.heapUsedAfterWarmupMB} MB (sentence cache ${results.heap.sentenceCacheMB} MB, ${cachedFacts} sentence facts)`);
console.log(`Growth 2k→10k words: ${linear.toFixed(2)}x per word (1.00 = linear)`);
console.log(
  `Targets: analyze ≤ bare parse: ${results.targets.analyzeNoSlowerThanBareParse ? 'yes' : 'NO'}; re-analysis ≤ 1/10 cold: ${results.targets.reanalysisAtMostTenthOfCold ? 'yes' : 'NO'}\n`,
);

mkdirSync('bench', { recursive: true });
// Keep what other sections wrote (the browser run) when only the engine section runs.
let previous: Record<string, unknown> = {};
try {
  previous = JSON.parse(readFileSync('bench/results.json', 'utf8')) as Record<string, unknown>;
} catch {
  // first run, or an unreadable file: start afresh
}
writeFileSync('bench/results.json', `${JSON.stringify({ ...previous, ...results }, null, 2)}\n`);
console.log('Wrote bench/results.json');

// --- In the browser (issue 4): the real extension on the Gmail fixture page ----------------------
// Builds the extension, types a 2,000-word draft into a compose, and adds "browser" to the results.
// `npm run bench -- --engine-only` skips it.
if (!process.argv.includes('--engine-only')) {
  const { runBrowserBench, printBrowserBench, mergeBrowserResults } = await import('./bench-browser.js');
  const browserResults = await runBrowserBench();
  printBrowserBench(browserResults);
  mergeBrowserResults(browserResults);
}
