// The toolbar popup asks the content script in the active tab how things stand there. Asking
// the page (tabs.sendMessage) needs no `tabs` permission, unlike reading the tab's URL.
import type { SiteId } from './settings-schema.js';

export interface StatusRequest {
  type: 'pitchcheck:status';
}

export interface PageStatus {
  site: SiteId;
  /** Checking drafts on this page now. */
  active: boolean;
  /** The site is turned on in the options. */
  enabled: boolean;
  /** Paused from the popup. */
  paused: boolean;
  /** Open compose windows on the page. */
  composes: number;
  /** Findings in the focused (or only) compose; null when there is none or it has no answer yet. */
  findings: number | null;
}

export function isStatusRequest(message: unknown): message is StatusRequest {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'pitchcheck:status';
}

export function isPageStatus(value: unknown): value is PageStatus {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Record<string, unknown>;
  return (s.site === 'gmail' || s.site === 'outlook') && typeof s.active === 'boolean' && typeof s.paused === 'boolean';
}
