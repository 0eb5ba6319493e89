// @vitest-environment happy-dom
// Grouped findings (one problem, several places) through the real controller and panel, against a
// fake worker: a place's fix from the panel lands on exactly its text (and never while the
// report is stale), and "Ignore" on a grouped finding survives re-checks that leave its places'
// text alone, even when the span from its first place to its last changed.
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type { Finding, FindingRange, Report } from '../../src/core/types.js';
import type { AnalyzeRequest, AnalyzeResponse } from '../../src/shared/messages.js';
import type { ComposeWindow, SiteAdapter } from '../../src/sites/adapter.js';
import { stampReport } from '../../src/shared/revision.js';

const inFlight: { request: AnalyzeRequest; resolve(answer: AnalyzeResponse): void }[] = [];
vi.mock('../../src/content/worker-client.js', () => ({
  ExtensionGoneError: class extends Error {},
  extensionAlive: () => true,
  requestAnalysis: (request: AnalyzeRequest) => new Promise<AnalyzeResponse>((resolve) => inFlight.push({ request, resolve })),
}));
const { ComposeController } = await import('../../src/content/controller.js');

const adapter: SiteAdapter = { id: 'gmail', matches: () => true, findComposes: () => [], isSignature: () => false, isQuoted: () => false, isForeign: () => false };

/** The fake engine: every filler word is a place of one grouped tip; each "We …." sentence a place of one whole-draft warning. */
function fakeAnalyze(body: string): Report {
  const findings: Finding[] = [];
  const place = (start: number, end: number, over: Partial<FindingRange> = {}): FindingRange => ({ start, end, ...over });
  const fillers = [...body.matchAll(/\b(just|really|totally) /g)].map((m) =>
    place(m.index, m.index + m[1]!.length, { note: `“${m[1]}” adds nothing`, fix: { start: m.index, end: m.index + m[0].length, replacement: '', label: `Remove “${m[1]}”` } }),
  );
  if (fillers.length > 1) {
    findings.push({ ruleId: 'filler', messageId: 'filler', scope: 'text', severity: 'info', message: `${fillers.length} stock phrases`, start: fillers[0]!.start, end: fillers[0]!.end, ranges: fillers });
  }
  const selfish = [...body.matchAll(/We [^.]*\./g)].map((m) => place(m.index, m.index + m[0].length));
  if (selfish.length) {
    findings.push({ ruleId: 'self-focus', messageId: 'selfFocus', scope: 'draft', severity: 'warning', message: 'All about you', start: 0, end: body.length, ranges: selfish });
  }
  return {
    findings,
    stats: { words: 0, sentences: 0, selfRefs: 0, readerRefs: 0 } as Report['stats'],
    parts: { message: { start: 0, end: body.length } } as Report['parts'],
    language: 'en',
  };
}

let body: HTMLElement;
let text: Text;
let controller: InstanceType<typeof ComposeController>;
let host: ShadowRoot;

const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};
async function answerAll(): Promise<void> {
  while (inFlight.length) {
    const { request, resolve } = inFlight.shift()!;
    resolve({ ok: true, revision: request.revision, report: stampReport(fakeAnalyze(request.draft.body), request.revision, request.draft) });
    await flush();
  }
}
function edit(at: number, end: number, insert: string): void {
  text.replaceData(at, end - at, insert);
  body.dispatchEvent(new Event('input', { bubbles: true }));
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  inFlight.length = 0;
  (document as unknown as { execCommand: Document['execCommand'] }).execCommand = (command: string, _ui?: boolean, value?: string) => {
    const range = document.getSelection()!.getRangeAt(0);
    if (range.startContainer !== text || range.endContainer !== text) throw new Error('the fix selected outside the draft text');
    edit(range.startOffset, range.endOffset, command === 'delete' ? '' : (value ?? ''));
    return true;
  };
  const root = document.body.appendChild(document.createElement('div'));
  body = root.appendChild(document.createElement('div'));
  body.setAttribute('contenteditable', 'true');
  const line = body.appendChild(document.createElement('div'));
  line.setAttribute('style', 'white-space: pre-wrap');
  text = line.appendChild(document.createTextNode('Hi Ana, I just wanted to say hi. We really like our tool. We totally built it. Best, Sam'));
  const compose: ComposeWindow = { root, body, recipients: () => ({ to: [], cc: [] }), subject: () => '', recipientInputs: () => [], uiAnchor: () => root };
  controller = new ComposeController(compose, { adapter, settings: () => undefined, onExtensionGone: () => undefined });
  host = root.querySelector('[data-pitchcheck]')!.shadowRoot!;
  await answerAll();
  host.querySelector<HTMLButtonElement>('.pc-badge')!.click();
  await flush();
});

afterEach(() => {
  controller.destroy();
  vi.useRealTimers();
  document.body.replaceChildren();
});

const rules = () => [...host.querySelectorAll('.pc-finding')].map((li) => li.getAttribute('data-rule')).sort();
const placeFix = (label: string) => [...host.querySelectorAll<HTMLButtonElement>('.pc-place [data-fix]')].find((b) => b.textContent === label)!;
const findingOf = (ruleId: string) => controller.report!.findings.find((f) => f.ruleId === ruleId)!;

it('a place fix from the panel removes exactly its words, and does nothing while the report is stale', async () => {
  expect(rules()).toEqual(['filler', 'self-focus']);
  edit(text.length, text.length, '!'); // a check is due: the report is stale
  await flush();
  expect(placeFix('Remove “really”').disabled).toBe(true);
  vi.runAllTimers();
  await answerAll();
  placeFix('Remove “really”').click();
  await flush();
  expect(text.data).toBe('Hi Ana, I just wanted to say hi. We like our tool. We totally built it. Best, Sam!');
});

it('Ignore on a grouped tip survives a re-check after one of its places went', async () => {
  controller.ignore(findingOf('filler'));
  await flush();
  expect(rules()).toEqual(['self-focus']);
  edit(10, 15, ''); // "just " goes: the group now starts at "really"
  vi.runAllTimers();
  await answerAll();
  expect(findingOf('self-focus')).toBeDefined();
  expect(rules()).toEqual(['self-focus']);
});

it('Ignore on a whole-draft grouped warning survives an edit outside its places', async () => {
  controller.ignore(findingOf('self-focus'));
  await flush();
  expect(rules()).toEqual(['filler']);
  edit(text.length, text.length, 'antha'); // the sign-off, outside every place
  vi.runAllTimers();
  await answerAll();
  expect(rules()).toEqual(['filler']);
  // A new place of the same problem is new text: the warning shows again.
  edit(0, 0, 'We want to sell. ');
  vi.runAllTimers();
  await answerAll();
  expect(rules()).toEqual(['filler', 'self-focus']);
});
