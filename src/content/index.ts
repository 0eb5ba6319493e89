// Content script entry: picks the site adapter for this page and starts tracking composes.
import { adapterFor } from '../sites/index.js';
import { ComposeTracker } from './compose-tracker.js';
import { extensionAlive } from './worker-client.js';
import browser from 'webextension-polyfill';
import { runWithSettings } from '../shared/content-settings.js';
import { AcceptedGreetingsStore } from '../shared/accepted-names.js';

function main(): void {
  if (!extensionAlive()) return;
  const adapter = adapterFor(location);
  if (!adapter) return;
  // Greetings the user accepted (storage.local), read before the first check so it never flags them.
  const acceptedGreetings = new AcceptedGreetingsStore(browser.storage);
  void acceptedGreetings.load().finally(() =>
    // Settings from storage: runs the tracker while the site is on, re-checks on changes.
    runWithSettings({ adapter, doc: document, storage: browser.storage, runtime: browser.runtime, createTracker: (settings) => new ComposeTracker(document, adapter, { settings, acceptedGreetings }) }),
  );
}

main();
