// The background worker's message handler: answers `analyze` from this extension only, runs the
// real engine, turns engine errors into { ok: false } answers, and ignores everything else.
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (message: unknown, sender: { id?: string }) => unknown;
const listeners: Listener[] = [];

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      id: 'pitchcheck-test-id',
      onMessage: { addListener: (fn: Listener) => listeners.push(fn) },
    },
  },
}));

const engine = await vi.importActual<typeof import('../../src/core/index.js')>('../../src/core/index.js');
let analyzeImpl: typeof engine.analyze = engine.analyze;
vi.mock('../../src/core/index.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/core/index.js')>()),
  analyze: (...args: Parameters<typeof engine.analyze>) => analyzeImpl(...args),
}));

await import('../../src/background/index.js');
const listener = () => listeners[0]!;
const OWN = { id: 'pitchcheck-test-id' };

const request = {
  type: 'analyze',
  revision: 7,
  draft: { to: [{ name: 'Chris Hawkins', email: 'chris@sproutcontent.com' }], subject: 'Hello', body: 'Hi Dechay,\n\nCan we talk on Tuesday?\n\nDana' },
};

beforeEach(() => {
  analyzeImpl = engine.analyze;
});

describe('background worker', () => {
  it('registers exactly one message listener', () => {
    expect(listeners).toHaveLength(1);
  });

  it('answers analyze requests from its own content scripts with the engine report', async () => {
    const answer = (await listener()(request, OWN)) as { ok: boolean; revision: number; report: { findings: { ruleId: string }[] } };
    expect(answer.ok).toBe(true);
    expect(answer.revision).toBe(7);
    expect(answer.report.findings.map((f) => f.ruleId)).toContain('greeting-mismatch');
  });

  it('stamps every finding and fix with the revision and the exact text it was computed on', async () => {
    const answer = (await listener()(request, OWN)) as {
      report: { revision: number; findings: { ruleId: string; start: number; end: number; revision: number; seen: string; fix?: { start: number; end: number; revision: number; seen: string } }[] };
    };
    expect(answer.report.revision).toBe(7);
    const greeting = answer.report.findings.find((f) => f.ruleId === 'greeting-mismatch');
    expect(greeting).toMatchObject({ revision: 7, seen: 'Dechay', fix: { revision: 7, seen: 'Dechay' } });
    for (const f of answer.report.findings) {
      const text = (f as { field?: string }).field === 'subject' ? request.draft.subject : request.draft.body;
      expect(f.seen).toBe(text.slice(f.start, f.end));
      if (f.fix) expect(f.fix.seen).toBe(text.slice(f.fix.start, f.fix.end));
    }
  });

  it('ignores other senders and other messages', () => {
    expect(listener()(request, { id: 'some-other-extension' })).toBeUndefined();
    expect(listener()(request, {})).toBeUndefined();
    expect(listener()({ type: 'analyze' }, OWN)).toBeUndefined();
    expect(listener()({ type: 'delete-everything', revision: 1, draft: {} }, OWN)).toBeUndefined();
    expect(listener()(null, OWN)).toBeUndefined();
  });

  it('turns an engine failure into an error answer for that revision', async () => {
    analyzeImpl = () => {
      throw new Error('boom');
    };
    expect(await listener()(request, OWN)).toEqual({ ok: false, revision: 7, error: 'boom' });
  });
});
