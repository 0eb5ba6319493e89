// The one interface both mail sites implement (after FlowCrypt/mailvelope's site adapters).
// Adapters only know the DOM: nothing here knows about findings or the engine.
import type { Person } from '../core/types.js';

export interface ComposeRecipients {
  to: Person[];
  cc: Person[];
}

export interface ComposeWindow {
  /** The compose's outermost element for this site (moves with pop-up ↔ full-screen). */
  readonly root: HTMLElement;
  /** The contenteditable body; the compose's identity for the content script. */
  readonly body: HTMLElement;
  /** To and Cc recipients, including an address still being typed in the To/Cc input. */
  recipients(): ComposeRecipients;
  subject(): string;
  /** The subject field itself, for subject fixes; null when the compose has none (inline reply). */
  subjectInput?(): HTMLInputElement | null;
  /** Elements in the recipient rows and subject whose changes mean "re-analyse at once". */
  recipientInputs(): HTMLElement[];
  /**
   * Where the UI host goes: an element *outside* the contenteditable (anything inside it would
   * be saved into the email). The host is appended to it.
   */
  uiAnchor(): HTMLElement;
}

export interface SiteAdapter {
  readonly id: 'gmail' | 'outlook';
  /** True when this adapter handles the page at `location`. */
  matches(location: Location | URL): boolean;
  /** Every compose window open in `doc` now. Never throws; finds nothing when selectors fail. */
  findComposes(doc: Document): ComposeWindow[];
  /** Elements inside the body that hold a signature (their text is marked as signature). */
  isSignature(el: Element): boolean;
  /** Elements inside the body that hold quoted history (their text is marked as quoted). */
  isQuoted(el: Element): boolean;
  /** Nodes other extensions add inside the editor (Grammarly, LanguageTool…): skipped when reading. */
  isForeign(el: Element): boolean;
  /**
   * Markers after which everything in the body is quoted history, though it sits outside the
   * marker (Outlook's empty `#appendonsend` before the reply header). Optional: Gmail has none.
   */
  startsQuotedTail?(el: Element): boolean;
}
