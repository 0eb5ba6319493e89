// The extension's settings: defaults < the rep's own (storage.sync) < the administrator's
// (storage.managed, from enterprise policy). Managed values override and are reported as locked;
// saves never write a locked value. Everything but the StorageLike binding is pure, so merging
// and validation are tested in node with a fake storage area.
//
// Word range precedence: managed > the playbook's > the rep's own > default (50–125).
// The playbook in force is the managed one if an administrator pushed one, else the rep's import.
//
// storage.sync allows 8 KB per item, so the playbook (up to 64 KB) is stored as JSON text in
// chunks: `playbook` = { chunks: n } and `playbook.0` … `playbook.<n-1>`.
import * as v from 'valibot';
import type { Playbook, RuleSetting, Settings } from '../core/types.js';
import { DEFAULT_SETTINGS } from '../core/settings.js';
import { PlaybookSchema, WordRangeSchema, describeIssue, validatePlaybook, type Validated } from '../core/playbook.js';

export type SiteId = 'gmail' | 'outlook';
export const SITE_IDS: readonly SiteId[] = ['gmail', 'outlook'];
export const SITE_LABELS: Record<SiteId, string> = { gmail: 'Gmail', outlook: 'Outlook on the web' };

/** Everything the extension keeps, fully resolved. */
export interface ExtensionSettings {
  rules: Record<string, RuleSetting>;
  wordRange: { min: number; max: number };
  minSelfRefs: number;
  senderNames: string[];
  companyNames: string[];
  /** Sites the extension runs on (options page). */
  sites: Record<SiteId, boolean>;
  /** Sites paused from the toolbar popup. */
  paused: Record<SiteId, boolean>;
  playbook?: Playbook;
}

/** What one source (storage.sync, storage.managed, a settings file) holds: any subset. */
export type StoredSettings = Partial<Omit<ExtensionSettings, 'sites' | 'paused'>> & {
  sites?: Partial<Record<SiteId, boolean>>;
  paused?: Partial<Record<SiteId, boolean>>;
};
export type SettingKey = keyof ExtensionSettings;
export const SETTING_KEYS: readonly SettingKey[] = ['rules', 'wordRange', 'minSelfRefs', 'senderNames', 'companyNames', 'sites', 'paused', 'playbook'];
/** Keys whose entries merge (and lock) one by one: `rules.filler`, `sites.gmail`. */
const RECORD_KEYS = new Set<SettingKey>(['rules', 'sites', 'paused']);

export const DEFAULT_EXTENSION_SETTINGS: ExtensionSettings = {
  rules: {},
  wordRange: { ...DEFAULT_SETTINGS.wordRange },
  minSelfRefs: DEFAULT_SETTINGS.minSelfRefs,
  senderNames: [],
  companyNames: [],
  sites: { gmail: true, outlook: true },
  paused: { gmail: false, outlook: false },
};

const NAMES_MAX = 50;
const name = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'), v.maxLength(120, 'is longer than 120 characters'));
const ruleId = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'is not a rule id'));
const RuleSettingSchema = v.strictObject({
  enabled: v.optional(v.boolean()),
  severity: v.optional(v.picklist(['info', 'warning', 'error'], 'must be info, warning or error')),
});
const perSite = v.strictObject({ gmail: v.optional(v.boolean()), outlook: v.optional(v.boolean()) });

/** One schema per key, so a bad stored value loses only itself. */
const KEY_SCHEMAS = {
  rules: v.record(ruleId, RuleSettingSchema),
  wordRange: WordRangeSchema,
  minSelfRefs: v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0, 'must not be negative'), v.maxValue(100, 'must be at most 100')),
  senderNames: v.pipe(v.array(name), v.maxLength(NAMES_MAX, `has more than ${NAMES_MAX} names`)),
  companyNames: v.pipe(v.array(name), v.maxLength(NAMES_MAX, `has more than ${NAMES_MAX} names`)),
  sites: perSite,
  paused: perSite,
  playbook: PlaybookSchema,
} satisfies Record<SettingKey, v.GenericSchema>;

const StoredSettingsSchema = v.strictObject(
  Object.fromEntries(SETTING_KEYS.map((k) => [k, v.optional(KEY_SCHEMAS[k])])) as {
    [K in SettingKey]: v.OptionalSchema<(typeof KEY_SCHEMAS)[K], undefined>;
  },
);

export const SETTINGS_FILE_FORMAT = 'pitchcheck-settings';
export const SETTINGS_FILE_VERSION = 1;

const isPlainObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Keeps what is valid in a source of unknown quality (storage written by an older version, a
 * policy with a typo): each key on its own, each rule or site entry on its own. Never throws.
 */
export function sanitizeStored(raw: unknown): StoredSettings {
  if (!isPlainObject(raw)) return {};
  const out: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) {
    const value = raw[key];
    if (value === undefined) continue;
    if (RECORD_KEYS.has(key) && isPlainObject(value)) {
      const entries = Object.entries(value).filter(([k, entry]) => v.safeParse(KEY_SCHEMAS[key], { [k]: entry }).success);
      if (entries.length) out[key] = v.parse(KEY_SCHEMAS[key], Object.fromEntries(entries));
      continue;
    }
    const result = v.safeParse(KEY_SCHEMAS[key], value);
    if (result.success) out[key] = result.output;
  }
  return out as StoredSettings;
}

export type WordRangeSource = 'default' | 'rep' | 'playbook' | 'managed';

export interface LoadedSettings {
  /** What is in force. */
  values: ExtensionSettings;
  /** Paths set by the administrator: `wordRange`, `playbook`, `rules.filler`, `sites.gmail`… */
  locked: string[];
  /** Where the word range in force comes from (the options page says so). */
  wordRangeSource: WordRangeSource;
  /** Whose playbook is in force. */
  playbookSource?: 'rep' | 'managed';
  /** The rep's own values (what export writes, on top of the defaults). */
  own: StoredSettings;
}

/** Whether `path` ("rules.filler", "wordRange") is set by the administrator. */
export function isLocked(locked: readonly string[], path: string): boolean {
  return locked.some((l) => l === path || path.startsWith(`${l}.`));
}

/** defaults < sync < managed, entry by entry for rules and sites; managed paths are locked. */
export function mergeSettings(syncRaw: unknown, managedRaw: unknown): LoadedSettings {
  const sync = sanitizeStored(syncRaw);
  const managed = sanitizeStored(managedRaw);
  const d = DEFAULT_EXTENSION_SETTINGS;
  const locked: string[] = [];
  for (const key of SETTING_KEYS) {
    const value = managed[key];
    if (value === undefined) continue;
    if (RECORD_KEYS.has(key)) for (const entry of Object.keys(value)) locked.push(`${key}.${entry}`);
    else locked.push(key);
  }
  const playbook = managed.playbook ?? sync.playbook;
  const wordRangeSource: WordRangeSource = managed.wordRange
    ? 'managed'
    : playbook?.wordRange
      ? 'playbook'
      : sync.wordRange
        ? 'rep'
        : 'default';
  const values: ExtensionSettings = {
    rules: { ...d.rules, ...sync.rules, ...managed.rules },
    wordRange: { ...(managed.wordRange ?? playbook?.wordRange ?? sync.wordRange ?? d.wordRange) },
    minSelfRefs: managed.minSelfRefs ?? sync.minSelfRefs ?? d.minSelfRefs,
    senderNames: [...(managed.senderNames ?? sync.senderNames ?? d.senderNames)],
    companyNames: [...(managed.companyNames ?? sync.companyNames ?? d.companyNames)],
    sites: { ...d.sites, ...sync.sites, ...managed.sites },
    paused: { ...d.paused, ...sync.paused, ...managed.paused },
    ...(playbook ? { playbook } : {}),
  };
  return {
    values,
    locked,
    wordRangeSource,
    ...(playbook ? { playbookSource: managed.playbook ? ('managed' as const) : ('rep' as const) } : {}),
    own: sync,
  };
}

/** The settings the engine gets with each analyze request. */
export function engineSettings(loaded: LoadedSettings): Settings {
  const { rules, wordRange, minSelfRefs, senderNames, companyNames, playbook } = loaded.values;
  return { rules, wordRange, minSelfRefs, senderNames, companyNames, ...(playbook ? { playbook } : {}) };
}

/** Whether Pitchcheck should run on `site` now (on in the options, not paused from the popup). */
export function siteActive(values: ExtensionSettings, site: SiteId): boolean {
  return values.sites[site] !== false && values.paused[site] !== true;
}

/** Validates a patch strictly (it comes from the options page or a file) and checks locks. */
export function checkPatch(patch: unknown, locked: readonly string[]): Validated<StoredSettings> {
  if (!isPlainObject(patch)) return { ok: false, error: 'Not valid settings: should be an object.' };
  const result = v.safeParse(StoredSettingsSchema, patch);
  if (!result.success) return { ok: false, error: describeIssue(result.issues, 'Not valid settings') };
  const value = result.output as StoredSettings;
  for (const path of patchPaths(value)) {
    if (isLocked(locked, path)) return { ok: false, error: `${path} is set by your administrator and cannot be changed here.` };
  }
  return { ok: true, value };
}

function patchPaths(patch: StoredSettings): string[] {
  const paths: string[] = [];
  for (const key of SETTING_KEYS) {
    const value = patch[key];
    if (value === undefined) continue;
    if (RECORD_KEYS.has(key)) for (const entry of Object.keys(value)) paths.push(`${key}.${entry}`);
    else paths.push(key);
  }
  return paths;
}

/** The settings file: the rep's own values on top of the defaults (never the administrator's). */
export function exportSettings(loaded: LoadedSettings): string {
  const own = loaded.own;
  const d = DEFAULT_EXTENSION_SETTINGS;
  const settings: StoredSettings = {
    rules: { ...own.rules },
    wordRange: own.wordRange ?? d.wordRange,
    minSelfRefs: own.minSelfRefs ?? d.minSelfRefs,
    senderNames: own.senderNames ?? d.senderNames,
    companyNames: own.companyNames ?? d.companyNames,
    sites: { ...d.sites, ...own.sites },
    paused: { ...d.paused, ...own.paused },
    ...(own.playbook ? { playbook: own.playbook } : {}),
  };
  return JSON.stringify({ format: SETTINGS_FILE_FORMAT, version: SETTINGS_FILE_VERSION, settings }, null, 2) + '\n';
}

export interface ImportPlan {
  /** Replaces the rep's own settings. */
  settings: StoredSettings;
  /** Paths in the file that the administrator set: left as they are. */
  skipped: string[];
}

/** Reads a settings file; a bad file gives a one-line reason and changes nothing. */
export function parseSettingsFile(source: string, locked: readonly string[]): Validated<ImportPlan> {
  if (source.length > 256 * 1024) return { ok: false, error: 'Not a settings file: it is larger than 256 KB.' };
  let data: unknown;
  try {
    data = JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, error: `Not a settings file: the file is not JSON (${error instanceof Error ? error.message : String(error)}).` };
  }
  if (!isPlainObject(data)) return { ok: false, error: 'Not a settings file: it should hold a JSON object.' };
  if (data.format !== SETTINGS_FILE_FORMAT) {
    if (validatePlaybook(data).ok) return { ok: false, error: 'This is a team playbook, not a settings file: import it under "Team playbook".' };
    return { ok: false, error: `Not a settings file: "format" should be "${SETTINGS_FILE_FORMAT}" (export one from this page to see the shape).` };
  }
  if (data.version !== SETTINGS_FILE_VERSION) return { ok: false, error: `Not a settings file this version can read: "version" should be ${SETTINGS_FILE_VERSION}.` };
  const checked = checkPatch(data.settings ?? {}, []);
  if (!checked.ok) return checked;
  const settings: Record<string, unknown> = {};
  const skipped: string[] = [];
  for (const key of SETTING_KEYS) {
    const value = checked.value[key];
    if (value === undefined) continue;
    if (RECORD_KEYS.has(key)) {
      const kept = Object.entries(value).filter(([entry]) => {
        const locks = isLocked(locked, `${key}.${entry}`);
        if (locks) skipped.push(`${key}.${entry}`);
        return !locks;
      });
      settings[key] = Object.fromEntries(kept);
    } else if (isLocked(locked, key)) {
      skipped.push(key);
    } else {
      settings[key] = value;
    }
  }
  return { ok: true, value: { settings: settings as StoredSettings, skipped } };
}

// ---- storage -------------------------------------------------------------------------------

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
export function toSyncItems(settings: StoredSettings): Record<string, unknown> {
  const items: Record<string, unknown> = {};
  for (const key of SETTING_KEYS) {
    const value = settings[key];
    if (value === undefined || key === 'playbook') continue;
    items[key] = value;
  }
  if (settings.playbook) {
    const text = JSON.stringify(settings.playbook);
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

export type SaveResult = { ok: true; skipped?: string[] } | { ok: false; error: string };

export class SettingsStore {
  constructor(private readonly storage: StorageLike) {}

  private async readManaged(): Promise<Record<string, unknown>> {
    try {
      // Firefox throws when no policy set any managed storage for this extension.
      return (await this.storage.managed?.get(null)) ?? {};
    } catch {
      return {};
    }
  }

  private async readSync(): Promise<Record<string, unknown>> {
    try {
      return await this.storage.sync.get(null);
    } catch {
      return {};
    }
  }

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
    const next: StoredSettings = { ...checked.value };
    for (const key of ['rules', 'sites', 'paused'] as const) {
      if (next[key]) (next as Record<string, unknown>)[key] = { ...loaded.own[key], ...next[key] };
    }
    return this.write(next, []);
  }

  /** Removes the rep's own value of `keys` (their defaults, the playbook's or the managed ones apply). */
  async clear(keys: SettingKey[]): Promise<SaveResult> {
    const loaded = await this.load();
    const locked = keys.find((k) => loaded.locked.includes(k));
    if (locked) return { ok: false, error: `${locked} is set by your administrator and cannot be changed here.` };
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
    const items = await this.readSync();
    const stale = Object.keys(items).filter((k) => isSettingsItem(k) && !(k in toSyncItems(plan.value.settings)));
    const result = await this.write(plan.value.settings, stale);
    return result.ok ? { ok: true, skipped: plan.value.skipped } : result;
  }

  private async write(settings: StoredSettings, alsoRemove: string[]): Promise<SaveResult> {
    const items = toSyncItems(settings);
    let remove = alsoRemove;
    if (settings.playbook) {
      // Chunks beyond the new playbook's end belong to an older, longer one.
      const chunks = (items.playbook as { chunks: number }).chunks;
      const stored = await this.readSync();
      remove = [...remove, ...Object.keys(stored).filter((k) => k.startsWith(CHUNK_PREFIX) && Number(k.slice(CHUNK_PREFIX.length)) >= chunks)];
    }
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
