// A huge paste (an adversarial case of issue 12): half a megabyte of text pasted into a Gmail
// compose through the clipboard. The page stays usable: findings appear, the panel says only the
// first part is checked, typing still works, and the draft's text is exactly what was pasted.
// No timing is asserted here: the budgets live in `npm run bench`.
import { expect, finding, hostIn, openFixture, openPanel, test, typeDraft, waitReady } from './fixtures.js';

const BODY = '[contenteditable="true"][g_editable="true"]';

/** About `chars` characters of prose in numbered lines, the kind of thing pasted from a log or a long doc. */
function pasted(chars: number): string {
  const lines: string[] = [];
  let size = 0;
  for (let i = 1; size < chars; i++) {
    const line = `Line ${i}: our team shipped the quarterly report, and we think our numbers speak for themselves.`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}

test('a huge paste: findings appear, the panel says how much is checked, typing works, the draft is untouched', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: 'https://mail.google.com' });
  await openFixture(page, 'gmail/inbox-two-composes');
  const root = page.locator('.M9:has([data-compose-id="15"])'); // to Maria Lopez
  const host = hostIn(root);
  const body = root.locator(BODY);
  await waitReady(host);
  await typeDraft(page, body, 'Hi Dechay,\n');
  await waitReady(host);

  const text = pasted(500_000);
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await body.press('ControlOrMeta+End');
  await page.keyboard.press('ControlOrMeta+V');
  const lastLine = text.slice(text.lastIndexOf('\n') + 1);
  await expect(body).toContainText(lastLine, { timeout: 60_000 });
  const afterPaste = await body.evaluate((el) => (el as HTMLElement).innerText);
  expect(afterPaste.length).toBeGreaterThan(text.length);

  await openPanel(host);
  const notice = host.locator('[data-truncated]');
  await expect(notice).toBeVisible({ timeout: 60_000 });
  await expect(notice).toContainText(/Checking the first [\d,]+ words/);
  await expect(finding(host, 'greeting-mismatch')).toHaveCount(1);

  // Checking changed nothing in the draft.
  expect(await body.evaluate((el) => (el as HTMLElement).innerText)).toBe(afterPaste);

  // Typing at the top still works and is checked again.
  await body.press('ControlOrMeta+Home');
  await page.keyboard.press('End');
  await page.keyboard.insertText(' thanks');
  await expect(body).toContainText('Hi Dechay, thanks');
  await waitReady(host);
  await expect(notice).toBeVisible();
  const afterTyping = await body.evaluate((el) => (el as HTMLElement).innerText);
  expect(afterTyping.replace('Hi Dechay, thanks', 'Hi Dechay,')).toBe(afterPaste);
  // The greeting's line is still drawn (by the browser's highlights) over the pasted draft.
  await expect.poll(() => page.evaluate(() => [...(CSS.highlights.get('pitchcheck-error') ?? [])].map((r) => (r instanceof Range ? r.toString() : '')))).toContain('Dechay');
});
