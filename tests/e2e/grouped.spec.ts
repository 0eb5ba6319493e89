// One card per problem, in the browser: the self-focus warning is one panel item that lists its
// sentences, and each sentence keeps its own underline, whose card says which place it is.
import { expect, finding, highlighted, hoverText, openGmailDraft, openPanel, test } from './fixtures.js';

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
    const { host } = await openGmailDraft(page, DRAFT); // to Maria Lopez

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
  const { host, body } = await openGmailDraft(page, DRAFT); // to Maria Lopez
  await expect.poll(() => highlighted(page, 'pitchcheck-warning')).toEqual([...SENTENCES].sort());

  await hoverText(page, body, SENTENCES[1]!);
  const card = host.locator('[role="dialog"][data-card="self-focus"]');
  await expect(card).toBeVisible();
  await expect(card.locator('.pc-card-place')).toContainText(`2 of ${SENTENCES.length}`);
});
