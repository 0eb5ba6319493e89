// Underlines under the findings in a compose body, and the card that opens on one.
//
// Never touches the editor's DOM: each finding's text becomes a live DOM Range (through the
// snapshot's offset map), and an overlay in our shadow root draws a line under each of the Range's
// client rects. Live Ranges follow the text as the user types (the browser moves their offsets),
// so between two checks the lines only need re-measuring. Re-measuring is batched into one
// animation frame: one pass of layout reads (rects), then one render (writes), never interleaved.
// A frame measures only the findings on screen (found by bisection in text order), so its cost
// follows what the editor shows, not the draft's size: a 20,000-word draft costs what a page does.
//
// Where the browser can paint the lines itself (CSS Custom Highlight API, see highlights.ts), it
// does: the overlay then only draws the card, a keystroke only re-checks the findings at the edit,
// and hovering asks the browser which highlighted Range is under the pointer. The overlay stays
// as the fallback for browsers without it.
import type { Finding, FindingRange, Fix } from '../core/types.js';
import { compareSeverity } from '../core/severity.js';
import type { UiHost } from '../ui/host.js';
import type { Box, CardView, OverlayCallbacks, OverlayState, UnderlineView } from '../ui/types.js';
import { rangeFor, type Snapshot } from './snapshot.js';
import { benchMeasure } from './bench-marks.js';
import { canPaintHighlights, HighlightPainter } from './highlights.js';

/** Past this length an underline would stripe the draft: the panel lists the finding instead. */
export const MAX_UNDERLINE_CHARS = 400;
const HOVER_OPEN_MS = 120;
const HOVER_CLOSE_MS = 350;
/** How much lower a second line under the same words sits. */
const STACK_GAP = 3;
/** Findings this far (CSS px) above or below the visible text are measured too: a line half in view still shows. */
const NEAR_PX = 48;
/** How far back from an edit to look for a finding that spans it (findings are at most MAX_UNDERLINE_CHARS long). */
const EDIT_LOOKBACK_ITEMS = 64;

/** Whether `finding` is drawn in the text (rather than only listed in the panel). */
export function isUnderlined(finding: Finding): boolean {
  if (finding.field === 'subject') return false;
  // A grouped finding is drawn at its places (each sentence of the self-focus warning), whatever its own scope.
  if (finding.ranges?.some((r) => r.end > r.start && r.end - r.start <= MAX_UNDERLINE_CHARS)) return true;
  // A finding about the whole draft (length, overall self-focus) points at no words in particular.
  if (finding.scope === 'draft') return false;
  return finding.end > finding.start && finding.end - finding.start <= MAX_UNDERLINE_CHARS;
}

/** What "Ignore" remembers: the rule and the text it covers, so it survives re-checks of the same text. */
export function ignoreKey(finding: Finding, text: string): string {
  return `${finding.ruleId}\u0000${finding.field ?? 'body'}\u0000${text}`;
}

/**
 * Every key "Ignore" remembers for `finding` (`seen`: the text it was checked on). A grouped
 * finding is one problem at several places: it is remembered by each place's text, not by the
 * span from its first place to its last (for the self-focus warning, the whole message), so an
 * edit elsewhere, or one place going away, does not bring it back.
 */
export function ignoreKeys(finding: Finding, seen: string): string[] {
  if (finding.ranges?.length) return finding.ranges.map((r) => ignoreKey(finding, r.text ?? seen.slice(r.start - finding.start, r.end - finding.start)));
  return [ignoreKey(finding, seen)];
}

/** Whether the user ignored `finding`: all of its places (a new place of a grouped problem shows it again). */
export function isIgnored(finding: Finding, seen: string, ignored: ReadonlySet<string>): boolean {
  return ignoreKeys(finding, seen).every((key) => ignored.has(key));
}

/** Text compared without white space: the snapshot's line breaks and nbsp are not in Range.toString(). */
const withoutWhitespace = (s: string) => s.replace(/\s+/g, '');

interface Item {
  key: string;
  finding: Finding;
  /** For a grouped finding: which of its places this underline is. */
  place?: { index: number; range: FindingRange };
  /** Where this underline's text was in the checked text (a grouped finding's place, else the finding). */
  start: number;
  end: number;
  range: Range;
  expected: string;
  /** Last measured line boxes: in layer coordinates (drawn) and in the viewport (hit tests). */
  boxes: Box[];
  hits: { left: number; top: number; right: number; bottom: number }[];
}

export interface UnderlineEnv {
  host: UiHost;
  body: HTMLElement;
  applyFix(finding: Finding, fix: Fix): void;
  ignore(finding: Finding): void;
  acceptName(finding: Finding): void;
  canAcceptName(finding: Finding): boolean;
}

export class UnderlineLayer {
  /** Most severe first (drawing and hit-test order). */
  private items: Item[] = [];
  /** The same items in text order, which is the order they flow down the editor. */
  private byStart: Item[] = [];
  /** The items measured in the last frame: only they can be under the pointer. */
  private measured: Item[] = [];
  private frame = 0;
  private card: { key: string; focus: boolean; opened: number } | null = null;
  /** Counts card openings: the UI tells a new opening from a re-render of the same card by it. */
  private openings = 0;
  /** The overlay shows something (so an empty paint must still clear it). */
  private drawn = false;
  private clipAncestors: Element[] | null = null;
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private hoverKey: string | null = null;
  private overCard = false;
  /** Where the caret was when a card took focus: Escape puts it back. */
  private savedSelection: Range | null = null;
  private inputAt = 0;
  /** The findings are from an older revision: drawn greyed out, the card's fixes disabled. */
  private stale = false;
  /** What `show` drew last: a move of the compose resets live Ranges, so they are made again from it. */
  private last: { findings: Finding[]; snapshot: Snapshot } | null = null;
  private readonly resizeObserver: ResizeObserver | null;
  private readonly callbacks: OverlayCallbacks;
  private destroyed = false;
  /** The browser paints the lines (null: the overlay does). */
  private readonly painter: HighlightPainter | null;
  private readonly itemOfRange = new Map<Range, Item>();
  /** Where the edit under way began (a live Range, so it follows the edit's own change). */
  private editStart: Range | null = null;

  constructor(private readonly env: UnderlineEnv) {
    const { body } = env;
    const doc = body.ownerDocument;
    this.painter = canPaintHighlights(doc) ? new HighlightPainter(doc) : null;
    body.addEventListener('beforeinput', this.onBeforeInput);
    body.addEventListener('input', this.onInput);
    body.addEventListener('mousemove', this.onMouseMove, { passive: true });
    body.addEventListener('mouseleave', this.onMouseLeave, { passive: true });
    body.addEventListener('keydown', this.onKeyDown);
    body.addEventListener('mousedown', this.onMouseDown, { passive: true });
    // Scrolling anywhere (the compose's own scroller, the page) moves the text under the lines.
    doc.addEventListener('scroll', this.schedule, { capture: true, passive: true });
    doc.defaultView?.addEventListener('resize', this.schedule, { passive: true });
    // Pop-up ↔ full-screen and window resizes reflow the text: the body's size changes.
    this.resizeObserver = typeof ResizeObserver === 'function' ? new ResizeObserver(() => this.schedule()) : null;
    this.resizeObserver?.observe(body);
    this.callbacks = {
      onApplyFix: (finding, fix) => {
        this.closeCard(false);
        env.applyFix(finding, fix);
      },
      onIgnore: (finding) => {
        const focused = this.card?.focus ?? false;
        this.closeCard(focused);
        env.ignore(finding);
      },
      onAcceptName: (finding) => {
        const focused = this.card?.focus ?? false;
        this.closeCard(focused);
        env.acceptName(finding);
      },
      onCloseCard: (toEditor) => this.closeCard(toEditor),
      onCardHover: (inside) => {
        this.overCard = inside;
        if (inside) clearTimeout(this.closeTimer);
        else this.closeSoon();
      },
      onFocusUnderline: (key) => this.openCard(key, true),
    };
  }

  /** The findings to draw, from the report checked on `snapshot`. */
  show(findings: Finding[], snapshot: Snapshot): void {
    if (this.destroyed) return;
    this.last = { findings, snapshot };
    const items: Item[] = [];
    const seen = new Map<string, number>();
    // The most severe first: its line sits right under the words, and the pointer finds it first.
    const ordered = [...findings].sort((a, b) => compareSeverity(a.severity, b.severity) || a.start - b.start);
    for (const finding of ordered) {
      // One finding, one card; a grouped finding has an underline at each of its places.
      const places: { start: number; end: number; place?: Item['place'] }[] = finding.ranges?.length
        ? finding.ranges.map((r, index) => ({ start: r.start, end: r.end, place: { index, range: r } }))
        : [{ start: finding.start, end: finding.end }];
      for (const p of places) {
        if (!(p.end > p.start) || p.end - p.start > MAX_UNDERLINE_CHARS) continue;
        const range = rangeFor(snapshot, p.start, p.end);
        if (!range) continue;
        const text = snapshot.text.slice(p.start, p.end);
        // Keyed by its own text, so an open card survives a report that left its words alone (a
        // grouped finding's own span can cover the whole message, and changes with any edit).
        const placed = p.place ? `${ignoreKey(finding, text)}\u0000place` : ignoreKey(finding, snapshot.text.slice(finding.start, finding.end));
        const n = seen.get(placed) ?? 0;
        seen.set(placed, n + 1);
        items.push({ key: `${placed}\u0000${n}`, finding, start: p.start, end: p.end, ...(p.place ? { place: p.place } : {}), range, expected: withoutWhitespace(text), boxes: [], hits: [] });
      }
    }
    this.items = items;
    this.byStart = [...items].sort((a, b) => a.start - b.start || a.end - b.end);
    this.measured = [];
    this.itemOfRange.clear();
    for (const item of items) this.itemOfRange.set(item.range, item);
    // Text typed during the check is not what the engine saw: those findings wait for the next report.
    this.painter?.set(items.filter((i) => textStillMatches(i)).map((i) => ({ range: i.range, severity: i.finding.severity })));
    this.inputAt = 0; // this paint answers a report, not a keystroke
    // Sites change which ancestor scrolls (pop-up ↔ full-screen): look again once per report.
    this.clipAncestors = null;
    if (this.card && !items.some((i) => i.key === this.card?.key)) this.card = null;
    this.schedule();
  }

  setStale(stale: boolean): void {
    if (this.stale === stale) return;
    this.stale = stale;
    this.painter?.setStale(stale); // browser-painted underlines grey out too
    this.schedule();
  }

  clear(): void {
    this.last = null;
    this.items = [];
    this.byStart = [];
    this.measured = [];
    this.itemOfRange.clear();
    this.painter?.set([]);
    this.card = null;
    this.schedule();
  }

  /**
   * The compose moved or re-rendered around the body: clipping ancestors may have changed, and
   * moving nodes in the DOM collapses live Ranges inside them. The text nodes are the same, so
   * the Ranges are made again from the last snapshot (the text check still hides any that changed).
   */
  relayout(): void {
    this.clipAncestors = null;
    if (this.last) {
      const card = this.card;
      this.show(this.last.findings, this.last.snapshot);
      this.card = card && this.items.some((i) => i.key === card.key) ? card : null;
    }
    this.schedule();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    const { body } = this.env;
    const doc = body.ownerDocument;
    body.removeEventListener('beforeinput', this.onBeforeInput);
    body.removeEventListener('input', this.onInput);
    body.removeEventListener('mousemove', this.onMouseMove);
    body.removeEventListener('mouseleave', this.onMouseLeave);
    body.removeEventListener('keydown', this.onKeyDown);
    body.removeEventListener('mousedown', this.onMouseDown);
    doc.removeEventListener('scroll', this.schedule, { capture: true });
    doc.defaultView?.removeEventListener('resize', this.schedule);
    this.resizeObserver?.disconnect();
    if (this.frame) doc.defaultView?.cancelAnimationFrame(this.frame);
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
    this.items = [];
    this.byStart = [];
    this.measured = [];
    this.itemOfRange.clear();
    this.painter?.destroy();
  }

  readonly schedule = (): void => {
    if (this.destroyed || this.frame || (!this.items.length && !this.drawn)) return;
    // The browser paints the lines and moves them with the text: only a card needs placing.
    if (this.painter && !this.card && !this.drawn) return;
    const view = this.env.body.ownerDocument.defaultView;
    if (view) this.frame = view.requestAnimationFrame(this.paint);
  };

  private readonly onBeforeInput = () => {
    if (!this.painter || !this.items.length) return;
    const selection = this.env.body.ownerDocument.getSelection();
    this.editStart = selection?.rangeCount ? selection.getRangeAt(0).cloneRange() : null;
  };

  private readonly onInput = (event: Event) => {
    if (this.painter) {
      // The browser already moved the lines with the text: only findings at the edit can have changed.
      if (!this.items.length) return;
      const started = performance.now();
      this.forgetEditedFindings();
      const done = performance.now();
      benchMeasure(this.env.body.ownerDocument, 'pitchcheck:task:edit', started, done);
      benchMeasure(this.env.body.ownerDocument, 'pitchcheck:keystroke-to-underlines', event.timeStamp, done);
      if (this.card) this.schedule(); // the card follows its text
      return;
    }
    if (!this.items.length && !this.drawn) return;
    // The first keystroke of the frame: the bench measures the longest wait.
    if (!this.inputAt) this.inputAt = event.timeStamp;
    this.schedule();
  };

  private readonly paint = (): void => {
    this.frame = 0;
    if (this.destroyed) return;
    const started = performance.now();
    // --- Reads: every layout read of the frame happens here, before anything is written.
    const view = this.env.body.ownerDocument.defaultView;
    const origin = this.env.host.overlayOrigin();
    const clip = this.visibleRect();
    const drawn: { left: number; right: number; bottom: number }[] = [];
    for (const item of this.measured) {
      item.boxes = [];
      item.hits = [];
    }
    // The browser paints the lines: only the card's text is measured, to place the card.
    const cardItem = this.card ? this.items.find((i) => i.key === this.card?.key) : undefined;
    const onScreen = !clip ? new Set<Item>() : this.painter ? new Set(cardItem ? [cardItem] : []) : this.itemsNear(clip);
    this.measured = [];
    for (const item of this.items) {
      if (!onScreen.has(item)) continue;
      this.measured.push(item);
      const range = item.range;
      // The text under a line changed since the check (typed into, deleted): hide it until the next report.
      if (!clip || !range.startContainer.isConnected || range.collapsed || withoutWhitespace(range.toString()) !== item.expected) continue;
      const rects = lineRects(range.getClientRects());
      for (const r of rects) {
        const left = Math.max(r.left, clip.left);
        const right = Math.min(r.right, clip.right);
        const top = Math.max(r.top, clip.top);
        // The line is drawn at the text's bottom edge: it shows only while that edge is visible.
        if (right - left < 1 || r.bottom > clip.bottom + 1 || r.bottom - 1 < clip.top) continue;
        // Two findings on the same words: the later (less severe) line goes a little lower, so both show.
        let below = 0;
        for (const d of drawn) if (Math.abs(d.bottom - r.bottom) < 1 && d.left < right && d.right > left) below++;
        drawn.push({ left, right, bottom: r.bottom });
        const height = r.bottom - top + STACK_GAP * Math.min(below, 2);
        item.boxes.push({ left: left - origin.x, top: top - origin.y, width: right - left, height });
        item.hits.push({ left, top, right, bottom: r.bottom });
      }
    }
    const bounds: Box = { left: -origin.x, top: -origin.y, width: view?.innerWidth ?? 0, height: view?.innerHeight ?? 0 };
    // --- Writes.
    const underlines: UnderlineView[] = [];
    if (!this.painter) for (const item of this.items) if (item.boxes.length) underlines.push({ key: item.key, finding: item.finding, boxes: item.boxes, ...(item.place ? { place: item.place } : {}) });
    let card: CardView | null = null;
    let refocusEditor = false;
    if (this.card) {
      const item = this.items.find((i) => i.key === this.card?.key);
      const anchor = item?.boxes[0];
      if (item && anchor) {
        card = {
          key: item.key,
          finding: item.finding,
          ...(item.place ? { place: item.place } : {}),
          anchor,
          focus: this.card.focus,
          opened: this.card.opened,
          canAcceptName: this.env.canAcceptName(item.finding),
          bounds,
        };
      } else {
        // Its text scrolled out of view or changed. A card the keyboard opened holds the focus:
        // unmounting it would drop the focus on the page, so the rep's caret goes back to the editor.
        refocusEditor = this.card.focus && this.focusInUi();
        this.card = null;
      }
    }
    this.painter?.setActive(card && cardItem ? cardItem.range : null);
    const state: OverlayState = { underlines, card, stale: this.stale };
    this.env.host.updateOverlay(state, this.callbacks);
    if (refocusEditor) this.returnToEditor();
    this.drawn = underlines.length > 0 || card !== null;
    const done = performance.now();
    benchMeasure(this.env.body.ownerDocument, 'pitchcheck:overlay-frame', started, done);
    if (this.inputAt) {
      benchMeasure(this.env.body.ownerDocument, 'pitchcheck:keystroke-to-underlines', this.inputAt, done);
      this.inputAt = 0;
    }
  };

  /** The part of the viewport where the body's text can be seen: the body ∩ every clipping ancestor. */
  private visibleRect(): { left: number; top: number; right: number; bottom: number } | null {
    const body = this.env.body;
    if (!body.isConnected) return null;
    const view = body.ownerDocument.defaultView;
    if (!view) return null;
    if (!this.clipAncestors) {
      // Style reads, once per compose layout (not per frame): which ancestors clip their content.
      const list: Element[] = [];
      for (let el = body.parentElement; el && el !== body.ownerDocument.documentElement; el = el.parentElement) {
        const style = view.getComputedStyle(el);
        if (style.overflowX !== 'visible' || style.overflowY !== 'visible') list.push(el);
      }
      this.clipAncestors = list;
    }
    const b = body.getBoundingClientRect();
    let left = Math.max(0, b.left);
    let top = Math.max(0, b.top);
    let right = Math.min(view.innerWidth, b.right);
    let bottom = Math.min(view.innerHeight, b.bottom);
    for (const el of this.clipAncestors) {
      const r = el.getBoundingClientRect();
      left = Math.max(left, r.left);
      top = Math.max(top, r.top);
      right = Math.min(right, r.right);
      bottom = Math.min(bottom, r.bottom);
    }
    return right > left && bottom > top ? { left, top, right, bottom } : null;
  }

  /**
   * The items whose text lies within NEAR_PX of the visible part of the editor. Text flows down
   * in text order, so the first one is found by bisection on the ranges' bounding boxes, and the
   * walk stops at the first one below: O(log n + what is on screen) layout reads, whatever the
   * draft's size. A range that draws nothing (its text hidden, or typed away) has an empty box
   * and says nothing about where the text is: the bisection steps past it.
   */
  private itemsNear(clip: { top: number; bottom: number }): Set<Item> {
    const list = this.byStart;
    const top = clip.top - NEAR_PX;
    const bottom = clip.bottom + NEAR_PX;
    const boxOf = (i: number): DOMRect | null => {
      const item = list[i] as Item;
      if (!item.range.startContainer.isConnected) return null;
      const r = item.range.getBoundingClientRect();
      return r.width || r.height ? r : null;
    };
    // The first item whose box ends below the top of the visible text.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      let probe = mid;
      let box = boxOf(probe);
      while (!box && probe + 1 < hi) box = boxOf(++probe);
      if (!box) {
        hi = mid;
        continue;
      }
      if (box.bottom < top) lo = probe + 1;
      else hi = mid;
    }
    const near = new Set<Item>();
    for (let i = lo; i < list.length; i++) {
      const box = boxOf(i);
      if (!box) continue;
      if (box.top > bottom) break;
      near.add(list[i] as Item);
    }
    return near;
  }

  /**
   * Stops painting the findings whose text an edit changed. An edit changes text at its start
   * (where a deletion or paste began) and at the caret after it; a finding it touched contains
   * one of those points (live Ranges shrink onto the edit). The findings are in text order, so
   * the last one starting at or before a point is found by bisection (comparePoint, no layout),
   * and a short walk back finds the longer ones that span it.
   */
  private forgetEditedFindings(): void {
    const painter = this.painter;
    if (!painter) return;
    const points: { node: Node; offset: number }[] = [];
    const start = this.editStart;
    this.editStart = null;
    if (start) points.push({ node: start.startContainer, offset: start.startOffset }, { node: start.endContainer, offset: start.endOffset });
    const selection = this.env.body.ownerDocument.getSelection();
    if (selection?.focusNode) points.push({ node: selection.focusNode, offset: selection.focusOffset });
    const list = this.byStart;
    const where = (item: Item, p: { node: Node; offset: number }): number => {
      try {
        return item.range.comparePoint(p.node, p.offset);
      } catch {
        return 1; // the point is elsewhere (another tree): not in this finding
      }
    };
    for (const p of points) {
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (where(list[mid] as Item, p) === -1) hi = mid;
        else lo = mid + 1;
      }
      for (let i = lo - 1; i >= 0 && i >= lo - EDIT_LOOKBACK_ITEMS; i--) {
        const item = list[i] as Item;
        if (painter.has(item.range) && where(item, p) === 0 && !textStillMatches(item)) painter.remove(item.range);
      }
    }
  }

  private itemAt(x: number, y: number): Item | undefined {
    if (this.painter) {
      for (const range of this.painter.rangesAt(x, y)) {
        const item = this.itemOfRange.get(range);
        if (item) return item;
      }
      return undefined;
    }
    for (const item of this.measured) {
      for (const h of item.hits) if (x >= h.left && x <= h.right && y >= h.top - 1 && y <= h.bottom + 3) return item;
    }
    return undefined;
  }

  private readonly onMouseMove = (event: MouseEvent) => {
    if (!this.items.length) return;
    // Hit test against the rects of the last frame: no layout read per mouse move.
    const item = this.itemAt(event.clientX, event.clientY);
    if (!item) {
      this.hoverKey = null;
      clearTimeout(this.openTimer);
      this.closeSoon();
      return;
    }
    if (this.card?.key === item.key) {
      clearTimeout(this.closeTimer);
      return;
    }
    if (this.hoverKey === item.key) return;
    this.hoverKey = item.key;
    clearTimeout(this.openTimer);
    this.openTimer = setTimeout(() => {
      if (this.hoverKey === item.key) this.openCard(item.key, false);
    }, HOVER_OPEN_MS);
  };

  /** A click back in the text ends a card opened from the keyboard. */
  private readonly onMouseDown = () => {
    if (this.card?.focus) this.closeCard(false);
  };

  private readonly onMouseLeave = () => {
    this.hoverKey = null;
    clearTimeout(this.openTimer);
    this.closeSoon();
  };

  /** Alt+Shift+P opens the card of the finding at the caret, or of the next one after it. */
  private readonly onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && this.card) {
      // Escape closes our card first (it may not have taken focus yet), not the site's compose.
      event.preventDefault();
      event.stopPropagation();
      this.closeCard(true);
      return;
    }
    if (!(event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyP')) {
      // Typing: a card opened by a resting pointer would only get in the way.
      clearTimeout(this.openTimer);
      this.hoverKey = null;
      if (this.card && !this.card.focus && !['Shift', 'Alt', 'Control', 'Meta'].includes(event.key)) this.closeCard(false);
      return;
    }
    const selection = this.env.body.ownerDocument.getSelection();
    if (!selection?.rangeCount) return;
    const caret = selection.getRangeAt(0);
    const where = (i: Item) => {
      try {
        return i.range.comparePoint(caret.startContainer, caret.startOffset);
      } catch {
        return NaN;
      }
    };
    // The finding at the caret, else the next one after it (comparePoint -1: the caret is before the range).
    const after = this.items.filter((i) => where(i) === -1).sort((a, b) => a.start - b.start)[0];
    const item = this.items.find((i) => where(i) === 0) ?? after;
    if (!item) return;
    event.preventDefault();
    event.stopPropagation();
    this.openCard(item.key, true);
  };

  private openCard(key: string, focus: boolean): void {
    if (this.destroyed || !this.items.some((i) => i.key === key)) return;
    if (this.card?.key === key && (this.card.focus || !focus)) return;
    clearTimeout(this.closeTimer);
    const selection = this.env.body.ownerDocument.getSelection();
    const current = selection?.rangeCount ? selection.getRangeAt(0) : null;
    if (current && this.env.body.contains(current.startContainer)) this.savedSelection = current.cloneRange();
    this.card = { key, focus, opened: ++this.openings };
    this.schedule();
  }

  private closeSoon(): void {
    if (!this.card || this.card.focus) return;
    clearTimeout(this.closeTimer);
    this.closeTimer = setTimeout(() => {
      if (!this.overCard && this.card && !this.card.focus) {
        this.card = null;
        this.schedule();
      }
    }, HOVER_CLOSE_MS);
  }

  private closeCard(toEditor: boolean): void {
    clearTimeout(this.closeTimer);
    clearTimeout(this.openTimer);
    // A pointer resting on the same words must not open it again: only leaving and coming back does.
    this.hoverKey = this.card?.key ?? null;
    this.card = null;
    this.overCard = false;
    this.schedule();
    if (toEditor) this.returnToEditor();
  }

  /** Is the focus inside our UI (the card's buttons live in the host's shadow root)? */
  private focusInUi(): boolean {
    return !!this.env.host.element.shadowRoot?.activeElement;
  }

  /** Focus back in the editor, with the caret where it was when the card took the focus. */
  private returnToEditor(): void {
    const body = this.env.body;
    body.focus({ preventScroll: true });
    const saved = this.savedSelection;
    const selection = body.ownerDocument.getSelection();
    if (saved && selection && saved.startContainer.isConnected && body.contains(saved.startContainer)) {
      selection.removeAllRanges();
      selection.addRange(saved);
    }
  }
}

/** The text under the finding is still what the engine saw (typing into it hides its line until the next report). */
function textStillMatches(item: Item): boolean {
  const range = item.range;
  return range.startContainer.isConnected && !range.collapsed && withoutWhitespace(range.toString()) === item.expected;
}

/**
 * The line boxes of a Range: getClientRects also lists the border box of every element the
 * Range fully contains (a whole <div> line), which would draw a line under a whole paragraph;
 * a rect that contains another rect is such a box.
 */
function lineRects(list: DOMRectList): DOMRect[] {
  const rects = [...list].filter((r) => r.width >= 1 && r.height >= 1);
  if (rects.length < 2) return rects;
  return rects.filter(
    (r, i) =>
      !rects.some(
        (o, j) => j !== i && o.left >= r.left - 0.5 && o.right <= r.right + 0.5 && o.top >= r.top - 0.5 && o.bottom <= r.bottom + 0.5 && (o.width < r.width - 0.5 || o.height < r.height - 0.5),
      ),
  );
}
