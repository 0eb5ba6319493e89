// What the UI tests share: a mount point per test, the overlay's callbacks as mocks, and the one
// layout fact happy-dom cannot give (it lays nothing out, and a card counts as shown by its height).
import { render } from 'preact';
import { afterEach, beforeEach, vi, type Mock } from 'vitest';
import type { OverlayCallbacks } from '../../src/ui/types.js';

/** A fresh element per test, unmounted and removed after it: call once per file, read `mount()`. */
export function mountEach(): () => HTMLElement {
  let mount: HTMLElement;
  beforeEach(() => {
    mount = document.body.appendChild(document.createElement('div'));
  });
  afterEach(() => {
    render(null, mount);
    mount.remove();
  });
  return () => mount;
}

export type MockOverlayCallbacks = { [K in keyof OverlayCallbacks]: Mock<OverlayCallbacks[K]> };

export function overlayCallbacks(): MockOverlayCallbacks {
  return {
    onApplyFix: vi.fn(),
    onIgnore: vi.fn(),
    onAcceptName: vi.fn(),
    onCloseCard: vi.fn(),
    onCardHover: vi.fn(),
    onFocusUnderline: vi.fn(),
  };
}

/** Gives every element a height (the card measures itself to count as shown); returns the undo. */
export function withLayout(): () => void {
  const descriptor = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight')!;
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, get: () => 120 });
  return () => Object.defineProperty(HTMLElement.prototype, 'offsetHeight', descriptor);
}
