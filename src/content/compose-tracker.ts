// Notices compose windows opening, moving (pop-up ↔ full-screen) and closing, with one
// MutationObserver on the document and no polling. Typing in an editor mutates only its body,
// so those records are dropped before any scanning; a rescan happens only when an editable
// element may have been added or a tracked body removed.
import type { ComposeWindow, SiteAdapter } from '../sites/adapter.js';
import type { AcceptedGreeting, Settings } from '../core/types.js';
import { ComposeController } from './controller.js';
import { HOST_ATTRIBUTE } from '../ui/host.js';
import type { AcceptedGreetingsStore } from '../shared/accepted-names.js';

const EDITABLE = '[contenteditable]:not([contenteditable="false"])';

export interface TrackerOptions {
  settings?: () => Settings | undefined;
  /** Greetings the user accepted ("Don't warn for this name with this recipient"). */
  acceptedGreetings?: AcceptedGreetingsStore;
}

/** The settings in force plus the accepted greetings (kept apart: they live in storage.local). */
function withAccepted(settings: Settings | undefined, store: AcceptedGreetingsStore | undefined): Settings | undefined {
  const accepted = store?.list;
  if (!accepted?.length) return settings;
  return { ...(settings ?? {}), acceptedGreetings: [...accepted] };
}

export class ComposeTracker {
  private readonly controllers = new Map<HTMLElement, ComposeController>();
  private readonly observer: MutationObserver;
  private rescanQueued = false;
  private stopped = false;
  private unsubscribeAccepted: (() => void) | undefined;

  constructor(
    private readonly doc: Document,
    private readonly adapter: SiteAdapter,
    private readonly options: TrackerOptions = {},
  ) {
    this.observer = new MutationObserver((records) => this.onMutations(records));
  }

  start(): void {
    this.observer.observe(this.doc, { childList: true, subtree: true });
    // Accepted in one compose (or another tab): every open compose checks again with it.
    this.unsubscribeAccepted = this.options.acceptedGreetings?.subscribe(() => {
      for (const c of this.controllers.values()) void c.analyzeNow();
    });
    this.rescan();
  }

  /** Stops quietly: no observer, no listeners, no UI left behind. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.observer.disconnect();
    this.unsubscribeAccepted?.();
    for (const c of this.controllers.values()) c.destroy();
    this.controllers.clear();
  }

  /** Open composes by body element (tests and the popup read this). */
  get composes(): ReadonlyMap<HTMLElement, ComposeController> {
    return this.controllers;
  }

  private onMutations(records: MutationRecord[]): void {
    if (this.stopped) return;
    let rescan = false;
    for (const record of records) {
      const target = record.target;
      let inBody = false;
      for (const c of this.controllers.values()) {
        if (c.body.contains(target)) {
          inBody = true; // typing: the controller's own input listener handles it
          break;
        }
        if (c.root.contains(target)) c.noteComposeMutation();
      }
      if (inBody || rescan) continue;
      rescan = this.mayChangeComposes(record);
    }
    if (rescan) this.queueRescan();
  }

  private mayChangeComposes(record: MutationRecord): boolean {
    for (const node of record.removedNodes) {
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      for (const body of this.controllers.keys()) if (node === body || node.contains(body)) return true;
      // The site re-rendered the part of the compose that held our UI: put it back.
      const el = node as Element;
      if (el.hasAttribute(HOST_ATTRIBUTE) || el.querySelector(`[${HOST_ATTRIBUTE}]`)) return true;
    }
    for (const node of record.addedNodes) {
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      const el = node as Element;
      if (el.hasAttribute(HOST_ATTRIBUTE)) continue;
      if (el.matches(EDITABLE) || el.querySelector(EDITABLE)) return true;
    }
    return false;
  }

  private queueRescan(): void {
    if (this.rescanQueued) return;
    this.rescanQueued = true;
    // One rescan per burst of mutations (Gmail renders a compose in several steps).
    setTimeout(() => {
      this.rescanQueued = false;
      this.rescan();
    }, 30);
  }

  private rescan(): void {
    if (this.stopped) return;
    let found: ComposeWindow[] = [];
    try {
      found = this.adapter.findComposes(this.doc);
    } catch {
      found = []; // selectors broke on a site change: do nothing rather than break the page
    }
    const seen = new Set<HTMLElement>();
    for (const compose of found) {
      if (seen.has(compose.body)) continue;
      seen.add(compose.body);
      const existing = this.controllers.get(compose.body);
      if (existing) {
        existing.update(compose);
      } else {
        try {
          this.controllers.set(
            compose.body,
            new ComposeController(compose, {
              adapter: this.adapter,
              settings: () => withAccepted(this.options.settings?.(), this.options.acceptedGreetings),
              ...(this.options.acceptedGreetings
                ? { acceptGreetings: (entries: AcceptedGreeting[]) => this.options.acceptedGreetings!.add(entries) }
                : {}),
              onExtensionGone: () => this.stop(),
            }),
          );
        } catch {
          // A compose we cannot read (odd DOM): leave it alone.
        }
      }
    }
    for (const [body, controller] of this.controllers) {
      if (!seen.has(body) || !body.isConnected) {
        controller.destroy();
        this.controllers.delete(body);
      }
    }
  }
}
