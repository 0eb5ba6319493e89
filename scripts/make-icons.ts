// Renders assets/icon.svg to the PNG sizes the stores and browsers ask for, with Chromium's
// own rasteriser (anti-aliased, exact). Run once after editing the SVG: `npx tsx scripts/make-icons.ts`.
import { chromium } from '@playwright/test';
import { readFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { chromiumPath } from './browser.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const SIZES = [16, 32, 48, 128];

const svg = await readFile(path.join(root, 'assets/icon.svg'), 'utf8');
await mkdir(path.join(root, 'assets/icons'), { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    const dataUrl = 'data:image/svg+xml;base64,' + Buffer.from(svg).toString('base64');
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}img{display:block;width:${size}px;height:${size}px}</style><img src="${dataUrl}">`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    const out = path.join(root, `assets/icons/icon-${size}.png`);
    await page.screenshot({ path: out, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    console.log('wrote', path.relative(root, out));
  }
} finally {
  await browser.close();
}
