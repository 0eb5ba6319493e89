// One controller per open compose: reads the draft when it changes, asks the worker, shows the
// answer, and applies fixes safely. Identity is the body element: Gmail moves the same body
// between pop-up and full-screen, so the controller (and its UI) survives the move.
import type { AcceptedGreeting, Draft, Finding, Fix, Report, Settings } from '../core/types.js';
import { DEFAULT_SETTINGS } from '../core/settings.js';
import type { ComposeWindow, SiteAdapter } from '../sites/adapter.js';
import { createUiHost, type UiHost } from '../ui/host.js';
import type { Theme, UiState } from '../ui/types.js';
import { retakeSnapshot, rangeFor, takeSnapshot, type Snapshot } from './snapshot.js';
import { detectTheme } from './theme.js';
import { ExtensionGoneError, requestAnalysis } from './worker-client.js';
import { hasProvenance, locateFix, type CheckedReport } from '../shared/revision.js';
import { ignoreKeys, isIgnored, isUnderlined, UnderlineLayer } from './underlines.js';
import { benchMeasure } from './bench-marks.js';

/** Typing pauses this long before a check; recipients and pastes are checked at once. */
export const INPUT_DEBOUNCE_MS = 300;
/** Live Ranges cost the browser a little on every edit: fixes past this many get none. */
const MAX_FIX_ANCHORS = 300;

export interface ControllerEnv {
  adapter: SiteAdapter;
  /** Settings for the engine, from storage; undefined = engine defaults. */
  settings(): Settings | undefined;
  /** The extension was reloaded or removed: everything must stop quietly. */
  onExtensionGone(): void;
  /** Remembers greetings the user accepted (storage.local); absent = the card does not offer it. */
  acceptGreetings?(entries: AcceptedGreeting[]): Promise<void>;
}

interface Checked {
  revision: number;
  snapshot: Snapshot;
  subject: string;
}

export class ComposeController {
  private compose: ComposeWindow;
  /** The compose's root and UI anchor, read once per (re)discovery: adapters walk the DOM to find them. */
  private rootElement: HTMLElement;
  private anchor: HTMLElement;
  private readonly ui: UiHost;
  /** Layout reads force a page layout: done when the compose appears, moves or the window resizes, not per keystroke. */
  private theme: Theme = 'light';
  private badgeLift = 0;
  private revision = 0;
  /** The snapshot of the request in flight, by revision. */
  private pending: Checked | null = null;
  /**
   * The snapshot the shown report was computed from, set only when its report lands: a failed
   * check must never pair the last report with a newer snapshot (that let a stale fix replace
   * the wrong text: issue 12).
   */
  private shown: Checked | null = null;
  /**
   * A live DOM Range over each fix's text, made when its report is shown on the very DOM it was
   * read from. The browser moves live Ranges with every edit, so they know where that text went
   * however the draft was edited since; comparing texts alone cannot tell which of two equal
   * words is which after several edits.
   */
  private anchors = new WeakMap<Fix, Range>();
  private state: UiState;
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private recipientsKey = '';
  private recipientCheckQueued = false;
  /** An edit waits for its check (typing pause): the findings shown no longer describe the draft. */
  private editPending = false;
  private boundInputs: HTMLElement[] = [];
  private destroyed = false;
  private readonly underlines: UnderlineLayer;
  /** The last report as the engine sent it; what is shown leaves out the ignored findings. */
  private received: CheckedReport | undefined;
  /** "Ignore" in a card: by rule and the text it covers, for as long as this compose is open. */
  private readonly ignored = new Set<string>();
  private checkStartedAt = 0;
  /** When the last keystroke happened (the bench measures keystroke → findings from it). */
  private lastInputAt = 0;

  constructor(
    compose: ComposeWindow,
    private readonly env: ControllerEnv,
  ) {
    this.compose = compose;
    this.rootElement = compose.root;
    this.anchor = compose.uiAnchor();
    const range = env.settings()?.wordRange ?? DEFAULT_SETTINGS.wordRange;
    this.state = { status: 'idle', wordRange: { ...range } };
    this.ui = createUiHost(this.anchor, {
      onApplyFix: (finding, fix) => this.applyFix(finding, fix),
    });
    this.underlines = new UnderlineLayer({
      host: this.ui,
      body: compose.body,
      applyFix: (finding, fix) => this.applyFix(finding, fix),
      ignore: (finding) => this.ignore(finding),
      acceptName: (finding) => void this.acceptGreeting(finding),
      canAcceptName: (finding) => finding.ruleId === 'greeting-mismatch' && !!this.env.acceptGreetings,
    });
    this.body.addEventListener('input', this.onInput);
    this.body.addEventListener('paste', this.onPaste);
    this.body.ownerDocument.defaultView?.addEventListener('resize', this.onResize);
    this.bindRecipientInputs();
    this.relayout();
    this.recipientsKey = this.readRecipientsKey();
    void this.analyzeNow();
  }

  get body(): HTMLElement {
    return this.compose.body;
  }

  get root(): HTMLElement {
    return this.rootElement;
  }

  /** The report on screen (the toolbar popup shows its count). */
  get report(): Report | undefined {
    return this.state.report;
  }

  /** The tracker found this compose again (maybe moved to full-screen, maybe re-rendered around). */
  update(compose: ComposeWindow): void {
    if (this.destroyed) return;
    this.compose = compose;
    this.rootElement = compose.root;
    this.anchor = compose.uiAnchor();
    this.ui.moveTo(this.anchor);
    this.bindRecipientInputs();
    this.relayout();
    this.underlines.relayout();
    this.reanchorFixes();
    this.noteComposeMutation();
  }

  /**
   * Moving the body in the DOM (pop-up ↔ full-screen) pulls live Ranges out of it. The text
   * nodes are the same, so while the draft still reads exactly as checked, the anchors are made
   * again from the checked snapshot; otherwise fixes wait for the next check.
   */
  private reanchorFixes(): void {
    if (!this.shown || !this.received) return;
    if (this.editPending || retakeSnapshot(this.shown.snapshot).text !== this.shown.snapshot.text) {
      this.anchors = new WeakMap();
      return;
    }
    this.anchorFixes(this.received);
  }

  /** Something changed in the compose outside its body: maybe a recipient chip came or went. */
  noteComposeMutation(): void {
    if (this.recipientCheckQueued || this.destroyed) return;
    this.recipientCheckQueued = true;
    queueMicrotask(() => {
      this.recipientCheckQueued = false;
      this.checkRecipients();
    });
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    clearTimeout(this.debounce);
    this.body.removeEventListener('input', this.onInput);
    this.body.removeEventListener('paste', this.onPaste);
    this.body.ownerDocument.defaultView?.removeEventListener('resize', this.onResize);
    this.unbindRecipientInputs();
    this.underlines.destroy();
    this.ui.destroy();
  }

  private readonly onInput = (event: Event) => {
    this.lastInputAt = event.timeStamp;
    if (this.state.notice) this.setState({ notice: undefined });
    this.schedule();
  };

  private readonly onResize = () => this.relayout();

  private readonly onPaste = () => {
    // The pasted content lands after the event; check right after it instead of waiting.
    setTimeout(() => void this.analyzeNow(), 0);
  };

  private readonly onRecipientEvent = () => this.checkRecipients();

  private bindRecipientInputs(): void {
    const next = this.compose.recipientInputs();
    if (next.length === this.boundInputs.length && next.every((el, i) => el === this.boundInputs[i])) return;
    this.unbindRecipientInputs();
    for (const el of next) {
      el.addEventListener('input', this.onRecipientEvent);
      el.addEventListener('change', this.onRecipientEvent);
      el.addEventListener('blur', this.onRecipientEvent, true);
    }
    this.boundInputs = next;
  }

  private unbindRecipientInputs(): void {
    for (const el of this.boundInputs) {
      el.removeEventListener('input', this.onRecipientEvent);
      el.removeEventListener('change', this.onRecipientEvent);
      el.removeEventListener('blur', this.onRecipientEvent, true);
    }
    this.boundInputs = [];
  }

  private readRecipientsKey(): string {
    try {
      const { to, cc } = this.compose.recipients();
      return JSON.stringify([to, cc]);
    } catch {
      return this.recipientsKey;
    }
  }

  private checkRecipients(): void {
    if (this.destroyed) return;
    const key = this.readRecipientsKey();
    if (key !== this.recipientsKey) {
      this.recipientsKey = key;
      void this.analyzeNow();
      return;
    }
    // Same recipients: maybe the subject changed; that can wait for a typing pause.
    if ((this.shown?.subject ?? '') !== this.readSubject()) this.schedule();
  }

  private readSubject(): string {
    try {
      return this.compose.subject();
    } catch {
      return '';
    }
  }

  private schedule(): void {
    if (this.destroyed) return;
    clearTimeout(this.debounce);
    // 'ready' means the findings describe the draft as it is; from the edit on, they may not.
    this.editPending = true;
    this.markStale();
    if (this.state.status === 'ready') this.setState({ status: 'checking' });
    this.debounce = setTimeout(() => void this.analyzeNow(), INPUT_DEBOUNCE_MS);
  }

  private readDraft(snapshot: Snapshot): Draft {
    let recipients: ReturnType<ComposeWindow['recipients']> = { to: [], cc: [] };
    try {
      recipients = this.compose.recipients();
    } catch {
      // A site change broke recipient reading: check the body anyway.
    }
    return {
      to: recipients.to,
      cc: recipients.cc,
      subject: this.readSubject(),
      body: snapshot.text,
      hints: snapshot.hints,
    };
  }

  async analyzeNow(): Promise<void> {
    if (this.destroyed) return;
    clearTimeout(this.debounce);
    this.editPending = false;
    if (!this.body.isConnected) return;
    const revision = ++this.revision;
    const started = performance.now();
    this.checkStartedAt = started;
    const snapshot = takeSnapshot(this.body, this.env.adapter);
    const draft = this.readDraft(snapshot);
    this.pending = { revision, snapshot, subject: draft.subject };
    // The findings on screen belong to an older revision from here on, until this check lands.
    this.markStale();
    if (this.state.status !== 'checking') this.setState({ status: 'checking' });
    const settings = this.env.settings();
    benchMeasure(this.body.ownerDocument, 'pitchcheck:task:snapshot', started, performance.now());
    try {
      const answer = await requestAnalysis({ type: 'analyze', revision, draft, ...(settings ? { settings } : {}) });
      // The compose closed, or the draft changed while the worker was thinking.
      if (this.destroyed || revision !== this.revision || answer.revision !== revision) return;
      const checked = this.pending;
      this.pending = null;
      // The old findings stay greyed out, their fixes disabled, until a check lands.
      if (!answer.ok) return this.setState({ status: 'error', error: answer.error });
      if (!checked || answer.report.revision !== revision) return this.setState({ status: 'error', error: 'the answer was for another version of the draft' });
      this.shown = checked;
      this.showReport(answer.report);
    } catch (error) {
      if (error instanceof ExtensionGoneError) {
        this.env.onExtensionGone();
        return;
      }
      if (this.destroyed || revision !== this.revision) return;
      this.pending = null;
      this.setState({ status: 'error', error: error instanceof Error ? error.message : String(error) });
    }
  }

  private anchorFixes(report: CheckedReport): void {
    this.anchors = new WeakMap();
    // Edited since its snapshot: the snapshot's offsets no longer point into the DOM as it is.
    if (this.editPending || !this.shown) return;
    let count = 0;
    for (const finding of report.findings) {
      if (finding.field === 'subject') continue;
      const places = [finding, ...(finding.ranges ?? [])];
      for (const fix of places.flatMap((p) => [...(p.fix ? [p.fix] : []), ...(p.suggestions ?? [])])) {
        if (count++ >= MAX_FIX_ANCHORS) return;
        const range = rangeFor(this.shown.snapshot, fix.start, fix.end);
        if (range) this.anchors.set(fix, range);
      }
    }
  }

  /** The findings shown no longer describe the draft as it is: fixes off, shown greyed. */
  private markStale(): void {
    this.underlines.setStale(true);
    if (!this.state.stale) this.setState({ stale: true });
  }

  private showReport(report: CheckedReport): void {
    const started = performance.now();
    this.received = report;
    const range = this.env.settings()?.wordRange ?? DEFAULT_SETTINGS.wordRange;
    // Sites switch themes without a reload; a style read (no layout) per report follows them.
    this.theme = detectTheme(this.anchor);
    // A notice (e.g. a refused fix) stays until the user edits again: the re-check it triggered
    // must not wipe it before it can be read.
    // An answer that lands during a typing pause is shown, but the check after the pause is still to come.
    this.setState({
      status: this.editPending ? 'checking' : 'ready',
      report: this.withoutIgnored(report),
      error: undefined,
      wordRange: { ...range },
      stale: this.editPending,
    });
    this.underlines.setStale(this.editPending);
    this.anchorFixes(report);
    this.showUnderlines();
    const done = performance.now();
    benchMeasure(this.body.ownerDocument, 'pitchcheck:task:render', started, done);
    benchMeasure(this.body.ownerDocument, 'pitchcheck:check-to-render', this.checkStartedAt, done);
    if (this.lastInputAt) benchMeasure(this.body.ownerDocument, 'pitchcheck:keystroke-to-findings', this.lastInputAt, done);
    this.lastInputAt = 0;
  }

  private withoutIgnored(report: CheckedReport): CheckedReport {
    if (!this.ignored.size) return report;
    const findings = report.findings.filter((f) => f.field === 'subject' || !isIgnored(f, f.seen, this.ignored));
    return findings.length === report.findings.length ? report : { ...report, findings };
  }

  private showUnderlines(): void {
    const report = this.state.report;
    if (!report || !this.shown) {
      this.underlines.clear();
      return;
    }
    this.underlines.show(
      report.findings.filter((f) => isUnderlined(f)),
      this.shown.snapshot,
    );
  }

  /** "Ignore" in a card: hides the finding for this draft while its text stays the same. */
  ignore(finding: Finding): void {
    if (this.destroyed || !this.received || finding.field === 'subject' || !hasProvenance(finding)) return;
    for (const key of ignoreKeys(finding, finding.seen)) this.ignored.add(key);
    this.setState({ report: this.withoutIgnored(this.received) });
    this.showUnderlines();
  }

  /** "Don't warn for this name with this recipient": stored, then the draft is checked again with it. */
  private async acceptGreeting(finding: Finding): Promise<void> {
    const store = this.env.acceptGreetings;
    // The name the engine saw, never the text now at its offsets.
    if (this.destroyed || !store || !hasProvenance(finding)) return;
    const name = finding.seen.trim();
    let people: { name?: string; email: string }[] = [];
    try {
      const { to, cc } = this.compose.recipients();
      people = to.length ? to : cc;
    } catch {
      people = [];
    }
    // Outlook shows display names only: the name stands in for the address.
    const entries = people
      .map((p) => ({ name, recipient: (p.email || p.name || '').trim() }))
      .filter((e) => e.name && e.recipient);
    if (!entries.length) return;
    try {
      await store(entries);
    } catch {
      // Storage failed (extension reloading): the finding simply stays.
    }
    void this.analyzeNow();
  }

  /**
   * The one safe path for changing the user's draft (the panel and the underline cards). The fix
   * lands only where its text, as the engine saw it, provably is now: read again through the
   * current offset map (see `locateFix`).
   */
  applyFix(finding: Finding, fix: Fix): boolean {
    if (this.destroyed) return false;
    if (this.state.notice) this.setState({ notice: undefined });
    if (finding.field === 'subject') return this.applySubjectFix(fix);
    const shown = this.shown;
    let range: Range | null = null;
    if (shown && shown.snapshot.map.root.isConnected) {
      const live = retakeSnapshot(shown.snapshot);
      const at = locateFix(fix, { revision: shown.revision, text: shown.snapshot.text }, live.text);
      if (at.ok) range = rangeFor(live, at.start, at.end);
      // Proof that the edits since lie outside it: the browser's own record of where the text
      // went agrees. Without one, only a draft that reads exactly as it was checked will do.
      const anchor = this.anchors.get(fix);
      const agrees = anchor
        ? !!range && samePoints(anchor, range)
        : live.text === shown.snapshot.text;
      if (!agrees) range = null;
    }
    if (!range) {
      // The text under the fix changed since the check: never guess, check again instead.
      this.setState({ notice: 'The draft changed since it was checked, so nothing was replaced. Checking again…' });
      void this.analyzeNow();
      return false;
    }
    const doc = this.body.ownerDocument;
    const selection = doc.defaultView?.getSelection();
    if (!selection) return false;
    this.body.focus({ preventScroll: true });
    selection.removeAllRanges();
    selection.addRange(range);
    // execCommand goes through the browser's editing path: the editor gets its own input event
    // (so Gmail/Outlook save the draft), formatting around the range stays, and Ctrl+Z undoes it.
    const done =
      fix.replacement === ''
        ? doc.execCommand('delete', false)
        : doc.execCommand('insertText', false, fix.replacement);
    if (!done) this.setState({ notice: 'The editor refused the change; the draft is untouched.' });
    void this.analyzeNow();
    return done;
  }

  private applySubjectFix(fix: Fix): boolean {
    const input = this.compose.subjectInput?.() ?? null;
    const shown = this.shown;
    const at = input && shown ? locateFix(fix, { revision: shown.revision, text: shown.subject }, input.value) : null;
    // No live Ranges in an <input> to prove where an edit went: only an unchanged subject will do.
    if (!input || !at?.ok || input.value !== shown?.subject) {
      this.setState({ notice: 'The subject changed since it was checked, so nothing was replaced. Checking again…' });
      void this.analyzeNow();
      return false;
    }
    input.focus({ preventScroll: true });
    input.setSelectionRange(at.start, at.end);
    const doc = input.ownerDocument;
    const done =
      fix.replacement === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, fix.replacement);
    void this.analyzeNow();
    return done;
  }

  private setState(patch: Partial<UiState>): void {
    this.state = { ...this.state, ...patch };
    this.render();
  }

  private render(): void {
    if (this.destroyed) return;
    this.ui.update(this.state, this.theme, { badgeLift: this.badgeLift });
  }

  private relayout(): void {
    if (this.destroyed) return;
    this.render(); // the host must be laid out before it can be measured
    this.theme = detectTheme(this.anchor);
    this.badgeLift = this.measureBadgeLift();
    this.render();
  }

  /**
   * The badge belongs at the bottom-right of the visible editor, not over the site's toolbar
   * below it: how far above the UI host (at the anchor's bottom) that edge is.
   */
  private measureBadgeLift(): number {
    try {
      const hostTop = this.ui.element.getBoundingClientRect().top;
      let visibleBottom = this.body.getBoundingClientRect().bottom;
      const view = this.body.ownerDocument.defaultView;
      for (let el = this.body.parentElement; el && view && el !== this.root.parentElement; el = el.parentElement) {
        const overflow = view.getComputedStyle(el).overflowY;
        if (overflow !== 'visible') visibleBottom = Math.min(visibleBottom, el.getBoundingClientRect().bottom);
      }
      const lift = hostTop - visibleBottom;
      return Number.isFinite(lift) && lift > 0 && lift < 400 ? lift : 0;
    } catch {
      return 0;
    }
  }
}

function samePoints(a: Range, b: Range): boolean {
  return a.startContainer === b.startContainer && a.startOffset === b.startOffset && a.endContainer === b.endContainer && a.endOffset === b.endOffset;
}
