// `npm run screenshot`: the README's picture of the panel on the demo compose (assets/screenshot-panel.png).
// Run `npm run build` first.
import path from 'node:path';
import { ROOT, launchDemo, openPanel } from './demo/launch.js';

const out = path.join(ROOT, 'assets/screenshot-panel.png');
const demo = await launchDemo({ headless: true, viewport: { width: 1280, height: 760 } });
try {
  await openPanel(demo.page);
  await demo.page.mouse.move(0, 0);
  await demo.page.screenshot({ path: out });
  console.log('wrote', path.relative(process.cwd(), out));
} finally {
  await demo.close();
}
