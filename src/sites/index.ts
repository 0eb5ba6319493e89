// The adapters Pitchcheck knows, and which one handles a page.
import type { SiteAdapter } from './adapter.js';
import { gmailAdapter } from './gmail/index.js';
import { outlookAdapter } from './outlook/index.js';

export type { ComposeRecipients, ComposeWindow, SiteAdapter } from './adapter.js';
export { gmailAdapter } from './gmail/index.js';
export { outlookAdapter } from './outlook/index.js';

export const adapters: readonly SiteAdapter[] = [gmailAdapter, outlookAdapter];

/** The adapter for the page at `location`, or null when Pitchcheck has nothing to do there. */
export function adapterFor(location: Location | URL): SiteAdapter | null {
  try {
    return adapters.find((adapter) => adapter.matches(location)) ?? null;
  } catch {
    return null;
  }
}
