// What a user sees of the extension, checked the same way in Chromium and in Firefox: the
// `chromium` and `firefox` projects of playwright.config.ts run this file, each through its own
// driver (driver/chromium.ts, driver/firefox.ts). The assertions are written once, here, against
// the extension's hooks (`[data-pitchcheck]`, `.pc-badge[data-status]`, `[data-rule]`, `[data-fix]`,
// `[data-underline]`) and the page's own DOM; every step is real input. After each test the
// driver fixture checks that no page or extension error and no network request happened.
import { FIXTURE_URLS } from '../fixtures/index.js';
import { expect, test, type Tab } from './driver/index.js';

const GMAIL_BODY = '[contenteditable="true"][g_editable="true"]';
const OUTLOOK_BODY = '[role="textbox"][aria-multiline="true"][contenteditable="true"]';
/** Gmail pop-up composes of `gmail/inbox-two-composes`: 14 to Chris Hawkins, 15 ("Hi Mark,", a {{company}}) to Maria Lopez. */
const gmailCompose = (id: string) => `.M9:has([data-compose-id="${id}"])`;
/** The reply in Outlook's reading pane of `outlook/reading-pane-reply`, to Chris Hawkins. */
const OUTLOOK_REPLY = '#docking_InitVisiblePart_0';

const WRONG_DRAFT = ['Hi Dechay,', 'Would a short call next week help {{company}} plan the launch?', 'Best,', 'Dana'];
const RIGHT_DRAFT = ['Hi Chris,', 'Would a short call next week help Sprout plan the launch?', 'Best,', 'Dana'];

interface UiView {
  /** The badge's status: `ready` once the findings describe the draft as it is. */
  status: string | null;
  expanded: boolean;
  /** Rules listed in the panel (when it is open). */
  rules: string[];
  /** Rules drawn under words in the text. */
  underlined: string[];
}

/** In the page: the extension's UI in the compose `root`, or null when it has none. */
function readUi(root: string): UiView | null {
  const ui = document.querySelector(root)?.querySelector('[data-pitchcheck]')?.shadowRoot;
  if (!ui) return null;
  const badge = ui.querySelector('.pc-badge');
  const ids = (selector: string, attribute: string) => [...new Set([...ui.querySelectorAll(selector)].map((el) => el.getAttribute(attribute) ?? ''))];
  return {
    status: badge?.getAttribute('data-status') ?? null,
    expanded: badge?.getAttribute('aria-expanded') === 'true',
    rules: ids('[role="dialog"] [data-rule]', 'data-rule'),
    underlined: ids('[data-underline]', 'data-underline'),
  };
}

interface Target {
  root: string;
  /** An element of the extension's UI (in its shadow root)… */
  ui?: string;
  /** …or of the page, under `root`. */
  page?: string;
}

/** In the page: the centre of `target` in viewport pixels (scrolled into view), or null. */
function centreOf(target: Target): { x: number; y: number } | null {
  const root = document.querySelector(target.root);
  const el = target.ui ? root?.querySelector('[data-pitchcheck]')?.shadowRoot?.querySelector(target.ui) : root?.querySelector(target.page ?? ':scope');
  if (!el) return null;
  el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const box = el.getBoundingClientRect();
  if (!box.width || !box.height) return null;
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

/**
 * In the page: whether the underline of `rule` lies under `text` in the editor: every line under
 * a box of the text (overlapping it, at its bottom edge) and every box of the text with a line.
 * 'ok', or what is wrong. Lines are the overlay's segments; a build that paints with the CSS
 * Custom Highlight API instead is measured through the highlight's ranges.
 */
function underlineUnder(args: { root: string; body: string; rule: string; text: string }): string {
  const root = document.querySelector(args.root);
  const editor = root?.querySelector(args.body);
  const ui = root?.querySelector('[data-pitchcheck]')?.shadowRoot;
  if (!editor || !ui) return 'no compose';
  let boxes: DOMRect[] = [];
  const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const at = node.data.indexOf(args.text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + args.text.length);
    boxes = [...range.getClientRects()];
    break;
  }
  if (!boxes.length) return `text “${args.text}” not found`;
  const lines = [...ui.querySelectorAll(`[data-underline="${args.rule}"] .pc-ul-seg`)].map((el) => el.getBoundingClientRect());
  const registry = typeof CSS !== 'undefined' ? CSS.highlights : undefined;
  if (!lines.length && registry) {
    for (const highlight of registry.values()) {
      for (const range of highlight) if (range instanceof Range && range.toString() === args.text) lines.push(...range.getClientRects());
    }
  }
  if (!lines.length) return 'no underline';
  const under = (l: DOMRect, b: DOMRect) => l.left < b.right && l.right > b.left && l.top >= b.top && l.top <= b.bottom + 8;
  for (const l of lines) if (!boxes.some((b) => under(l, b))) return `a line at ${l.left},${l.top} is under no box of the text`;
  for (const b of boxes) if (!lines.some((l) => under(l, b))) return `the text at ${b.left},${b.top} has no line`;
  return 'ok';
}

/** Polls `probe` until `ok` holds; on time-out the message shows the last value seen. */
async function until<T>(what: string, probe: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  let last: T | undefined;
  await expect
    .poll(
      async () => {
        last = await probe();
        return ok(last) ? 'ok' : JSON.stringify(last);
      },
      { message: what, timeout: 15_000 },
    )
    .toBe('ok');
  return last as T;
}

const ui = (tab: Tab, root: string) => tab.evaluate(readUi, root);

/** Waits for a settled check (badge `ready`) that satisfies `ok`. */
function settled(tab: Tab, root: string, what: string, ok: (view: UiView) => boolean): Promise<UiView> {
  return until(what, () => ui(tab, root), (view) => view?.status === 'ready' && ok(view)) as Promise<UiView>;
}

async function clickOn(tab: Tab, target: Target): Promise<void> {
  const at = await until(`${JSON.stringify(target)} on screen`, () => tab.evaluate(centreOf, target), (c) => c !== null);
  await tab.click(at!.x, at!.y);
}

/** Opens the compose's panel with a click on its badge, once the first check has landed. */
async function openPanel(tab: Tab, root: string): Promise<void> {
  await settled(tab, root, `${root}: first check`, () => true);
  await clickOn(tab, { root, ui: '.pc-badge' });
  await until(
    `${root}: panel open`,
    () =>
      tab.evaluate((r) => {
        const shadow = document.querySelector(r)?.querySelector('[data-pitchcheck]')?.shadowRoot;
        return shadow?.querySelector('.pc-badge')?.getAttribute('aria-expanded') === 'true' && !!shadow.querySelector('[role="dialog"]');
      }, root),
    (open) => open,
  );
}

/** Replaces the editor's text the way a user does: click in, select all, delete, type. */
async function typeDraft(tab: Tab, root: string, body: string, lines: string[]): Promise<void> {
  const corner = await tab.evaluate(
    ({ r, b }) => {
      const box = document.querySelector(r)?.querySelector(b)?.getBoundingClientRect();
      return box ? { x: box.left + 12, y: box.top + 8 } : null;
    },
    { r: root, b: body },
  );
  if (!corner) throw new Error(`no editor ${body} in ${root}`);
  // Top-left corner: the open panel may cover the middle of the editor, as it does for users.
  await tab.click(corner.x, corner.y);
  // Keys go where the focus is: make sure it is the editor (not the panel or a chip field).
  await until(
    `${body} in ${root} focused`,
    () => tab.evaluate(({ r, b }) => !!document.querySelector(r)?.querySelector(b)?.contains(document.activeElement), { r: root, b: body }),
    (focused) => focused,
  );
  await tab.press('Control+a');
  await tab.press('Delete');
  for (const [i, line] of lines.entries()) {
    if (i > 0) await tab.press('Enter');
    if (line) await tab.type(line);
  }
}

/** The editor's HTML, as the site would save it. */
const bodyHtml = (tab: Tab, root: string, body: string) =>
  tab.evaluate(({ r, b }) => document.querySelector(r)?.querySelector(b)?.innerHTML ?? null, { r: root, b: body });

const has = (rule: string) => (view: UiView) => view.rules.includes(rule);
const lacks = (rule: string) => (view: UiView) => !view.rules.includes(rule);

test.describe('what a user sees, in each browser', () => {
  test('Gmail pop-up: typing brings the right findings, underlined under their words', async ({ driver }) => {
    const { page } = driver;
    const root = gmailCompose('14');
    await page.goto(FIXTURE_URLS['gmail/inbox-two-composes']);
    await openPanel(page, root);
    await settled(page, root, 'the prefilled draft to Chris greets him', lacks('greeting-mismatch'));

    await typeDraft(page, root, GMAIL_BODY, WRONG_DRAFT);
    const wrong = await settled(page, root, 'wrong greeting and placeholder found', (v) => has('greeting-mismatch')(v) && has('placeholder')(v));
    expect(wrong.underlined).toEqual(expect.arrayContaining(['greeting-mismatch', 'placeholder']));
    for (const [rule, text] of [['greeting-mismatch', 'Dechay'], ['placeholder', '{{company}}']] as const) {
      await until(`${rule} underlined under “${text}”`, () => page.evaluate(underlineUnder, { root, body: GMAIL_BODY, rule, text }), (r) => r === 'ok');
    }

    await typeDraft(page, root, GMAIL_BODY, RIGHT_DRAFT);
    const right = await settled(page, root, 'greeting and placeholder findings gone', (v) => lacks('greeting-mismatch')(v) && lacks('placeholder')(v));
    expect(right.rules).toContain('length'); // 17 words: under the 50–125 range
    expect(right.underlined).not.toContain('greeting-mismatch');
  });

  test('Outlook reading-pane reply: typing brings the right findings, underlined; the fix goes through the editor', async ({ driver }) => {
    const { page } = driver;
    const root = OUTLOOK_REPLY;
    await page.goto(FIXTURE_URLS['outlook/reading-pane-reply']);
    await openPanel(page, root);
    const start = await settled(page, root, 'the prefilled reply to Chris greets him', lacks('greeting-mismatch'));
    expect(start.rules).not.toContain('length'); // the long quoted mail is not counted

    await typeDraft(page, root, OUTLOOK_BODY, WRONG_DRAFT);
    await settled(page, root, 'wrong greeting and placeholder found', (v) => has('greeting-mismatch')(v) && has('placeholder')(v));
    for (const [rule, text] of [['greeting-mismatch', 'Dechay'], ['placeholder', '{{company}}']] as const) {
      await until(`${rule} underlined under “${text}”`, () => page.evaluate(underlineUnder, { root, body: OUTLOOK_BODY, rule, text }), (r) => r === 'ok');
    }

    const before = await bodyHtml(page, root, OUTLOOK_BODY);
    await clickOn(page, { root, ui: '[role="dialog"] [data-rule="greeting-mismatch"] [data-fix]' });
    await until('greeting fixed in the editor', () => bodyHtml(page, root, OUTLOOK_BODY), (html) => html === before!.replace('Hi Dechay,', 'Hi Chris,'));
    await settled(page, root, 'greeting finding gone after the fix', lacks('greeting-mismatch'));
    await page.press('Control+z');
    await until('Ctrl+Z restores the exact previous HTML', () => bodyHtml(page, root, OUTLOOK_BODY), (html) => html === before);
  });

  test('two composes keep their own findings', async ({ driver }) => {
    const { page } = driver;
    const chris = gmailCompose('14');
    const maria = gmailCompose('15');
    await page.goto(FIXTURE_URLS['gmail/inbox-two-composes']);
    // 15's open panel covers 14's badge: open 14's first, as a user would have to.
    await openPanel(page, chris);
    await openPanel(page, maria);
    const mariaStart = await settled(page, maria, "Maria's compose: wrong greeting and placeholder", (v) => has('greeting-mismatch')(v) && has('placeholder')(v));
    const chrisStart = await settled(page, chris, "Chris's compose: neither", (v) => lacks('greeting-mismatch')(v) && lacks('placeholder')(v));
    expect(chrisStart.expanded).toBe(true);

    await typeDraft(page, chris, GMAIL_BODY, ['Hi Mark,', 'Would a call on Tuesday help {{company}} plan the launch?', 'Dana']);
    await settled(page, chris, "Chris's compose: now both", (v) => has('greeting-mismatch')(v) && has('placeholder')(v));
    expect((await ui(page, maria))!.rules).toEqual(mariaStart.rules);
    expect(await page.evaluate(() => document.querySelectorAll('[data-pitchcheck]').length, null)).toBe(2);
  });

  test('a recipient chip added and removed toggles the greeting finding', async ({ driver }) => {
    const { page } = driver;
    const root = gmailCompose('15'); // "Hi Mark," to Maria Lopez, cc Sam Patel
    await page.goto(FIXTURE_URLS['gmail/inbox-two-composes']);
    await openPanel(page, root);
    await settled(page, root, 'Mark is not a recipient', has('greeting-mismatch'));

    await clickOn(page, { root, page: '[name="to"] input[role="combobox"]' });
    await page.type('Mark Jensen <mark@northwindtraders.com>');
    await page.press('Enter'); // the page turns the address into a chip
    await settled(page, root, 'Mark added: the greeting is right', lacks('greeting-mismatch'));

    await clickOn(page, { root, page: '[data-hovercard-id="mark@northwindtraders.com"] .afX' });
    await settled(page, root, 'Mark removed: the greeting is wrong again', has('greeting-mismatch'));
  });

  test("a fix goes through the page's editor (an input event) and Ctrl+Z restores the exact HTML; nothing of ours in the draft", async ({ driver }) => {
    const { page } = driver;
    const root = gmailCompose('15');
    await page.goto(FIXTURE_URLS['gmail/inbox-two-composes']);
    await openPanel(page, root);
    await settled(page, root, 'wrong greeting found', has('greeting-mismatch'));
    const before = await bodyHtml(page, root, GMAIL_BODY);
    const inputs = () => page.evaluate(() => (window as any).__pitchcheckFixture.inputEventsByCompose['15'] ?? 0, null) as Promise<number>;
    const inputsBefore = await inputs();

    await clickOn(page, { root, ui: '[role="dialog"] [data-rule="greeting-mismatch"] [data-fix]' });
    await until('greeting fixed, only the name changed', () => bodyHtml(page, root, GMAIL_BODY), (html) => html === before!.replace('Hi Mark,', 'Hi Maria,'));
    expect(await inputs()).toBeGreaterThan(inputsBefore);
    await settled(page, root, 'greeting finding gone after the fix', lacks('greeting-mismatch'));
    const outer = await page.evaluate(({ r, b }) => document.querySelector(r)?.querySelector(b)?.outerHTML ?? '', { r: root, b: GMAIL_BODY });
    expect(outer).not.toMatch(/pitchcheck|pc-|data-underline|data-rule/i);

    await page.press('Control+z');
    await until('Ctrl+Z restores the exact previous HTML', () => bodyHtml(page, root, GMAIL_BODY), (html) => html === before);
    await settled(page, root, 'the greeting finding is back', has('greeting-mismatch'));
  });

  test('a fix is refused, the draft untouched, when the text under it changed', async ({ driver }) => {
    const { page } = driver;
    const root = gmailCompose('15');
    await page.goto(FIXTURE_URLS['gmail/inbox-two-composes']);
    await openPanel(page, root);
    await settled(page, root, 'wrong greeting found', has('greeting-mismatch'));
    // Something else (another extension, a sync) rewrites the greeting without an input event.
    const changed = await page.evaluate(
      ({ r, b }) => {
        const editor = document.querySelector(r)!.querySelector(b)!;
        const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          if (node.data.includes('Hi Mark,')) node.data = node.data.replace('Hi Mark,', 'Hi Jordan,');
        }
        return editor.innerHTML;
      },
      { r: root, b: GMAIL_BODY },
    );
    expect(changed).toContain('Hi Jordan,');

    await clickOn(page, { root, ui: '[role="dialog"] [data-rule="greeting-mismatch"] [data-fix]' });
    // It checked again: the finding is now about the text as it is…
    await until(
      'the greeting finding names the new text',
      () => page.evaluate((r) => document.querySelector(r)?.querySelector('[data-pitchcheck]')?.shadowRoot?.querySelector('[data-rule="greeting-mismatch"]')?.textContent ?? '', root),
      (text) => text.includes('Jordan'),
    );
    // …and the draft was not touched.
    expect(await bodyHtml(page, root, GMAIL_BODY)).toBe(changed);
  });

  test('a suspended background wakes on the next edit and answers', async ({ driver }) => {
    const { page } = driver;
    const root = gmailCompose('14');
    await page.goto(FIXTURE_URLS['gmail/inbox-two-composes']);
    await openPanel(page, root);
    await typeDraft(page, root, GMAIL_BODY, RIGHT_DRAFT);
    await settled(page, root, 'right greeting', lacks('greeting-mismatch'));

    await driver.suspendBackground();
    expect(await driver.backgroundRunning()).toBe(false);
    await typeDraft(page, root, GMAIL_BODY, WRONG_DRAFT);
    await settled(page, root, 'the woken background answered', has('greeting-mismatch'));
    await until('the background runs again', () => driver.backgroundRunning(), (running) => running);
  });

  test('a rule turned off on the options page leaves the open compose, without a reload', async ({ driver }) => {
    const { page } = driver;
    const root = gmailCompose('15');
    await page.goto(FIXTURE_URLS['gmail/inbox-two-composes']);
    await openPanel(page, root);
    await settled(page, root, 'placeholder and greeting found', (v) => has('placeholder')(v) && has('greeting-mismatch')(v));
    const loads = () => page.evaluate(() => performance.getEntriesByType('navigation').length, null);
    const loadsBefore = await loads();

    const options = await driver.openOptions();
    const toggle = 'input[type="checkbox"][aria-describedby="rule-placeholder-desc"]';
    const checked = () => options.evaluate((s) => (document.querySelector(s) as HTMLInputElement | null)?.checked ?? null, toggle);
    expect(await checked()).toBe(true);
    await clickOn(options, { root: 'body', page: toggle });
    await until('the options page saved', () => options.evaluate(() => document.querySelector('p.status')?.textContent ?? '', null), (s) => s === 'Saved.');
    expect(await checked()).toBe(false);

    await page.bringToFront();
    await settled(page, root, 'placeholder gone, greeting still there', (v) => lacks('placeholder')(v) && has('greeting-mismatch')(v));
    expect(await loads()).toBe(loadsBefore);

    await options.bringToFront();
    await clickOn(options, { root: 'body', page: toggle });
    await until('turned back on', checked, (on) => on === true);
    await page.bringToFront();
    await settled(page, root, 'placeholder back', has('placeholder'));
    expect(await loads()).toBe(loadsBefore);
  });
});
