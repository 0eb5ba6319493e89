// @vitest-environment happy-dom
// The compose tracker's mutation filtering: typing in an editor must never re-scan the page;
// composes opening, moving and closing must be noticed. The controller is replaced by a recorder
// (the real one talks to the extension runtime, covered by the e2e tests).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ComposeWindow, SiteAdapter } from '../../src/sites/adapter.js';

const events: string[] = [];

vi.mock('../../src/content/controller.js', () => ({
  ComposeController: class {
    constructor(private compose: ComposeWindow) {
      events.push(`create ${compose.body.id}`);
    }
    get body() {
      return this.compose.body;
    }
    get root() {
      return this.compose.root;
    }
    update(compose: ComposeWindow) {
      this.compose = compose;
      events.push(`update ${compose.body.id}`);
    }
    noteComposeMutation() {
      events.push(`compose-mutation ${this.compose.body.id}`);
    }
    destroy() {
      events.push(`destroy ${this.compose.body.id}`);
    }
  },
}));

const { ComposeTracker } = await import('../../src/content/compose-tracker.js');

let scans = 0;
const adapter: SiteAdapter = {
  id: 'gmail',
  matches: () => true,
  findComposes(doc) {
    scans++;
    return [...doc.querySelectorAll<HTMLElement>('[data-body]')].map((body) => ({
      body,
      root: body.closest<HTMLElement>('[data-root]')!,
      recipients: () => ({ to: [], cc: [] }),
      subject: () => '',
      recipientInputs: () => [],
      uiAnchor: () => body.closest<HTMLElement>('[data-root]')!,
    }));
  },
  isSignature: () => false,
  isQuoted: () => false,
  isForeign: () => false,
};

function addCompose(id: string, parent: HTMLElement = document.body): HTMLElement {
  const root = document.createElement('div');
  root.setAttribute('data-root', '');
  const to = root.appendChild(document.createElement('div'));
  to.className = 'to';
  const body = root.appendChild(document.createElement('div'));
  body.id = id;
  body.setAttribute('data-body', '');
  body.setAttribute('contenteditable', 'true');
  body.append('Hi Chris,');
  parent.append(root);
  return body;
}

/** Lets the observer's records arrive and the coalesced rescan (30 ms) run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 80));

let tracker: InstanceType<typeof ComposeTracker>;

beforeEach(() => {
  document.body.replaceChildren();
  events.length = 0;
  scans = 0;
});

afterEach(() => tracker?.stop());

describe('ComposeTracker', () => {
  it('finds the composes open at start', () => {
    addCompose('a');
    addCompose('b');
    tracker = new ComposeTracker(document, adapter);
    tracker.start();
    expect(scans).toBe(1);
    expect(events).toEqual(['create a', 'create b']);
    expect(tracker.composes.size).toBe(2);
  });

  it('does not re-scan the page while the user types in a body', async () => {
    const body = addCompose('a');
    tracker = new ComposeTracker(document, adapter);
    tracker.start();
    for (let i = 0; i < 20; i++) {
      const line = document.createElement('div');
      line.textContent = `line ${i}`;
      body.append(line);
      (body.firstChild as Text).data += 'x';
    }
    const nested = document.createElement('div');
    nested.setAttribute('contenteditable', 'true'); // even an editable added inside the body
    body.append(nested);
    await settle();
    expect(scans).toBe(1);
    expect(events).toEqual(['create a']);
  });

  it('ignores page changes that cannot be a compose', async () => {
    addCompose('a');
    tracker = new ComposeTracker(document, adapter);
    tracker.start();
    const list = document.body.appendChild(document.createElement('ul'));
    for (let i = 0; i < 10; i++) list.appendChild(document.createElement('li')).textContent = `mail ${i}`;
    await settle();
    expect(scans).toBe(1);
  });

  it('notices a compose opening, with one scan for a burst of mutations', async () => {
    addCompose('a');
    tracker = new ComposeTracker(document, adapter);
    tracker.start();
    addCompose('b');
    addCompose('c');
    await settle();
    expect(scans).toBe(2);
    expect(events).toEqual(['create a', 'update a', 'create b', 'create c']);
  });

  it('reports changes outside the body but inside the compose (recipient chips)', async () => {
    const body = addCompose('a');
    tracker = new ComposeTracker(document, adapter);
    tracker.start();
    const chip = document.createElement('span');
    chip.textContent = 'Chris Hawkins';
    body.parentElement!.querySelector('.to')!.append(chip);
    await settle();
    expect(events).toContain('compose-mutation a');
    expect(scans).toBe(1);
  });

  it('keeps the controller when the same body moves (pop-up to full screen)', async () => {
    const body = addCompose('a');
    tracker = new ComposeTracker(document, adapter);
    tracker.start();
    const fullScreen = document.body.appendChild(document.createElement('section'));
    fullScreen.append(body.closest('[data-root]')!);
    await settle();
    expect(events.filter((e) => e.startsWith('create') || e.startsWith('destroy'))).toEqual(['create a']);
    expect(events).toContain('update a');
    expect(tracker.composes.get(body)).toBeDefined();
  });

  it('destroys the controller of a closed compose, and everything on stop', async () => {
    const a = addCompose('a');
    addCompose('b');
    tracker = new ComposeTracker(document, adapter);
    tracker.start();
    a.closest('[data-root]')!.remove();
    await settle();
    expect(events).toContain('destroy a');
    expect(tracker.composes.size).toBe(1);
    tracker.stop();
    expect(events).toContain('destroy b');
    addCompose('c');
    await settle();
    expect(events).not.toContain('create c');
  });

  it('does nothing when the adapter throws', () => {
    tracker = new ComposeTracker(document, { ...adapter, findComposes: () => { throw new Error('selectors broke'); } });
    expect(() => tracker.start()).not.toThrow();
    expect(tracker.composes.size).toBe(0);
  });
});
