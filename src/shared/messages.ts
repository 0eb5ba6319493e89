// Messages between content scripts and the background worker.
import type { Draft, Report, Settings } from '../core/types.js';

export interface AnalyzeRequest {
  type: 'analyze';
  /** Lets the content script drop answers for older revisions of the draft. */
  revision: number;
  draft: Draft;
  settings?: Settings;
}

export type AnalyzeResponse =
  | { ok: true; revision: number; report: Report }
  | { ok: false; revision: number; error: string };

export function isAnalyzeRequest(message: unknown): message is AnalyzeRequest {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Record<string, unknown>;
  return m.type === 'analyze' && typeof m.revision === 'number' && typeof m.draft === 'object' && m.draft !== null;
}
