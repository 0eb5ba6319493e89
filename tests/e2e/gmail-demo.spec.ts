// The built extension on a Gmail compose (the demo page, which follows Gmail's real compose DOM).
import { DEMO_HTML, expect, finding, hostIn, longPitch, openPage, openPanel, shownRules, stopServiceWorker, test, typeDraft, waitReady } from './fixtures.js';

const URL = 'https://mail.google.com/mail/u/0/#inbox?compose=new';
const BODY = '[contenteditable="true"][g_editable="true"]';
const COMPOSE = '.M9';

const SHORT_GOOD = 'Hi Chris,\nI saw your post about Sprout Content moving to weekly planning. Would a shared calendar help your team?\nBest,\nDana';

test.describe('Gmail compose', () => {
  test.beforeEach(async ({ page, served }) => {
    await openPage(page, served, URL, DEMO_HTML);
  });

  test('the prefilled draft shows its findings, with the word and reference counts', async ({ page }) => {
    const host = hostIn(page.locator(COMPOSE));
    await openPanel(host);
    const rules = await shownRules(host);
    expect(rules).toEqual(expect.arrayContaining(['greeting-mismatch', 'placeholder', 'length']));
    await expect(host.locator('.pc-badge')).toHaveAttribute('data-count', String(rules.length));
    const words = Number(await host.locator('[data-stat="words"] .pc-stat-value').textContent());
    expect(words).toBeGreaterThan(250); // the signature's words are not counted…
    expect(words).toBeLessThan(320); // …nor anything of our own UI
    const self = Number(await host.locator('[data-stat="self"] .pc-stat-value').textContent());
    const reader = Number(await host.locator('[data-stat="reader"] .pc-stat-value').textContent());
    expect(self).toBeGreaterThan(reader);
  });

  test('typing a draft makes the right findings appear', async ({ page }) => {
    const compose = page.locator(COMPOSE);
    const host = hostIn(compose);
    await openPanel(host);
    // An edit makes the badge 'checking' at once, not after the typing pause: 'ready' always
    // means the findings describe the draft as it is.
    const statusAfterEdit = await compose.locator(BODY).evaluate((body, badgeHost) => {
      body.focus();
      document.execCommand('insertText', false, ' ');
      return badgeHost.shadowRoot!.querySelector('.pc-badge')!.getAttribute('data-status');
    }, await host.elementHandle());
    expect(statusAfterEdit).toBe('checking');
    await typeDraft(page, compose.locator(BODY), SHORT_GOOD);
    await waitReady(host); // the check of the whole typed draft, not of a line typed on the way
    await expect(finding(host, 'greeting-mismatch')).toHaveCount(0);
    await expect(finding(host, 'length')).toHaveCount(1); // under 50 words
    await expect(finding(host, 'placeholder')).toHaveCount(0);

    await page.keyboard.press('Enter');
    await page.keyboard.insertText(`P.S. ${longPitch(150)} Thanks [FIRST NAME].`);
    await expect(finding(host, 'placeholder')).toHaveCount(1);
    await expect(finding(host, 'length')).toContainText(/words/);
  });

  test('adding and changing a recipient makes a greeting finding appear and disappear', async ({ page }) => {
    const compose = page.locator(COMPOSE);
    const host = hostIn(compose);
    await openPanel(host);
    await typeDraft(page, compose.locator(BODY), SHORT_GOOD);
    await expect(finding(host, 'greeting-mismatch')).toHaveCount(0);

    // Gmail replaces the chip when the user picks someone else: a DOM change outside the body.
    await page.evaluate(() => {
      const chip = document.querySelector('[role=option][data-hovercard-id]')!;
      chip.setAttribute('data-name', 'Jordan Lee');
      chip.setAttribute('data-hovercard-id', 'jordan.lee@acme.example');
      chip.querySelector('.af6')!.textContent = 'Jordan Lee';
      chip.replaceWith(chip.cloneNode(true));
    });
    await expect(finding(host, 'greeting-mismatch')).toHaveCount(1);

    // Back to Chris, by removing the chip and typing his address in the To field.
    await page.evaluate(() => document.querySelector('[role=option][data-hovercard-id]')!.remove());
    await compose.locator('input[role=combobox]').first().fill('Chris Hawkins <chris@sproutcontent.com>');
    await expect(finding(host, 'greeting-mismatch')).toHaveCount(0);

    // A second, different recipient added as a chip in the To row.
    await compose.locator('input[role=combobox]').first().fill('');
    await page.evaluate(() => {
      const listbox = document.querySelector('[name=to] [role=listbox]')!;
      const chip = document.createElement('div');
      chip.setAttribute('role', 'option');
      chip.setAttribute('data-name', 'Morgan Price');
      chip.setAttribute('data-hovercard-id', 'morgan@acme.example');
      chip.textContent = 'Morgan Price';
      listbox.prepend(chip);
    });
    await expect(finding(host, 'greeting-mismatch')).toHaveCount(1);
  });

  test('the fix corrects the greeting through the editor, which sees an input event; Ctrl+Z restores it', async ({ page }) => {
    const compose = page.locator(COMPOSE);
    const body = compose.locator(BODY);
    const host = hostIn(compose);
    await openPanel(host);
    const before = await body.evaluate((el) => el.innerHTML);
    await page.evaluate((selector) => {
      const w = window as unknown as { inputs: string[] };
      w.inputs = [];
      document.querySelector(selector)!.addEventListener('input', (e) => w.inputs.push(`${(e as InputEvent).inputType}:${e.isTrusted}`));
    }, BODY);

    const fix = finding(host, 'greeting-mismatch').locator('[data-fix]').first();
    await expect(fix).toHaveText(/Chris/);
    await fix.click();
    await expect(body.locator('div').first()).toHaveText('Hi Chris,');
    expect(await page.evaluate(() => (window as unknown as { inputs: string[] }).inputs)).toContain('insertText:true');
    await expect(finding(host, 'greeting-mismatch')).toHaveCount(0);
    // Only the name changed: the rest of the draft (and its formatting) is as it was.
    expect(await body.evaluate((el) => el.innerHTML)).toBe(before.replace('Hi Dechay,', 'Hi Chris,'));

    await page.keyboard.press('ControlOrMeta+Z');
    await expect(body.locator('div').first()).toHaveText('Hi Dechay,');
    expect(await body.evaluate((el) => el.innerHTML)).toBe(before);
    await expect(finding(host, 'greeting-mismatch')).toHaveCount(1);
  });

  test('a fix is refused, the draft untouched, when the text under it changed', async ({ page }) => {
    const compose = page.locator(COMPOSE);
    const body = compose.locator(BODY);
    const host = hostIn(compose);
    await openPanel(host);
    await expect(finding(host, 'greeting-mismatch')).toHaveCount(1);
    // Something else (another extension, a sync) rewrites the greeting without an input event.
    await body.evaluate((el) => {
      const first = el.querySelector('div')!.firstChild as Text;
      first.data = 'Hi Dechey,';
    });
    const changed = await body.evaluate((el) => el.innerHTML);
    await finding(host, 'greeting-mismatch').locator('[data-fix]').first().click();
    await expect(host.locator('.pc-note[role=status]')).toBeVisible();
    expect(await body.evaluate((el) => el.innerHTML)).toBe(changed);
    // …and it checked again: the finding now points at the new text.
    await expect(finding(host, 'greeting-mismatch')).toContainText('Dechey');
  });

  test('after the service worker is stopped, typing again still brings findings', async ({ page, context }) => {
    const compose = page.locator(COMPOSE);
    const host = hostIn(compose);
    await openPanel(host);
    await typeDraft(page, compose.locator(BODY), SHORT_GOOD);
    await expect(finding(host, 'greeting-mismatch')).toHaveCount(0);

    const worker = await stopServiceWorker(context, page);
    expect(worker.statuses.at(-1)).toBe('stopped');

    await typeDraft(page, compose.locator(BODY), SHORT_GOOD.replace('Hi Chris', 'Hi Dechay'));
    await expect(finding(host, 'greeting-mismatch')).toHaveCount(1);
    // The message started it again (CDP reports that on its own session: wait for the event).
    await expect.poll(() => worker.statuses).toContain('running');
  });

  test('the draft HTML holds nothing of the extension, and the UI sits outside the editor', async ({ page }) => {
    const compose = page.locator(COMPOSE);
    const body = compose.locator(BODY);
    const host = hostIn(compose);
    await openPanel(host);
    await finding(host, 'greeting-mismatch').locator('[data-fix]').first().click();
    await expect(finding(host, 'greeting-mismatch')).toHaveCount(0);
    const html = await body.evaluate((el) => el.outerHTML);
    expect(html).not.toMatch(/pitchcheck|pc-|data-gramm|shadow/i);
    expect(await host.evaluate((el) => el.closest('[contenteditable="true"]'))).toBeNull();
    await expect(host).toHaveAttribute('data-gramm', 'false');
    expect(await host.evaluate((el) => el.shadowRoot?.mode)).toBe('open');
  });

  test('the panel is keyboard reachable, closes on Escape and gives focus back to the badge', async ({ page }) => {
    const host = hostIn(page.locator(COMPOSE));
    await waitReady(host);
    const badge = host.locator('.pc-badge');
    await badge.focus();
    await expect(badge).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('Enter');
    await expect(badge).toHaveAttribute('aria-expanded', 'true');
    const dialog = host.locator('[role=dialog]');
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveAttribute('aria-labelledby', 'pc-title');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(badge).toBeFocused();
    // Gmail closes a compose on Escape: our Escape must not reach the page.
    await expect(page.locator(COMPOSE)).toHaveCount(1);
  });

  test('the UI takes a dark theme on a dark compose, light otherwise', async ({ page }) => {
    const compose = page.locator(COMPOSE);
    const host = hostIn(compose);
    await waitReady(host);
    await expect(host).toHaveAttribute('data-theme', 'light');
    // Gmail's dark themes paint the compose dark whatever the OS says.
    await page.evaluate(() => {
      for (const el of document.querySelectorAll<HTMLElement>('.AD, .M9')) el.style.background = '#202124';
    });
    await typeDraft(page, compose.locator(BODY), SHORT_GOOD);
    await expect(host).toHaveAttribute('data-theme', 'dark');
  });
});
