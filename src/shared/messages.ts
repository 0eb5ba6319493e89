// Messages between content scripts and the background worker.
import type { Draft, Settings } from '../core/types.js';
import type { CheckedReport } from './revision.js';

export interface AnalyzeRequest {
  type: 'analyze';
  /** Lets the content script drop answers for older revisions of the draft. */
  revision: number;
  draft: Draft;
  settings?: Settings;
}

export type AnalyzeResponse =
  /** Every finding, fix and suggestion carries `revision` and the text it was computed on. */
  | { ok: true; revision: number; report: CheckedReport }
  | { ok: false; revision: number; error: string };

export function isAnalyzeRequest(message: unknown): message is AnalyzeRequest {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Record<string, unknown>;
  return m.type === 'analyze' && typeof m.revision === 'number' && typeof m.draft === 'object' && m.draft !== null;
}
