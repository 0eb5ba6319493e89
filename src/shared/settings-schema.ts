// What the extension keeps in storage.sync and reads from policy (storage.managed): the engine's
// settings (src/core/settings.ts) and which sites run. The accepted greetings are not here: they
// stay on one machine (storage.local, see accepted-names.ts). Types come from the schemas.
import * as v from 'valibot';
import { DEFAULT_SETTINGS, SETTING_SCHEMAS, type ResolvedSettings } from '../core/settings.js';
import { describeIssue, type Validated } from '../core/playbook.js';

export const SITE_IDS = ['gmail', 'outlook'] as const;
export type SiteId = (typeof SITE_IDS)[number];
export const SITE_LABELS: Record<SiteId, string> = { gmail: 'Gmail', outlook: 'Outlook on the web' };

const perSite = v.strictObject({ gmail: v.optional(v.boolean()), outlook: v.optional(v.boolean()) });
const { rules, wordRange, minSelfRefs, senderNames, companyNames, playbook } = SETTING_SCHEMAS;
/** One schema per key, so a bad stored value loses only itself. */
const KEY_SCHEMAS = { rules, wordRange, minSelfRefs, senderNames, companyNames, sites: perSite, paused: perSite, playbook };

export type SettingKey = keyof typeof KEY_SCHEMAS;
export const SETTING_KEYS = Object.keys(KEY_SCHEMAS) as SettingKey[];
/** Keys whose entries merge (and lock) one by one: `rules.filler`, `sites.gmail`. */
export const RECORD_KEYS: ReadonlySet<SettingKey> = new Set(['rules', 'sites', 'paused']);

const StoredSettingsSchema = v.partial(v.strictObject(KEY_SCHEMAS));

/** What one source (storage.sync, storage.managed, a settings file) holds: any subset. */
export type StoredSettings = v.InferOutput<typeof StoredSettingsSchema>;
/** Everything the extension keeps, fully resolved. */
export type ExtensionSettings = Omit<ResolvedSettings, 'acceptedGreetings'> & {
  /** Sites the extension runs on (options page). */
  sites: Record<SiteId, boolean>;
  /** Sites paused from the toolbar popup. */
  paused: Record<SiteId, boolean>;
};

const { acceptedGreetings: _storedLocally, ...engineDefaults } = DEFAULT_SETTINGS;
export const DEFAULT_EXTENSION_SETTINGS: ExtensionSettings = {
  ...engineDefaults,
  sites: { gmail: true, outlook: true },
  paused: { gmail: false, outlook: false },
};

export const isPlainObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** One value a source sets: a whole key (`path` "wordRange") or one entry of a record key ("rules.filler"). */
export type SettingEntry = { key: SettingKey; entry?: string; path: string; value: unknown };

/** The values `source` sets, path by path: the one walk that merging, locks and import share. */
export function entriesOf(source: Record<string, unknown>): SettingEntry[] {
  const out: SettingEntry[] = [];
  for (const key of SETTING_KEYS) {
    const value = source[key];
    if (value === undefined) continue;
    if (RECORD_KEYS.has(key) && isPlainObject(value)) {
      for (const [entry, item] of Object.entries(value)) out.push({ key, entry, path: `${key}.${entry}`, value: item });
    } else out.push({ key, path: key, value });
  }
  return out;
}

/** Settings made of `entries` (the inverse of `entriesOf`). */
export function fromEntries(entries: readonly SettingEntry[]): StoredSettings {
  const out: Record<string, unknown> = {};
  for (const { key, entry, value } of entries) {
    out[key] = entry === undefined ? value : { ...(out[key] as object | undefined), [entry]: value };
  }
  return out as StoredSettings;
}

/**
 * Keeps what is valid in a source of unknown quality (storage written by an older version, a
 * policy with a typo): each key on its own, each rule or site entry on its own. Never throws.
 */
export function sanitizeStored(raw: unknown): StoredSettings {
  if (!isPlainObject(raw)) return {};
  const valid: SettingEntry[] = [];
  for (const item of entriesOf(raw)) {
    const input = item.entry === undefined ? item.value : { [item.entry]: item.value };
    const result = v.safeParse(KEY_SCHEMAS[item.key], input);
    if (!result.success) continue;
    const output = item.entry === undefined ? result.output : (result.output as Record<string, unknown>)[item.entry];
    valid.push({ ...item, value: output });
  }
  return fromEntries(valid);
}

/** Validates settings strictly (from the options page or a file): the first problem, in one line. */
export function validateStored(input: unknown): Validated<StoredSettings> {
  if (!isPlainObject(input)) return { ok: false, error: 'Not valid settings: should be an object.' };
  const result = v.safeParse(StoredSettingsSchema, input);
  return result.success ? { ok: true, value: result.output } : { ok: false, error: describeIssue(result.issues, 'Not valid settings') };
}
