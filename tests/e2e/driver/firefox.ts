// Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi (no geckodriver, no patched
// Firefox), with the built dist/firefox installed as a temporary add-on and the fixture pages
// answered at their real https URLs by BiDi network interception. The recipe, with what was
// verified and why: shared/reference/firefox-e2e.md.
//
// A few checks need Firefox's parent process (suspending the event page, the extension's own
// requests and errors, navigating to moz-extension://): `--remote-allow-system-access` lets BiDi
// evaluate there ("chrome" scope). Only the harness uses it; the pages under test do not see it.
import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type HTTPRequest, type KeyInput, type Page } from 'puppeteer-core';
import { fixtureResponse, isFaviconRequest } from '../../fixtures/index.js';
import type { ExtensionDriver, Problems, Tab } from './types.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** global-setup.ts copies dist/firefox once per run and names the copy here. */
export const FIREFOX_EXTENSION_DIR = process.env.PITCHCHECK_FIREFOX_EXTENSION_DIR ?? path.join(ROOT, 'dist/firefox');
/** browser_specific_settings.gecko.id of the Firefox build (scripts/build.ts). */
const ADDON_ID = 'pitchcheck@pitchcheck.dev';

export function firefoxPath(): string {
  if (process.env.PITCHCHECK_FIREFOX) return process.env.PITCHCHECK_FIREFOX;
  for (const candidate of ['/usr/bin/firefox-esr', '/usr/bin/firefox']) if (existsSync(candidate)) return candidate;
  throw new Error('No Firefox found: install it (apt-get install firefox-esr) or set PITCHCHECK_FIREFOX.');
}

/** BiDi's own commands, for the few things puppeteer has no API for. */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: any }>;
}

class FirefoxTab implements Tab {
  constructor(
    readonly page: Page,
    private readonly connection: BidiConnection,
  ) {}

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
    const parts = keys.split('+') as KeyInput[];
    const key = parts.pop()!;
    for (const modifier of parts) await this.page.keyboard.down(modifier);
    await this.page.keyboard.press(key);
    for (const modifier of parts.reverse()) await this.page.keyboard.up(modifier);
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  async bringToFront(): Promise<void> {
    await this.page.bringToFront();
  }

  /** Navigates without waiting for a load event (puppeteer never sees an extension page load). */
  async navigateNoWait(url: string): Promise<void> {
    const context = (this.page.mainFrame() as unknown as { _id: string })._id;
    await this.connection.send('browsingContext.navigate', { context, url, wait: 'none' });
  }
}

class FirefoxDriver implements ExtensionDriver {
  readonly engine = 'firefox' as const;
  private readonly pageErrors: string[] = [];
  private readonly unserved: string[] = [];

  constructor(
    private readonly browser: Browser,
    private readonly connection: BidiConnection,
    private readonly chromeContext: string,
    private readonly uuid: string,
    readonly page: FirefoxTab,
  ) {}

  static async launch(): Promise<FirefoxDriver> {
    if (!existsSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
      throw new Error(`${FIREFOX_EXTENSION_DIR} is missing: run \`npm run build\` first`);
    }
    // Pinned, so the harness knows the moz-extension:// host (it is random per install otherwise).
    const uuid = randomUUID();
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath(),
      headless: true,
      defaultViewport: { width: 1280, height: 900 }, // Firefox's headless default is 800x600
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: uuid }),
        // MV3 host permissions granted at install, as Firefox 127+ does by default: said here so a
        // changed default cannot silently leave the content script out.
        'extensions.originControls.grantByDefault': true,
      },
    });
    try {
      const connection = (browser as unknown as { connection: BidiConnection }).connection;
      const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
      const chromeContext = tree.result.contexts[0].context as string;
      const installed = await browser.installExtension(FIREFOX_EXTENSION_DIR);
      if (installed !== ADDON_ID) throw new Error(`installed ${installed}, expected ${ADDON_ID}`);
      const page = (await browser.pages())[0] ?? (await browser.newPage());
      const driver = new FirefoxDriver(browser, connection, chromeContext, uuid, new FirefoxTab(page, connection));
      await driver.watchExtensionRequests();
      await driver.serveFixtures(page);
      return driver;
    } catch (error) {
      await browser.close();
      throw error;
    }
  }

  /** Evaluates `expression` in Firefox's parent process (needs --remote-allow-system-access). */
  private async chromeEval<T>(expression: string): Promise<T> {
    const response = await this.connection.send('script.evaluate', {
      expression,
      target: { context: this.chromeContext },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    const result = response.result;
    if (result.type === 'exception') throw new Error(`chrome-scope evaluation failed: ${result.exceptionDetails?.text}`);
    return result.result?.value as T;
  }

  private policy(): string {
    return `WebExtensionPolicy.getByID(${JSON.stringify(ADDON_ID)})`;
  }

  /**
   * Requests of the background or extension pages are not seen by a tab's interception (they
   * belong to no tab): every HTTP request of every process is observed in the parent, and those
   * made by the extension are recorded.
   */
  private async watchExtensionRequests(): Promise<void> {
    await this.chromeEval(`(() => {
      const origin = 'moz-extension://${this.uuid}';
      const seen = (window.__pitchcheckExtensionRequests = []);
      Services.obs.addObserver({
        observe(subject) {
          const channel = subject.QueryInterface(Ci.nsIChannel);
          const info = channel.loadInfo;
          const principals = [info?.triggeringPrincipal, info?.loadingPrincipal].filter(Boolean);
          if (principals.some((p) => p.addonId === ${JSON.stringify(ADDON_ID)} || (p.origin || '').startsWith(origin))) {
            seen.push(channel.URI.spec);
          }
        },
      }, 'http-on-modify-request');
      return true;
    })()`);
  }

  /** Answers the fixture URLs in `page` (per page: BiDi interception is per tab) and records the rest. */
  private async serveFixtures(page: Page): Promise<void> {
    page.on('console', (message) => {
      if (message.type() === 'error') this.pageErrors.push(message.text());
    });
    page.on('pageerror', (error) => this.pageErrors.push(`pageerror: ${error instanceof Error ? error.message : String(error)}`));
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => {
      const url = request.url();
      // Firefox intercepts data: URLs too (the fixtures' <link rel="icon" href="data:,">).
      if (url.startsWith('data:')) return void request.continue();
      const response = fixtureResponse(url);
      // resourceType() is unsupported under BiDi: a page is served only to a navigation.
      if (response && request.isNavigationRequest() === (response.kind === 'document')) {
        return void request.respond({ status: response.status, headers: response.headers, body: response.body });
      }
      if (!isFaviconRequest(url)) this.unserved.push(url);
      return void request.abort('blockedbyclient');
    });
  }

  async suspendBackground(): Promise<void> {
    // What extensions.background.idle.timeout does after 30 s: Firefox's stopAllWorkers.
    await this.chromeEval(`${this.policy()}.extension.terminateBackground({ ignoreDevToolsAttached: true, disableResetIdleForTest: true })`);
    const state = await this.chromeEval<string>(`String(${this.policy()}.extension.backgroundState)`);
    if (state !== 'stopped') throw new Error(`background is ${state} after terminateBackground`);
  }

  async backgroundRunning(): Promise<boolean> {
    return (await this.chromeEval<string>(`String(${this.policy()}.extension.backgroundState)`)) === 'running';
  }

  async openOptions(): Promise<Tab> {
    const page = await this.browser.newPage();
    page.on('pageerror', (error) => this.pageErrors.push(`options pageerror: ${error instanceof Error ? error.message : String(error)}`));
    const tab = new FirefoxTab(page, this.connection);
    await tab.navigateNoWait(`moz-extension://${this.uuid}/options.html`);
    const deadline = Date.now() + 15_000;
    for (;;) {
      const ready = await page
        .evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete' && !!document.querySelector('h1'))
        .catch(() => false);
      if (ready) return tab;
      if (Date.now() > deadline) throw new Error('the options page did not load');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async problems(): Promise<Problems> {
    // Uncaught errors of the background and the content script reach the parent's console service
    // (background console.error calls do not: those stay in the extension process).
    const extensionErrors = await this.chromeEval<string[]>(`(() => {
      const prefix = 'moz-extension://${this.uuid}/';
      return Services.console.getMessageArray()
        .filter((m) => m instanceof Ci.nsIScriptError && !(m.flags & Ci.nsIScriptError.warningFlag) && (m.sourceName || '').startsWith(prefix))
        .map((m) => m.sourceName.slice(prefix.length) + ':' + m.lineNumber + ' ' + m.errorMessage);
    })()`);
    const extensionRequests = await this.chromeEval<string[]>('window.__pitchcheckExtensionRequests.slice()');
    return { pageErrors: [...this.pageErrors], extensionErrors, requests: [...this.unserved, ...extensionRequests] };
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}

export function launchFirefox(): Promise<ExtensionDriver> {
  return FirefoxDriver.launch();
}
