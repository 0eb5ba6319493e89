// The extension's settings in browser storage: the rep's own in storage.sync, the
// administrator's in storage.managed. What is in force and what is locked is worked out in
// settings-layers.ts; this module reads, writes and watches. Only the StorageLike binding is
// impure, so tests run it on a fake storage area.
//
// storage.sync allows 8 KB per item, so the playbook (up to 64 KB) is stored as JSON text in
// chunks: `playbook` = { chunks: n } and `playbook.0` … `playbook.<n-1>`.
import { SETTING_KEYS, RECORD_KEYS, isPlainObject, type SettingKey, type StoredSettings } from './settings-schema.js';
import { checkPatch, exportSettings, isLocked, lockedError, mergeSettings, parseSettingsFile, type LoadedSettings } from './settings-layers.js';

/** The part of `browser.storage.StorageArea` used here (a fake one in tests). */
export interface StorageAreaLike {
  get(keys?: null | string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export type StorageChangeListener = (changes: Record<string, unknown>, areaName: string) => void;

export interface StorageLike {
  sync: StorageAreaLike;
  managed?: Pick<StorageAreaLike, 'get'>;
  onChanged: { addListener(listener: StorageChangeListener): void; removeListener(listener: StorageChangeListener): void };
}

export const PLAYBOOK_CHUNK_CHARS = 2000;
const CHUNK_PREFIX = 'playbook.';

/** What storage.sync holds for `settings` (the playbook as chunks). */
export function toSyncItems({ playbook, ...settings }: StoredSettings): Record<string, unknown> {
  const items: Record<string, unknown> = Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined));
  if (playbook) {
    const text = JSON.stringify(playbook);
    const chunks = Math.max(1, Math.ceil(text.length / PLAYBOOK_CHUNK_CHARS));
    items.playbook = { chunks };
    for (let i = 0; i < chunks; i++) items[`${CHUNK_PREFIX}${i}`] = text.slice(i * PLAYBOOK_CHUNK_CHARS, (i + 1) * PLAYBOOK_CHUNK_CHARS);
  }
  return items;
}

/** The settings in storage.sync's items (the playbook reassembled; a torn one is dropped). */
export function fromSyncItems(items: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(items)) if (key !== 'playbook' && !key.startsWith(CHUNK_PREFIX)) out[key] = value;
  const meta = items.playbook;
  if (isPlainObject(meta) && typeof meta.chunks === 'number' && meta.chunks >= 1 && meta.chunks <= 100) {
    let text = '';
    for (let i = 0; i < meta.chunks; i++) {
      const chunk = items[`${CHUNK_PREFIX}${i}`];
      if (typeof chunk !== 'string') return out;
      text += chunk;
    }
    try {
      out.playbook = JSON.parse(text);
    } catch {
      // A half-written playbook from another device: wait for the rest of the sync.
    }
  }
  return out;
}

function isSettingsItem(key: string): boolean {
  return (SETTING_KEYS as readonly string[]).includes(key) || key.startsWith(CHUNK_PREFIX);
}

/** Everything in `area`, or nothing: Firefox throws when no policy set any managed storage. */
async function read(area: Pick<StorageAreaLike, 'get'> | undefined): Promise<Record<string, unknown>> {
  try {
    return (await area?.get(null)) ?? {};
  } catch {
    return {};
  }
}

export type SaveResult = { ok: true; skipped?: string[] } | { ok: false; error: string };

export class SettingsStore {
  constructor(private readonly storage: StorageLike) {}

  private readManaged = () => read(this.storage.managed);
  private readSync = () => read(this.storage.sync);

  async load(): Promise<LoadedSettings> {
    const [sync, managed] = await Promise.all([this.readSync(), this.readManaged()]);
    return mergeSettings(fromSyncItems(sync), managed);
  }

  /**
   * Like `load`, but waits at most `managedWaitMs` for storage.managed: on a fresh profile Chromium
   * can take seconds to answer it, and the rep should not wait that long for the first check.
   * When managed storage answers late, `late` resolves with the full merge.
   */
  async loadQuick(managedWaitMs: number): Promise<{ loaded: LoadedSettings; late?: Promise<LoadedSettings> }> {
    const managedRead = this.readManaged();
    const timedOut = Symbol('timed out');
    let timer: ReturnType<typeof setTimeout> | undefined;
    const managed = await Promise.race([
      managedRead,
      new Promise<typeof timedOut>((resolve) => (timer = setTimeout(() => resolve(timedOut), managedWaitMs))),
    ]);
    clearTimeout(timer);
    const sync = await this.readSync();
    if (managed !== timedOut) return { loaded: mergeSettings(fromSyncItems(sync), managed) };
    const late = managedRead.then(async (m) => mergeSettings(fromSyncItems(await this.readSync()), m));
    return { loaded: mergeSettings(fromSyncItems(sync), {}), late };
  }

  /**
   * Saves part of the rep's settings. Rules and sites merge entry by entry with what is stored;
   * other keys are replaced. Refused whole when a value is invalid or set by the administrator.
   */
  async save(patch: StoredSettings): Promise<SaveResult> {
    const loaded = await this.load();
    const checked = checkPatch(patch, loaded.locked);
    if (!checked.ok) return checked;
    const next: Record<string, unknown> = { ...checked.value };
    for (const key of RECORD_KEYS) if (next[key]) next[key] = { ...(loaded.own[key] as object | undefined), ...(next[key] as object) };
    return this.write(next as StoredSettings, false);
  }

  /** Removes the rep's own value of `keys` (their defaults, the playbook's or the managed ones apply). */
  async clear(keys: SettingKey[]): Promise<SaveResult> {
    const loaded = await this.load();
    const locked = keys.find((k) => isLocked(loaded.locked, k));
    if (locked) return { ok: false, error: lockedError(locked) };
    const items = await this.readSync();
    const remove = Object.keys(items).filter((k) => (keys as string[]).includes(k) || (keys.includes('playbook') && k.startsWith(CHUNK_PREFIX)));
    if (remove.length) await this.storage.sync.remove(remove);
    return { ok: true };
  }

  async exportFile(): Promise<string> {
    return exportSettings(await this.load());
  }

  /** Replaces the rep's settings with a file's; a bad file changes nothing. */
  async importFile(source: string): Promise<SaveResult> {
    const loaded = await this.load();
    const plan = parseSettingsFile(source, loaded.locked);
    if (!plan.ok) return plan;
    const result = await this.write(plan.value.settings, true);
    return result.ok ? { ok: true, skipped: plan.value.skipped } : result;
  }

  /** Stores `settings`; `replaceAll` also removes the rep's settings that `settings` leaves out. */
  private async write(settings: StoredSettings, replaceAll: boolean): Promise<SaveResult> {
    const items = toSyncItems(settings);
    // Chunks beyond a new playbook's end belong to an older, longer one.
    const stale = (key: string) => (replaceAll ? isSettingsItem(key) : settings.playbook !== undefined && key.startsWith(CHUNK_PREFIX));
    const remove = Object.keys(await this.readSync()).filter((k) => !(k in items) && stale(k));
    try {
      await this.storage.sync.set(items);
      if (remove.length) await this.storage.sync.remove(remove);
      return { ok: true };
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, error: /quota/i.test(reason) ? `Too large for synced storage (${reason}).` : `Could not save: ${reason}` };
    }
  }

  /**
   * Calls `listener` with the settings in force whenever the rep's or the administrator's
   * settings change (another tab, the popup, a policy push). Returns the unsubscribe function.
   */
  subscribe(listener: (loaded: LoadedSettings) => void): () => void {
    let latest = 0;
    const onChanged: StorageChangeListener = (changes, area) => {
      if (area !== 'sync' && area !== 'managed') return;
      if (area === 'sync' && !Object.keys(changes).some(isSettingsItem)) return;
      const call = ++latest;
      void this.load().then((loaded) => {
        // Two quick changes: only the newest read is reported.
        if (call === latest) listener(loaded);
      });
    };
    this.storage.onChanged.addListener(onChanged);
    return () => this.storage.onChanged.removeListener(onChanged);
  }
}
