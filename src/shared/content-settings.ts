// Settings in the content script: the compose tracker runs only while the site is on and not
// paused, every analyze request carries the settings in force, and a change in storage (options
// page, popup, policy push) re-checks open composes at once, without a page reload. Also answers
// the toolbar popup's status question.
import type { Report, Settings } from '../core/types.js';
import type { SiteAdapter } from '../sites/adapter.js';
import { SettingsStore, type StorageLike } from './settings-store.js';
import { engineSettings, siteActive, type LoadedSettings } from './settings-layers.js';
import { isStatusRequest, type PageStatus } from './page-status.js';

export interface TrackedCompose {
  readonly root: HTMLElement;
  readonly report: Report | undefined;
  analyzeNow(): Promise<void>;
}

export interface TrackerLike {
  start(): void;
  stop(): void;
  readonly composes: ReadonlyMap<HTMLElement, TrackedCompose>;
}

export interface RuntimeLike {
  id?: string;
  onMessage: { addListener(listener: (message: unknown, sender: { id?: string }) => Promise<unknown> | undefined): void };
}

export interface ContentSettingsOptions {
  adapter: SiteAdapter;
  doc: Document;
  storage: StorageLike;
  runtime: RuntimeLike;
  createTracker(settings: () => Settings | undefined): TrackerLike;
}

export interface ContentSettings {
  /** Settings loaded and the tracker started (or not, when the site is off). */
  ready: Promise<void>;
  status(): PageStatus;
}

/** How long the first check waits for enterprise policy before starting with the rep's settings. */
const MANAGED_WAIT_MS = 300;

export function runWithSettings(options: ContentSettingsOptions): ContentSettings {
  const { adapter, doc, storage, runtime } = options;
  const store = new SettingsStore(storage);
  let current: LoadedSettings | undefined;
  let tracker: TrackerLike | null = null;
  let lastFocused: Element | null = null;

  const alive = () => {
    try {
      return Boolean(runtime.id);
    } catch {
      return false;
    }
  };
  const settings = (): Settings | undefined => (current ? engineSettings(current) : undefined);

  const apply = (loaded: LoadedSettings) => {
    // An orphaned script (extension reloaded or removed) reads empty storage: it must not restart.
    if (!alive()) return;
    const first = current === undefined;
    current = loaded;
    const active = siteActive(loaded.values, adapter.id);
    if (active && !tracker) {
      tracker = options.createTracker(settings);
      tracker.start();
    } else if (!active && tracker) {
      tracker.stop();
      tracker = null;
    } else if (active && tracker && !first) {
      for (const compose of tracker.composes.values()) void compose.analyzeNow();
    }
  };

  doc.addEventListener('focusin', (event) => (lastFocused = event.target instanceof Element ? event.target : lastFocused), true);

  const focusedCompose = (): TrackedCompose | undefined => {
    const composes = [...(tracker?.composes.values() ?? [])];
    const focus = doc.activeElement && doc.activeElement !== doc.body ? doc.activeElement : lastFocused;
    return composes.find((c) => focus && c.root.contains(focus)) ?? (composes.length === 1 ? composes[0] : undefined);
  };

  const status = (): PageStatus => {
    const values = current?.values;
    const compose = focusedCompose();
    return {
      site: adapter.id,
      active: tracker !== null,
      enabled: values?.sites[adapter.id] !== false,
      paused: values?.paused[adapter.id] === true,
      composes: tracker?.composes.size ?? 0,
      findings: compose?.report ? compose.report.findings.length : null,
    };
  };

  runtime.onMessage.addListener((message, sender) => {
    if (sender.id !== runtime.id || !isStatusRequest(message)) return undefined;
    return Promise.resolve(status());
  });

  store.subscribe(apply);
  // A change heard while the first load was in flight is newer than what that load read.
  const ready = store.loadQuick(MANAGED_WAIT_MS).then(({ loaded, late }) => {
    if (current === undefined) apply(loaded);
    // Policy that answers late still wins, unless a newer change (which reads it too) came first.
    void late?.then((full) => {
      if (current === loaded) apply(full);
    });
  });
  return { ready, status };
}
