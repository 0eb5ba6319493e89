// @vitest-environment happy-dom
// Grouped findings (one problem, several places) meet stale reports (a check in flight or
// failed): every fix the user can reach is off while the findings are stale, and a card opened
// from the keyboard keeps the focus whatever the stale state does to its buttons.
import { h, render } from 'preact';
import { expect, it, vi } from 'vitest';
import { App } from '../../src/ui/App.js';
import { Overlay } from '../../src/ui/Overlay.js';
import type { Finding, Report } from '../../src/core/types.js';
import type { OverlayState, UiState } from '../../src/ui/types.js';
import { mountEach, overlayCallbacks, withLayout } from './helpers.js';

const grouped: Finding = {
  ruleId: 'filler',
  messageId: 'filler',
  scope: 'text',
  severity: 'info',
  message: '2 stock phrases that add words but nothing for the reader.',
  start: 10,
  end: 14,
  ranges: [
    { start: 10, end: 14, text: 'just', note: '“just” adds nothing', fix: { start: 10, end: 15, replacement: '', label: 'Remove “just”' } },
    { start: 40, end: 46, text: 'really', note: '“really” adds nothing', fix: { start: 40, end: 47, replacement: '', label: 'Remove “really”' } },
  ],
};
const report = {
  findings: [grouped],
  stats: { words: 30, sentences: 3, questions: 0, selfRefs: 0, readerRefs: 0 },
} as unknown as Report;

const mount = mountEach();

const flush = () => new Promise((resolve) => setTimeout(resolve, 50));

it('the panel disables the fixes of every place of a grouped finding while the report is stale', async () => {
  const panelState = (stale: boolean): UiState => ({ status: stale ? 'checking' : 'ready', report, wordRange: { min: 50, max: 125 }, stale });
  const onApplyFix = vi.fn();
  render(h(App, { state: panelState(true), layout: { badgeLift: 0 }, onApplyFix }), mount());
  mount().querySelector<HTMLButtonElement>('.pc-badge')!.click();
  await flush();
  const placeFixes = () => [...mount().querySelectorAll<HTMLButtonElement>('.pc-place [data-fix]')];
  expect(placeFixes()).toHaveLength(2);
  for (const button of placeFixes()) expect(button.disabled).toBe(true);
  // A fresh report un-greys them.
  render(h(App, { state: panelState(false), layout: { badgeLift: 0 }, onApplyFix }), mount());
  await flush();
  for (const button of placeFixes()) expect(button.disabled).toBe(false);
});

const box = { left: 10, top: 10, width: 50, height: 16 };
const overlay = (stale: boolean, focus = true): OverlayState => ({
  underlines: [],
  card: { key: 'k@1', finding: grouped, place: { index: 1, range: grouped.ranges![1]! }, anchor: box, focus, canAcceptName: false, bounds: { left: 0, top: 0, width: 800, height: 600 } },
  stale,
});
const callbacks = overlayCallbacks();
const focused = () => document.activeElement;
const card = () => mount().querySelector<HTMLElement>('.pc-card')!;

it('a card opened from the keyboard while a check is in flight focuses an action it can use', async () => {
  const restore = withLayout();
  try {
    render(h(Overlay, { state: overlay(true), ...callbacks }), mount());
    await flush();
    const active = focused() as HTMLButtonElement | null;
    expect(card().contains(active)).toBe(true);
    expect(active?.disabled).toBe(false);
    expect(active?.hasAttribute('data-ignore')).toBe(true);
  } finally {
    restore();
  }
});

it('a keyboard card keeps the focus when a check starts and its focused fix turns disabled', async () => {
  const restore = withLayout();
  try {
    render(h(Overlay, { state: overlay(false), ...callbacks }), mount());
    await flush();
    expect((focused() as HTMLElement | null)?.getAttribute('data-fix')).toBe('fix');
    render(h(Overlay, { state: overlay(true), ...callbacks }), mount());
    await flush();
    const active = focused() as HTMLButtonElement | null;
    expect(card().contains(active)).toBe(true);
    expect(active?.disabled).toBe(false);
  } finally {
    restore();
  }
});
