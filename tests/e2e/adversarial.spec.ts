// The project's own versions of issue 12's attacks, on the built extension in Chromium: a worker
// that answers with an error (the stale fix must not land), hostile names in recipient chips
// (shown as text only), and a page script's synthetic events (they cannot write the user's
// settings). No timing budgets here: those live in the benchmark.
import type { Page, Worker } from '@playwright/test';
import { expect, finding, hostIn, hoverText, openFixture, openPanel, test, typeDraft, waitReady } from './fixtures.js';

// The service worker has the chrome.* API; this file is type-checked with node types only.
declare const chrome: any;

const BODY = '[contenteditable="true"][g_editable="true"]';
const compose = (page: Page, id: '14' | '15') => page.locator(`.M9:has([data-compose-id="${id}"])`);
const DRAFT = 'Hi Dechay,\n\nWe offer. We help teams plan launches. Would a short call next week help?\n\nBest,\nDana';

/**
 * From now on the worker answers every check with an error while `failing` is set in it: a
 * listener that answers first (the engine's answer comes later and is dropped by Chrome).
 */
async function breakWorker(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const self = globalThis as unknown as { failing: boolean };
    self.failing = true;
    chrome.runtime.onMessage.addListener((message: { type?: string; revision?: number }, _sender: unknown, sendResponse: (answer: unknown) => void) => {
      if (!self.failing || message?.type !== 'analyze') return undefined;
      sendResponse({ ok: false, revision: message.revision, error: 'injected failure' });
      return undefined;
    });
  });
}

async function mendWorker(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    (globalThis as unknown as { failing: boolean }).failing = false;
  });
}

test('a check that fails greys out the old findings; their fix cannot land on the edited draft', async ({ page, worker }) => {
  await openFixture(page, 'gmail/inbox-two-composes');
  const root = compose(page, '15'); // to Maria Lopez
  const host = hostIn(root);
  const body = root.locator(BODY);
  await waitReady(host);
  await typeDraft(page, body, DRAFT);
  await openPanel(host);
  const fix = finding(host, 'greeting-mismatch').locator('[data-fix]').first();
  await expect(fix).toBeEnabled();

  await breakWorker(worker);
  // The greeting line goes: "We offer. We" now sits where "Hi Dechay" was.
  await typeDraft(page, body, DRAFT.slice('Hi Dechay,\n\n'.length));
  await expect(host.locator('.pc-badge')).toHaveAttribute('data-status', 'error');
  await expect(host.locator('[role="alert"]')).toContainText('injected failure');
  const edited = await body.evaluate((el) => el.innerHTML);

  // Still listed, greyed out, its fix disabled: a click does nothing.
  await expect(host.locator('.pc-list[data-stale]')).toBeVisible();
  await expect(fix).toBeDisabled();
  await fix.click({ force: true });
  // A click racing the re-render (the button enabled again by a script, then clicked for real)
  // reaches the controller, which refuses: the text under the old range is not what it saw.
  await fix.evaluate((button) => ((button as HTMLButtonElement).disabled = false));
  await fix.click();
  await expect(host.locator('.pc-note[role="status"]')).toContainText('nothing was replaced');
  expect(await body.evaluate((el) => el.innerHTML)).toBe(edited);
  await expect(body).toContainText('We offer. We help');

  // The worker recovers: the next check lands, nothing is stale, the draft is as the user left it.
  await mendWorker(worker);
  await body.click({ position: { x: 12, y: 8 } });
  await page.keyboard.press('End');
  await page.keyboard.insertText(' Thanks.');
  await waitReady(host);
  await expect(host.locator('.pc-list[data-stale]')).toHaveCount(0);
  await expect(finding(host, 'greeting-mismatch')).toHaveCount(0);
  await expect(body).toContainText('We offer. We help teams plan launches.');
});

test('a fix clicked after several edits that a text diff cannot tell apart lands only where its own word went', async ({ page }) => {
  await openFixture(page, 'gmail/inbox-two-composes');
  const root = compose(page, '15');
  const host = hostIn(root);
  const body = root.locator(BODY);
  await waitReady(host);
  await typeDraft(page, body, 'Hi Dechay,\n\nCould we talk on Tuesday?');
  await openPanel(host);
  const fix = finding(host, 'greeting-mismatch').locator('[data-fix]').first();
  await expect(fix).toBeEnabled();
  // Two edits by a script (no input event, so no check starts and the fix stays enabled): the
  // same name written right before the greeted one, and a word at the end. Compared as text
  // alone, the first "Dechay" would look like the checked one, the second like the new text.
  await body.evaluate((el) => {
    const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const texts: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
    texts.find((t) => t.data.startsWith('Hi Dechay'))!.insertData(3, 'Dechay');
    texts.at(-1)!.appendData(' Thanks');
  });
  const edited = await body.evaluate((el) => el.innerHTML);
  expect(edited).toContain('Hi DechayDechay,');
  await fix.click();
  // Refused: the browser's live Range over "Dechay" now covers "DechayDechay". A text diff alone
  // would have written "Hi MariaDechay".
  await expect(host.locator('.pc-note[role="status"]')).toContainText('nothing was replaced');
  expect(await body.evaluate((el) => el.innerHTML)).toBe(edited);
});

test('hostile names in recipient chips are shown as text only', async ({ page }) => {
  await openFixture(page, 'gmail/inbox-two-composes');
  const root = compose(page, '15');
  const host = hostIn(root);
  const hostile = 'Chris<img src=x onerror=window.__pwned=1>';
  // The page owns its chips: the only To recipient's name is markup, as a hostile contact's would be.
  await root.evaluate((el, name) => {
    const chip = el.querySelector('[name="to"] [role="option"]')!;
    chip.setAttribute('data-hovercard-id', 'evil@example.com');
    chip.setAttribute('data-name', name);
    chip.querySelector('.akl')!.textContent = name;
  }, hostile);
  await typeDraft(page, root.locator(BODY), DRAFT);
  await openPanel(host);
  const message = finding(host, 'greeting-mismatch').locator('.pc-message');
  await expect(message).toContainText('goes to Chris');
  await expect(finding(host, 'greeting-mismatch').locator('[data-fix]').first()).toHaveText('Change to “Chris”');
  expect(await host.evaluate((el) => el.shadowRoot!.querySelectorAll('img, script').length)).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test("a page script's synthetic clicks and keys cannot accept a name; the user's click can", async ({ page, worker }) => {
  await openFixture(page, 'gmail/inbox-two-composes');
  // Every write of accepted names, in order (Chrome applies one extension's storage writes in turn).
  await worker.evaluate(() => {
    const self = globalThis as unknown as { writes: unknown[] };
    self.writes = [];
    chrome.storage.onChanged.addListener((changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && changes.acceptedGreetings) self.writes.push(changes.acceptedGreetings.newValue);
    });
  });
  const writes = () => worker.evaluate(() => JSON.stringify((globalThis as unknown as { writes: unknown[] }).writes));

  // The attack, on compose 15 (to Maria Lopez): the card open, then only untrusted events at it.
  const maria = compose(page, '15');
  const mariaHost = hostIn(maria);
  const mariaBody = maria.locator(BODY);
  await waitReady(mariaHost);
  await typeDraft(page, mariaBody, DRAFT);
  await waitReady(mariaHost);
  await hoverText(page, mariaBody, 'Dechay');
  const card = mariaHost.locator('[role="dialog"][data-card="greeting-mismatch"]');
  await expect(card.locator('[data-accept-name]')).toBeVisible();
  await mariaHost.evaluate((el) => {
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[data-accept-name]')!;
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
    button.focus();
    for (const key of ['Enter', ' ']) {
      button.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
      button.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true, composed: true }));
    }
  });

  // The user's own click, on compose 14 (to Chris Hawkins): stored. Any write the attack made
  // would have been stored before it.
  await page.mouse.move(5, 5);
  const chris = compose(page, '14');
  const chrisHost = hostIn(chris);
  const chrisBody = chris.locator(BODY);
  await typeDraft(page, chrisBody, DRAFT);
  await waitReady(chrisHost);
  await hoverText(page, chrisBody, 'Dechay');
  await chrisHost.locator('[role="dialog"][data-card="greeting-mismatch"] [data-accept-name]').click();
  await expect.poll(writes).toContain('sproutcontent.com');
  expect(await writes()).not.toContain('maria');
  // Chris's "Dechay" is accepted and no longer marked; Maria's still is (the page's highlights are shared).
  const marked = () => page.evaluate(() => [...((CSS.highlights.get('pitchcheck-error') as Set<AbstractRange> | undefined) ?? [])].map((r) => (r instanceof Range ? r.toString() : '')));
  await expect.poll(marked).toEqual(['Dechay']);
  expect(await mariaBody.evaluate((el, m) => [...(CSS.highlights.get(m) as Set<AbstractRange>)].some((r) => r instanceof Range && el.contains(r.startContainer)), 'pitchcheck-error')).toBe(true);
});
