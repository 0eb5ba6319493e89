// @vitest-environment happy-dom
// Issue 12, failure 5: page scripts share the DOM with our card, so they can dispatch events at
// its buttons. "Don't warn for this name" writes storage.local: only the user's own (trusted)
// events may do that. Ignoring a finding in this draft stays open to them.
import { h, render } from 'preact';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { Overlay } from '../../src/ui/Overlay.js';
import type { Finding } from '../../src/core/types.js';
import type { OverlayState } from '../../src/ui/types.js';
import { overlayCallbacks, type MockOverlayCallbacks } from './helpers.js';

const finding: Finding = {
  ruleId: 'greeting-mismatch',
  messageId: 'notRecipient',
  scope: 'text',
  severity: 'error',
  message: 'The greeting names Dechay, who is not a recipient.',
  start: 3,
  end: 9,
  fix: { start: 3, end: 9, replacement: 'Chris', label: 'Chris' },
};
const box = { left: 10, top: 10, width: 50, height: 16 };
const state: OverlayState = {
  underlines: [{ key: 'k', finding, boxes: [box] }],
  card: { key: 'k', finding, anchor: box, focus: false, canAcceptName: true, bounds: { left: 0, top: 0, width: 800, height: 600 } },
};

let mount: HTMLElement;
let callbacks: MockOverlayCallbacks;

beforeEach(() => {
  mount = document.body.appendChild(document.createElement('div'));
  callbacks = overlayCallbacks();
  render(h(Overlay, { state, ...callbacks }), mount);
});

afterEach(() => {
  render(null, mount);
  mount.remove();
});

const acceptButton = () => mount.querySelector<HTMLButtonElement>('[data-accept-name]')!;

it('synthetic clicks and keys from a page script do not accept a name', () => {
  const button = acceptButton();
  expect(button).not.toBeNull();
  button.click();
  button.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
  button.focus();
  for (const key of ['Enter', ' ']) {
    button.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
    button.dispatchEvent(new KeyboardEvent('keyup', { key, bubbles: true }));
  }
  expect(callbacks.onAcceptName).not.toHaveBeenCalled();
});

it("the user's own click accepts it", () => {
  // happy-dom makes no trusted events; a browser sets isTrusted on real input (the e2e test clicks for real).
  const click = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(click, 'isTrusted', { value: true });
  acceptButton().dispatchEvent(click);
  expect(callbacks.onAcceptName).toHaveBeenCalledWith(finding);
});

it('ignoring in this draft, and fixing the draft the page owns, stay open to scripts', () => {
  mount.querySelector<HTMLButtonElement>('[data-ignore]')!.click();
  mount.querySelector<HTMLButtonElement>('[data-fix]')!.click();
  expect(callbacks.onIgnore).toHaveBeenCalledWith(finding);
  expect(callbacks.onApplyFix).toHaveBeenCalledWith(finding, finding.fix);
});
