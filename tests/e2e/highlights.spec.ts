// The underlines painted by the browser (CSS Custom Highlight API, the default where it works) on
// the Gmail and Outlook fixtures, which send the sites' Trusted Types header: the findings' text
// is registered in the page's highlights with our ::highlight() rules adopted by the page, no line
// element of ours is drawn, hovering the text opens its card, and the card's fix works.
import type { Locator, Page } from '@playwright/test';
import { expect, highlighted, hostIn, hoverText, openFixture, test, typeDraft, waitReady } from './fixtures.js';
import type { FixtureName } from '../fixtures/index.js';

const SITES: { name: string; fixture: FixtureName; root(page: Page): Locator; body: string; fixed: string }[] = [
  {
    name: 'Gmail pop-up compose',
    fixture: 'gmail/inbox-two-composes',
    root: (page) => page.locator('.M9:has([data-compose-id="15"])'),
    body: '[contenteditable="true"][g_editable="true"]',
    fixed: 'Maria',
  },
  {
    name: 'Outlook reading-pane reply',
    fixture: 'outlook/reading-pane-reply',
    root: (page) => page.locator('#docking_InitVisiblePart_0'),
    body: '[role="textbox"][aria-multiline="true"][contenteditable="true"]',
    fixed: 'Chris',
  },
];

const DRAFT = 'Hi Dechay,\n\nWould a short call next week help {{company}} plan the launch?\n\nBest,\nDana';

for (const site of SITES) {
  test(`${site.name}: the browser paints the underlines, hovering opens the card, and its fix works`, async ({ page }) => {
    await openFixture(page, site.fixture);
    const root = site.root(page);
    const host = hostIn(root);
    const body = root.locator(site.body);
    await waitReady(host);
    await typeDraft(page, body, DRAFT);
    await waitReady(host);
    await expect.poll(() => highlighted(page, 'pitchcheck-error')).toEqual(['Dechay', '{{company}}']);
    // Our rules live in a sheet the page's document adopted (constant text, no <style> node in the page).
    expect(
      await page.evaluate(() =>
        document.adoptedStyleSheets.some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes('::highlight(pitchcheck-error)'))),
      ),
    ).toBe(true);
    // No line elements: the overlay holds nothing until a card opens.
    await expect(host.locator('[data-underline]')).toHaveCount(0);

    await hoverText(page, body, 'Dechay');
    const card = host.locator('[role="dialog"][data-card="greeting-mismatch"]');
    await expect(card).toBeVisible();
    // The card's text is tinted while the card is open.
    await expect.poll(() => highlighted(page, 'pitchcheck-active')).toEqual(['Dechay']);
    await card.locator('[data-fix]').first().click();
    await expect(body).toContainText(`Hi ${site.fixed},`);
    await expect(card).toHaveCount(0);
    await expect.poll(() => highlighted(page, 'pitchcheck-error')).toEqual(['{{company}}']);
    expect(await highlighted(page, 'pitchcheck-active')).toEqual([]);
    await page.keyboard.press('ControlOrMeta+Z');
    await expect(body).toContainText('Hi Dechay,');
    await expect.poll(() => highlighted(page, 'pitchcheck-error')).toEqual(['Dechay', '{{company}}']);
    expect(await body.evaluate((el) => el.outerHTML)).not.toMatch(/pitchcheck|pc-ul|data-underline/);
  });
}
