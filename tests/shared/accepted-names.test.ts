// "Don't warn for this name with this recipient": the store in storage.local and its effect on
// the engine (the pair is no longer flagged, other pairs still are).
import { describe, expect, it } from 'vitest';
import {
  ACCEPTED_GREETINGS_KEY,
  AcceptedGreetingsStore,
  MAX_ACCEPTED_GREETINGS,
  acceptedGreetingsInFile,
  parseAcceptedGreetings,
  withAcceptedGreetings,
  type LocalStorageLike,
} from '../../src/shared/accepted-names.js';
import type { StorageChangeListener } from '../../src/shared/settings-store.js';
import { parseSettingsFile } from '../../src/shared/settings-layers.js';
import { analyze } from '../../src/core/analyze.js';

function fakeStorage(initial: Record<string, unknown> = {}) {
  const listeners = new Set<StorageChangeListener>();
  const data: Record<string, unknown> = structuredClone(initial);
  const storage: LocalStorageLike = {
    local: {
      async get(key?: null | string | string[]) {
        const keys = typeof key === 'string' ? [key] : (key ?? Object.keys(data));
        return Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
      },
      async set(items: Record<string, unknown>) {
        const changes: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(items)) {
          changes[k] = { oldValue: data[k], newValue: structuredClone(v) };
          data[k] = structuredClone(v);
        }
        for (const l of listeners) l(changes, 'local');
      },
    },
    onChanged: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
  };
  const emit = (changes: Record<string, unknown>, area: string) => {
    for (const l of listeners) l(changes, area);
  };
  return { storage, data, emit, listeners };
}

describe('parseAcceptedGreetings', () => {
  it('keeps valid entries, trimmed, without duplicates (case-insensitive)', () => {
    expect(
      parseAcceptedGreetings([
        { name: ' Dechay ', recipient: 'chris@sproutcontent.com' },
        { name: 'dechay', recipient: 'Chris@SproutContent.com' },
        { name: '', recipient: 'x@y.z' },
        { name: 'A', recipient: 42 },
        null,
        'nope',
        { name: 'Bo', recipient: 'Robert   Lane' },
      ]),
    ).toEqual([
      { name: 'Dechay', recipient: 'chris@sproutcontent.com' },
      { name: 'Bo', recipient: 'Robert Lane' },
    ]);
  });

  it('reads anything that is not a list as empty, and keeps the newest when over the cap', () => {
    expect(parseAcceptedGreetings({ name: 'x' })).toEqual([]);
    expect(parseAcceptedGreetings(undefined)).toEqual([]);
    const many = Array.from({ length: MAX_ACCEPTED_GREETINGS + 5 }, (_, i) => ({ name: `N${i}`, recipient: `r${i}@x.com` }));
    const kept = parseAcceptedGreetings(many);
    expect(kept).toHaveLength(MAX_ACCEPTED_GREETINGS);
    expect(kept.at(-1)).toEqual({ name: `N${MAX_ACCEPTED_GREETINGS + 4}`, recipient: `r${MAX_ACCEPTED_GREETINGS + 4}@x.com` });
  });
});

describe('AcceptedGreetingsStore', () => {
  it('loads, adds (stored in storage.local) and tells subscribers', async () => {
    const { storage, data } = fakeStorage({ [ACCEPTED_GREETINGS_KEY]: [{ name: 'Bo', recipient: 'r@x.com' }] });
    const store = new AcceptedGreetingsStore(storage);
    let calls = 0;
    store.subscribe(() => calls++);
    expect(await store.load()).toEqual([{ name: 'Bo', recipient: 'r@x.com' }]);
    await store.add([{ name: 'Dechay', recipient: 'chris@sproutcontent.com' }]);
    expect(data[ACCEPTED_GREETINGS_KEY]).toEqual([
      { name: 'Bo', recipient: 'r@x.com' },
      { name: 'Dechay', recipient: 'chris@sproutcontent.com' },
    ]);
    expect(store.list).toHaveLength(2);
    expect(calls).toBeGreaterThanOrEqual(2); // the first load, then the add
  });

  it('follows changes made in another tab, and ignores other areas and keys', async () => {
    const { storage, emit } = fakeStorage();
    const store = new AcceptedGreetingsStore(storage);
    let calls = 0;
    store.subscribe(() => calls++);
    emit({ [ACCEPTED_GREETINGS_KEY]: { newValue: [{ name: 'Bo', recipient: 'r@x.com' }] } }, 'sync');
    emit({ other: { newValue: 1 } }, 'local');
    expect(calls).toBe(0);
    emit({ [ACCEPTED_GREETINGS_KEY]: { newValue: [{ name: 'Bo', recipient: 'r@x.com' }] } }, 'local');
    expect(calls).toBe(1);
    expect(store.list).toEqual([{ name: 'Bo', recipient: 'r@x.com' }]);
    store.dispose();
  });

  it('keeps what it had when storage fails', async () => {
    const { storage } = fakeStorage({ [ACCEPTED_GREETINGS_KEY]: [{ name: 'Bo', recipient: 'r@x.com' }] });
    const store = new AcceptedGreetingsStore(storage);
    await store.load();
    storage.local.get = async () => {
      throw new Error('Extension context invalidated.');
    };
    expect(await store.load()).toEqual([{ name: 'Bo', recipient: 'r@x.com' }]);
  });

  it('what it holds, given to the engine, silences that pair only', async () => {
    const { storage } = fakeStorage();
    const store = new AcceptedGreetingsStore(storage);
    await store.add([{ name: 'Dechay', recipient: 'chris@sproutcontent.com' }]);
    const draft = (to: string) => ({
      to: [{ name: 'Chris Hawkins', email: to }],
      subject: 'Q3',
      body: 'Hi Dechay,\n\nQuick question about your Q3 plans.\n\nBest,\nSam',
    });
    const rules = (email: string) => analyze(draft(email), { acceptedGreetings: [...store.list] }).findings.map((f) => f.ruleId);
    expect(rules('chris@sproutcontent.com')).not.toContain('greeting-mismatch');
    expect(rules('chris@othercorp.com')).toContain('greeting-mismatch');
  });
});

describe('AcceptedGreetingsStore: removing', () => {
  const bo = { name: 'Bo', recipient: 'r@x.com' };
  const dechay = { name: 'Dechay', recipient: 'chris@sproutcontent.com' };
  const dechayElsewhere = { name: 'Dechay', recipient: 'chris@othercorp.com' };

  it('removes the pair given (matched trimmed and case-insensitively), keeps the others, and tells subscribers', async () => {
    const { storage, data } = fakeStorage({ [ACCEPTED_GREETINGS_KEY]: [bo, dechay, dechayElsewhere] });
    const store = new AcceptedGreetingsStore(storage);
    await store.load();
    let calls = 0;
    store.subscribe(() => calls++);
    await store.remove([{ name: ' dechay ', recipient: 'Chris@SproutContent.com' }]);
    expect(data[ACCEPTED_GREETINGS_KEY]).toEqual([bo, dechayElsewhere]);
    expect(store.list).toEqual([bo, dechayElsewhere]);
    expect(calls).toBe(1);
  });

  it('writes nothing when the pair is not there (removed meanwhile in another tab)', async () => {
    const { storage, data } = fakeStorage({ [ACCEPTED_GREETINGS_KEY]: [bo] });
    const store = new AcceptedGreetingsStore(storage);
    let writes = 0;
    const set = storage.local.set.bind(storage.local);
    storage.local.set = async (items) => {
      writes++;
      return set(items);
    };
    await store.remove([dechay]);
    expect(writes).toBe(0);
    expect(data[ACCEPTED_GREETINGS_KEY]).toEqual([bo]);
  });

  it('clear forgets every pair, and the engine warns again', async () => {
    const { storage, data } = fakeStorage({ [ACCEPTED_GREETINGS_KEY]: [bo, dechay] });
    const store = new AcceptedGreetingsStore(storage);
    await store.load();
    await store.clear();
    expect(data[ACCEPTED_GREETINGS_KEY]).toEqual([]);
    expect(store.list).toEqual([]);
    const report = analyze(
      { to: [{ name: 'Chris Hawkins', email: dechay.recipient }], subject: 'Q3', body: 'Hi Dechay,\n\nQuick question about your Q3 plans.\n\nBest,\nSam' },
      { acceptedGreetings: [...store.list] },
    );
    expect(report.findings.map((f) => f.ruleId)).toContain('greeting-mismatch');
  });

  it('a failed write throws to the caller and leaves the list as it was', async () => {
    const { storage } = fakeStorage({ [ACCEPTED_GREETINGS_KEY]: [bo, dechay] });
    const store = new AcceptedGreetingsStore(storage);
    await store.load();
    storage.local.set = async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
    await expect(store.remove([bo])).rejects.toThrow(/quota/);
    await expect(store.clear()).rejects.toThrow(/quota/);
    expect(store.list).toEqual([bo, dechay]);
  });
});

describe('accepted greetings in the settings file', () => {
  const settingsFile = JSON.stringify({ format: 'pitchcheck-settings', version: 1, settings: { minSelfRefs: 3 } }, null, 2) + '\n';
  const file = (acceptedGreetings: unknown) => JSON.stringify({ format: 'pitchcheck-settings', version: 1, settings: {}, acceptedGreetings });

  it('round-trips through export and import, and the settings part still imports as before', () => {
    const list = [
      { name: 'Dechay', recipient: 'chris@sproutcontent.com' },
      { name: 'Bo', recipient: 'Robert Lane' },
    ];
    const exported = withAcceptedGreetings(settingsFile, list);
    expect(JSON.parse(exported)).toEqual({ format: 'pitchcheck-settings', version: 1, settings: { minSelfRefs: 3 }, acceptedGreetings: list });
    expect(acceptedGreetingsInFile(exported)).toEqual({ ok: true, value: list });
    const plan = parseSettingsFile(exported, []);
    expect(plan.ok && plan.value.settings).toEqual({ minSelfRefs: 3 });
  });

  it('is nothing to import when the file has no such field, or is not a settings file (the settings import says why)', () => {
    expect(acceptedGreetingsInFile(settingsFile)).toEqual({ ok: true, value: undefined });
    expect(acceptedGreetingsInFile('not json')).toEqual({ ok: true, value: undefined });
    expect(acceptedGreetingsInFile('[1,2]')).toEqual({ ok: true, value: undefined });
    expect(acceptedGreetingsInFile(JSON.stringify({ name: 'Team', acceptedGreetings: 5 }))).toEqual({ ok: true, value: undefined });
  });

  it('refuses a bad list with where and what, in one line', () => {
    const bad: [unknown, string][] = [
      [{ name: 'Bo' }, 'Not valid settings: acceptedGreetings should be a list, not an object.'],
      [[{ name: 'Bo', recipient: 'r@x.com' }, { name: '  ', recipient: 'r@x.com' }], 'Not valid settings: acceptedGreetings[1].name must not be empty.'],
      [[{ name: 'Bo' }], 'Not valid settings: acceptedGreetings[0].recipient is missing.'],
      [[{ name: 'Bo', recipient: 7 }], 'Not valid settings: acceptedGreetings[0].recipient should be text, not number 7.'],
      [[{ name: 'Bo', recipient: 'r@x.com', note: 'x' }], 'Not valid settings: unknown field "acceptedGreetings[0].note".'],
      [[{ name: 'B'.repeat(201), recipient: 'r@x.com' }], 'Not valid settings: acceptedGreetings[0].name is longer than 200 characters.'],
      [
        Array.from({ length: MAX_ACCEPTED_GREETINGS + 1 }, (_, i) => ({ name: `N${i}`, recipient: 'r@x.com' })),
        `Not valid settings: acceptedGreetings has more than ${MAX_ACCEPTED_GREETINGS} names.`,
      ],
    ];
    for (const [value, error] of bad) expect(acceptedGreetingsInFile(file(value)), error).toEqual({ ok: false, error });
  });

  it('reads a file with a byte-order mark, trimming and dropping duplicates', () => {
    const source = '\uFEFF' + file([{ name: ' Bo ', recipient: 'r@x.com' }, { name: 'bo', recipient: 'R@X.COM' }]);
    expect(acceptedGreetingsInFile(source)).toEqual({ ok: true, value: [{ name: 'Bo', recipient: 'r@x.com' }] });
  });
});
