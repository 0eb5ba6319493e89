// Shared by `npm start` and `npm run screenshot`: Chromium with the built extension, showing the
// local demo page at a real Gmail URL (served by Playwright, nothing goes to the network).
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath, extensionArgs } from '../browser.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(HERE, '../..');
export const EXTENSION_DIR = path.join(ROOT, 'dist/chrome');
export const DEMO_URL = 'https://mail.google.com/mail/u/0/#inbox?compose=new';

export interface Demo {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function launchDemo(options: { headless: boolean; viewport?: { width: number; height: number } }): Promise<Demo> {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) throw new Error('dist/chrome is missing: run `npm run build` first');
  const html = await readFile(path.join(HERE, 'gmail.html'), 'utf8');
  const profile = await mkdtemp(path.join(os.tmpdir(), 'pitchcheck-demo-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: options.headless,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    args: extensionArgs(EXTENSION_DIR),
  });
  // Every request stays on this machine: the demo page for Gmail URLs, nothing for the rest.
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === 'mail.google.com' && route.request().resourceType() === 'document') {
      return route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        // Gmail's real header: extension code must live with Trusted Types.
        headers: { 'Content-Security-Policy': "require-trusted-types-for 'script'" },
        body: html,
      });
    }
    return route.abort();
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(DEMO_URL);
  return {
    context,
    page,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Waits for the extension's first answer on the demo compose, then opens its panel. */
export async function openPanel(page: Page): Promise<void> {
  const badge = page.locator('[data-pitchcheck] .pc-badge[data-status="ready"]').first();
  await badge.waitFor({ timeout: 20_000 });
  await badge.click();
  await page.locator('[data-pitchcheck] [role="dialog"]').first().waitFor();
}

export interface ShownFinding {
  rule: string;
  severity: string;
  message: string;
  fixes: string[];
}

export async function readFindings(page: Page): Promise<ShownFinding[]> {
  return page.locator('[data-pitchcheck] [data-rule]').evaluateAll((items) =>
    items.map((li) => ({
      rule: li.getAttribute('data-rule') ?? '',
      severity: li.getAttribute('data-severity') ?? '',
      message: li.querySelector('.pc-message')?.textContent ?? '',
      fixes: [...li.querySelectorAll('[data-fix]')].map((b) => b.textContent ?? ''),
    })),
  );
}

export async function readStats(page: Page): Promise<Record<string, string>> {
  return page.locator('[data-pitchcheck] [data-stat]').evaluateAll((rows) =>
    Object.fromEntries(rows.map((r) => [r.getAttribute('data-stat') ?? '', r.querySelector('.pc-stat-value')?.textContent ?? ''])),
  );
}
