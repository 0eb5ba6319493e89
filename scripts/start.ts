// `npm start`: builds, then opens Chromium with Pitchcheck on a local Gmail-like demo compose.
// With a display: a normal window that stays open. Without one: headless, opens the panel,
// saves a screenshot, prints what the panel shows, and exits.
import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import { buildAll } from './build.js';
import { ROOT, launchDemo, openPanel, readFindings, readStats } from './demo/launch.js';

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

await buildAll();
console.log('Built dist/chrome and dist/firefox.');

const demo = await launchDemo({ headless });
try {
  if (!headless) {
    console.log('Chromium is open on the demo compose (served locally at a mail.google.com URL).');
    console.log('Type in the draft, change the recipient, click the badge at the bottom right. Close the window to quit.');
    await new Promise<void>((resolve) => demo.context.on('close', () => resolve()));
  } else {
    await openPanel(demo.page);
    const shot = path.join(ROOT, 'dist/demo-screenshot.png');
    await mkdir(path.dirname(shot), { recursive: true });
    await demo.page.screenshot({ path: shot });
    const findings = await readFindings(demo.page);
    const stats = await readStats(demo.page);
    console.log(`No display: ran headless. Screenshot of the panel: ${path.relative(process.cwd(), shot)}`);
    const score = await demo.page.locator('[data-pitchcheck] [data-score]').first().getAttribute('data-score', { timeout: 1_000 }).catch(() => null);
    console.log(
      `Words: ${stats.words ?? '?'}, about the sender: ${stats.self ?? '?'}, about the reader: ${stats.reader ?? '?'}` +
        (score ? `, score: ${score}/100` : ''),
    );
    console.log(`The panel shows ${findings.length} finding(s):`);
    for (const f of findings) {
      const fixes = f.fixes.length ? `  [${f.fixes.join(' | ')}]` : '';
      console.log(`  ${f.severity.padEnd(7)} ${f.rule.padEnd(20)} ${f.message}${fixes}`);
    }
  }
} finally {
  await demo.close().catch(() => undefined);
}
