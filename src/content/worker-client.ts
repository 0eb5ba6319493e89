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

export async function requestAnalysis(request: AnalyzeRequest): Promise<AnalyzeResponse> {
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
