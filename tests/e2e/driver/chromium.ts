// Debian's Chromium with the built dist/chrome loaded, driven by Playwright: the same launch, the
// same fixture server and the same service-worker stop as the Chromium-only specs (fixtures.ts).
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromiumPath, extensionArgs } from '../../../scripts/browser.js';
import { serveFixtures, type FixtureServer } from '../../fixtures/index.js';
import { EXTENSION_DIR, stopServiceWorker } from '../fixtures.js';
import type { ExtensionDriver, Problems, Tab } from './types.js';

class ChromiumTab implements Tab {
  constructor(readonly page: Page) {}

  async goto(url: string): Promise<void> {
    await this.page.goto(url);
  }

  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<Awaited<R>> {
    // The page function is serialised either way; the libraries' argument typing adds nothing here.
    return (this.page.evaluate as (f: unknown, a: unknown) => Promise<Awaited<R>>).call(this.page, fn, arg);
  }

  async click(x: number, y: number): Promise<void> {
    await this.page.mouse.click(x, y);
  }

  async press(keys: string): Promise<void> {
    await this.page.keyboard.press(keys);
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  async bringToFront(): Promise<void> {
    await this.page.bringToFront();
  }
}

class ChromiumDriver implements ExtensionDriver {
  readonly engine = 'chromium' as const;
  private readonly pageErrors: string[] = [];
  private readonly extensionErrors: string[] = [];
  private workerStatuses: string[] | undefined;

  constructor(
    private readonly context: BrowserContext,
    private readonly profile: string,
    private readonly server: FixtureServer,
    private readonly extensionId: string,
    readonly page: ChromiumTab,
    worker: Worker,
  ) {
    this.watch(page.page);
    // The service worker's console, and that of each worker started again after a stop.
    const watchWorker = (w: Worker) =>
      w.on('console', (message) => {
        if (message.type() === 'error') this.extensionErrors.push(message.text());
      });
    watchWorker(worker);
    context.on('serviceworker', watchWorker);
  }

  static async launch(): Promise<ChromiumDriver> {
    if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`${EXTENSION_DIR} is missing: run \`npm run build\` first`);
    const profile = await mkdtemp(path.join(os.tmpdir(), 'pitchcheck-e2e-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      headless: true,
      viewport: { width: 1280, height: 900 },
      args: extensionArgs(EXTENSION_DIR),
    });
    try {
      const server = await serveFixtures(context);
      // The extension's own pages are not network requests: let them load (routes registered last are asked first).
      await context.route((url) => url.protocol === 'chrome-extension:', (route) => route.continue());
      // A page opened before the extension has loaded gets no content script: wait for its worker.
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      const page = context.pages()[0] ?? (await context.newPage());
      return new ChromiumDriver(context, profile, server, new URL(worker.url()).host, new ChromiumTab(page), worker);
    } catch (error) {
      await context.close();
      await rm(profile, { recursive: true, force: true });
      throw error;
    }
  }

  private watch(page: Page): void {
    page.on('console', (message) => {
      if (message.type() === 'error') this.pageErrors.push(message.text());
    });
    page.on('pageerror', (error) => this.pageErrors.push(`pageerror: ${error.message}`));
  }

  async suspendBackground(): Promise<void> {
    this.workerStatuses = (await stopServiceWorker(this.context, this.page.page)).statuses;
  }

  async backgroundRunning(): Promise<boolean> {
    // Before any stop the worker runs (launch waited for it); after one, CDP tells its status.
    return this.workerStatuses === undefined || this.workerStatuses.at(-1) === 'running';
  }

  async openOptions(): Promise<Tab> {
    const page = await this.context.newPage();
    this.watch(page);
    await page.goto(`chrome-extension://${this.extensionId}/options.html`);
    await page.locator('h1').waitFor();
    return new ChromiumTab(page);
  }

  async problems(): Promise<Problems> {
    // Chromium reports content-script errors in the page console, and Playwright's context
    // route sees the service worker's requests too.
    return { pageErrors: [...this.pageErrors], extensionErrors: [...this.extensionErrors], requests: [...this.server.blocked] };
  }

  async close(): Promise<void> {
    await this.context.close();
    await rm(this.profile, { recursive: true, force: true });
  }
}

export function launchChromium(): Promise<ExtensionDriver> {
  return ChromiumDriver.launch();
}
