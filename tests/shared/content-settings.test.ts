// @vitest-environment happy-dom
// The content script's settings hookup with a fake storage and tracker: runs only while the site
// is on and not paused, re-checks open composes when settings change, answers the popup.
import { describe, expect, it, vi } from 'vitest';
import { runWithSettings, type RuntimeLike, type TrackedCompose, type TrackerLike } from '../../src/shared/content-settings.js';
import type { StorageChangeListener, StorageLike } from '../../src/shared/settings-store.js';
import type { SiteAdapter } from '../../src/sites/adapter.js';
import type { Report, Settings } from '../../src/core/types.js';

function setup(initialSync: Record<string, unknown> = {}, managed?: () => Promise<Record<string, unknown>>) {
  const listeners = new Set<StorageChangeListener>();
  let data = structuredClone(initialSync);
  const storage: StorageLike = {
    sync: {
      get: async () => structuredClone(data),
      set: async (items) => {
        data = { ...data, ...structuredClone(items) };
        listeners.forEach((l) => l(items, 'sync'));
      },
      remove: async () => undefined,
    },
    onChanged: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
    ...(managed ? { managed: { get: managed } } : {}),
  };
  let onMessage: ((message: unknown, sender: { id?: string }) => Promise<unknown> | undefined) | undefined;
  const runtime: RuntimeLike = { id: 'ext', onMessage: { addListener: (l) => (onMessage = l) } };

  const root = document.createElement('div');
  const editor = document.createElement('div');
  editor.tabIndex = 0;
  root.append(editor);
  document.body.replaceChildren(root);
  const report = { findings: [{}, {}, {}] } as unknown as Report;
  const compose: TrackedCompose & { checks: number } = {
    root,
    report,
    checks: 0,
    async analyzeNow() {
      this.checks++;
    },
  };
  const trackers: { started: number; stopped: boolean; settings: () => Settings | undefined }[] = [];
  const createTracker = (settings: () => Settings | undefined): TrackerLike => {
    const t = { started: 0, stopped: false, settings };
    trackers.push(t);
    return {
      start: () => void t.started++,
      stop: () => void (t.stopped = true),
      composes: new Map([[editor, compose]]),
    };
  };
  const adapter = { id: 'gmail' } as SiteAdapter;
  const handle = runWithSettings({ adapter, doc: document, storage, runtime, createTracker });
  const ask = (sender = { id: 'ext' }) => onMessage!({ type: 'pitchcheck:status' }, sender);
  return { handle, storage, trackers, compose, editor, ask };
}

describe('runWithSettings', () => {
  it('starts the tracker once settings are loaded, giving it the engine settings', async () => {
    const { handle, trackers } = setup({ rules: { filler: { enabled: false } }, sites: { outlook: false } });
    await handle.ready;
    expect(trackers).toHaveLength(1);
    expect(trackers[0]!.started).toBe(1);
    const settings = trackers[0]!.settings();
    expect(settings?.rules).toEqual({ filler: { enabled: false } });
    expect(settings).not.toHaveProperty('sites');
  });

  it('does not wait for slow enterprise policy to start, and applies it when it answers', async () => {
    let answer!: (items: Record<string, unknown>) => void;
    const slowManaged = () => new Promise<Record<string, unknown>>((resolve) => (answer = resolve));
    const { handle, trackers } = setup({ rules: { filler: { enabled: false } } }, slowManaged);
    await handle.ready;
    expect(trackers[0]!.started).toBe(1);
    expect(trackers[0]!.settings()?.rules).toEqual({ filler: { enabled: false } });
    // The administrator turned Gmail off: the late answer stops the tracker.
    answer({ sites: { gmail: false } });
    await vi.waitFor(() => expect(trackers[0]!.stopped).toBe(true));
    expect(handle.status()).toMatchObject({ active: false });
  });

  it('does not start on a paused or turned-off site', async () => {
    for (const sync of [{ paused: { gmail: true } }, { sites: { gmail: false } }]) {
      const { handle, trackers } = setup(sync);
      await handle.ready;
      expect(trackers).toHaveLength(0);
      expect(handle.status()).toMatchObject({ active: false, composes: 0, findings: null });
    }
  });

  it('re-checks open composes when settings change, and stops and restarts on pause and resume', async () => {
    const { handle, storage, trackers, compose } = setup();
    await handle.ready;
    await storage.sync.set({ rules: { length: { enabled: false } } });
    await vi.waitFor(() => expect(compose.checks).toBe(1));
    expect(trackers[0]!.settings()?.rules).toEqual({ length: { enabled: false } });

    await storage.sync.set({ paused: { gmail: true } });
    await vi.waitFor(() => expect(trackers[0]!.stopped).toBe(true));
    await storage.sync.set({ paused: { gmail: false } });
    await vi.waitFor(() => expect(trackers).toHaveLength(2));
    expect(trackers[1]!.started).toBe(1);
  });

  it("answers the popup with the focused compose's count, and only this extension", async () => {
    const { handle, editor, ask } = setup();
    await handle.ready;
    editor.focus();
    await expect(ask()).resolves.toEqual({ site: 'gmail', active: true, enabled: true, paused: false, composes: 1, findings: 3 });
    expect(ask({ id: 'another-extension' })).toBeUndefined();
  });
});
