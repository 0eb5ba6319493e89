// The background worker: answers `analyze` messages from this extension's own content scripts
// by running the engine, and nothing else. Its only state is the engine's cache of sentence
// facts, so Chrome stopping the service worker after 30 s idle loses nothing but warmth.
import browser, { type Runtime } from 'webextension-polyfill';
import { analyze, AnalysisCache } from '../core/index.js';
import { isAnalyzeRequest, type AnalyzeRequest, type AnalyzeResponse } from '../shared/messages.js';

// One for every compose: the cache keeps the facts of the last two checks, whichever drafts they read.
const cache = new AnalysisCache();

export function handleAnalyze(request: AnalyzeRequest): AnalyzeResponse {
  try {
    return { ok: true, revision: request.revision, report: analyze(request.draft, request.settings, { cache }) };
  } catch (error) {
    return { ok: false, revision: request.revision, error: error instanceof Error ? error.message : String(error) };
  }
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  // Web pages cannot reach onMessage, but other extensions' messages arrive via onMessageExternal
  // only if declared; checking the id keeps it that way even if externally_connectable is added.
  if (sender.id !== browser.runtime.id || !isAnalyzeRequest(message)) return undefined;
  return Promise.resolve(handleAnalyze(message));
});
