// @vitest-environment happy-dom
// The options page rendered against a fake `browser.storage`: what an administrator set through
// storage.managed is shown but locked; the rep's changes go to storage.sync. The greetings the
// rep accepted (storage.local) are listed, removable, and travel in the settings file.
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
    // Change events shaped like the browser's: { key: { oldValue, newValue } }.
    async set(items: Record<string, unknown>) {
      const changes = Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { oldValue: this.data[k], newValue: structuredClone(v) }]));
      Object.assign(this.data, structuredClone(items));
      listeners.forEach((l) => l(changes, name));
    },
    async remove(keys: string | string[]) {
      const changes: Record<string, unknown> = {};
      for (const k of typeof keys === 'string' ? [keys] : keys) {
        changes[k] = { oldValue: this.data[k] };
        delete this.data[k];
      }
      listeners.forEach((l) => l(changes, name));
    },
  });
  const storage = {
    sync: area('sync'),
    managed: area('managed'),
    local: area('local'),
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
  fake.storage.local.data = {};
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

describe('options page: names you accepted', () => {
  const dechay = { name: 'Dechay', recipient: 'chris@sproutcontent.com' };
  const bo = { name: 'Bo', recipient: 'Robert Lane' };
  const section = (app: HTMLElement) => app.querySelector<HTMLElement>('[data-section="accepted-names"]')!;
  const items = (app: HTMLElement) =>
    [...section(app).querySelectorAll('li')].map((li) => `${li.getAttribute('data-accepted-name')} → ${li.getAttribute('data-accepted-recipient')}`);
  const button = (app: HTMLElement, label: string) =>
    [...section(app).querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === label);
  const status = (app: HTMLElement) => app.querySelector('.status')!;

  it('says so when there are none, with no Remove all', async () => {
    const app = await renderOptions();
    await vi.waitFor(() => expect(section(app).textContent).toContain('No accepted names yet.'));
    expect(section(app).querySelector('h2')?.textContent).toBe('Names you accepted');
    expect(section(app).querySelectorAll('button')).toHaveLength(0);
  });

  it('lists each pair newest first, with a labelled Remove each, and removes one from storage.local', async () => {
    fake.storage.local.data = { acceptedGreetings: [dechay, bo] };
    const app = await renderOptions();
    await vi.waitFor(() => expect(items(app)).toEqual(['Bo → Robert Lane', 'Dechay → chris@sproutcontent.com']));
    // What a screen reader reads for the row: the name, "for", the recipient (the arrow is hidden).
    const row = section(app).querySelector('li')!;
    expect(row.querySelector('[aria-hidden="true"]')?.textContent).toBe('→');
    expect(section(app).querySelector('ul')?.getAttribute('aria-labelledby')).toBe('accepted-heading');

    button(app, 'Remove Dechay for chris@sproutcontent.com')!.click();
    await vi.waitFor(() => expect(fake.storage.local.data.acceptedGreetings).toEqual([bo]));
    await vi.waitFor(() => expect(items(app)).toEqual(['Bo → Robert Lane']));
    await vi.waitFor(() => expect(status(app).textContent).toBe('Removed Dechay for chris@sproutcontent.com: you will be warned again.'));
    // Focus moves on to the next Remove button instead of getting lost with the removed one.
    await vi.waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Remove Bo for Robert Lane'));
    // The rep's settings in storage.sync are not touched.
    expect(fake.storage.sync.data).toEqual({});
  });

  it('Remove all empties the list; focus goes to the heading', async () => {
    fake.storage.local.data = { acceptedGreetings: [dechay, bo] };
    const app = await renderOptions();
    await vi.waitFor(() => expect(items(app)).toHaveLength(2));
    button(app, 'Remove all 2 accepted names')!.click();
    await vi.waitFor(() => expect(fake.storage.local.data.acceptedGreetings).toEqual([]));
    await vi.waitFor(() => expect(section(app).textContent).toContain('No accepted names yet.'));
    await vi.waitFor(() => expect(status(app).textContent).toBe('Removed 2 accepted names.'));
    await vi.waitFor(() => expect(document.activeElement?.id, document.activeElement?.outerHTML.slice(0, 200)).toBe('accepted-heading'));
  });

  it('follows storage: a name accepted in a compose meanwhile shows up without a reload', async () => {
    const app = await renderOptions();
    await vi.waitFor(() => expect(section(app).textContent).toContain('No accepted names yet.'));
    await fake.storage.local.set({ acceptedGreetings: [dechay] });
    await vi.waitFor(() => expect(items(app)).toEqual(['Dechay → chris@sproutcontent.com']));
    await fake.storage.local.set({ acceptedGreetings: [] });
    await vi.waitFor(() => expect(section(app).textContent).toContain('No accepted names yet.'));
  });

  it('a failed removal says why and keeps the list', async () => {
    fake.storage.local.data = { acceptedGreetings: [dechay] };
    const app = await renderOptions();
    await vi.waitFor(() => expect(items(app)).toHaveLength(1));
    const set = fake.storage.local.set;
    fake.storage.local.set = async () => {
      throw new Error('Extension context invalidated.');
    };
    try {
      button(app, 'Remove Dechay for chris@sproutcontent.com')!.click();
      await vi.waitFor(() => expect(status(app).textContent).toBe('Could not remove: Extension context invalidated.'));
      expect(status(app).getAttribute('data-kind')).toBe('error');
      expect(items(app)).toEqual(['Dechay → chris@sproutcontent.com']);
    } finally {
      fake.storage.local.set = set;
    }
  });

  it('export writes them next to the settings; import adds them to this computer\'s list', async () => {
    fake.storage.local.data = { acceptedGreetings: [dechay] };
    fake.storage.sync.data = { minSelfRefs: 4 };
    const app = await renderOptions();
    await vi.waitFor(() => expect(items(app)).toHaveLength(1));
    const blobs: Blob[] = [];
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:test';
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    try {
      [...app.querySelectorAll('button')].find((b) => b.textContent === 'Export settings')!.click();
      await vi.waitFor(() => expect(blobs).toHaveLength(1));
    } finally {
      createObjectURL.mockRestore();
      click.mockRestore();
    }
    const exported = JSON.parse(await blobs[0]!.text());
    expect(exported.acceptedGreetings).toEqual([dechay]);
    expect(exported.settings.minSelfRefs).toBe(4);

    // On another computer that already accepted Bo: the file's Dechay is added, Bo stays.
    fake.storage.local.data = { acceptedGreetings: [bo] };
    fake.storage.sync.data = {};
    const other = await renderOptions();
    await vi.waitFor(() => expect(items(other)).toEqual(['Bo → Robert Lane']));
    await importSettings(other, JSON.stringify(exported));
    await vi.waitFor(() => expect(status(other).textContent).toBe('Settings imported, with 1 accepted name.'));
    expect(fake.storage.local.data.acceptedGreetings).toEqual([bo, dechay]);
    expect(fake.storage.sync.data.minSelfRefs).toBe(4);
    await vi.waitFor(() => expect(items(other)).toEqual(['Dechay → chris@sproutcontent.com', 'Bo → Robert Lane']));
  });

  it('a file with a bad accepted-names list is refused whole, with a message, and nothing changes', async () => {
    fake.storage.local.data = { acceptedGreetings: [bo] };
    const app = await renderOptions();
    await vi.waitFor(() => expect(items(app)).toHaveLength(1));
    const file = { format: 'pitchcheck-settings', version: 1, settings: { minSelfRefs: 9 }, acceptedGreetings: [{ name: 'Dechay', recipient: '' }] };
    await importSettings(app, JSON.stringify(file));
    await vi.waitFor(() =>
      expect(status(app).textContent).toBe('Not valid settings: acceptedGreetings[0].recipient must not be empty. Nothing was changed.'),
    );
    expect(status(app).getAttribute('role')).toBe('alert');
    expect(fake.storage.sync.data).toEqual({});
    expect(fake.storage.local.data.acceptedGreetings).toEqual([bo]);

    // And a bad settings part keeps a good list out too.
    await importSettings(app, JSON.stringify({ ...file, settings: { minSelfRefs: -1 }, acceptedGreetings: [dechay] }));
    await vi.waitFor(() => expect(status(app).textContent).toMatch(/^Not valid settings: minSelfRefs .* Nothing was changed\.$/));
    expect(fake.storage.local.data.acceptedGreetings).toEqual([bo]);
  });
});

/** Chooses `source` as the settings file to import (happy-dom lets a test set `files`). */
async function importSettings(app: HTMLElement, source: string): Promise<void> {
  const input = labelled(app, 'Import settings (JSON)');
  const file = new File([source], 'pitchcheck-settings.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { configurable: true, value: [file] });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
