// Talks to the background worker. Chrome stops an idle service worker and starts it again on
// the next message; a message sent while it restarts can fail once, so it is retried once.
import browser from 'webextension-polyfill';
import type { AnalyzeRequest, AnalyzeResponse } from '../shared/messages.js';

/** Thrown when the extension was reloaded or removed under this (orphaned) content script. */
export class ExtensionGoneError extends Error {
  constructor() {
    super('Pitchcheck was reloaded or removed; this page needs a reload to use it again');
  }
}

/** A check that has not answered by then is given up: its findings must not look current. */
export const ANALYSIS_TIMEOUT_MS = 20_000;

export class CheckTimeoutError extends Error {
  constructor() {
    super('the check took too long');
  }
}

export function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

function isResponse(value: unknown): value is AnalyzeResponse {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}

async function sendOnce(request: AnalyzeRequest): Promise<AnalyzeResponse> {
  const answer: unknown = await browser.runtime.sendMessage(request);
  if (!isResponse(answer)) throw new Error('the background worker gave no answer');
  return answer;
}

/** Asks the worker; rejects with CheckTimeoutError when no answer comes within `timeoutMs`. */
export async function requestAnalysis(request: AnalyzeRequest, timeoutMs = ANALYSIS_TIMEOUT_MS): Promise<AnalyzeResponse> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new CheckTimeoutError()), timeoutMs);
  });
  try {
    return await Promise.race([askWithRetry(request), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function askWithRetry(request: AnalyzeRequest): Promise<AnalyzeResponse> {
  if (!extensionAlive()) throw new ExtensionGoneError();
  try {
    return await sendOnce(request);
  } catch (first) {
    if (!extensionAlive()) throw new ExtensionGoneError();
    try {
      return await sendOnce(request);
    } catch (second) {
      if (!extensionAlive()) throw new ExtensionGoneError();
      throw second instanceof Error ? second : first;
    }
  }
}
