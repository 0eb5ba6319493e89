// The UI's host element: outside the contenteditable (inside it, it would be saved into the
// email), with an open shadow root that keeps the page's CSS out and ours in.
import { h, render } from 'preact';
import { App } from './App.js';
import { Overlay } from './Overlay.js';
import { UI_CSS } from './styles.js';
import type { OverlayCallbacks, OverlayState, Theme, UiCallbacks, UiLayout, UiState } from './types.js';

export const HOST_ATTRIBUTE = 'data-pitchcheck';

export interface UiHost {
  readonly element: HTMLElement;
  update(state: UiState, theme: Theme, layout?: UiLayout): void;
  /** Draws the underlines and the card (a separate tree: it re-renders per animation frame). */
  updateOverlay(state: OverlayState, callbacks: OverlayCallbacks): void;
  /** Where the overlay layer's (0, 0) is in the viewport (a fixed layer, unless an ancestor transforms). */
  overlayOrigin(): { x: number; y: number };
  /** Re-attaches the host under a new anchor (Gmail moves a compose between pop-up and full-screen). */
  moveTo(anchor: HTMLElement): void;
  destroy(): void;
}

export function createUiHost(anchor: HTMLElement, callbacks: UiCallbacks): UiHost {
  const doc = anchor.ownerDocument;
  const element = doc.createElement('div');
  element.setAttribute(HOST_ATTRIBUTE, '');
  // Grammarly, LanguageTool and friends stay out of our UI.
  element.setAttribute('data-gramm', 'false');
  element.setAttribute('data-gramm_editor', 'false');
  element.setAttribute('data-enable-grammarly', 'false');
  element.setAttribute('data-lt-active', 'false');
  element.setAttribute('contenteditable', 'false');
  const shadow = element.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = UI_CSS;
  shadow.append(style);
  const mount = doc.createElement('div');
  shadow.append(mount);
  const overlayMount = doc.createElement('div');
  overlayMount.className = 'pc-overlay-root';
  // Keys pressed in the card are ours, not the page's shortcuts (Gmail closes a compose on Escape).
  for (const type of ['keydown', 'keyup', 'keypress'] as const) overlayMount.addEventListener(type, (e) => e.stopPropagation());
  shadow.append(overlayMount);
  /** The fixed layer itself, for measuring its origin (created on the first overlay render). */
  const layer = () => overlayMount.firstElementChild as HTMLElement | null;
  anchor.append(element);

  return {
    element,
    update(state, theme, layout) {
      element.setAttribute('data-theme', theme);
      render(h(App, { state, layout: layout ?? { badgeLift: 0 }, ...callbacks }), mount);
    },
    updateOverlay(state, overlayCallbacks) {
      render(h(Overlay, { state, ...overlayCallbacks }), overlayMount);
    },
    overlayOrigin() {
      const r = layer()?.getBoundingClientRect();
      return r ? { x: r.left, y: r.top } : { x: 0, y: 0 };
    },
    moveTo(next) {
      if (element.parentElement !== next) next.append(element);
    },
    destroy() {
      render(null, mount);
      render(null, overlayMount);
      element.remove();
    },
  };
}
