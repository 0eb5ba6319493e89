// What the content script hands the UI. The UI never reads the compose DOM: it gets a report,
// the status of the check, and callbacks.
import type { Finding, FindingRange, Fix, Report } from '../core/types.js';

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
  /**
   * The report belongs to an older revision of the draft (an edit since, a check that failed or
   * timed out, or one still running): shown greyed out, its fixes disabled, until a check lands.
   */
  stale?: boolean;
}

export interface UiCallbacks {
  /** Apply `fix` (the finding's fix, or one of its suggestions) to the draft. */
  onApplyFix(finding: Finding, fix: Fix): void;
  /** The panel opened or closed (the popup and tests read this). */
  onOpenChange?(open: boolean): void;
}

/** Where the badge sits, measured by the content script (the UI never reads the compose DOM). */
export interface UiLayout {
  /** Pixels between the bottom of the UI's anchor and the visible bottom of the editor. */
  badgeLift: number;
}

/** A box in the overlay layer's coordinates (CSS pixels from the layer's origin). */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** One finding's underline: a line under each visible line box of the text it marks. */
/** Which place of a grouped finding an underline or card is about (its index in `finding.ranges`). */
export interface PlaceView {
  index: number;
  range: FindingRange;
}

export interface UnderlineView {
  /** Stable while the finding stays (rule + what it covers). */
  key: string;
  finding: Finding;
  place?: PlaceView;
  /** The text's line boxes, clipped to the editor's visible area. */
  boxes: Box[];
}

export interface CardView {
  key: string;
  finding: Finding;
  /** Opened on one place of a grouped finding: the card says which, and offers that place's fixes. */
  place?: PlaceView;
  /** The line box the card sits next to. */
  anchor: Box;
  /** Opened from the keyboard: the card takes focus, and Escape gives it back to the editor. */
  focus: boolean;
  /** Counts the openings of cards: each opening from the keyboard takes the focus, even onto the same card element. */
  opened?: number;
  /** Offer "Don't warn for this name with this recipient" (greeting-mismatch). */
  canAcceptName: boolean;
  /** The size of the viewport in layer coordinates, to keep the card on screen. */
  bounds: Box;
}

export interface OverlayState {
  underlines: UnderlineView[];
  card: CardView | null;
  /** As `UiState.stale`: greyed out, fixes disabled. */
  stale?: boolean;
}

export interface OverlayCallbacks {
  onApplyFix(finding: Finding, fix: Fix): void;
  onIgnore(finding: Finding): void;
  /** Writes persistent state: the UI calls it for the user's own (trusted) events only. */
  onAcceptName(finding: Finding): void;
  /** Close the card; `toEditor` gives focus back to where the caret was. */
  onCloseCard(toEditor: boolean): void;
  /** The pointer entered (true) or left (false) the card: hovering it keeps it open. */
  onCardHover(inside: boolean): void;
  /** An underline got keyboard focus: open its card. */
  onFocusUnderline(key: string): void;
}
