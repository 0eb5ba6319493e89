// "Don't warn for this name with this recipient": the store in storage.local and its effect on
// the engine (the pair is no longer flagged, other pairs still are).
import { describe, expect, it } from 'vitest';
import { ACCEPTED_GREETINGS_KEY, AcceptedGreetingsStore, MAX_ACCEPTED_GREETINGS, parseAcceptedGreetings, type LocalStorageLike } from '../../src/shared/accepted-names.js';
import type { StorageChangeListener } from '../../src/shared/settings-store.js';
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
