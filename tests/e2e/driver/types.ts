// The small surface the cross-browser specs need from a browser: a tab driven with real input
// events, the extension's background, its options page, and what went wrong. One implementation
// per browser (chromium.ts: Playwright; firefox.ts: puppeteer over WebDriver BiDi); the specs and
// their assertions are written once against this.

export type Engine = 'chromium' | 'firefox';

/** One tab. Coordinates are CSS pixels in the viewport; input is real (trusted) input. */
export interface Tab {
  goto(url: string): Promise<void>;
  /** Runs a self-contained function in the page's own world (no closures: it is serialised). */
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<Awaited<R>>;
  click(x: number, y: number): Promise<void>;
  /** One key or a chord, as Playwright writes them: `Enter`, `Control+a`, `Control+z`. */
  press(keys: string): Promise<void>;
  /** Types `text` key by key (no newlines). */
  type(text: string): Promise<void>;
  bringToFront(): Promise<void>;
}

export interface Problems {
  /** Uncaught errors and console errors of the pages (the content script's land here too). */
  pageErrors: string[];
  /** Uncaught errors of the extension's own contexts (background, extension pages). */
  extensionErrors: string[];
  /** Network requests the pages or the extension made that the fixture server did not answer. */
  requests: string[];
}

export interface ExtensionDriver {
  readonly engine: Engine;
  /** The first tab, open before any test step and watched for problems. */
  readonly page: Tab;
  /**
   * Suspends the background the way the browser does when it is idle (Chromium stops the service
   * worker, Firefox terminates the event page) and resolves once it is stopped.
   */
  suspendBackground(): Promise<void>;
  /** Whether the background is running now (after a suspend: whether something woke it). */
  backgroundRunning(): Promise<boolean>;
  /** Opens the extension's options page in a new tab, loaded. */
  openOptions(): Promise<Tab>;
  problems(): Promise<Problems>;
  close(): Promise<void>;
}
