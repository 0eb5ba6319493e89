// The UI's host element: outside the contenteditable (inside it, it would be saved into the
// email), with an open shadow root that keeps the page's CSS out and ours in.
import { h, render } from 'preact';
import { App } from './App.js';
import { UI_CSS } from './styles.js';
import type { Theme, UiCallbacks, UiLayout, UiState } from './types.js';

export const HOST_ATTRIBUTE = 'data-pitchcheck';

export interface UiHost {
  readonly element: HTMLElement;
  update(state: UiState, theme: Theme, layout?: UiLayout): void;
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
  anchor.append(element);

  return {
    element,
    update(state, theme, layout) {
      element.setAttribute('data-theme', theme);
      render(h(App, { state, layout: layout ?? { badgeLift: 0 }, ...callbacks }), mount);
    },
    moveTo(next) {
      if (element.parentElement !== next) next.append(element);
    },
    destroy() {
      render(null, mount);
      element.remove();
    },
  };
}
