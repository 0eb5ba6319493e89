// What every section of the options page works with: the stores, the status line's shape, the note
// on values an administrator set, and the props App hands each section.
import browser from 'webextension-polyfill';
import { SettingsStore, type SaveResult } from '../shared/settings-store.js';
import { AcceptedGreetingsStore } from '../shared/accepted-names.js';
import type { LoadedSettings } from '../shared/settings-layers.js';
import type { StoredSettings } from '../shared/settings-schema.js';

export const LOCKED_NOTE = 'Set by your administrator';

export type Status = { kind: 'ok' | 'error'; text: string } | null;

export const store = new SettingsStore(browser.storage);
export const acceptedStore = new AcceptedGreetingsStore(browser.storage);

export interface SectionProps {
  loaded: LoadedSettings;
  lockedAt(path: string): boolean;
  /** Saves part of the rep's settings and says how it went in the status line. */
  save(patch: StoredSettings, okText?: string): Promise<void>;
  /** Shows a store result in the status line (and the stored state at once). */
  report(result: SaveResult, okText: string): Promise<void>;
  setStatus(status: Status): void;
}

export function Locked({ when }: { when: boolean }) {
  return when ? <span class="locked">{LOCKED_NOTE}</span> : null;
}

export const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));
export const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** Reads a chosen file as text, then clears the input so the same file can be chosen again. */
export async function readChosenFile(input: HTMLInputElement): Promise<string | null> {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return null;
  return file.text();
}
