// A grouped tip's place fix in the browser, under both painters: from the place's card and from
// the panel's list of places, it replaces exactly that place's words (the other place stays), and
// the browser's own undo brings the draft back (the fix went through the editor).
import type { Locator } from '@playwright/test';
import { expect, finding, hoverText, openGmailDraft, openPanel, test, waitReady } from './fixtures.js';

// Two stock phrases: one filler tip with two places, each with its own fix.
const FIRST = 'I hope this email finds you well.';
const SECOND = 'Per my last email, the pilot starts Monday.';
const DRAFT = `Hi Maria,\n\n${FIRST} ${SECOND} Would Tuesday work for a call?\n\nBest,\nDana`;

const text = (body: Locator) => body.evaluate((el) => (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim());
const ORIGINAL = DRAFT.replace(/\s+/g, ' ');

for (const painter of ['overlay', 'highlight'] as const) {
  test.describe(`${painter} painter`, () => {
    test.use({ painter });

    test('a place fix from its card replaces only that place; undo restores the draft', async ({ page }) => {
      const { host, body } = await openGmailDraft(page, DRAFT);
      if (painter === 'overlay') {
        await host.locator('[data-underline="filler"]').nth(1).focus();
      } else {
        await hoverText(page, body, 'Per my last email');
      }
      const card = host.locator('[role="dialog"][data-card="filler"]');
      await expect(card.locator('.pc-card-place')).toContainText('2 of 2');
      await card.locator('[data-fix]').first().click();
      await expect.poll(() => text(body)).toBe(ORIGINAL.replace('Per my last email, the', 'The'));
      await waitReady(host);
      await page.keyboard.press('ControlOrMeta+Z');
      await expect.poll(() => text(body)).toBe(ORIGINAL);
    });

    test('a place fix from the panel replaces only that place; undo restores the draft', async ({ page }) => {
      const { host, body } = await openGmailDraft(page, DRAFT);
      await openPanel(host);
      const places = finding(host, 'filler').locator('.pc-place');
      await expect(places).toHaveCount(2);
      await places.nth(0).locator('[data-fix]').first().click();
      await expect.poll(() => text(body)).toBe(ORIGINAL.replace(`${FIRST} `, ''));
      await waitReady(host);
      await body.focus();
      await page.keyboard.press('ControlOrMeta+Z');
      await expect.poll(() => text(body)).toBe(ORIGINAL);
    });
  });
}
