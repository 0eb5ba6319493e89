// @vitest-environment happy-dom
// A grouped tip on a huge draft can have thousands of places: the panel lists a few and the rest
// only when asked, and every listed place still carries its own fix.
import { h, render } from 'preact';
import { expect, it, vi } from 'vitest';
import { App, PLACES_SHOWN } from '../../src/ui/App.js';
import type { Finding, Report } from '../../src/core/types.js';
import type { UiState } from '../../src/ui/types.js';
import { mountEach } from './helpers.js';

function grouped(count: number): Finding {
  const ranges = Array.from({ length: count }, (_, i) => {
    const start = i * 20;
    return { start, end: start + 4, text: `just #${i}`, note: '“just” adds nothing', fix: { start, end: start + 5, replacement: '', label: 'Remove “just”' } };
  });
  return { ruleId: 'filler', messageId: 'filler', scope: 'text', severity: 'info', message: `${count} stock phrases`, start: 0, end: 4, ranges };
}

const state = (finding: Finding): UiState => ({
  status: 'ready',
  report: { findings: [finding], stats: { words: 30, sentences: 3, questions: 0, selfRefs: 0, readerRefs: 0 } } as unknown as Report,
  wordRange: { min: 50, max: 125 },
});

const mount = mountEach();
const flush = () => new Promise((resolve) => setTimeout(resolve, 50));
const places = () => [...mount().querySelectorAll<HTMLElement>('.pc-place')];
const more = () => mount().querySelector<HTMLButtonElement>('.pc-more-places');

it('lists the first places of a grouped tip with hundreds of them, and all of them on request', async () => {
  const onApplyFix = vi.fn();
  render(h(App, { state: state(grouped(400)), layout: { badgeLift: 0 }, onApplyFix }), mount());
  mount().querySelector<HTMLButtonElement>('.pc-badge')!.click();
  await flush();
  expect(places()).toHaveLength(PLACES_SHOWN);
  expect(more()!.textContent).toBe('Show all 400 places');
  // The listed places keep their own fixes, and the last one listed is the tenth place.
  expect(places().at(-1)!.querySelector('.pc-place-text')!.textContent).toBe(`just #${PLACES_SHOWN - 1}`);
  places()[3]!.querySelector<HTMLButtonElement>('[data-fix]')!.click();
  expect(onApplyFix).toHaveBeenCalledTimes(1);
  expect(onApplyFix.mock.calls[0]![1]).toMatchObject({ start: 60, end: 65, replacement: '' });
  more()!.click();
  await flush();
  expect(places()).toHaveLength(400);
  expect(more()).toBeNull();
});

it('a tip with few places lists them all, with no button', async () => {
  render(h(App, { state: state(grouped(PLACES_SHOWN)), layout: { badgeLift: 0 }, onApplyFix: vi.fn() }), mount());
  mount().querySelector<HTMLButtonElement>('.pc-badge')!.click();
  await flush();
  expect(places()).toHaveLength(PLACES_SHOWN);
  expect(more()).toBeNull();
});
