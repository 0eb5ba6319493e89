// One card per problem, in the browser: the self-focus warning is one panel item that lists its
// sentences, and each sentence keeps its own underline, whose card says which place it is.
import { expect, finding, highlighted, hostIn, openFixture, openPanel, test, typeDraft, waitReady } from './fixtures.js';

const SENTENCES = [
  'We built our platform and our team is proud of our work.',
  'Our engineers and our designers made our product fast.',
  'We think our pricing and our support are the best we have.',
];
const DRAFT = `Hi Maria,\n\n${SENTENCES.join(' ')}\n\nWould a call help?\n\nBest,\nDana`;

test.describe('overlay painter', () => {
  // Focus moves through the overlay's line elements, so the card of one place can be opened by keyboard.
  test.use({ painter: 'overlay' });

  test('Gmail: the self-focus warning is one item listing its sentences, each underlined', async ({ page }) => {
    await openFixture(page, 'gmail/inbox-two-composes');
    const root = page.locator('.M9:has([data-compose-id="15"])'); // to Maria Lopez
    const host = hostIn(root);
    const body = root.locator('[contenteditable="true"][g_editable="true"]');
    await waitReady(host);
    await typeDraft(page, body, DRAFT);
    await waitReady(host);

    const warnings = host.locator('[data-underline="self-focus"][data-severity="warning"]');
    await expect(warnings).toHaveCount(SENTENCES.length);

    await openPanel(host);
    const item = finding(host, 'self-focus').and(host.locator('[data-severity="warning"]'));
    await expect(item).toHaveCount(1);
    await expect(item.locator('.pc-place')).toHaveCount(SENTENCES.length);
    for (const [i, s] of SENTENCES.entries()) await expect(item.locator('.pc-place-text').nth(i)).toHaveText(s);

    // The card of the second sentence's underline says which place it is.
    await warnings.nth(1).focus();
    const card = host.locator('[role="dialog"][data-card="self-focus"]');
    await expect(card).toBeVisible();
    await expect(card.locator('.pc-card-place')).toContainText(`of ${SENTENCES.length}`);
  });
});

test('Gmail, browser-painted: each sentence of the grouped warning is highlighted, and hovering one opens its place', async ({ page }) => {
  await openFixture(page, 'gmail/inbox-two-composes');
  const root = page.locator('.M9:has([data-compose-id="15"])');
  const host = hostIn(root);
  const body = root.locator('[contenteditable="true"][g_editable="true"]');
  await waitReady(host);
  await typeDraft(page, body, DRAFT);
  await waitReady(host);
  await expect.poll(() => highlighted(page, 'pitchcheck-warning')).toEqual([...SENTENCES].sort());

  const box = await body.evaluate((el, wanted) => {
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
  }, SENTENCES[1]!);
  expect(box).not.toBeNull();
  await page.mouse.move(box!.x, box!.y, { steps: 3 });
  const card = host.locator('[role="dialog"][data-card="self-focus"]');
  await expect(card).toBeVisible();
  await expect(card.locator('.pc-card-place')).toContainText(`2 of ${SENTENCES.length}`);
});
