// A grouped tip's place fix in the browser, under both painters: from the place's card and from
// the panel's list of places, it replaces exactly that place's words (the other place stays), and
// the browser's own undo brings the draft back (the fix went through the editor).
import type { Locator, Page } from '@playwright/test';
import { expect, finding, hostIn, openFixture, openPanel, test, typeDraft, waitReady } from './fixtures.js';

// Two stock phrases: one filler tip with two places, each with its own fix.
const FIRST = 'I hope this email finds you well.';
const SECOND = 'Per my last email, the pilot starts Monday.';
const DRAFT = `Hi Maria,\n\n${FIRST} ${SECOND} Would Tuesday work for a call?\n\nBest,\nDana`;

async function setUp(page: Page): Promise<{ host: Locator; body: Locator }> {
  await openFixture(page, 'gmail/inbox-two-composes');
  const root = page.locator('.M9:has([data-compose-id="15"])'); // to Maria Lopez
  const host = hostIn(root);
  const body = root.locator('[contenteditable="true"][g_editable="true"]');
  await waitReady(host);
  await typeDraft(page, body, DRAFT);
  await waitReady(host);
  return { host, body };
}

/** The middle of the first line box of `text` in the editor, measured in the page. */
function pointAt(body: Locator, text: string): Promise<{ x: number; y: number } | null> {
  return body.evaluate((el, wanted) => {
    const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(wanted);
      if (at < 0) continue;
      const range = el.ownerDocument.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const r = range.getClientRects()[0]!;
      return { x: r.left + Math.min(r.width / 2, 20), y: r.top + r.height / 2 };
    }
    return null;
  }, text);
}

const text = (body: Locator) => body.evaluate((el) => (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim());
const ORIGINAL = DRAFT.replace(/\s+/g, ' ');

for (const painter of ['overlay', 'highlight'] as const) {
  test.describe(`${painter} painter`, () => {
    test.use({ painter });

    test('a place fix from its card replaces only that place; undo restores the draft', async ({ page }) => {
      const { host, body } = await setUp(page);
      if (painter === 'overlay') {
        await host.locator('[data-underline="filler"]').nth(1).focus();
      } else {
        const point = await pointAt(body, 'Per my last email');
        expect(point).not.toBeNull();
        await page.mouse.move(point!.x, point!.y, { steps: 3 });
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
      const { host, body } = await setUp(page);
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
