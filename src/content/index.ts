// Content script entry: picks the site adapter for this page and starts tracking composes.
import { adapterFor } from '../sites/index.js';
import { ComposeTracker } from './compose-tracker.js';
import { extensionAlive } from './worker-client.js';

function main(): void {
  if (!extensionAlive()) return;
  const adapter = adapterFor(location);
  if (!adapter) return;
  new ComposeTracker(document, adapter).start();
}

main();
