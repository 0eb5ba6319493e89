// @vitest-environment happy-dom
// A card opened from the keyboard (Alt+Shift+P) owns the focus from the moment it can be seen,
// so the keys that follow (Tab to its actions, Enter) act in the card, never in the page.
import { h, render } from 'preact';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { Overlay } from '../../src/ui/Overlay.js';
import type { Finding } from '../../src/core/types.js';
import type { OverlayState } from '../../src/ui/types.js';
import { overlayCallbacks, withLayout } from './helpers.js';

const placeholder: Finding = {
  ruleId: 'placeholder',
  messageId: 'placeholder',
  scope: 'text',
  severity: 'error',
  message: 'A merge field was never filled in: {{company}}.',
  start: 40,
  end: 51,
  fix: { start: 40, end: 51, replacement: 'Acme', label: 'Use “Acme”' },
};
const callbacks = overlayCallbacks();
const state = (opened: number): OverlayState => ({
  underlines: [],
  card: {
    key: 'placeholder@40',
    finding: placeholder,
    anchor: { left: 10, top: 10, width: 50, height: 16 },
    focus: true,
    opened,
    canAcceptName: false,
    bounds: { left: 0, top: 0, width: 800, height: 600 },
  },
});

let mount: HTMLElement;
let editor: HTMLElement;
let restoreLayout: () => void;
beforeEach(() => {
  restoreLayout = withLayout();
  editor = document.body.appendChild(document.createElement('div'));
  editor.contentEditable = 'true';
  editor.tabIndex = 0;
  mount = document.body.appendChild(document.createElement('div'));
});
afterEach(() => {
  render(null, mount);
  mount.remove();
  editor.remove();
  restoreLayout();
});

/** Lets Preact finish the renders it queued (microtasks), but no frame or timer run. */
async function settleRenders(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}
const card = () => mount.querySelector<HTMLElement>('.pc-card')!;
const shown = () => card().style.visibility !== 'hidden';
const focusInCard = () => card().contains(document.activeElement);

it('is never shown without the focus: a Tab pressed as soon as it shows stays in the card', async () => {
  editor.focus();
  render(h(Overlay, { state: state(1), ...callbacks }), mount);
  await settleRenders();
  expect(shown()).toBe(true);
  expect(focusInCard()).toBe(true);
  expect(document.activeElement?.getAttribute('data-fix')).toBe('fix');
});

it('takes the focus again when closed and opened again before a frame painted (the same card element)', async () => {
  render(h(Overlay, { state: state(1), ...callbacks }), mount);
  await settleRenders();
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(focusInCard()).toBe(true);
  // Escape gave the focus back to the editor; Alt+Shift+P opened the same card before the closing frame.
  editor.focus();
  render(h(Overlay, { state: state(2), ...callbacks }), mount);
  await settleRenders();
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(focusInCard()).toBe(true);
});
