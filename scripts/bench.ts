// `npm run bench`: how fast the engine is, next to a bare compromise parse and Harper's linter
// on the same text. Prints a table and writes bench/results.json. Timings stay out of the tests;
// this is where they live. Budget (issue 8): a full analyze after a one-word edit, with only the
// engine's own AnalysisCache kept, ≤ 16 ms median at 2,000 words and ≤ 60 ms at 10,000; a cold
// analyze ≤ 0.25× one bare `nlp(text).json()` and ≤ 0.5× Harper's `LocalLinter.lint` at every
// size; heap after the 10,000-word runs ≤ 40 MB.
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

// Templates with slots, filled so that no sentence repeats (real drafts don't): repeated
// sentences would let the sentence cache flatter the numbers.
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

async function timeAsync(f: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await f();
  return performance.now() - t;
}

const SIZES = [125, 400, 2000, 10000];
const runsFor = (words: number) => (words >= 10000 ? 5 : words >= 2000 ? 9 : 21);
const round = (n: number) => +n.toFixed(3);

// The engine's heap after 10,000-word analyses, with a worker's cache still holding that draft's
// facts; measured before Harper (a comparison only, never shipped) is loaded.
const heapCache = new AnalysisCache();
for (let i = 0; i < 3; i++) analyze(makeDraft(10000, 5 + i), undefined, { cache: heapCache });
gc();
const heapUsedMB = process.memoryUsage().heapUsed / 2 ** 20;

// Loaded only now: its inlined WebAssembly binary alone is megabytes of heap.
const { LocalLinter } = await import('harper.js');
const { binaryInlined } = await import('harper.js/binaryInlined');
const harper = new LocalLinter({ binary: binaryInlined });
await harper.setup();
const lint = (text: string) => harper.lint(text, { language: 'plaintext' });

// Warm up the JIT, compromise's lexicon and Harper on something else first.
for (let i = 0; i < 5; i++) {
  const warm = makeDraft(400, 99);
  analyze(warm);
  nlp(warm.body).json();
  await lint(warm.body);
}

interface Row {
  words: number;
  chars: number;
  analyzeColdMs: number;
  nlpJsonMs: number;
  harperLintMs: number;
  ratioToNlp: number;
  ratioToHarper: number;
}
const rows: Row[] = [];
for (const size of SIZES) {
  const draft = makeDraft(size);
  const words = analyze(draft).stats.words;
  const cold: number[] = [];
  const bare: number[] = [];
  const harperTimes: number[] = [];
  for (let i = 0; i < runsFor(size); i++) {
    // Interleaved, so drift on a shared machine hits every column alike. Cold: a fresh cache.
    minorGc();
    cold.push(time(() => analyze(draft, undefined, { cache: new AnalysisCache() })));
    minorGc();
    bare.push(time(() => nlp(draft.body).json()));
    minorGc();
    harperTimes.push(await timeAsync(() => lint(draft.body)));
  }
  const a = median(cold);
  const n = median(bare);
  const h = median(harperTimes);
  rows.push({ words, chars: draft.body.length, analyzeColdMs: a, nlpJsonMs: n, harperLintMs: h, ratioToNlp: a / n, ratioToHarper: a / h });
}

// Typing: a one-word edit, then a full analyze that keeps nothing but the engine's own cache (as
// the worker does). Each edit replaces one word somewhere else in the text edited so far.
const editWords = /\b(usually|about|short|weekly|great|most|first|team|month|minutes)\b/g;
function typingMs(words: number, edits: number): { words: number; medianMs: number } {
  let draft = makeDraft(words, 11);
  const cache = new AnalysisCache();
  analyze(draft, undefined, { cache });
  const times: number[] = [];
  for (let i = 0; i < edits; i++) {
    const positions = [...draft.body.matchAll(editWords)].map((m) => m.index);
    const at = positions[(i * 7919) % positions.length]!;
    const end = draft.body.indexOf(' ', at);
    draft = { ...draft, body: `${draft.body.slice(0, at)}edit${i}${draft.body.slice(end)}` };
    minorGc();
    const d = draft;
    times.push(time(() => analyze(d, undefined, { cache })));
  }
  return { words: analyze(draft).stats.words, medianMs: median(times) };
}
const typing = [typingMs(2000, 31), typingMs(10000, 15)];


const results = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: os.cpus()[0]?.model ?? 'unknown',
  cores: os.cpus().length,
  loadAverage: os.loadavg().map((x) => +x.toFixed(2)),
  sizes: rows.map((r) => ({
    words: r.words,
    chars: r.chars,
    analyzeColdMs: round(r.analyzeColdMs),
    nlpJsonMs: round(r.nlpJsonMs),
    harperLintMs: round(r.harperLintMs),
    ratioToNlp: round(r.ratioToNlp),
    ratioToHarper: round(r.ratioToHarper),
  })),
  afterOneWordEdit: typing.map((t) => ({ words: t.words, medianMs: round(t.medianMs) })),
  heap: { heapUsedAfter10kMB: +heapUsedMB.toFixed(1), cachedSentenceFacts: heapCache.size },
  targets: {
    editAt2kWithin16ms: typing[0]!.medianMs <= 16,
    editAt10kWithin60ms: typing[1]!.medianMs <= 60,
    coldAtMostQuarterOfNlpJson: rows.every((r) => r.ratioToNlp <= 0.25),
    coldAtMostHalfOfHarper: rows.every((r) => r.ratioToHarper <= 0.5),
    heapWithin40MB: heapUsedMB <= 40,
  },
};

const pad = (x: string | number, n: number) => String(x).padStart(n);
const ms = (x: number) => `${x.toFixed(2)} ms`;
console.log(`\nPitchcheck engine bench — ${results.node}, ${results.cpu} (${results.cores} cores), load ${results.loadAverage.join(' ')}\n`);
console.log(`${pad('words', 7)} ${pad('analyze cold', 13)} ${pad('nlp().json()', 13)} ${pad('harper lint', 12)} ${pad('÷nlp', 6)} ${pad('÷harper', 8)}`);
for (const r of rows) {
  console.log(`${pad(r.words, 7)} ${pad(ms(r.analyzeColdMs), 13)} ${pad(ms(r.nlpJsonMs), 13)} ${pad(ms(r.harperLintMs), 12)} ${pad(r.ratioToNlp.toFixed(3), 6)} ${pad(r.ratioToHarper.toFixed(3), 8)}`);
}
for (const t of typing) console.log(`After a one-word edit, ${t.words} words (engine cache only): ${ms(t.medianMs)} median`);
console.log(`Heap after the 10,000-word runs: ${results.heap.heapUsedAfter10kMB} MB (${results.heap.cachedSentenceFacts} sentence facts cached)`);
console.log(`Targets: ${Object.entries(results.targets).map(([k, v]) => `${k} ${v ? 'yes' : 'NO'}`).join('; ')}\n`);

mkdirSync('bench', { recursive: true });
// Keep what the browser section wrote when only the engine section runs; drop the engine's old keys.
let previous: Record<string, unknown> = {};
try {
  previous = JSON.parse(readFileSync('bench/results.json', 'utf8')) as Record<string, unknown>;
} catch {
  // first run, or an unreadable file: start afresh
}
const { reanalysis: _r, ...kept } = previous;
writeFileSync('bench/results.json', `${JSON.stringify({ ...kept, ...results }, null, 2)}\n`);
console.log('Wrote bench/results.json');

// --- In the browser: the real extension on the Gmail fixture page ----------------------
// Builds the extension, types a 2,000-word draft into a compose, and adds "browser" to the results.
// `npm run bench -- --engine-only` skips it.
if (!process.argv.includes('--engine-only')) {
  const { runBrowserBench, printBrowserBench, mergeBrowserResults } = await import('./bench-browser.js');
  const browserResults = await runBrowserBench();
  printBrowserBench(browserResults);
  mergeBrowserResults(browserResults);
}
