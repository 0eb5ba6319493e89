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
/** Targets of issue 12. */
const MAX_REPOSITION_MEDIAN_MS = 4;

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
  /** Who drew the underlines: the browser (CSS Custom Highlight API) or the overlay. */
  painter: string;
  targets: { noExtensionTaskOver16ms: boolean; findingsWithin100msOfDebounce: boolean; keystrokeToUnderlinesMedianWithin4ms: boolean };
  /** Huge drafts pasted, then a few keystrokes typed: with the extension (both painters) and without it. */
  hugeDrafts?: HugeDraftRun[];
}

export async function runBrowserBench(options: { build?: boolean; huge?: boolean } = {}): Promise<BrowserBench> {
  const typing = await runTypingBench(options);
  if (options.huge !== false) typing.hugeDrafts = await runHugeDraftBench();
  return typing;
}

async function runTypingBench(options: { build?: boolean } = {}): Promise<BrowserBench> {
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
      // Drawn by the overlay, or painted by the browser from our highlights.
      underlines:
        (document.querySelector('.M9 [data-pitchcheck]')?.shadowRoot?.querySelectorAll('[data-underline]').length ?? 0) +
        ['pitchcheck-error', 'pitchcheck-warning', 'pitchcheck-info'].reduce((n, name) => n + (CSS.highlights?.get(name)?.size ?? 0), 0),
      painter: ['pitchcheck-error', 'pitchcheck-warning', 'pitchcheck-info'].some((name) => CSS.highlights?.get(name)) ? 'highlight' : 'overlay',
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
      painter: measured.painter,
      targets: {
        noExtensionTaskOver16ms: Number.isFinite(longest) && longest <= MAX_TASK_MS,
        findingsWithin100msOfDebounce: checks.length > 0 && quantile(checks, 0.95) <= MAX_CHECK_MS,
        keystrokeToUnderlinesMedianWithin4ms: quantile(of('pitchcheck:keystroke-to-underlines'), 0.5) <= MAX_REPOSITION_MEDIAN_MS,
      },
    };
    return result;
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

// --- Huge drafts (issue 12) ------------------------------------------------------------------------
// A draft of each size is pasted through the clipboard into the pop-up compose, the check of it
// is awaited, then a few words are typed at the top of the draft (where the compose shows it),
// with pauses so checks run between them. The same run happens with the extension (the browser
// painting the underlines, then the overlay forced) and without the extension.

export interface HugeDraftRun {
  size: string;
  characters: number;
  mode: 'extension, highlights' | 'extension, overlay' | 'no extension';
  pasteSeconds: number;
  keystrokes: number;
  /** Wall time per keystroke as the driver sees it (the key event handled, page work included). */
  keystrokeWallMs: ReturnType<typeof summary>;
  extensionTasksMs: Record<string, ReturnType<typeof summary>>;
  longestExtensionTaskMs: number | null;
  keystrokeToUnderlinesMs: ReturnType<typeof summary>;
  pageLongTasks: { count: number; longestMs: number | null; totalMs: number };
  /** What the panel says ("Checking the first N words"), if anything. */
  notice: string | null;
  budgetMs: number | null;
  withinBudget: boolean | null;
}

const HUGE_SIZES: { size: string; characters: number; budgetMs: number }[] = [
  { size: '2,000 words', characters: 12_000, budgetMs: 16 },
  { size: '1 MB', characters: 1_000_000, budgetMs: 16 },
  { size: '5 MB', characters: 5_000_000, budgetMs: 50 },
];
const TYPED_WORDS = ['thanks ', 'for the ', 'quick ', 'reply, ', 'see the ', 'note ', 'below. '];

function proseOfSize(characters: number): string {
  const paragraphs: string[] = [];
  let size = 0;
  let words = 2000;
  while (size < characters) {
    for (const p of draftWords(words)) {
      const text = p.join(' ');
      paragraphs.push(text);
      size += text.length + 2;
      if (size >= characters) break;
    }
    words *= 2;
  }
  return paragraphs.join('\n\n');
}

async function runHugeDraft(size: (typeof HUGE_SIZES)[number], mode: HugeDraftRun['mode']): Promise<HugeDraftRun> {
  const withExtension = mode !== 'no extension';
  const profile = await mkdtemp(path.join(os.tmpdir(), 'pitchcheck-bench-'));
  const args = extensionArgs(EXTENSION_DIR).filter((a) => withExtension || !/extension/.test(a));
  const context = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), headless: true, viewport: { width: 1280, height: 900 }, args });
  try {
    await serveFixtures(context);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://mail.google.com' });
    await context.addInitScript((painter) => {
      const w = window as unknown as { __longTasks: { duration: number }[] };
      w.__longTasks = [];
      try {
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.__longTasks.push({ duration: e.duration });
        }).observe({ type: 'longtask', buffered: true });
      } catch {
        // no longtask support
      }
      document.addEventListener('DOMContentLoaded', () => {
        document.documentElement.setAttribute('data-pitchcheck-bench', '');
        if (painter) document.documentElement.setAttribute('data-pitchcheck-painter', painter);
      });
    }, mode === 'extension, overlay' ? 'overlay' : '');
    if (withExtension && !context.serviceWorkers().length) await context.waitForEvent('serviceworker');
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(FIXTURE_URLS['gmail/inbox-two-composes']);
    const root = page.locator('.M9:has([data-compose-id="14"])');
    const body = root.locator('[contenteditable="true"][g_editable="true"]');
    const badge = root.locator('[data-pitchcheck] .pc-badge[data-status="ready"]');
    if (withExtension) await badge.waitFor({ timeout: 30_000 });
    await body.click({ position: { x: 12, y: 8 } });
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type('Hi Chris,');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    const text = proseOfSize(size.characters);
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    const pasteStarted = Date.now();
    await page.keyboard.press('ControlOrMeta+V');
    await page.waitForFunction((n) => (document.querySelector('.M9 [g_editable="true"]')?.textContent?.length ?? 0) >= n, text.length * 0.9, { timeout: 300_000, polling: 500 });
    const pasteSeconds = (Date.now() - pasteStarted) / 1000;
    if (withExtension) {
      await page.waitForTimeout(PAUSE_MS);
      await badge.waitFor({ timeout: 120_000 });
    }
    await page.waitForTimeout(PAUSE_MS);
    // The caret to the end of the greeting's line, at the top of the compose, as a rep adding a word.
    await page.keyboard.press('ControlOrMeta+Home');
    await page.keyboard.press('End');
    await page.waitForTimeout(PAUSE_MS);
    await page.evaluate(() => {
      performance.clearMeasures();
      (window as unknown as { __longTasks: unknown[] }).__longTasks.length = 0;
    });
    const wall: number[] = [];
    for (const [i, word] of TYPED_WORDS.entries()) {
      for (const ch of word) {
        const t0 = performance.now();
        await page.keyboard.type(ch);
        wall.push(performance.now() - t0);
      }
      // A pause every other word: the debounce fires and a check of the huge draft runs.
      if (i % 2 === 1) await page.waitForTimeout(PAUSE_MS);
    }
    await page.waitForTimeout(PAUSE_MS + 300);
    if (withExtension) await badge.waitFor({ timeout: 120_000 });
    const measured = await page.evaluate(() => ({
      measures: performance
        .getEntriesByType('measure')
        .filter((e) => e.name.startsWith('pitchcheck:'))
        .map((e) => ({ name: e.name, duration: e.duration })),
      longTasks: (window as unknown as { __longTasks: { duration: number }[] }).__longTasks.map((t) => t.duration),
      notice: document.querySelector('.M9 [data-pitchcheck]')?.shadowRoot?.querySelector('[data-truncated]')?.textContent ?? null,
    }));
    const of = (name: string) => measured.measures.filter((m) => m.name === name).map((m) => m.duration);
    const taskNames = [...new Set(measured.measures.map((m) => m.name).filter((n) => n.startsWith('pitchcheck:task:') || n === 'pitchcheck:overlay-frame'))];
    const taskDurations = taskNames.flatMap(of);
    const longest = taskDurations.length ? Math.max(...taskDurations) : NaN;
    return {
      size: size.size,
      characters: text.length,
      mode,
      pasteSeconds: +pasteSeconds.toFixed(1),
      keystrokes: wall.length,
      keystrokeWallMs: summary(wall),
      extensionTasksMs: Object.fromEntries(taskNames.map((n) => [n.replace(/^pitchcheck:(task:)?/, ''), summary(of(n))])),
      longestExtensionTaskMs: round(longest),
      keystrokeToUnderlinesMs: summary(of('pitchcheck:keystroke-to-underlines')),
      pageLongTasks: {
        count: measured.longTasks.length,
        longestMs: round(measured.longTasks.length ? Math.max(...measured.longTasks) : NaN),
        totalMs: round(measured.longTasks.reduce((a, b) => a + b, 0)) ?? 0,
      },
      notice: measured.notice,
      budgetMs: withExtension ? size.budgetMs : null,
      withinBudget: withExtension ? Number.isFinite(longest) && longest <= size.budgetMs : null,
    };
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

export async function runHugeDraftBench(sizes = HUGE_SIZES.map((s) => s.size)): Promise<HugeDraftRun[]> {
  const runs: HugeDraftRun[] = [];
  for (const size of HUGE_SIZES.filter((s) => sizes.includes(s.size))) {
    for (const mode of ['extension, highlights', 'extension, overlay', 'no extension'] as const) {
      console.log(`Huge draft: ${size.size}, ${mode}…`);
      runs.push(await runHugeDraft(size, mode));
    }
  }
  return runs;
}

export function printHugeDraftBench(runs: HugeDraftRun[]): void {
  console.log('\nHuge drafts: pasted, then typed at the top (per keystroke; longest extension task against its budget)\n');
  for (const r of runs) {
    const tasks = Object.entries(r.extensionTasksMs).map(([n, x]) => `${n} max ${x.max}`).join(', ');
    console.log(
      `${r.size.padEnd(12)} ${r.mode.padEnd(22)} paste ${r.pasteSeconds} s; keystroke wall median ${r.keystrokeWallMs.median} ms, max ${r.keystrokeWallMs.max} ms; ` +
        `longest extension task ${r.longestExtensionTaskMs ?? '-'} ms${r.budgetMs ? ` (budget ${r.budgetMs}: ${r.withinBudget ? 'yes' : 'NO'})` : ''}; ` +
        `keystroke → underlines median ${r.keystrokeToUnderlinesMs.median ?? '-'} ms; page long tasks ${r.pageLongTasks.count} (longest ${r.pageLongTasks.longestMs ?? '-'} ms, total ${r.pageLongTasks.totalMs} ms)` +
        `${tasks ? `; tasks: ${tasks}` : ''}${r.notice ? `; panel: “${r.notice}”` : ''}`,
    );
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
  console.log(`underlines at the end: ${r.underlinesAtEnd} (painted by: ${r.painter})`);
  console.log(
    `Targets: no extension task over ${MAX_TASK_MS} ms: ${r.targets.noExtensionTaskOver16ms ? 'yes' : 'NO'}; findings within ${MAX_CHECK_MS} ms of the debounce (p95): ${r.targets.findingsWithin100msOfDebounce ? 'yes' : 'NO'}; keystroke → underlines median within ${MAX_REPOSITION_MEDIAN_MS} ms: ${r.targets.keystrokeToUnderlinesMedianWithin4ms ? 'yes' : 'NO'}\n`,
  );
  if (r.hugeDrafts) printHugeDraftBench(r.hugeDrafts);
}

/** Replaces the huge-draft runs of the same size and mode in bench/results.json's browser section. */
function mergeHugeDraftResults(runs: HugeDraftRun[]): void {
  let existing: Record<string, unknown> & { browser?: BrowserBench } = {};
  try {
    existing = JSON.parse(readFileSync(RESULTS, 'utf8')) as typeof existing;
  } catch {
    existing = {};
  }
  if (!existing.browser) return console.log('No browser results to add the huge drafts to: run the whole browser bench.');
  const key = (r: HugeDraftRun) => `${r.size}|${r.mode}`;
  const fresh = new Set(runs.map(key));
  existing.browser.hugeDrafts = [...(existing.browser.hugeDrafts ?? []).filter((r) => !fresh.has(key(r))), ...runs];
  writeFileSync(RESULTS, `${JSON.stringify(existing, null, 2)}\n`);
  console.log('Wrote bench/results.json (browser, huge drafts)');
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
  // A run without the huge drafts (--no-huge) keeps the last huge-draft figures.
  const previousHuge = (existing.browser as { hugeDrafts?: unknown } | undefined)?.hugeDrafts;
  const browser = r.hugeDrafts === undefined && previousHuge !== undefined ? { ...r, hugeDrafts: previousHuge } : r;
  writeFileSync(RESULTS, `${JSON.stringify({ ...existing, browser }, null, 2)}\n`);
  console.log('Wrote bench/results.json (browser)');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // --huge-only [sizes…]: only the huge-draft runs, merged into the browser results by size and mode.
  const hugeOnly = process.argv.indexOf('--huge-only');
  if (hugeOnly >= 0) {
    const sizes = process.argv.slice(hugeOnly + 1).filter((a) => !a.startsWith('--'));
    const runs = await runHugeDraftBench(sizes.length ? sizes : undefined);
    printHugeDraftBench(runs);
    mergeHugeDraftResults(runs);
  } else {
    const r = await runBrowserBench({ build: !process.argv.includes('--no-build'), huge: !process.argv.includes('--no-huge') });
    printBrowserBench(r);
    mergeBrowserResults(r);
  }
}
