// Which value is in force: defaults < the rep's own (storage.sync) < the administrator's
// (storage.managed, from enterprise policy). Managed values override and are reported as locked;
// nothing the rep saves or imports may write a locked path. Pure, so it is tested in node.
//
// Word range precedence: managed > the playbook's > the rep's own > default (50–125).
// The playbook in force is the managed one if an administrator pushed one, else the rep's import.
import type { Settings } from '../core/types.js';
import { validatePlaybook, type Validated } from '../core/playbook.js';
import {
  DEFAULT_EXTENSION_SETTINGS,
  RECORD_KEYS,
  SETTING_KEYS,
  entriesOf,
  fromEntries,
  isPlainObject,
  sanitizeStored,
  validateStored,
  type ExtensionSettings,
  type SettingEntry,
  type SiteId,
  type StoredSettings,
} from './settings-schema.js';

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

/** `layers` stacked, later ones winning, entry by entry for rules and sites. */
function stack(...layers: StoredSettings[]): ExtensionSettings {
  const merged: Record<string, unknown> = fromEntries(layers.flatMap((layer) => entriesOf(layer)));
  // Every record key is there even when empty (no entry carries it), all in the keys' own order.
  const keys = SETTING_KEYS.filter((k) => merged[k] !== undefined || RECORD_KEYS.has(k));
  return structuredClone(Object.fromEntries(keys.map((k) => [k, merged[k] ?? {}]))) as ExtensionSettings;
}

/** defaults < sync < managed, entry by entry for rules and sites; managed paths are locked. */
export function mergeSettings(syncRaw: unknown, managedRaw: unknown): LoadedSettings {
  const sync = sanitizeStored(syncRaw);
  const managed = sanitizeStored(managedRaw);
  const values = stack(DEFAULT_EXTENSION_SETTINGS, sync, managed);
  const playbook = values.playbook;
  values.wordRange = { ...(managed.wordRange ?? playbook?.wordRange ?? sync.wordRange ?? DEFAULT_EXTENSION_SETTINGS.wordRange) };
  const wordRangeSource: WordRangeSource = managed.wordRange ? 'managed' : playbook?.wordRange ? 'playbook' : sync.wordRange ? 'rep' : 'default';
  return {
    values,
    locked: entriesOf(managed).map((e) => e.path),
    wordRangeSource,
    ...(playbook ? { playbookSource: managed.playbook ? ('managed' as const) : ('rep' as const) } : {}),
    own: sync,
  };
}

/** The settings the engine gets with each analyze request. */
export function engineSettings(loaded: LoadedSettings): Settings {
  const { sites: _sites, paused: _paused, ...settings } = loaded.values;
  return settings;
}

/** Whether Pitchcheck should run on `site` now (on in the options, not paused from the popup). */
export function siteActive(values: ExtensionSettings, site: SiteId): boolean {
  return values.sites[site] !== false && values.paused[site] !== true;
}

export const lockedError = (path: string) => `${path} is set by your administrator and cannot be changed here.`;

/** Validates a patch strictly (it comes from the options page or a file) and checks locks. */
export function checkPatch(patch: unknown, locked: readonly string[]): Validated<StoredSettings> {
  const checked = validateStored(patch);
  const lockedPath = checked.ok && entriesOf(checked.value).find((e) => isLocked(locked, e.path))?.path;
  return lockedPath ? { ok: false, error: lockedError(lockedPath) } : checked;
}

/** The rep's values that `locked` does not cover, and the paths it does. */
export function withoutLocked(settings: StoredSettings, locked: readonly string[]): { settings: StoredSettings; skipped: string[] } {
  const kept: SettingEntry[] = [];
  const skipped: string[] = [];
  for (const entry of entriesOf(settings)) {
    if (isLocked(locked, entry.path)) skipped.push(entry.path);
    else kept.push(entry);
  }
  return { settings: fromEntries(kept), skipped };
}

// ---- the settings file ---------------------------------------------------------------------

export const SETTINGS_FILE_FORMAT = 'pitchcheck-settings';
export const SETTINGS_FILE_VERSION = 1;

/** The settings file: the rep's own values on top of the defaults (never the administrator's). */
export function exportSettings(loaded: LoadedSettings): string {
  const settings = stack(DEFAULT_EXTENSION_SETTINGS, loaded.own);
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
  const checked = validateStored(data.settings ?? {});
  return checked.ok ? { ok: true, value: withoutLocked(checked.value, locked) } : checked;
}
