// "Don't warn for this name with this recipient": greetings the rep told us are right (a nickname
// no table knows), kept in storage.local (per machine, never synced or sent anywhere). The engine
// gets them as Settings.acceptedGreetings. Pure apart from the storage area handed in.
import * as v from 'valibot';
import { AcceptedGreetingSchema, type AcceptedGreeting } from '../core/settings.js';
import { describeIssue, type Validated } from '../core/playbook.js';
import type { StorageAreaLike, StorageChangeListener } from './settings-store.js';
import { SETTINGS_FILE_FORMAT } from './settings-layers.js';

export const ACCEPTED_GREETINGS_KEY = 'acceptedGreetings';
/** Enough for years of use; the oldest go first when it is full. */
export const MAX_ACCEPTED_GREETINGS = 500;

export interface LocalStorageLike {
  local: Pick<StorageAreaLike, 'get' | 'set'>;
  onChanged: { addListener(listener: StorageChangeListener): void; removeListener(listener: StorageChangeListener): void };
}

const norm = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ');
const same = (a: AcceptedGreeting, b: AcceptedGreeting) =>
  norm(a.name).toLowerCase() === norm(b.name).toLowerCase() && norm(a.recipient).toLowerCase() === norm(b.recipient).toLowerCase();

/** The valid entries of whatever storage holds (it may be anything after a bad write). */
export function parseAcceptedGreetings(value: unknown): AcceptedGreeting[] {
  if (!Array.isArray(value)) return [];
  const out: AcceptedGreeting[] = [];
  for (const item of value) {
    if (!item || typeof item !== 'object') continue;
    const { name, recipient } = item as Record<string, unknown>;
    if (typeof name !== 'string' || typeof recipient !== 'string') continue;
    const entry = { name: norm(name), recipient: norm(recipient) };
    if (!v.is(AcceptedGreetingSchema, entry)) continue;
    if (!out.some((x) => same(x, entry))) out.push(entry);
  }
  return out.slice(-MAX_ACCEPTED_GREETINGS);
}

export class AcceptedGreetingsStore {
  private current: AcceptedGreeting[] = [];
  private readonly listeners = new Set<() => void>();

  constructor(private readonly storage: LocalStorageLike) {
    storage.onChanged.addListener(this.onChanged);
  }

  /** What is known now (empty until `load` resolves). */
  get list(): readonly AcceptedGreeting[] {
    return this.current;
  }

  async load(): Promise<AcceptedGreeting[]> {
    try {
      const got = await this.storage.local.get(ACCEPTED_GREETINGS_KEY);
      const next = parseAcceptedGreetings(got[ACCEPTED_GREETINGS_KEY]);
      const changed = JSON.stringify(next) !== JSON.stringify(this.current);
      this.current = next;
      if (changed) this.notify();
    } catch {
      // Storage unavailable (extension reloading): keep what we had.
    }
    return this.current;
  }

  /** Remembers `entries`; resolves once they are stored. */
  async add(entries: AcceptedGreeting[]): Promise<void> {
    const next = parseAcceptedGreetings([...(await this.load()), ...entries]);
    this.current = next;
    this.notify();
    await this.storage.local.set({ [ACCEPTED_GREETINGS_KEY]: next });
  }

  /** Forgets `entries` (matched the way duplicates are: trimmed, case-insensitive); resolves once stored. */
  async remove(entries: readonly AcceptedGreeting[]): Promise<void> {
    const current = await this.load();
    const next = current.filter((x) => !entries.some((e) => same(x, e)));
    if (next.length === current.length) return;
    await this.write(next);
  }

  /** Forgets every accepted greeting; resolves once stored. */
  async clear(): Promise<void> {
    await this.write([]);
  }

  /** Called when the list changes here or in another tab; returns an unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    this.storage.onChanged.removeListener(this.onChanged);
    this.listeners.clear();
  }

  // Stored first, shown after: a failed write (it throws to the caller) leaves the list as it was.
  private async write(next: AcceptedGreeting[]): Promise<void> {
    await this.storage.local.set({ [ACCEPTED_GREETINGS_KEY]: next });
    if (JSON.stringify(next) === JSON.stringify(this.current)) return;
    this.current = next;
    this.notify();
  }

  private readonly onChanged: StorageChangeListener = (changes, area) => {
    if (area !== 'local' || !(ACCEPTED_GREETINGS_KEY in changes)) return;
    const change = changes[ACCEPTED_GREETINGS_KEY] as { newValue?: unknown } | undefined;
    const next = parseAcceptedGreetings(change?.newValue);
    if (JSON.stringify(next) === JSON.stringify(this.current)) return;
    this.current = next;
    this.notify();
  };

  private notify(): void {
    for (const l of this.listeners) {
      try {
        l();
      } catch {
        // One broken listener must not stop the others.
      }
    }
  }
}

// ---- in the settings file -------------------------------------------------------------------
// The export carries them as an optional top-level field next to `settings`, so a file from a
// version without it still imports, and an older version ignores the field. Validated strictly
// (a file is something the rep chose, unlike storage): one bad entry refuses the whole file.

// Wrapped in an object so a problem is reported at its path in the file ("acceptedGreetings[2].name").
const AcceptedInFileSchema = v.object({
  acceptedGreetings: v.pipe(
    v.array(AcceptedGreetingSchema),
    v.maxLength(MAX_ACCEPTED_GREETINGS, `has more than ${MAX_ACCEPTED_GREETINGS} names`),
  ),
});

/** `file` (an exported settings file) with the accepted greetings added. */
export function withAcceptedGreetings(file: string, accepted: readonly AcceptedGreeting[]): string {
  const data = JSON.parse(file) as Record<string, unknown>;
  return JSON.stringify({ ...data, acceptedGreetings: accepted.map(({ name, recipient }) => ({ name, recipient })) }, null, 2) + '\n';
}

/**
 * The accepted greetings of a settings file: `undefined` when it has none, or when it is not a
 * settings file at all (the settings import says why); an error for a bad list.
 */
export function acceptedGreetingsInFile(source: string): Validated<AcceptedGreeting[] | undefined> {
  let data: unknown;
  try {
    data = JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: true, value: undefined };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return { ok: true, value: undefined };
  const record = data as Record<string, unknown>;
  if (record.format !== SETTINGS_FILE_FORMAT || record.acceptedGreetings === undefined) return { ok: true, value: undefined };
  const result = v.safeParse(AcceptedInFileSchema, { acceptedGreetings: record.acceptedGreetings });
  if (!result.success) return { ok: false, error: describeIssue(result.issues, 'Not valid settings') };
  return { ok: true, value: parseAcceptedGreetings(result.output.acceptedGreetings) };
}
