// What the content script hands the UI. The UI never reads the compose DOM: it gets a report,
// the status of the check, and callbacks.
import type { Finding, Fix, Report } from '../core/types.js';

export type Theme = 'light' | 'dark';

export type CheckStatus =
  /** Nothing asked yet (a fresh compose). */
  | 'idle'
  /** A check is running; the last report (if any) is still shown. */
  | 'checking'
  | 'ready'
  /** The worker answered with an error, or could not be reached. */
  | 'error';

export interface UiState {
  status: CheckStatus;
  report?: Report;
  error?: string;
  /** The target word range the report was made against (from settings). */
  wordRange: { min: number; max: number };
  /** A short notice after an action, e.g. a fix that was refused because the text changed. */
  notice?: string;
}

export interface UiCallbacks {
  /** Apply `fix` (the finding's fix, or one of its suggestions) to the draft. */
  onApplyFix(finding: Finding, fix: Fix): void;
  /** The panel opened or closed (the popup of issue 4 and tests read this). */
  onOpenChange?(open: boolean): void;
}

/** Where the badge sits, measured by the content script (the UI never reads the compose DOM). */
export interface UiLayout {
  /** Pixels between the bottom of the UI's anchor and the visible bottom of the editor. */
  badgeLift: number;
}
