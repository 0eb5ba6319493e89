// @vitest-environment happy-dom
// The options page rendered against a fake `browser.storage`: what an administrator set through
// storage.managed is shown but locked; the rep's changes go to storage.sync.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { StorageChangeListener } from '../../src/shared/settings-store.js';

const examplePlaybook = JSON.parse(readFileSync(path.join(process.cwd(), 'examples/playbook.json'), 'utf8'));

const fake = vi.hoisted(() => {
  const listeners = new Set<(changes: Record<string, unknown>, area: string) => void>();
  const area = (name: string) => ({
    data: {} as Record<string, unknown>,
    async get() {
      return structuredClone(this.data);
    },
    async set(items: Record<string, unknown>) {
      Object.assign(this.data, structuredClone(items));
      listeners.forEach((l) => l(items, name));
    },
    async remove(keys: string | string[]) {
      for (const k of typeof keys === 'string' ? [keys] : keys) delete this.data[k];
      listeners.forEach((l) => l({}, name));
    },
  });
  const storage = {
    sync: area('sync'),
    managed: area('managed'),
    onChanged: {
      addListener: (l: StorageChangeListener) => listeners.add(l),
      removeListener: (l: StorageChangeListener) => listeners.delete(l),
    },
  };
  return { storage, listeners };
});

vi.mock('webextension-polyfill', () => ({ default: { storage: fake.storage } }));

async function renderOptions(): Promise<HTMLElement> {
  document.body.innerHTML = '<main id="app"></main>';
  vi.resetModules();
  await import('../../src/options/index.js');
  const app = document.getElementById('app')!;
  await vi.waitFor(() => expect(app.querySelector('h1')?.textContent).toBe('Pitchcheck options'));
  return app;
}

const ruleRow = (app: HTMLElement, id: string) => app.querySelector<HTMLTableRowElement>(`[data-rule-row="${id}"]`)!;
const labelled = (app: HTMLElement, text: string) =>
  [...app.querySelectorAll('label')].find((l) => l.textContent?.includes(text))?.querySelector('input, textarea') as HTMLInputElement;

beforeEach(() => {
  fake.storage.sync.data = {};
  fake.storage.managed.data = {};
});
afterEach(() => {
  fake.listeners.clear();
});

describe('options page', () => {
  it('lists every rule of the registry with its default severity', async () => {
    const app = await renderOptions();
    const { rules } = await import('../../src/core/rules/index.js');
    for (const { meta } of rules) {
      const row = ruleRow(app, meta.id);
      expect(row, meta.id).not.toBeNull();
      expect(row.querySelector('option[value=""]')?.textContent).toBe(`Default (${meta.severity})`);
      expect(row.querySelector<HTMLInputElement>('input[type="checkbox"]')!.checked).toBe(true);
    }
  });

  it('shows managed values as locked, with the note', async () => {
    fake.storage.managed.data = { rules: { filler: { enabled: false } }, minSelfRefs: 2, playbook: examplePlaybook, sites: { gmail: true } };
    const app = await renderOptions();
    const filler = ruleRow(app, 'filler');
    const fillerBox = filler.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(fillerBox.checked).toBe(false);
    expect(fillerBox.disabled).toBe(true);
    expect(filler.querySelector('select')!.disabled).toBe(true);
    expect(filler.textContent).toContain('Set by your administrator');
    // Other rules stay the rep's to change.
    expect(ruleRow(app, 'length').querySelector<HTMLInputElement>('input')!.disabled).toBe(false);
    expect(ruleRow(app, 'length').textContent).not.toContain('Set by your administrator');

    expect(labelled(app, 'Self-references').disabled).toBe(true);
    expect(labelled(app, 'Self-references').value).toBe('2');
    // The managed playbook's word range applies and cannot be edited here.
    expect(labelled(app, 'Fewest words').disabled).toBe(true);
    expect(labelled(app, 'Most words').value).toBe('110');
    expect(labelled(app, 'Check drafts in Gmail').disabled).toBe(true);
    expect(labelled(app, 'Check drafts in Outlook').disabled).toBe(false);

    const playbook = app.querySelector('[data-section="playbook"]')!;
    expect(playbook.textContent).toContain('Acme Analytics — outbound sales');
    expect(playbook.textContent).toContain('Set by your administrator');
    expect([...playbook.querySelectorAll('button')].map((b) => b.textContent)).not.toContain('Remove playbook');
    expect(labelled(app, 'Import a playbook').disabled).toBe(true);
  });

  it("saves the rep's changes to storage.sync", async () => {
    const app = await renderOptions();
    const box = ruleRow(app, 'filler').querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    box.checked = false;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(fake.storage.sync.data.rules).toEqual({ filler: { enabled: false } }));
    await vi.waitFor(() => expect(app.querySelector('.status')?.textContent).toBe('Saved.'));

    const min = labelled(app, 'Fewest words');
    min.value = '200';
    min.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(app.querySelector('.status')?.getAttribute('data-kind')).toBe('error'));
    expect(app.querySelector('.status')?.textContent).toMatch(/wordRange min must not be greater than max/);
    expect(fake.storage.sync.data.wordRange).toBeUndefined();

    const names = labelled(app, 'Your names') as unknown as HTMLTextAreaElement;
    names.value = 'Vern Pollard\n\n  V. Pollard  \n';
    names.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(fake.storage.sync.data.senderNames).toEqual(['Vern Pollard', 'V. Pollard']));
  });
});
