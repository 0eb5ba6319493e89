// Shared Playwright fixtures: Debian's Chromium with the built extension (dist/chrome) loaded,
// pages served at the real mail URLs, and two checks after every test: the extension made no
// network requests and the page console stayed free of errors.
import { test as base, expect, chromium, type BrowserContext, type Locator, type Page, type Worker } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath, extensionArgs } from '../../scripts/browser.js';
import { FIXTURE_URLS, TRUSTED_TYPES_CSP, serveFixtures, type FixtureName } from '../fixtures/index.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// global-setup.ts copies dist/chrome once per run and names the copy here.
export const EXTENSION_DIR = process.env.PITCHCHECK_EXTENSION_DIR ?? path.join(ROOT, 'dist/chrome');
export const DEMO_HTML = readFileSync(path.join(ROOT, 'scripts/demo/gmail.html'), 'utf8');

export interface Served {
  /** Every page the test serves, by exact URL (without the hash). */
  pages: Map<string, string>;
}

interface Watch {
  /** Requests nobody served (the fixture server records them; the favicon fetch is not ours). */
  unexpectedRequests: string[];
  consoleErrors: string[];
}

type TestFixtures = { context: BrowserContext; page: Page; served: Served; watch: Watch; worker: Worker };
/**
 * Who paints the underlines: the browser (CSS Custom Highlight API, the default where it works)
 * or the overlay (the fallback; its line elements can be measured against the text).
 */
type TestOptions = { painter: 'highlight' | 'overlay' };

export const test = base.extend<TestFixtures & TestOptions>({
  painter: ['highlight', { option: true }],
  served: async ({}, use) => {
    await use({ pages: new Map() });
  },
  watch: async ({}, use) => {
    await use({ unexpectedRequests: [], consoleErrors: [] });
  },
  context: async ({ served, watch, painter }, use) => {
    if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`${EXTENSION_DIR} is missing: run \`npm run build\` first`);
    const profile = await mkdtemp(path.join(os.tmpdir(), 'pitchcheck-e2e-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: extensionArgs(EXTENSION_DIR),
    });
    // Routes first, before any page opens or anything stops the worker. The fixture server
    // answers the Gmail/Outlook fixture URLs and aborts (and records) everything else; pages a
    // test serves itself (the demo page) are answered first.
    if (painter === 'overlay') {
      // Read when a compose's underline layer is made (the content script runs after DOMContentLoaded).
      await context.addInitScript(() =>
        document.addEventListener('DOMContentLoaded', () => document.documentElement.setAttribute('data-pitchcheck-painter', 'overlay')),
      );
    }
    const server = await serveFixtures(context);
    watch.unexpectedRequests = server.blocked;
    await context.route('**/*', async (route) => {
      const request = route.request();
      const url = new URL(request.url());
      const html = served.pages.get(url.origin + url.pathname + url.search);
      if (html === undefined || request.resourceType() !== 'document') return route.fallback();
      return route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        headers: { 'Content-Security-Policy': TRUSTED_TYPES_CSP },
        body: html,
      });
    });
    await use(context);
    await context.close();
    await rm(profile, { recursive: true, force: true });
  },
  worker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  // The page waits for the extension's service worker: on a busy machine Chromium can still be
  // loading the extension when the launch returns (seen in about 1 launch in 15), and a page that
  // loads before the extension does gets no content script (its badge would never come).
  page: async ({ context, watch, worker }, use) => {
    void worker;
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (message) => {
      if (message.type() === 'error') watch.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => watch.consoleErrors.push(`pageerror: ${error.message}`));
    await use(page);
    expect(watch.unexpectedRequests, 'network requests nobody served (the extension must make none)').toEqual([]);
    expect(watch.consoleErrors, 'errors in the page console').toEqual([]);
  },
});

export { expect };

/** Opens one of the Gmail/Outlook fixture pages at its real URL. */
export async function openFixture(page: Page, name: FixtureName): Promise<void> {
  await page.goto(FIXTURE_URLS[name]);
}

/** Serves `html` at `url` (at the real site's URL and with its Trusted Types header) and opens it. */
export async function openPage(page: Page, served: Served, url: string, html: string): Promise<void> {
  const u = new URL(url);
  served.pages.set(u.origin + u.pathname + u.search, html);
  await page.goto(url);
}

/** The extension's UI host inside a compose root. */
export function hostIn(compose: Locator): Locator {
  return compose.locator('[data-pitchcheck]');
}

/** The badge once the first answer arrived (the panel can be read after this). */
export async function waitReady(host: Locator): Promise<void> {
  await expect(host.locator('.pc-badge[data-status="ready"]')).toBeVisible({ timeout: 15_000 });
}

export async function openPanel(host: Locator): Promise<void> {
  await waitReady(host);
  const badge = host.locator('.pc-badge');
  if ((await badge.getAttribute('aria-expanded')) !== 'true') await badge.click();
  await expect(host.locator('[role="dialog"]')).toBeVisible();
}

export function finding(host: Locator, ruleId: string): Locator {
  return host.locator(`[data-rule="${ruleId}"]`);
}

/** The rule ids the panel lists, once a check has settled. */
export async function shownRules(host: Locator): Promise<string[]> {
  await waitReady(host);
  return host.locator('[data-rule]').evaluateAll((els) => els.map((el) => el.getAttribute('data-rule') ?? ''));
}

/**
 * The Gmail inbox fixture's pop-up compose to Maria Lopez (cc Sam Patel), with `draft` typed
 * into it and checked: where most single-compose tests start.
 */
export async function openGmailDraft(page: Page, draft: string): Promise<{ root: Locator; host: Locator; body: Locator }> {
  await openFixture(page, 'gmail/inbox-two-composes');
  const root = page.locator('.M9:has([data-compose-id="15"])');
  const host = hostIn(root);
  const body = root.locator('[contenteditable="true"][g_editable="true"]');
  await waitReady(host);
  await typeDraft(page, body, draft);
  await waitReady(host);
  return { root, host, body };
}

/** Replaces the editor's content the way a user does: select all, then type (Enter between lines). */
export async function typeDraft(page: Page, body: Locator, text: string): Promise<void> {
  // Top-left corner: the open panel may cover the middle of the editor, as it does for users.
  await body.click({ position: { x: 12, y: 8 } });
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    // insertText is one input event per line (like an IME or autocorrect), fast for long drafts.
    if (line) await page.keyboard.insertText(line);
  }
}

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The client rectangles (one per line) of the first occurrence of `text` in the editor. */
export function textRects(body: Locator, text: string): Promise<Rect[]> {
  return body.evaluate((el, wanted) => {
    const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(wanted);
      if (at < 0) continue;
      const range = el.ownerDocument.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      return [...range.getClientRects()].map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }));
    }
    return [];
  }, text);
}

/**
 * Moves the mouse onto the first line of `text` in the editor, as a user pointing at a word: the
 * middle of a short word, 20 px in for a long run of text (its first line box may be clipped).
 */
export async function hoverText(page: Page, body: Locator, text: string): Promise<void> {
  const [box] = await textRects(body, text);
  if (!box) throw new Error(`no “${text}” in the editor`);
  await page.mouse.move(box.left + Math.min((box.right - box.left) / 2, 20), (box.top + box.bottom) / 2, { steps: 3 });
}

/** The texts the browser paints under one of our CSS highlights (`pitchcheck-<severity>`…), sorted. */
export function highlighted(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => [...((CSS.highlights.get(n) as Set<AbstractRange> | undefined) ?? [])].map((r) => (r instanceof Range ? r.toString() : '')).sort(), name);
}

/** Sentences about the sender, repeated up to `words` words: a long, self-focused pitch. */
export function longPitch(words: number): string {
  const sentence = 'We built our platform so our team can help our customers grow with our tools.';
  const out: string[] = [];
  let count = 0;
  while (count < words) {
    out.push(sentence);
    count += sentence.split(' ').length;
  }
  return out.join(' ');
}

/**
 * Stops the extension's service worker the way Chrome does after 30 s idle (CDP
 * ServiceWorker.stopAllWorkers), and resolves once it is stopped. `statuses` keeps every
 * running status seen afterwards, so a test can see the worker start again.
 */
export async function stopServiceWorker(context: BrowserContext, page: Page): Promise<{ statuses: string[] }> {
  const cdp = await context.newCDPSession(page);
  const seen = { statuses: [] as string[] };
  let onStopped: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (onStopped = resolve));
  let stopSent = false;
  cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
    for (const v of event.versions) {
      if (!v.scriptURL.startsWith('chrome-extension://') || !stopSent) continue;
      seen.statuses.push(v.runningStatus);
      if (v.runningStatus === 'stopped') onStopped();
    }
  });
  await cdp.send('ServiceWorker.enable');
  stopSent = true;
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  return seen;
}
