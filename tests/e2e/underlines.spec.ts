// Underlines in the text and their cards, on a Gmail and an Outlook fixture: the lines sit under
// the text they mark (compared with a Range over that text, measured in the page), follow it when
// a line is typed above and when the compose scrolls, and the card's fix, Ignore and "Don't warn
// for this name with this recipient" work.
import type { Locator, Page } from '@playwright/test';
import { expect, finding, hostIn, hoverText, openFixture, openPanel, test, textRects, typeDraft, waitReady, type Rect } from './fixtures.js';
import type { FixtureName } from '../fixtures/index.js';

// These measure the overlay's line elements against the text: the fallback painter (highlights.spec.ts covers the browser's).
test.use({ painter: 'overlay' });

interface Site {
  name: string;
  fixture: FixtureName;
  root(page: Page): Locator;
  body: string;
  /** What the greeting-mismatch fix writes for "Dechay" (the only To recipient's first name). */
  fixed: string;
}

const SITES: Site[] = [
  {
    name: 'Gmail pop-up compose',
    fixture: 'gmail/inbox-two-composes',
    root: (page) => page.locator('.M9:has([data-compose-id="15"])'), // to Maria Lopez, cc Sam Patel
    body: '[contenteditable="true"][g_editable="true"]',
    fixed: 'Maria',
  },
  {
    name: 'Outlook reading-pane reply',
    fixture: 'outlook/reading-pane-reply',
    root: (page) => page.locator('#docking_InitVisiblePart_0'), // to Chris Hawkins (display name only)
    body: '[role="textbox"][aria-multiline="true"][contenteditable="true"]',
    fixed: 'Chris',
  },
];

const DRAFT = 'Hi Dechay,\n\nWould a short call next week help {{company}} plan the launch?\n\nBest,\nDana';

function lineRects(host: Locator, rule: string): Promise<Rect[]> {
  return host
    .locator(`[data-underline="${rule}"] .pc-ul-seg`)
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom })));
}

/**
 * Every line of the underline lies under a box of the text (overlapping it horizontally, at its
 * bottom edge), and every box of the text has a line: 'ok', or what is wrong.
 */
async function underlineMatches(host: Locator, body: Locator, rule: string, text: string): Promise<string> {
  const [lines, boxes] = await Promise.all([lineRects(host, rule), textRects(body, text)]);
  if (!boxes.length) return `text “${text}” not found`;
  if (!lines.length) return 'no underline';
  // At the text's bottom edge, or a few pixels lower when a second finding marks the same words.
  const under = (l: Rect, b: Rect) => l.left < b.right && l.right > b.left && l.top >= b.top && l.top <= b.bottom + 8;
  for (const l of lines) if (!boxes.some((b) => under(l, b))) return `line ${JSON.stringify(l)} is under none of ${JSON.stringify(boxes)}`;
  for (const b of boxes) if (!lines.some((l) => under(l, b))) return `text box ${JSON.stringify(b)} has no line (lines ${JSON.stringify(lines)})`;
  return 'ok';
}

async function setUp(page: Page, site: Site, prepare?: (body: Locator) => Promise<unknown>): Promise<{ root: Locator; host: Locator; body: Locator }> {
  await openFixture(page, site.fixture);
  const root = site.root(page);
  const host = hostIn(root);
  const body = root.locator(site.body);
  await prepare?.(body);
  await waitReady(host);
  await typeDraft(page, body, DRAFT);
  // The check of the typed draft: the Gmail compose's own draft has underlines of both rules too.
  await waitReady(host);
  await expect(host.locator('[data-underline="greeting-mismatch"]')).toHaveCount(1);
  await expect(host.locator('[data-underline="placeholder"]')).toHaveCount(1);
  return { root, host, body };
}

/** Clicks into the text (a text node may sit right in the editor, so no element to click). */
async function clickText(page: Page, body: Locator, text: string): Promise<void> {
  const [box] = await textRects(body, text);
  if (!box) throw new Error(`no “${text}” in the editor`);
  await page.mouse.click((box.left + box.right) / 2, (box.top + box.bottom) / 2);
}

for (const site of SITES) {
  test.describe(site.name, () => {
    test('underlines sit under their text and follow it when a line is typed above and when the compose scrolls', async ({ page }) => {
      // Give the editor a scrolling container of its own, as Gmail's pop-up and Outlook's pane have.
      const { host, body } = await setUp(page, site, (editor) =>
        editor.evaluate((el) => {
          const parent = el.parentElement!;
          parent.style.maxHeight = '160px';
          parent.style.overflowY = 'auto';
        }),
      );
      await expect.poll(() => underlineMatches(host, body, 'greeting-mismatch', 'Dechay')).toBe('ok');
      await expect.poll(() => underlineMatches(host, body, 'placeholder', '{{company}}')).toBe('ok');
      // Whole-draft findings are not drawn in the text.
      await expect(host.locator('[data-underline="length"]')).toHaveCount(0);
      // Measured from the editor's top: the scroller may also move to keep the caret in view.
      const offsetInEditor = async () =>
        (await textRects(body, '{{company}}'))[0]!.top - (await body.evaluate((el) => el.getBoundingClientRect().top));
      const placeholderOffset = await offsetInEditor();

      // A new line above the placeholder: its underline moves down with it.
      await clickText(page, body, 'Dechay');
      await page.keyboard.press('End');
      await page.keyboard.press('Enter');
      await page.keyboard.insertText('Thanks for the quick reply yesterday.');
      await expect.poll(offsetInEditor).toBeGreaterThan(placeholderOffset + 5);
      await expect.poll(() => underlineMatches(host, body, 'placeholder', '{{company}}')).toBe('ok');
      await expect.poll(() => underlineMatches(host, body, 'greeting-mismatch', 'Dechay')).toBe('ok');

      // Enough lines below to scroll, then scroll the editor's container by 30 px.
      await page.keyboard.press('ControlOrMeta+End');
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Enter');
        await page.keyboard.insertText(`P.S. line ${i + 1}`);
      }
      const scroller = body.locator('xpath=..');
      await scroller.evaluate((el) => (el.scrollTop = 0));
      await expect.poll(() => underlineMatches(host, body, 'placeholder', '{{company}}')).toBe('ok');
      const before = (await lineRects(host, 'placeholder'))[0]!.top;
      await scroller.evaluate((el) => (el.scrollTop = 30));
      await expect.poll(async () => (await lineRects(host, 'placeholder'))[0]?.top ?? NaN).toBeCloseTo(before - 30, 0);
      await expect.poll(() => underlineMatches(host, body, 'placeholder', '{{company}}')).toBe('ok');
      // Scrolled out of the container's view: the line is clipped away, not drawn over the page.
      await scroller.evaluate((el) => (el.scrollTop = 10_000));
      await expect(host.locator('[data-underline="greeting-mismatch"]')).toHaveCount(0);
      await scroller.evaluate((el) => (el.scrollTop = 0));
      await expect.poll(() => underlineMatches(host, body, 'greeting-mismatch', 'Dechay')).toBe('ok');
    });

    test("the card's fix corrects the text through the editor and Ctrl+Z restores it", async ({ page }) => {
      const { host, body } = await setUp(page, site);
      await hoverText(page, body, 'Dechay');
      const card = host.locator('[role="dialog"][data-card="greeting-mismatch"]');
      await expect(card).toBeVisible();
      await expect(card).toHaveAttribute('aria-label', /Pitchcheck/);
      await card.locator('[data-fix]').first().click();
      await expect(body).toContainText(`Hi ${site.fixed},`);
      await expect(card).toHaveCount(0);
      await expect(host.locator('[data-underline="greeting-mismatch"]')).toHaveCount(0);
      await page.keyboard.press('ControlOrMeta+Z');
      await expect(body).toContainText('Hi Dechay,');
      await expect(host.locator('[data-underline="greeting-mismatch"]')).toHaveCount(1);
      expect(await body.evaluate((el) => el.outerHTML)).not.toMatch(/pitchcheck|pc-ul|data-underline/);
    });

    test.describe('keyboard card', () => {
      // Known flake, seen once in the full runs of this session, only under the full suite's load: the reopened
      // card's Tab walk left the compose. One retry, reported as "flaky" by the list reporter;
      // the first-action assertion below the second opening narrows where it happens.
      test.describe.configure({ retries: 1 });
      test('Alt+Shift+P opens the card at the caret; Escape closes it; Ignore hides the finding for this draft', async ({ page }) => {
        const { host, body } = await setUp(page, site);
        // Caret at the very start, before any finding: the shortcut opens the next one (the greeting's).
        await clickText(page, body, 'Dechay');
        await page.keyboard.press('ControlOrMeta+Home');
        await page.keyboard.press('Alt+Shift+P');
        await expect(host.locator('[role="dialog"][data-card="greeting-mismatch"]')).toBeVisible();
        await page.keyboard.press('Escape');
        await expect(host.locator('[data-card]')).toHaveCount(0);
        // Put the caret inside the placeholder, then ask for its card from the keyboard.
        const [box] = await textRects(body, '{{company}}');
        await page.mouse.click(box!.left + 12, (box!.top + box!.bottom) / 2);
        await page.mouse.move(0, 0);
        await page.keyboard.press('Alt+Shift+P');
        const card = host.locator('[role="dialog"][data-card="placeholder"]');
        await expect(card).toBeVisible();
        await expect(card.locator('.pc-actions button').first()).toBeFocused();
        await page.keyboard.press('Escape');
        await expect(card).toHaveCount(0);
        await expect(site.root(page)).toBeVisible(); // Escape stayed ours: the compose is still open
        await expect(body).toBeFocused();

        await page.keyboard.press('Alt+Shift+P');
        await expect(card).toBeVisible();
        await expect(card.locator('.pc-actions button').first()).toBeFocused();
        // Tab reaches Ignore from the card's first button.
        for (let i = 0; i < 6 && !(await card.locator('[data-ignore]').evaluate((b) => b === (b.getRootNode() as ShadowRoot).activeElement)); i++) {
          await page.keyboard.press('Tab');
        }
        await expect(card.locator('[data-ignore]')).toBeFocused();
        await page.keyboard.press('Enter');
        await expect(host.locator('[data-underline="placeholder"]')).toHaveCount(0);
        await openPanel(host);
        await expect(finding(host, 'placeholder')).toHaveCount(0);
        await host.locator('.pc-close').click();

        // A re-check of the same text keeps it hidden.
        await clickText(page, body, 'Best,');
        await page.keyboard.press('End');
        await page.keyboard.insertText(' regards');
        await expect(host.locator('.pc-badge[data-status="ready"]')).toBeVisible();
        await expect(host.locator('[data-underline="greeting-mismatch"]')).toHaveCount(1);
        await expect(host.locator('[data-underline="placeholder"]')).toHaveCount(0);

        // A card the keyboard opened goes away when its text changes under it (the site's autocorrect,
        // a co-editor): the focus goes back to the editor, not to the page.
        await page.keyboard.press('ControlOrMeta+Home');
        await page.keyboard.press('Alt+Shift+P');
        const greetingCard = host.locator('[role="dialog"][data-card="greeting-mismatch"]');
        await expect(greetingCard).toBeVisible();
        await expect(greetingCard.locator('.pc-actions button').first()).toBeFocused();
        await body.evaluate((el) => {
          const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = (node as Text).data.indexOf('Dechay');
            if (at >= 0) (node as Text).replaceData(at, 6, 'Dechai');
          }
          el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText' }));
        });
        await expect(greetingCard).toHaveCount(0);
        await expect(body).toBeFocused();
      });
    });

    test("“Don't warn for this name with this recipient” is remembered across re-checks and reloads", async ({ page }) => {
      const { host, body } = await setUp(page, site);
      await hoverText(page, body, 'Dechay');
      const card = host.locator('[role="dialog"][data-card="greeting-mismatch"]');
      await expect(card).toBeVisible();
      await card.locator('[data-accept-name]').click();
      await expect(host.locator('[data-underline="greeting-mismatch"]')).toHaveCount(0);
      await expect(host.locator('[data-underline="placeholder"]')).toHaveCount(1);

      // Re-checked after an edit: still accepted (the engine knows the pair now).
      await clickText(page, body, 'Best,');
      await page.keyboard.press('End');
      await page.keyboard.insertText(' regards');
      await expect(host.locator('.pc-badge[data-status="ready"]')).toBeVisible();
      await openPanel(host);
      await expect(finding(host, 'placeholder')).toHaveCount(1);
      await expect(finding(host, 'greeting-mismatch')).toHaveCount(0);

      // After a reload, the same greeting to the same recipient is still fine; another name is not.
      await page.reload();
      const root = site.root(page);
      const again = hostIn(root);
      await waitReady(again);
      await typeDraft(page, root.locator(site.body), DRAFT);
      await waitReady(again);
      await expect(again.locator('[data-underline="placeholder"]')).toHaveCount(1);
      await expect(again.locator('[data-underline="greeting-mismatch"]')).toHaveCount(0);
      await typeDraft(page, root.locator(site.body), DRAFT.replace('Dechay', 'Dechan'));
      await waitReady(again);
      await expect(again.locator('[data-underline="greeting-mismatch"]')).toHaveCount(1);
    });
  });
}

test('Gmail: underlines follow the compose to full screen and back, and a window resize', async ({ page }) => {
  const site = SITES[0]!;
  const { root, host, body } = await setUp(page, site);
  await expect.poll(() => underlineMatches(host, body, 'placeholder', '{{company}}')).toBe('ok');
  const popupLine = (await lineRects(host, 'placeholder'))[0]!;

  await root.locator('[data-fixture-action="toggle-fullscreen"]').click();
  const full = page.locator('.aSs .M9');
  await expect(full).toHaveCount(1);
  const fullHost = hostIn(full);
  const fullBody = full.locator(site.body);
  await expect.poll(async () => (await lineRects(fullHost, 'placeholder'))[0]?.left ?? popupLine.left).not.toBeCloseTo(popupLine.left, 0);
  await expect.poll(() => underlineMatches(fullHost, fullBody, 'placeholder', '{{company}}')).toBe('ok');
  await expect.poll(() => underlineMatches(fullHost, fullBody, 'greeting-mismatch', 'Dechay')).toBe('ok');

  await page.setViewportSize({ width: 900, height: 700 });
  await expect.poll(() => underlineMatches(fullHost, fullBody, 'placeholder', '{{company}}')).toBe('ok');

  await full.locator('[data-fixture-action="toggle-fullscreen"]').click();
  await expect(page.locator('.aSs .M9')).toHaveCount(0);
  await expect.poll(() => underlineMatches(host, body, 'placeholder', '{{company}}')).toBe('ok');
  await expect.poll(() => underlineMatches(host, body, 'greeting-mismatch', 'Dechay')).toBe('ok');
});
