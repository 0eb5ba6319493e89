// The underline layer when the browser paints (CSS Custom Highlight API), in real Chromium (live
// Ranges follow edits only in a real browser): the findings' Ranges go into the page's highlights,
// and a keystroke takes out exactly the findings whose text it changed, without a re-check.
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from '../../scripts/browser.js';

const ENTRY = `
import { gmailAdapter } from './src/sites/index.ts';
import { takeSnapshot } from './src/content/snapshot.ts';
import { UnderlineLayer } from './src/content/underlines.ts';
globalThis.__pitchcheckTest = { gmailAdapter, takeSnapshot, UnderlineLayer };
`;

const HTML =
  '<div id="ed" contenteditable="true" style="font: 16px/24px sans-serif; width: 600px">' +
  '<div>Hi Dechay,</div><div><br></div><div>Would {{company}} like a short call? I just wanted to check in.</div></div>';
const FOUND: [string, string, string][] = [
  ['greeting-mismatch', 'error', 'Dechay'],
  ['placeholder', 'error', '{{company}}'],
  ['filler', 'info', 'I just wanted to check in.'],
];

let browser: Browser;
let bundle: string;

beforeAll(async () => {
  const out = await build({ stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, format: 'iife', write: false, logLevel: 'silent' });
  bundle = out.outputFiles[0]!.text;
  browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox', '--disable-gpu', '--headless'] });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

async function setUp(): Promise<Page> {
  const page = await browser.newPage();
  await page.setContent(HTML);
  await page.evaluate(bundle);
  await page.evaluate((found) => {
    const t = (globalThis as any).__pitchcheckTest;
    const body = document.getElementById('ed')!;
    const snapshot = t.takeSnapshot(body, t.gmailAdapter);
    const findings = found.map(([ruleId, severity, text]) => {
      const start = snapshot.text.indexOf(text);
      return { ruleId, severity, message: ruleId, start, end: start + text.length };
    });
    const host = { updateOverlay: () => undefined, overlayOrigin: () => ({ x: 0, y: 0 }) };
    const layer = new t.UnderlineLayer({ host, body, applyFix() {}, ignore() {}, acceptName() {}, canAcceptName: () => false });
    layer.show(findings, snapshot);
    (globalThis as any).__layer = layer;
  }, FOUND);
  return page;
}

function texts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => [...((CSS.highlights.get(n) as Set<AbstractRange> | undefined) ?? [])].map((r) => (r as Range).toString()).sort(), name);
}

/** Puts the caret `offset` characters into the first `near` and types `typed` with real key events. */
async function typeAt(page: Page, near: string, offset: number, typed: string): Promise<void> {
  await page.evaluate(
    ([wanted, at]) => {
      const body = document.getElementById('ed')!;
      body.focus();
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const i = node.data.indexOf(wanted as string);
        if (i >= 0) return void document.getSelection()!.collapse(node, i + (at as number));
      }
      throw new Error(`no ${wanted}`);
    },
    [near, offset] as const,
  );
  await page.keyboard.type(typed);
}

describe('UnderlineLayer painting through highlights (Chromium)', () => {
  it('registers each finding under its severity, with our rules adopted by the page, and clears them', async () => {
    const page = await setUp();
    expect(await texts(page, 'pitchcheck-error')).toEqual(['Dechay', '{{company}}']);
    expect(await texts(page, 'pitchcheck-info')).toEqual(['I just wanted to check in.']);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(1);
    await page.evaluate(() => (globalThis as any).__layer.destroy());
    expect(await texts(page, 'pitchcheck-error')).toEqual([]);
    await page.close();
  });

  it('a keystroke inside a finding takes out that finding only', async () => {
    const page = await setUp();
    await typeAt(page, 'Dechay', 3, 'x');
    expect(await texts(page, 'pitchcheck-error')).toEqual(['{{company}}']);
    expect(await texts(page, 'pitchcheck-info')).toEqual(['I just wanted to check in.']);
    await typeAt(page, 'check in.', 5, 'k');
    expect(await texts(page, 'pitchcheck-info')).toEqual([]);
    expect(await texts(page, 'pitchcheck-error')).toEqual(['{{company}}']);
    await page.close();
  });

  it('a deletion across two findings takes out both; typing elsewhere leaves every line in place', async () => {
    const page = await setUp();
    await typeAt(page, 'Would', 0, 'So, ');
    await typeAt(page, 'Hi Dechay', 0, 'Oh ');
    expect(await texts(page, 'pitchcheck-error')).toEqual(['Dechay', '{{company}}']);
    expect(await texts(page, 'pitchcheck-info')).toEqual(['I just wanted to check in.']);
    // Select from inside {{company}} to inside the filler sentence, then delete.
    await page.evaluate(() => {
      const text = [...document.querySelectorAll('#ed div')].at(-1)!.firstChild as Text;
      const range = document.createRange();
      range.setStart(text, text.data.indexOf('company'));
      range.setEnd(text, text.data.indexOf('wanted'));
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    });
    await page.keyboard.press('Delete');
    expect(await texts(page, 'pitchcheck-error')).toEqual(['Dechay']);
    expect(await texts(page, 'pitchcheck-info')).toEqual([]);
    await page.close();
  });
});
