import { defineConfig } from '@playwright/test';
import type { Engine } from './tests/e2e/driver/index.js';

export default defineConfig<{ engine: Engine }>({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // A copy of dist/chrome for the whole run: a rebuild meanwhile cannot reach the tests.
  globalSetup: './tests/e2e/global-setup.ts',
  // Each test launches its own Chromium with the extension; two at once suit a 2-core machine.
  workers: 2,
  fullyParallel: true,
  timeout: 60_000,
  // Upper bound for waits on real conditions (a finding shown, a badge ready): generous for a
  // loaded 2-core machine; a passing wait takes only as long as the condition needs.
  expect: { timeout: 10_000 },
  // A flaky test must fail, not be retried into green.
  retries: 0,
  reporter: [['list']],
  // A failure keeps its trace (DOM snapshots, actions, console) and a screenshot in test-results/.
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure' },
  projects: [
    // Every spec in Debian's Chromium, driven by Playwright.
    { name: 'chromium', use: { engine: 'chromium' } },
    // The cross-browser specs in Debian's firefox-esr (puppeteer-core over WebDriver BiDi): the same
    // tests through the Firefox driver. Run alongside Chromium's by the same two workers.
    { name: 'firefox', testMatch: 'both-browsers.spec.ts', use: { engine: 'firefox' } },
  ],
});
