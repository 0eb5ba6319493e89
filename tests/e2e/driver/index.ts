// The Playwright fixture of the cross-browser specs: a fresh browser with the built extension per
// test (Chromium or Firefox, by the project's `engine` option), and after every test the checks
// that hold everywhere: no page errors, no extension errors, no network requests.
import { test as base, expect } from '@playwright/test';
import { launchChromium } from './chromium.js';
import { launchFirefox } from './firefox.js';
import type { Engine, ExtensionDriver } from './types.js';

export type { Engine, ExtensionDriver, Tab } from './types.js';

export const test = base.extend<{ driver: ExtensionDriver }, { engine: Engine }>({
  engine: ['chromium', { option: true, scope: 'worker' }],
  driver: async ({ engine }, use) => {
    const driver = engine === 'firefox' ? await launchFirefox() : await launchChromium();
    try {
      await use(driver);
      const problems = await driver.problems();
      expect(problems.requests, 'network requests nobody served (the extension must make none)').toEqual([]);
      expect(problems.pageErrors, 'errors in the page console').toEqual([]);
      expect(problems.extensionErrors, "errors in the extension's own contexts").toEqual([]);
    } finally {
      await driver.close();
    }
  },
});

export { expect };
