import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  PLAYBOOK_CHUNK_CHARS,
  SettingsStore,
  fromSyncItems,
  toSyncItems,
  type StorageAreaLike,
  type StorageChangeListener,
  type StorageLike,
} from '../../src/shared/settings-store.js';
import { DEFAULT_EXTENSION_SETTINGS, SETTING_KEYS, sanitizeStored } from '../../src/shared/settings-schema.js';
import { engineSettings, exportSettings, isLocked, mergeSettings, parseSettingsFile, siteActive, type LoadedSettings } from '../../src/shared/settings-layers.js';
import { parsePlaybook } from '../../src/core/playbook.js';
import { analyze } from '../../src/core/analyze.js';
import type { Playbook } from '../../src/core/types.js';

const examplePlaybook = (() => {
  const r = parsePlaybook(readFileSync(new URL('../../examples/playbook.json', import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(r.error);
  return r.value;
})();

/** An in-memory storage area that behaves like chrome.storage: copies values, reports changes, 8 KB per item. */
class FakeArea implements StorageAreaLike {
  data: Record<string, unknown> = {};
  constructor(
    private readonly name: string,
    private readonly emit: StorageChangeListener,
    private readonly quotaPerItem = Infinity,
  ) {}
  async get(keys?: null | string | string[]) {
    const all = structuredClone(this.data);
    if (keys === null || keys === undefined) return all;
    const list = typeof keys === 'string' ? [keys] : keys;
    return Object.fromEntries(list.filter((k) => k in all).map((k) => [k, all[k]]));
  }
  async set(items: Record<string, unknown>) {
    for (const [k, value] of Object.entries(items)) {
      if (k.length + JSON.stringify(value).length > this.quotaPerItem) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    }
    const changes: Record<string, unknown> = {};
    for (const [k, value] of Object.entries(items)) {
      changes[k] = { oldValue: this.data[k], newValue: value };
      this.data[k] = structuredClone(value);
    }
    this.emit(changes, this.name);
  }
  async remove(keys: string | string[]) {
    const changes: Record<string, unknown> = {};
    for (const k of typeof keys === 'string' ? [keys] : keys) {
      changes[k] = { oldValue: this.data[k] };
      delete this.data[k];
    }
    this.emit(changes, this.name);
  }
}

function fakeStorage(managedData?: Record<string, unknown>) {
  const listeners = new Set<StorageChangeListener>();
  const emit: StorageChangeListener = (changes, area) => listeners.forEach((l) => l(changes, area));
  const sync = new FakeArea('sync', emit, 8192);
  const managed = new FakeArea('managed', emit);
  if (managedData) managed.data = managedData;
  const storage: StorageLike = {
    sync,
    managed,
    onChanged: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
  };
  return { storage, sync, managed, listeners };
}

describe('mergeSettings: defaults < sync < managed', () => {
  it('gives the defaults when both are empty, with nothing locked', () => {
    const loaded = mergeSettings({}, {});
    expect(loaded.values).toEqual(DEFAULT_EXTENSION_SETTINGS);
    expect(loaded.locked).toEqual([]);
    expect(loaded.wordRangeSource).toBe('default');
  });

  it('sync overrides defaults; managed overrides sync and is locked', () => {
    const loaded = mergeSettings(
      { wordRange: { min: 40, max: 100 }, minSelfRefs: 6, senderNames: ['Vern'], companyNames: ['Own Co'] },
      { minSelfRefs: 2, companyNames: ['Policy Co'] },
    );
    expect(loaded.values.wordRange).toEqual({ min: 40, max: 100 });
    expect(loaded.values.minSelfRefs).toBe(2);
    expect(loaded.values.senderNames).toEqual(['Vern']);
    expect(loaded.values.companyNames).toEqual(['Policy Co']);
    expect(loaded.locked.sort()).toEqual(['companyNames', 'minSelfRefs']);
    expect(loaded.wordRangeSource).toBe('rep');
  });

  it('merges rules and sites entry by entry, locking only the managed entries', () => {
    const loaded = mergeSettings(
      { rules: { filler: { enabled: false }, length: { severity: 'error' } }, sites: { outlook: false }, paused: { gmail: true } },
      { rules: { filler: { enabled: true, severity: 'warning' } }, sites: { gmail: true } },
    );
    expect(loaded.values.rules).toEqual({ filler: { enabled: true, severity: 'warning' }, length: { severity: 'error' } });
    expect(loaded.values.sites).toEqual({ gmail: true, outlook: false });
    expect(loaded.values.paused).toEqual({ gmail: true, outlook: false });
    expect(loaded.locked.sort()).toEqual(['rules.filler', 'sites.gmail']);
    expect(isLocked(loaded.locked, 'rules.filler')).toBe(true);
    expect(isLocked(loaded.locked, 'rules.length')).toBe(false);
    expect(isLocked(['rules'], 'rules.length')).toBe(true);
  });

  it('word range: managed > playbook > rep > default', () => {
    const playbook: Playbook = { name: 'P', version: 1, wordRange: { min: 60, max: 90 } };
    const rep = { wordRange: { min: 40, max: 100 } };
    expect(mergeSettings({ ...rep, playbook }, {}).values.wordRange).toEqual({ min: 60, max: 90 });
    expect(mergeSettings({ ...rep, playbook }, {}).wordRangeSource).toBe('playbook');
    expect(mergeSettings(rep, { playbook }).values.wordRange).toEqual({ min: 60, max: 90 });
    expect(mergeSettings({ ...rep, playbook }, { wordRange: { min: 10, max: 20 } }).values.wordRange).toEqual({ min: 10, max: 20 });
    expect(mergeSettings({ ...rep, playbook: { name: 'P', version: 1 } }, {}).values.wordRange).toEqual(rep.wordRange);
  });

  it("a managed playbook replaces the rep's and is locked", () => {
    const own: Playbook = { name: 'Mine', version: 1 };
    const loaded = mergeSettings({ playbook: own }, { playbook: examplePlaybook });
    expect(loaded.values.playbook?.name).toBe(examplePlaybook.name);
    expect(loaded.playbookSource).toBe('managed');
    expect(isLocked(loaded.locked, 'playbook')).toBe(true);
    expect(mergeSettings({ playbook: own }, {}).playbookSource).toBe('rep');
  });

  it('drops invalid values one by one instead of failing whole', () => {
    const stored = sanitizeStored({
      wordRange: { min: 100, max: 10 },
      minSelfRefs: 'four',
      senderNames: ['Vern', 42],
      rules: { filler: { enabled: false }, length: { severity: 'fatal' }, 'Bad Id': { enabled: true } },
      sites: { gmail: false },
      playbook: { name: 'no version' },
      unknown: true,
    });
    expect(stored).toEqual({ rules: { filler: { enabled: false } }, sites: { gmail: false } });
    expect(sanitizeStored('garbage')).toEqual({});
    expect(sanitizeStored(null)).toEqual({});
    // An invalid managed value neither applies nor locks.
    expect(mergeSettings({}, { minSelfRefs: -3 }).locked).toEqual([]);
  });

  it('engine settings carry what analyze needs, and a turned-off rule gives no findings', () => {
    const loaded = mergeSettings({ rules: { filler: { enabled: false } }, playbook: examplePlaybook }, {});
    const settings = engineSettings(loaded);
    expect(settings).not.toHaveProperty('sites');
    expect(settings.playbook?.name).toBe(examplePlaybook.name);
    const body = 'I hope this email finds you well. Can we touch base?';
    const ids = analyze({ to: [], subject: '', body }, settings).findings.map((f) => f.ruleId);
    expect(ids).not.toContain('filler');
    expect(ids).toContain('playbook');
    expect(analyze({ to: [], subject: '', body }).findings.map((f) => f.ruleId)).toContain('filler');
  });

  it('a site runs when on and not paused', () => {
    const values = mergeSettings({ sites: { outlook: false }, paused: { gmail: true } }, {}).values;
    expect(siteActive(values, 'gmail')).toBe(false);
    expect(siteActive(values, 'outlook')).toBe(false);
    expect(siteActive(DEFAULT_EXTENSION_SETTINGS, 'gmail')).toBe(true);
  });
});

describe('settings files', () => {
  const loaded = (sync: object, managed: object = {}): LoadedSettings => mergeSettings(sync, managed);

  it('round-trips: export then import gives the same settings', () => {
    const own = { rules: { filler: { enabled: false } }, senderNames: ['Vern Pollard'], playbook: examplePlaybook, sites: { outlook: false } };
    const file = exportSettings(loaded(own));
    const plan = parseSettingsFile(file, []);
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(mergeSettings(plan.value.settings, {}).values).toEqual(mergeSettings(own, {}).values);
  });

  it("never exports the administrator's values", () => {
    const file = JSON.parse(exportSettings(loaded({ minSelfRefs: 6 }, { minSelfRefs: 1, playbook: examplePlaybook })));
    expect(file.settings.minSelfRefs).toBe(6);
    expect(file.settings.playbook).toBeUndefined();
  });

  const bad: [string, string, RegExp][] = [
    ['not JSON', '{"format":', /^Not a settings file: the file is not JSON/],
    ['a list', '[]', /should hold a JSON object/],
    ['no format', '{"settings":{}}', /"format" should be "pitchcheck-settings"/],
    ['a playbook', JSON.stringify(examplePlaybook), /This is a team playbook/],
    ['newer version', '{"format":"pitchcheck-settings","version":2,"settings":{}}', /"version" should be 1/],
    ['unknown key', '{"format":"pitchcheck-settings","version":1,"settings":{"colour":"red"}}', /unknown field "colour"/],
    ['bad word range', '{"format":"pitchcheck-settings","version":1,"settings":{"wordRange":{"min":9,"max":3}}}', /wordRange min must not be greater than max/],
    ['bad severity', '{"format":"pitchcheck-settings","version":1,"settings":{"rules":{"filler":{"severity":"loud"}}}}', /rules\.filler\.severity must be info, warning or error/],
    ['bad playbook inside', '{"format":"pitchcheck-settings","version":1,"settings":{"playbook":{"name":"x","version":1,"avoid":[{"phrase":"x"}]}}}', /playbook\.avoid\[0\]\.reason is missing/],
  ];
  for (const [name, source, expected] of bad) {
    it(`refuses a bad file: ${name}`, () => {
      const plan = parseSettingsFile(source, []);
      expect(plan.ok).toBe(false);
      if (!plan.ok) {
        expect(plan.error).toMatch(expected);
        expect(plan.error).not.toContain('\n');
      }
    });
  }

  it('skips locked values in an imported file and says which', () => {
    const file = exportSettings(loaded({ minSelfRefs: 6, rules: { filler: { enabled: false }, length: { enabled: false } } }));
    const plan = parseSettingsFile(file, ['minSelfRefs', 'rules.filler']);
    expect(plan.ok && plan.value.skipped.sort()).toEqual(['minSelfRefs', 'rules.filler']);
    expect(plan.ok && plan.value.settings.rules).toEqual({ length: { enabled: false } });
    expect(plan.ok && plan.value.settings.minSelfRefs).toBeUndefined();
  });

  it('a lock on a whole record key skips each of its entries, and a lock on one entry only that one', () => {
    const file = exportSettings(loaded({ rules: { filler: { enabled: false }, length: { enabled: false } }, sites: { outlook: false } }));
    const plan = parseSettingsFile(file, ['rules', 'sites.gmail']);
    expect(plan.ok && plan.value.skipped.sort()).toEqual(['rules.filler', 'rules.length', 'sites.gmail']);
    expect(plan.ok && plan.value.settings.rules).toBeUndefined();
    expect(plan.ok && plan.value.settings.sites).toEqual({ outlook: false });
  });
});

describe('playbook chunks in storage.sync', () => {
  it('splits a large playbook under the per-item quota and puts it back together', () => {
    const big: Playbook = {
      ...examplePlaybook,
      avoid: Array.from({ length: 120 }, (_, i) => ({ phrase: `phrase number ${i}`, reason: 'A reason that takes some room to explain. '.repeat(2) })),
    };
    const items = toSyncItems({ playbook: big, minSelfRefs: 3 });
    const chunkKeys = Object.keys(items).filter((k) => k.startsWith('playbook.'));
    expect(chunkKeys.length).toBeGreaterThan(3);
    for (const [k, value] of Object.entries(items)) expect(k.length + JSON.stringify(value).length).toBeLessThan(8192);
    expect(fromSyncItems(items)).toEqual({ playbook: big, minSelfRefs: 3 });
  });

  it('drops a torn playbook (a chunk still syncing)', () => {
    const items = toSyncItems({ playbook: { ...examplePlaybook, name: 'x'.repeat(PLAYBOOK_CHUNK_CHARS) } });
    delete items['playbook.1'];
    expect(fromSyncItems(items)).toEqual({});
  });
});

describe('SettingsStore on a fake storage area', () => {
  it('saves to sync, merges rules entry by entry, loads back', async () => {
    const { storage } = fakeStorage();
    const store = new SettingsStore(storage);
    expect(await store.save({ rules: { filler: { enabled: false } } })).toEqual({ ok: true });
    expect(await store.save({ rules: { length: { severity: 'error' } }, wordRange: { min: 30, max: 80 } })).toEqual({ ok: true });
    const loaded = await store.load();
    expect(loaded.values.rules).toEqual({ filler: { enabled: false }, length: { severity: 'error' } });
    expect(loaded.values.wordRange).toEqual({ min: 30, max: 80 });
  });

  it('refuses to save a locked value, and anything invalid, changing nothing', async () => {
    const { storage, sync } = fakeStorage({ minSelfRefs: 2, rules: { filler: { enabled: true } } });
    const store = new SettingsStore(storage);
    const before = structuredClone(sync.data);
    const refused = [
      await store.save({ minSelfRefs: 5 }),
      await store.save({ rules: { filler: { enabled: false } } }),
      await store.save({ wordRange: { min: 5, max: 1 } }),
      await store.save({ senderNames: 'Vern' } as never),
    ];
    for (const r of refused) expect(r.ok).toBe(false);
    expect(refused[0]).toMatchObject({ error: expect.stringMatching(/administrator/) });
    expect(sync.data).toEqual(before);
    expect(await store.save({ rules: { length: { enabled: false } } })).toEqual({ ok: true });
    expect(await store.clear(['minSelfRefs'])).toMatchObject({ ok: false });
  });

  it('stores, replaces and removes a playbook larger than one sync item', async () => {
    const { storage, sync } = fakeStorage();
    const store = new SettingsStore(storage);
    const big: Playbook = { ...examplePlaybook, avoid: Array.from({ length: 150 }, (_, i) => ({ phrase: `phrase ${i}`, reason: 'r'.repeat(80) })) };
    expect(await store.save({ playbook: big })).toEqual({ ok: true });
    expect((await store.load()).values.playbook).toEqual(big);
    const chunksBig = Object.keys(sync.data).filter((k) => k.startsWith('playbook.')).length;
    expect(await store.save({ playbook: examplePlaybook })).toEqual({ ok: true });
    expect((await store.load()).values.playbook).toEqual(examplePlaybook);
    const chunksSmall = Object.keys(sync.data).filter((k) => k.startsWith('playbook.')).length;
    expect(chunksSmall).toBeLessThan(chunksBig);
    expect(await store.clear(['playbook'])).toEqual({ ok: true });
    expect(Object.keys(sync.data)).toEqual([]);
    expect((await store.load()).values.playbook).toBeUndefined();
  });

  it('import replaces the rep settings; a bad file changes nothing', async () => {
    const { storage, sync } = fakeStorage();
    const store = new SettingsStore(storage);
    await store.save({ senderNames: ['Vern'], playbook: examplePlaybook, minSelfRefs: 7 });
    const before = structuredClone(sync.data);
    const refused = await store.importFile('{"format":"pitchcheck-settings","version":1,"settings":{"minSelfRefs":"x"}}');
    expect(refused.ok).toBe(false);
    expect(sync.data).toEqual(before);
    const file = '{"format":"pitchcheck-settings","version":1,"settings":{"companyNames":["Acme"]}}';
    expect(await store.importFile(file)).toEqual({ ok: true, skipped: [] });
    expect(sync.data).toEqual({ companyNames: ['Acme'] });
  });

  it('export is a file import reads back', async () => {
    const { storage } = fakeStorage();
    const store = new SettingsStore(storage);
    await store.save({ rules: { filler: { enabled: false } }, playbook: examplePlaybook });
    const file = await store.exportFile();
    const other = new SettingsStore(fakeStorage().storage);
    expect(await other.importFile(file)).toMatchObject({ ok: true });
    expect((await other.load()).values).toEqual((await store.load()).values);
  });

  it('a managed area that throws (Firefox without a policy) means no managed values', async () => {
    const { storage } = fakeStorage();
    storage.managed = { get: () => Promise.reject(new Error('Managed storage manifest not found')) };
    const loaded = await new SettingsStore(storage).load();
    expect(loaded.locked).toEqual([]);
    expect(loaded.values).toEqual(DEFAULT_EXTENSION_SETTINGS);
  });

  it('subscribers hear sync and managed changes with the merged settings, and stop hearing after unsubscribe', async () => {
    const { storage, managed, listeners } = fakeStorage();
    const store = new SettingsStore(storage);
    const heard: LoadedSettings[] = [];
    const next = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
    const stop = store.subscribe((l) => heard.push(l));
    await store.save({ rules: { filler: { enabled: false } } });
    await next();
    expect(heard.at(-1)?.values.rules.filler).toEqual({ enabled: false });
    await managed.set({ rules: { filler: { enabled: true } } });
    await next();
    expect(heard.at(-1)?.values.rules.filler).toEqual({ enabled: true });
    expect(heard.at(-1)?.locked).toEqual(['rules.filler']);
    // Changes to other keys in sync (another feature's data) are not settings changes.
    const count = heard.length;
    await storage.sync.set({ somethingElse: 1 });
    await next();
    expect(heard.length).toBe(count);
    stop();
    expect(listeners.size).toBe(0);
  });
});

describe('managed_schema.json (what administrators push through policy)', () => {
  const schema = JSON.parse(readFileSync(new URL('../../assets/managed_schema.json', import.meta.url), 'utf8'));

  it('declares exactly the settings the store reads', () => {
    expect(Object.keys(schema.properties).sort()).toEqual([...SETTING_KEYS].sort());
  });

  it("lists the playbook's requirement ids", async () => {
    const { PLAYBOOK_REQUIREMENT_IDS } = await import('../../src/core/playbook.js');
    expect(schema.properties.playbook.properties.require.items.properties.id.enum).toEqual(PLAYBOOK_REQUIREMENT_IDS);
  });

  it('a policy shaped like the schema merges and locks (the example playbook pushed by policy)', () => {
    const policy = { rules: { filler: { enabled: false, severity: 'info' } }, wordRange: { min: 40, max: 100 }, playbook: examplePlaybook };
    const loaded = mergeSettings({}, policy);
    expect(loaded.locked.sort()).toEqual(['playbook', 'rules.filler', 'wordRange']);
    expect(loaded.values.wordRange).toEqual({ min: 40, max: 100 });
  });
});
