// The in-browser half of `npm run bench` (issue 4): the real built extension in Chromium on the
// Gmail fixture page, a 2,000-word draft typed character by character into a pop-up compose.
// Reports how long the extension's own work takes on the page's main thread (it marks its work
// with performance measures when <html data-pitchcheck-bench> is set; see src/content/bench-marks.ts),
// keystroke → underlines repositioned, debounce firing → findings shown, keystroke → findings, and
// the long tasks (≥ 50 ms) the page saw while typing. Merges the result into bench/results.json
// under "browser". Run alone with `npx tsx scripts/bench-browser.ts`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumPath, extensionArgs } from './browser.js';
import { FIXTURE_URLS, serveFixtures } from '../tests/fixtures/index.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EXTENSION_DIR = path.join(ROOT, 'dist/chrome');
const RESULTS = path.join(ROOT, 'bench/results.json');
const WORDS = 2000;
/** Pause after this many words so the debounce fires and a check runs, as when a rep stops to think. */
const PAUSE_EVERY_WORDS = 40;
const PAUSE_MS = 450;
/** Targets of issue 4. */
const MAX_TASK_MS = 16;
const MAX_CHECK_MS = 100;

const SENTENCES = [
  'I noticed your team just opened new SDR roles in {city}, and that usually means pipeline targets went up.',
  'We help B2B teams like yours cut ramp time with call coaching that runs inside the tools reps already use.',
  'I just wanted to reach out because your post about {topic} raised a point I hear a lot.',
  'Our platform listens to practice calls, scores them against your playbook, and suggests what to say next.',
  'Would it help to see how {company} got their last hiring class to a first deal in a month?',
  'Managers get a weekly digest, so they spend their one-on-ones on the skills that matter most.',
  'We have customers in the U.S. and Europe, and most of them started with a two-week pilot in {city}.',
  'Is improving {topic} something you are measured on this year, or is it mostly about retention?',
  'Your reps keep their current dialer and CRM, so there is nothing new to learn on day one.',
  'Happy to share the numbers from the {company} team if that is useful before you decide anything.',
  'We are proud of our platform, and our team built our new dashboard so we can show our results.',
  'I hope this email finds you well and that things are calm in {city} this week.',
];
const SLOTS: Record<string, string[]> = {
  city: ['Austin', 'Denver', 'Boston', 'Chicago', 'Lisbon', 'Toronto'],
  company: ['Globex', 'Initech', 'Umbrella', 'Hooli', 'Vandelay'],
  topic: ['onboarding', 'ramp time', 'call quality', 'forecasting', 'churn'],
};

/** About `words` words of sales prose in paragraphs, deterministic. */
function draftWords(words: number): string[][] {
  let x = 11;
  const next = () => ((x = (x * 1103515245 + 12345) % 2147483648), x / 2147483648);
  const paragraphs: string[][] = [];
  let count = 0;
  let paragraph: string[] = [];
  while (count < words) {
    const s = SENTENCES[Math.floor(next() * SENTENCES.length)]!.replace(/\{(\w+)\}/g, (_, slot: string) => {
      const options = SLOTS[slot]!;
      return options[Math.floor(next() * options.length)]!;
    });
    const w = s.split(' ');
    paragraph.push(...w);
    count += w.length;
    if (paragraph.length > 90) {
      paragraphs.push(paragraph);
      paragraph = [];
    }
  }
  if (paragraph.length) paragraphs.push(paragraph);
  return paragraphs;
}

const quantile = (xs: number[], q: number) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
};
const round = (n: number) => (Number.isFinite(n) ? +n.toFixed(2) : null);
const summary = (xs: number[]) => ({ count: xs.length, median: round(quantile(xs, 0.5)), p95: round(quantile(xs, 0.95)), max: round(quantile(xs, 1)) });

export interface BrowserBench {
  date: string;
  chromium: string;
  words: number;
  characters: number;
  typingSeconds: number;
  keystrokeToUnderlinesMs: ReturnType<typeof summary>;
  debounceToFindingsMs: ReturnType<typeof summary>;
  keystrokeToFindingsMs: ReturnType<typeof summary>;
  extensionTasksMs: Record<string, ReturnType<typeof summary>>;
  longestExtensionTaskMs: number | null;
  pageLongTasks: { count: number; longestMs: number | null };
  underlinesAtEnd: number;
  targets: { noExtensionTaskOver16ms: boolean; findingsWithin100msOfDebounce: boolean };
}

export async function runBrowserBench(options: { build?: boolean } = {}): Promise<BrowserBench> {
  if (options.build !== false) {
    console.log('Building the extension (npm run build)…');
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(ROOT, 'scripts/build.ts')], { cwd: ROOT, stdio: 'ignore' });
  }
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) throw new Error('dist/chrome is missing: the build failed');
  const profile = await mkdtemp(path.join(os.tmpdir(), 'pitchcheck-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: extensionArgs(EXTENSION_DIR),
  });
  try {
    await serveFixtures(context);
    // Long tasks on the page's main thread, whoever caused them (the fixture page itself is idle).
    await context.addInitScript(() => {
      const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
      w.__longTasks = [];
      try {
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
        }).observe({ type: 'longtask', buffered: true });
      } catch {
        // no longtask support: the count stays 0
      }
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(FIXTURE_URLS['gmail/inbox-two-composes']);
    const root = page.locator('.M9:has([data-compose-id="14"])');
    const body = root.locator('[contenteditable="true"][g_editable="true"]');
    await root.locator('[data-pitchcheck] .pc-badge[data-status="ready"]').waitFor({ timeout: 20_000 });
    await page.evaluate(() => document.documentElement.setAttribute('data-pitchcheck-bench', ''));

    await body.click({ position: { x: 12, y: 8 } });
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type('Hi Chris,');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(PAUSE_MS);
    // Only the typing below is measured.
    await page.evaluate(() => {
      performance.clearMeasures();
      (window as unknown as { __longTasks: unknown[] }).__longTasks.length = 0;
    });

    const paragraphs = draftWords(WORDS);
    let typed = 0;
    let characters = 0;
    const started = Date.now();
    for (const [p, words] of paragraphs.entries()) {
      if (p > 0) {
        await page.keyboard.press('Enter');
        await page.keyboard.press('Enter');
      }
      for (const word of words) {
        const text = `${word} `;
        // One key event per character, as a person types (no artificial delay: the worst case).
        await page.keyboard.type(text);
        characters += text.length;
        if (++typed % PAUSE_EVERY_WORDS === 0) await page.waitForTimeout(PAUSE_MS);
      }
    }
    await page.waitForTimeout(PAUSE_MS + 300);
    const typingSeconds = (Date.now() - started) / 1000;

    const measured = await page.evaluate(() => ({
      measures: performance
        .getEntriesByType('measure')
        .filter((e) => e.name.startsWith('pitchcheck:'))
        .map((e) => ({ name: e.name, duration: e.duration })),
      longTasks: (window as unknown as { __longTasks: { duration: number }[] }).__longTasks.map((t) => t.duration),
      underlines: document.querySelector('.M9 [data-pitchcheck]')?.shadowRoot?.querySelectorAll('[data-underline]').length ?? 0,
    }));
    const of = (name: string) => measured.measures.filter((m) => m.name === name).map((m) => m.duration);
    const taskNames = [...new Set(measured.measures.map((m) => m.name).filter((n) => n.startsWith('pitchcheck:task:') || n === 'pitchcheck:overlay-frame'))];
    const extensionTasksMs = Object.fromEntries(taskNames.map((n) => [n.replace(/^pitchcheck:(task:)?/, ''), summary(of(n))]));
    const taskDurations = taskNames.flatMap(of);
    const longest = taskDurations.length ? Math.max(...taskDurations) : NaN;
    const checks = of('pitchcheck:check-to-render');
    const result: BrowserBench = {
      date: new Date().toISOString(),
      chromium: context.browser()?.version() ?? (await page.evaluate(() => navigator.userAgent)),
      words: typed,
      characters,
      typingSeconds: +typingSeconds.toFixed(1),
      keystrokeToUnderlinesMs: summary(of('pitchcheck:keystroke-to-underlines')),
      debounceToFindingsMs: summary(checks),
      keystrokeToFindingsMs: summary(of('pitchcheck:keystroke-to-findings')),
      extensionTasksMs,
      longestExtensionTaskMs: round(longest),
      pageLongTasks: { count: measured.longTasks.length, longestMs: round(measured.longTasks.length ? Math.max(...measured.longTasks) : NaN) },
      underlinesAtEnd: measured.underlines,
      targets: {
        noExtensionTaskOver16ms: Number.isFinite(longest) && longest <= MAX_TASK_MS,
        findingsWithin100msOfDebounce: checks.length > 0 && quantile(checks, 0.95) <= MAX_CHECK_MS,
      },
    };
    return result;
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

export function printBrowserBench(r: BrowserBench): void {
  const s = (x: { median: number | null; p95: number | null; max: number | null; count: number }) =>
    `median ${x.median} ms, p95 ${x.p95} ms, max ${x.max} ms (n=${x.count})`;
  console.log(`\nPitchcheck in the browser — Chromium ${r.chromium}, Gmail fixture, ${r.words} words / ${r.characters} keystrokes typed in ${r.typingSeconds} s\n`);
  console.log(`keystroke → underlines repositioned: ${s(r.keystrokeToUnderlinesMs)}`);
  console.log(`debounce fired → findings shown:     ${s(r.debounceToFindingsMs)}`);
  console.log(`keystroke → findings shown:          ${s(r.keystrokeToFindingsMs)} (includes the 300 ms debounce)`);
  for (const [name, x] of Object.entries(r.extensionTasksMs)) console.log(`  extension task ${name.padEnd(14)} ${s(x)}`);
  console.log(`longest extension task: ${r.longestExtensionTaskMs} ms; page long tasks (≥50 ms, any cause): ${r.pageLongTasks.count}${r.pageLongTasks.count ? `, longest ${r.pageLongTasks.longestMs} ms` : ''}`);
  console.log(`underlines drawn at the end: ${r.underlinesAtEnd}`);
  console.log(
    `Targets: no extension task over ${MAX_TASK_MS} ms: ${r.targets.noExtensionTaskOver16ms ? 'yes' : 'NO'}; findings within ${MAX_CHECK_MS} ms of the debounce (p95): ${r.targets.findingsWithin100msOfDebounce ? 'yes' : 'NO'}\n`,
  );
}

/** Adds `browser` to bench/results.json, keeping what the engine bench wrote. */
export function mergeBrowserResults(r: BrowserBench): void {
  let existing: Record<string, unknown> = {};
  try {
    existing = JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>;
  } catch {
    existing = {};
  }
  mkdirSync(path.dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify({ ...existing, browser: r }, null, 2)}\n`);
  console.log('Wrote bench/results.json (browser)');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const r = await runBrowserBench({ build: !process.argv.includes('--no-build') });
  printBrowserBench(r);
  mergeBrowserResults(r);
}
