// The built extension on the Gmail fixture pages: two pop-up composes, and an inline reply with
// a signature and an expanded quoted thread.
import { expect, finding, hostIn, openFixture, openPanel, shownRules, test, typeDraft } from './fixtures.js';

const BODY = '[contenteditable="true"][g_editable="true"]';
const compose = (page: import('@playwright/test').Page, id: string) => page.locator(`.M9:has([data-compose-id="${id}"])`);

test.describe('Gmail inbox with two pop-up composes', () => {
  test.beforeEach(async ({ page }) => {
    await openFixture(page, 'gmail/inbox-two-composes');
  });

  test('each compose shows its own findings; closing one removes its UI', async ({ page }) => {
    const chris = hostIn(compose(page, '14'));
    const maria = hostIn(compose(page, '15'));
    await openPanel(chris);
    await openPanel(maria);
    const mariaRules = await shownRules(maria);
    expect(mariaRules).toEqual(expect.arrayContaining(['greeting-mismatch', 'placeholder']));
    expect(await shownRules(chris)).not.toContain('greeting-mismatch');
    expect(await shownRules(chris)).not.toContain('placeholder');
    await expect(page.locator('[data-pitchcheck]')).toHaveCount(2);

    // Typing in one compose re-checks that one only.
    await typeDraft(page, compose(page, '14').locator(BODY), 'Hi Mark,\nWould a call on Tuesday help {{company}} plan the launch?\nDana');
    await expect(finding(chris, 'greeting-mismatch')).toHaveCount(1);
    await expect(finding(maria, 'greeting-mismatch')).toHaveCount(1);
    expect(await shownRules(maria)).toEqual(mariaRules);

    await compose(page, '15').locator('[data-fixture-action="close"]').click();
    await expect(page.locator('[data-pitchcheck]')).toHaveCount(1);
    await expect(hostIn(compose(page, '14'))).toHaveCount(1);
  });

  test('adding and removing a recipient chip makes the greeting finding disappear and come back', async ({ page }) => {
    const root = compose(page, '15'); // "Hi Mark," to Maria Lopez, cc Sam Patel
    const host = hostIn(root);
    await openPanel(host);
    await expect(finding(host, 'greeting-mismatch')).toHaveCount(1);

    const to = root.locator('[name="to"] input[role="combobox"]');
    await to.click();
    await page.keyboard.type('Mark Jensen <mark@northwindtraders.com>');
    await page.keyboard.press('Enter'); // the page turns the address into a chip
    await expect(root.locator('[name="to"] [data-hovercard-id="mark@northwindtraders.com"]')).toHaveCount(1);
    await expect(finding(host, 'greeting-mismatch')).toHaveCount(0);

    await root.locator('[data-hovercard-id="mark@northwindtraders.com"] .afX').click();
    await expect(finding(host, 'greeting-mismatch')).toHaveCount(1);
  });

  test('the fix goes through the page editor (input event counted by the page) and is undoable', async ({ page }) => {
    const root = compose(page, '15');
    const body = root.locator(BODY);
    const host = hostIn(root);
    await openPanel(host);
    const before = await body.evaluate((el) => el.innerHTML);
    const inputsBefore = await page.evaluate(() => (window as any).__pitchcheckFixture.inputEventsByCompose['15'] ?? 0);
    await finding(host, 'greeting-mismatch').locator('[data-fix]').first().click();
    await expect(body).toContainText('Hi Maria,');
    expect(await page.evaluate(() => (window as any).__pitchcheckFixture.inputEventsByCompose['15'])).toBeGreaterThan(inputsBefore);
    await expect(finding(host, 'greeting-mismatch')).toHaveCount(0);
    expect(await body.evaluate((el) => el.innerHTML)).toBe(before.replace('Hi Mark,', 'Hi Maria,'));
    await page.keyboard.press('ControlOrMeta+Z');
    expect(await body.evaluate((el) => el.innerHTML)).toBe(before);
  });

  test('a subject suggestion is applied in the subject field, undoably', async ({ page }) => {
    const root = compose(page, '15');
    const host = hostIn(root);
    const subject = root.locator('input[name="subjectbox"]');
    await subject.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText('PARTNERSHIP OPPORTUNITY');
    await openPanel(host);
    const item = host.locator('[data-rule="subject"]').filter({ has: page.locator('[data-fix]') });
    await expect(item).toHaveCount(1);
    await item.locator('[data-fix]').first().click();
    await expect(subject).toHaveValue('Partnership opportunity');
    await expect(host.locator('[data-rule="subject"] [data-fix]')).toHaveCount(0);
    await page.keyboard.press('ControlOrMeta+Z');
    await expect(subject).toHaveValue('PARTNERSHIP OPPORTUNITY');
  });

  test('a compose switched to full screen and back keeps one UI and its findings', async ({ page }) => {
    const root = compose(page, '15');
    await openPanel(hostIn(root));
    await expect(finding(hostIn(root), 'greeting-mismatch')).toHaveCount(1);
    await root.locator('[data-fixture-action="toggle-fullscreen"]').click();
    const full = page.locator('.aSs .M9');
    await expect(full).toHaveCount(1);
    await expect(hostIn(full)).toHaveCount(1);
    await expect(finding(hostIn(full), 'greeting-mismatch')).toHaveCount(1);
    await typeDraft(page, full.locator(BODY), 'Hi Maria,\nWould a call on Tuesday help?\nDana');
    await expect(finding(hostIn(full), 'greeting-mismatch')).toHaveCount(0);
    await full.locator('[data-fixture-action="toggle-fullscreen"]').click();
    await expect(page.locator('.aSs .M9')).toHaveCount(0);
    await expect(page.locator('[data-pitchcheck]')).toHaveCount(2);
    await expect(finding(hostIn(compose(page, '15')), 'greeting-mismatch')).toHaveCount(0);
  });

  test('an extension reload leaves the orphaned page quiet: UI removed, no errors', async ({ page, worker }) => {
    const host = hostIn(compose(page, '14'));
    await openPanel(host);
    await worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload());
    await typeDraft(page, compose(page, '14').locator(BODY), 'Hi Mark,\nStill typing after the reload.');
    await expect(page.locator('[data-pitchcheck]')).toHaveCount(0);
    await expect(compose(page, '14').locator(BODY)).toContainText('Still typing after the reload.');
  });
});

test.describe('Gmail inline reply in a thread', () => {
  test('signature and quoted history do not count: a short reply over a long thread gets no length warning', async ({ page }) => {
    await openFixture(page, 'gmail/thread-inline-reply');
    // This inline reply has no .M9 (Gmail's Sept 2025 builds): there is one compose on the page.
    const root = page.locator('[data-compose-id="22"]');
    const host = page.locator('[data-pitchcheck]');
    await expect(host).toHaveCount(1);
    await openPanel(host);
    const quotedWords = await root.locator('.gmail_quote').first().evaluate((el) => (el.textContent ?? '').split(/\s+/).filter(Boolean).length);
    expect(quotedWords).toBeGreaterThan(300);
    expect(await shownRules(host)).not.toContain('length');
    const words = Number(await host.locator('[data-stat="words"] .pc-stat-value').textContent());
    expect(words).toBeGreaterThan(10);
    expect(words).toBeLessThan(50);

    // A greeting typed wrong in the reply is still caught (the reply part is read).
    await root.locator(BODY).getByText('Hi Chris,', { exact: true }).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.insertText('Hi Dechay,');
    await expect(finding(host, 'greeting-mismatch')).toHaveCount(1);
    expect(await shownRules(host)).not.toContain('length');
  });
});
