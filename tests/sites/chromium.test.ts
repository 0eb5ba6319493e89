// The snapshot and adapters in real Chromium, on the fixture pages served at their real URLs
// with the sites' Trusted Types header: the same text as under happy-dom, Ranges that read back
// the same words, and a replaced line break that joins blocks through the browser's editor.
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from '../../scripts/browser.js';
import { takeSnapshot } from '../../src/content/snapshot.js';
import { adapterFor } from '../../src/sites/index.js';
import { FIXTURE_URLS, serveFixtures, type FixtureName } from '../fixtures/index.js';
import { loadFixture } from './helpers.js';

const ENTRY = `
import { adapterFor } from './src/sites/index.ts';
import { takeSnapshot, verifyRange } from './src/content/snapshot.ts';
globalThis.__pitchcheckTest = { adapterFor, takeSnapshot, verifyRange };
`;

interface PageResult {
  texts: string[];
  hints: unknown[];
  badWords: string[];
}

let browser: Browser;
let bundle: string;

beforeAll(async () => {
  const out = await build({
    stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'silent',
  });
  bundle = out.outputFiles[0]!.text;
  browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu', '--headless'] });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

async function open(name: FixtureName): Promise<{ page: Page; blocked: string[] }> {
  const context = await browser.newContext();
  const server = await serveFixtures(context);
  const page = await context.newPage();
  await page.goto(FIXTURE_URLS[name]);
  // Evaluated through the debugger protocol, like an isolated-world content script: not subject
  // to the page's Trusted Types policy.
  await page.evaluate(bundle);
  return { page, blocked: server.blocked };
}

const PAGE_CHECK = `(() => {
  const t = globalThis.__pitchcheckTest;
  const adapter = t.adapterFor(location);
  const texts = [], hints = [], badWords = [];
  for (const compose of adapter.findComposes(document)) {
    const snap = t.takeSnapshot(compose.body, adapter);
    texts.push(snap.text);
    hints.push(snap.hints);
    for (const m of snap.text.matchAll(/\\S+/g)) {
      const range = t.verifyRange(snap, m.index, m.index + m[0].length, m[0]);
      if (!range || range.toString().replace(/\\u00a0/g, ' ') !== m[0]) badWords.push(m[0]);
    }
  }
  return { texts, hints, badWords };
})()`;

describe('in Chromium', () => {
  const names = Object.keys(FIXTURE_URLS) as FixtureName[];

  it.each(names)('%s reads the same as under happy-dom, and every word maps back', async (name) => {
    const { page, blocked } = await open(name);
    const result = (await page.evaluate(PAGE_CHECK)) as PageResult;
    const doc = loadFixture(name);
    const adapter = adapterFor(new URL(FIXTURE_URLS[name]))!;
    const expected = adapter.findComposes(doc).map((c) => takeSnapshot(c.body, adapter));
    expect(result.texts).toEqual(expected.map((s) => s.text));
    expect(result.hints).toEqual(expected.map((s) => s.hints));
    expect(result.texts.length).toBeGreaterThan(0);
    expect(result.badWords).toEqual([]);
    expect(blocked).toEqual([]);
    await page.context().close();
  });

  // Only across one line break: when an empty line lies between, Chromium's editor deletes the
  // empty line but keeps the next block apart (as it does for a user's own selection).
  it('replacing a synthetic line break joins the blocks through the editor, and undo restores them', async () => {
    const { page } = await open('gmail/inbox-two-composes');
    const result = (await page.evaluate(`(() => {
      const t = globalThis.__pitchcheckTest;
      const adapter = t.adapterFor(location);
      const compose = adapter.findComposes(document)[1];
      const before = t.takeSnapshot(compose.body, adapter);
      const at = before.text.indexOf('\\nDana');
      const range = t.verifyRange(before, at, at + 1, '\\n');
      compose.body.focus();
      const selection = getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      const done = document.execCommand('insertText', false, ' ');
      const after = t.takeSnapshot(compose.body, adapter).text;
      document.execCommand('undo');
      const undone = t.takeSnapshot(compose.body, adapter).text;
      return { done, before: before.text, after, undone, at };
    })()`)) as { done: boolean; before: string; after: string; undone: string; at: number };
    expect(result.done).toBe(true);
    expect(result.after).toBe(result.before.slice(0, result.at) + ' ' + result.before.slice(result.at + 1));
    expect(result.after.endsWith('Thanks, Dana')).toBe(true);
    expect(result.undone).toBe(result.before);
    await page.context().close();
  });
});
