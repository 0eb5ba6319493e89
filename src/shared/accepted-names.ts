// "Don't warn for this name with this recipient": greetings the rep told us are right (a nickname
// no table knows), kept in storage.local (per machine, never synced or sent anywhere). The engine
// gets them as Settings.acceptedGreetings. Pure apart from the storage area handed in.
import type { AcceptedGreeting } from '../core/types.js';
import type { StorageAreaLike, StorageChangeListener } from './settings-store.js';

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
    if (!entry.name || !entry.recipient || entry.name.length > 200 || entry.recipient.length > 320) continue;
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

  /** Called when the list changes here or in another tab; returns an unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    this.storage.onChanged.removeListener(this.onChanged);
    this.listeners.clear();
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
