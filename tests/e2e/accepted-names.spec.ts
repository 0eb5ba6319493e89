// "Names you accepted" on the options page, driving the built extension: a greeting accepted from
// the card in a Gmail compose shows up on the options page while it is open, and removing it there
// brings the greeting-mismatch finding back in the open compose, without a reload.
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect, finding, hostIn, hoverText, openFixture, openPanel, test, typeDraft, waitReady } from './fixtures.js';

// These measure the overlay's line elements against the text: the fallback painter (highlights.spec.ts covers the browser's).
test.use({ painter: 'overlay' });

// Extension pages have the chrome.* API; this file is type-checked with node types only.
declare const chrome: any;

const BODY = '[contenteditable="true"][g_editable="true"]';
const DRAFT = 'Hi Dechay,\n\nWould a short call next week help {{company}} plan the launch?\n\nBest,\nDana';
const MARIA = 'maria.lopez@northwindtraders.com'; // compose 15's only To recipient

async function openOptions(context: BrowserContext, worker: Worker): Promise<Page> {
  const id = new URL(worker.url()).host;
  // The fixture server aborts every request it does not serve; the extension's own pages load as usual.
  await context.route((url) => url.protocol === 'chrome-extension:', (route) => route.continue());
  const options = await context.newPage();
  await options.goto(`chrome-extension://${id}/options.html`);
  await expect(options.getByRole('heading', { name: 'Pitchcheck options' })).toBeVisible();
  return options;
}

test('a name accepted from the card is listed on the options page; removing it there brings the finding back in the open compose', async ({
  page,
  context,
  worker,
}) => {
  await openFixture(page, 'gmail/inbox-two-composes');
  const root = page.locator(`.M9:has([data-compose-id="15"])`);
  const host = hostIn(root);
  const body = root.locator(BODY);
  await waitReady(host);
  await typeDraft(page, body, DRAFT);
  await waitReady(host); // the check of the typed draft: compose 15's own "Hi Mark," is underlined too
  await expect(host.locator('[data-underline="greeting-mismatch"]')).toHaveCount(1);
  const loads = await page.evaluate(() => performance.getEntriesByType('navigation').length);

  // The options page is open before anything is accepted: it says there is nothing yet.
  const options = await openOptions(context, worker);
  const section = options.getByRole('region', { name: 'Names you accepted' });
  await expect(section.getByText('No accepted names yet.')).toBeVisible();

  await page.bringToFront();
  await hoverText(page, body, 'Dechay');
  const card = host.locator('[role="dialog"][data-card="greeting-mismatch"]');
  await expect(card).toBeVisible();
  await card.locator('[data-accept-name]').click();
  await expect(host.locator('[data-underline="greeting-mismatch"]')).toHaveCount(0);

  // Listed on the options page as it stands (no reload of it either), as the card stored it.
  await options.bringToFront();
  const list = section.getByRole('list', { name: 'Names you accepted' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('listitem')).toHaveText(/Dechay\s*→\s*for\s*maria\.lopez@northwindtraders\.com\s*Remove/);
  expect(await options.evaluate(() => chrome.storage.local.get('acceptedGreetings'))).toEqual({
    acceptedGreetings: [{ name: 'Dechay', recipient: MARIA }],
  });

  await section.getByRole('button', { name: `Remove Dechay for ${MARIA}` }).click();
  await expect(options.locator('p.status')).toHaveText(`Removed Dechay for ${MARIA}: you will be warned again.`);
  await expect(section.getByText('No accepted names yet.')).toBeVisible();
  await expect(section.getByRole('button', { name: /^Remove/ })).toHaveCount(0);
  expect(await options.evaluate(() => chrome.storage.local.get('acceptedGreetings'))).toEqual({ acceptedGreetings: [] });

  // The open compose checks again with the shorter list: the underline and the panel's finding return.
  await page.bringToFront();
  await expect(host.locator('[data-underline="greeting-mismatch"]')).toHaveCount(1);
  await openPanel(host);
  await expect(finding(host, 'greeting-mismatch')).toHaveCount(1);
  await expect(body).toContainText('Hi Dechay,'); // the draft itself is untouched
  expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(loads);
});

test('"Remove all" on the options page brings back the findings of every pair', async ({ page, context, worker }) => {
  await openFixture(page, 'gmail/inbox-two-composes');
  const root = page.locator(`.M9:has([data-compose-id="15"])`);
  const host = hostIn(root);
  await waitReady(host);
  await typeDraft(page, root.locator(BODY), DRAFT);
  await waitReady(host);
  await expect(host.locator('[data-underline="greeting-mismatch"]')).toHaveCount(1);

  // Two pairs accepted earlier (one for this recipient), written the way the card writes them.
  const options = await openOptions(context, worker);
  await options.evaluate(
    (maria) =>
      chrome.storage.local.set({
        acceptedGreetings: [
          { name: 'Bo', recipient: 'Robert Lane' },
          { name: 'Dechay', recipient: maria },
        ],
      }),
    MARIA,
  );
  const section = options.getByRole('region', { name: 'Names you accepted' });
  await expect(section.getByRole('listitem')).toHaveCount(2);
  await expect(section.getByRole('listitem').first()).toContainText('Dechay'); // newest first

  await page.bringToFront();
  await expect(host.locator('[data-underline="greeting-mismatch"]')).toHaveCount(0);

  await options.bringToFront();
  await section.getByRole('button', { name: 'Remove all 2 accepted names' }).click();
  await expect(options.locator('p.status')).toHaveText('Removed 2 accepted names.');
  await expect(section.getByRole('listitem')).toHaveCount(0);
  await expect(section.getByText('No accepted names yet.')).toBeVisible();

  await page.bringToFront();
  await expect(host.locator('[data-underline="greeting-mismatch"]')).toHaveCount(1);
});
