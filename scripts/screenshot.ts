// `npm run screenshot`: the README's pictures on the demo compose — the panel
// (assets/screenshot-panel.png) and an underline with its card open (assets/screenshot-underline.png).
// Run `npm run build` first.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { ROOT, launchDemo, openPanel } from './demo/launch.js';

async function panel(page: Page, out: string): Promise<void> {
  await openPanel(page);
  await page.mouse.move(0, 0);
  await page.screenshot({ path: out });
}

/** Hovers the wrong greeting's name until its card opens. */
async function underlineCard(page: Page, out: string): Promise<void> {
  const host = page.locator('[data-pitchcheck]').first();
  await host.locator('.pc-badge[data-status="ready"]').waitFor({ timeout: 20_000 });
  // The browser paints the line (CSS Custom Highlight API), or the overlay does where it cannot.
  await page.waitForFunction(
    () => (CSS.highlights?.get('pitchcheck-error')?.size ?? 0) > 0 || !!document.querySelector('[data-pitchcheck]')?.shadowRoot?.querySelector('[data-underline="greeting-mismatch"] .pc-ul-seg'),
  );
  const box = await page.locator('[g_editable="true"]').first().evaluate((body) => {
    const walker = body.ownerDocument.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf('Dechay');
      if (at < 0) continue;
      const range = body.ownerDocument.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 'Dechay'.length);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    return null;
  });
  if (!box) throw new Error('the demo draft has no “Dechay”');
  await page.mouse.move(box.x, box.y, { steps: 4 });
  await host.locator('[data-card="greeting-mismatch"]').waitFor();
  await page.waitForTimeout(200);
  // The compose and a little of the inbox beside it: the underline and its card are the subject.
  const compose = await page.locator('.AD').first().boundingBox();
  const left = Math.max(0, Math.round((compose?.x ?? 640) - 120));
  await page.screenshot({ path: out, clip: { x: left, y: 120, width: 1280 - left, height: 640 } });
}

const shots: [string, (page: Page, out: string) => Promise<void>][] = [
  ['assets/screenshot-panel.png', panel],
  ['assets/screenshot-underline.png', underlineCard],
];
for (const [file, take] of shots) {
  const out = path.join(ROOT, file);
  // A fresh browser per picture: nothing left open from the one before.
  const demo = await launchDemo({ headless: true, viewport: { width: 1280, height: 760 } });
  try {
    await take(demo.page, out);
    console.log('wrote', path.relative(process.cwd(), out));
  } finally {
    await demo.close();
  }
}
