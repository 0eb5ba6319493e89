// The options page and the toolbar popup's page status, driving the built extension: settings
// changed on the options page reach an open compose at once (no reload), an imported playbook's
// phrase is flagged, a bad file is refused with a message and changes nothing, and pausing a
// site removes the UI from its composes.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, finding, hostIn, openFixture, openPanel, test, typeDraft } from './fixtures.js';

// Extension pages have the chrome.* API; this file is type-checked with node types only.
declare const chrome: any;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const EXAMPLE_PLAYBOOK = path.join(ROOT, 'examples/playbook.json');
const BODY = '[contenteditable="true"][g_editable="true"]';
const compose = (page: Page, id: string) => page.locator(`.M9:has([data-compose-id="${id}"])`);

async function openOptions(context: BrowserContext, worker: Worker): Promise<Page> {
  const id = new URL(worker.url()).host;
  // The fixture server aborts every request it does not serve; the extension's own files are not
  // network requests, so they load as they would (routes registered last are asked first).
  await context.route((url) => url.protocol === 'chrome-extension:', (route) => route.continue());
  const options = await context.newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
  await expect(options.getByRole('heading', { name: 'Pitchcheck options' })).toBeVisible();
  return options;
}

const statusOf = (options: Page) => options.locator('p.status');

async function syncStorage(options: Page): Promise<Record<string, unknown>> {
  return options.evaluate(() => chrome.storage.sync.get(null));
}

test('turning a rule off on the options page removes its findings from an open compose, without a reload', async ({ page, context, worker }) => {
  await openFixture(page, 'gmail/inbox-two-composes');
  const host = hostIn(compose(page, '15')); // "Hi Mark," to Maria, with a {{company}} placeholder
  await openPanel(host);
  await expect(finding(host, 'placeholder').first()).toBeVisible();
  await expect(finding(host, 'greeting-mismatch')).toHaveCount(1);
  const loads = await page.evaluate(() => performance.getEntriesByType('navigation').length);

  const options = await openOptions(context, worker);
  const toggle = options.getByRole('checkbox', { name: 'placeholder', exact: true });
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  await expect(statusOf(options)).toHaveText('Saved.');

  await page.bringToFront();
  await expect(finding(host, 'placeholder')).toHaveCount(0);
  await expect(finding(host, 'greeting-mismatch')).toHaveCount(1);

  // And back on: the findings return, still in the same page load.
  await options.bringToFront();
  await toggle.check();
  await page.bringToFront();
  await expect(finding(host, 'placeholder').first()).toBeVisible();
  expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(loads);

  // Severity changes reach the compose too: the greeting mismatch (an error by default) becomes a tip.
  await expect(finding(host, 'greeting-mismatch')).toHaveAttribute('data-severity', 'error');
  await options.bringToFront();
  await options.getByLabel('Severity of greeting-mismatch').selectOption('info');
  // The status already says "Saved." from the last change: wait for the stored value itself.
  await expect.poll(() => syncStorage(options)).toMatchObject({ rules: { 'greeting-mismatch': { severity: 'info' }, placeholder: {} } });
  await page.bringToFront();
  await expect(finding(host, 'greeting-mismatch')).toHaveAttribute('data-severity', 'info');
});

test("an imported playbook's phrase is flagged in the compose, with its alternative; removing it clears the finding", async ({ page, context, worker }) => {
  await openFixture(page, 'gmail/inbox-two-composes');
  const root = compose(page, '14');
  const host = hostIn(root);
  await openPanel(host);
  await typeDraft(page, root.locator(BODY), 'Hi Chris,\nCould we touch base on Tuesday about the launch?\nBest,\nDana');
  await expect(host.locator('.pc-badge[data-status="ready"]')).toBeVisible();
  await expect(finding(host, 'playbook')).toHaveCount(0);

  const options = await openOptions(context, worker);
  await options.getByLabel('Import a playbook (JSON)').setInputFiles(EXAMPLE_PLAYBOOK);
  await expect(statusOf(options)).toContainText('Playbook imported: Acme Analytics — outbound sales');
  await expect(options.locator('[data-playbook]')).toContainText('touch base');

  await page.bringToFront();
  const flagged = finding(host, 'playbook').filter({ hasText: 'touch base' });
  await expect(flagged).toHaveCount(1);
  await expect(flagged.locator('[data-fix]')).toContainText('compare notes on');
  // The playbook's range (50–110 words) is what the panel measures against now.
  await expect(host).toContainText('110');

  await options.bringToFront();
  await options.getByRole('button', { name: 'Remove playbook' }).click();
  await expect(statusOf(options)).toHaveText('Playbook removed.');
  await page.bringToFront();
  await expect(finding(host, 'playbook')).toHaveCount(0);
});

test('a bad playbook or settings file is refused with a message, and nothing changes', async ({ context, worker }) => {
  const options = await openOptions(context, worker);
  await options.getByRole('checkbox', { name: 'filler', exact: true }).uncheck();
  await expect(statusOf(options)).toHaveText('Saved.');
  const before = await syncStorage(options);

  await options.getByLabel('Import a playbook (JSON)').setInputFiles({
    name: 'playbook.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ name: 'Team', version: 1, avoid: [{ phrase: 'synergy' }] })),
  });
  await expect(statusOf(options)).toHaveAttribute('data-kind', 'error');
  await expect(statusOf(options)).toHaveAttribute('role', 'alert');
  await expect(statusOf(options)).toHaveText('Not a valid playbook: avoid[0].reason is missing. Nothing was changed.');
  await expect(options.getByText('No playbook.')).toBeVisible();

  await options.getByLabel('Import settings (JSON)').setInputFiles({
    name: 'settings.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"pitchcheck-settings","version":1,"settings":{"wordRange":{"min":200,"max":10}}}'),
  });
  await expect(statusOf(options)).toHaveText(/^Not valid settings: wordRange min must not be greater than max\. Nothing was changed\.$/);

  await options.getByLabel('Import settings (JSON)').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await expect(statusOf(options)).toHaveText(/^Not a settings file: the file is not JSON/);

  expect(await syncStorage(options)).toEqual(before);
  await expect(options.getByRole('checkbox', { name: 'filler', exact: true })).not.toBeChecked();
  await expect(options.getByLabel('Fewest words')).toHaveValue('50');
});

test('the page answers the popup: active site and findings count; pausing the site removes the UI until resumed', async ({ page, context, worker }) => {
  await openFixture(page, 'gmail/inbox-two-composes');
  const root = compose(page, '15');
  const host = hostIn(root);
  await openPanel(host);
  await root.locator(BODY).click();
  const shown = await host.locator('[data-rule]').count();

  const options = await openOptions(context, worker);
  // What the popup does: ask the content script in the mail tab (no `tabs` permission needed).
  const ask = () =>
    options.evaluate(async () => {
      const tabs = await chrome.tabs.query({});
      for (const tab of tabs) {
        if (tab.id === undefined) continue;
        try {
          const answer = await chrome.tabs.sendMessage(tab.id, { type: 'pitchcheck:status' });
          if (answer) return answer;
        } catch {
          // not a mail tab
        }
      }
      return null;
    });
  expect(await ask()).toMatchObject({ site: 'gmail', active: true, paused: false, composes: 2, findings: shown });

  // The popup's pause switch writes `paused` to storage.sync; the page drops its UI at once.
  await options.evaluate(() => chrome.storage.sync.set({ paused: { gmail: true } }));
  await expect(page.locator('[data-pitchcheck]')).toHaveCount(0);
  expect(await ask()).toMatchObject({ site: 'gmail', active: false, paused: true, findings: null });
  await expect(options.getByRole('button', { name: 'Resume' })).toBeVisible();

  await options.getByRole('button', { name: 'Resume' }).click();
  await expect(page.locator('[data-pitchcheck]')).toHaveCount(2);
  expect(await ask()).toMatchObject({ active: true, paused: false });

  // Turning the site off on the options page stops it the same way.
  await options.getByRole('checkbox', { name: 'Check drafts in Gmail' }).uncheck();
  await expect(page.locator('[data-pitchcheck]')).toHaveCount(0);
  expect(await ask()).toMatchObject({ active: false, enabled: false });
});

/** Opens the real toolbar popup on the focused tab and returns a reader of its DOM (through an extension page). */
async function openPopup(worker: Worker, extensionPage: Page) {
  await worker.evaluate(() => chrome.action.openPopup());
  const popup = {
    text: () =>
      extensionPage.evaluate(() => {
        const [view] = chrome.extension.getViews({ type: 'popup' });
        return view ? (view.document.body.innerText as string) : null;
      }),
    click: (selector: string) =>
      extensionPage.evaluate((s) => {
        const [view] = chrome.extension.getViews({ type: 'popup' });
        view.document.querySelector(s).click();
      }, selector),
  };
  await expect.poll(popup.text).toContain('Pitchcheck');
  return popup;
}

test('the toolbar popup: active on the site, the focused draft count, pause and resume', async ({ page, context, worker }) => {
  const options = await openOptions(context, worker);
  await openFixture(page, 'gmail/inbox-two-composes');
  await page.bringToFront();
  const root = compose(page, '15');
  const host = hostIn(root);
  await openPanel(host);
  await root.locator(BODY).click();
  const shown = await host.locator('[data-rule]').count();
  expect(shown).toBeGreaterThan(1);

  const popup = await openPopup(worker, options);
  await expect.poll(popup.text).toContain('Active on Gmail.');
  await expect.poll(popup.text).toContain(`${shown} findings in this draft`);

  await popup.click('input[role="switch"]');
  await expect(page.locator('[data-pitchcheck]')).toHaveCount(0);
  await expect.poll(popup.text).toContain('Paused on Gmail.');
  expect(await options.evaluate(() => chrome.storage.sync.get('paused'))).toEqual({ paused: { gmail: true } });

  await popup.click('input[role="switch"]');
  await expect(page.locator('[data-pitchcheck]')).toHaveCount(2);
  await expect.poll(popup.text).toContain('Active on Gmail.');
});

test('the toolbar popup on a page that is not a mail site says so', async ({ page, context, worker, served }) => {
  const options = await openOptions(context, worker);
  const url = 'https://example.com/';
  served.pages.set(url, '<!doctype html><title>Elsewhere</title><p>Not mail</p>');
  await page.goto(url);
  await page.bringToFront();
  const popup = await openPopup(worker, options);
  await expect.poll(popup.text).toContain('Not active on this page.');
});

test('Outlook: a playbook import and a rule turned off reach the open compose; turning Outlook off removes the UI', async ({ page, context, worker }) => {
  await openFixture(page, 'outlook/reading-pane-reply');
  const root = page.locator('#docking_InitVisiblePart_0');
  const host = root.locator('[data-pitchcheck]');
  await openPanel(host);
  await root.locator('[role="textbox"][aria-multiline="true"][contenteditable="true"]').getByText('Hi Chris,', { exact: true }).click();
  await page.keyboard.press('End');
  await page.keyboard.insertText(' Just following up on synergy.');
  await expect(host.locator('.pc-badge[data-status="ready"]')).toBeVisible();
  await expect(finding(host, 'filler').first()).toBeVisible();

  const options = await openOptions(context, worker);
  await options.getByLabel('Import a playbook (JSON)').setInputFiles(EXAMPLE_PLAYBOOK);
  await expect(statusOf(options)).toContainText('Playbook imported');
  await options.getByRole('checkbox', { name: 'filler', exact: true }).uncheck();
  await expect(statusOf(options)).toHaveText('Saved.');

  await page.bringToFront();
  await expect(finding(host, 'playbook').filter({ hasText: 'synergy' })).toHaveCount(1);
  await expect(finding(host, 'playbook').filter({ hasText: 'just following up' })).toHaveCount(1);
  await expect(finding(host, 'filler')).toHaveCount(0);

  await options.getByRole('checkbox', { name: 'Check drafts in Outlook on the web' }).uncheck();
  await expect(page.locator('[data-pitchcheck]')).toHaveCount(0);
});
