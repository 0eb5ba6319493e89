// The built extension on the Outlook on the web fixtures: a reply in the reading pane (with
// signature and quoted history) and the pop-out compose window.
import { expect, finding, openFixture, openPanel, shownRules, test } from './fixtures.js';

const BODY = '[role="textbox"][aria-multiline="true"][contenteditable="true"]';

test.describe('Outlook', () => {
  test('reading-pane reply: quoted history ignored, greeting checked, fix applied through the editor', async ({ page }) => {
    await openFixture(page, 'outlook/reading-pane-reply');
    const root = page.locator('#docking_InitVisiblePart_0');
    const host = root.locator('[data-pitchcheck]');
    await openPanel(host);
    expect(await shownRules(host)).not.toContain('length'); // the long quoted mail below is not counted
    expect(await shownRules(host)).not.toContain('greeting-mismatch');
    const words = Number(await host.locator('[data-stat="words"] .pc-stat-value').textContent());
    expect(words).toBeLessThan(40);

    const body = root.locator(BODY);
    await body.getByText('Hi Chris,', { exact: true }).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.insertText('Hi Dechay,');
    await expect(finding(host, 'greeting-mismatch')).toHaveCount(1);

    const before = await body.evaluate((el) => el.innerHTML);
    const inputs = () => page.evaluate(() => (window as any).__pitchcheckFixture.inputEventsByCompose['editorParent_1'] as number);
    const inputsBefore = await inputs();
    await finding(host, 'greeting-mismatch').locator('[data-fix]').first().click();
    await expect(body.getByText('Hi Chris,', { exact: true })).toHaveCount(1);
    expect(await inputs()).toBeGreaterThan(inputsBefore);
    expect(await body.evaluate((el) => el.innerHTML)).toBe(before.replace('Hi Dechay,', 'Hi Chris,'));
    await expect(finding(host, 'greeting-mismatch')).toHaveCount(0);
    expect(await body.evaluate((el) => el.outerHTML)).not.toMatch(/pitchcheck|pc-badge/);

    await root.locator('[data-fixture-action="discard"]').click();
    await expect(page.locator('[data-pitchcheck]')).toHaveCount(0);
  });

  test('pop-out compose: a removed and re-added recipient chip toggles the greeting finding', async ({ page }) => {
    await openFixture(page, 'outlook/popout-compose');
    const root = page.locator('[data-app-section="Form_Content"]');
    const host = root.locator('[data-pitchcheck]');
    await openPanel(host);
    expect(await shownRules(host)).not.toContain('greeting-mismatch');
    await host.locator('.pc-close').click();

    const to = root.locator('[contenteditable="true"][aria-label="To"]');
    await to.locator('button[class*="remove-"]').first().click();
    await openPanel(host);
    await expect(finding(host, 'greeting-mismatch')).toHaveCount(1);
    await host.locator('.pc-close').click();

    await to.click();
    await page.keyboard.type('Maria Lopez');
    await page.keyboard.press('Enter'); // Outlook resolves it into a chip with the display name
    await expect(to.locator('[contenteditable="false"]')).toHaveCount(1);
    await openPanel(host);
    await expect(finding(host, 'greeting-mismatch')).toHaveCount(0);
  });
});
