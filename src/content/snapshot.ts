// The compose body as the engine sees it: plain text, lines joined with "\n" the way the user
// sees them, plus an offset map back to the DOM's text nodes so a finding's [start, end) becomes
// a DOM Range. DOM only (no browser.* API), one pass, no layout reads: it runs on every keystroke.
// A huge draft is read only as far as the engine checks it (src/core/limits.ts), so a pasted 5 MB
// log costs no more than 120,000 characters of walking, and no more to send to the worker.
import { MAX_CHECKED_CHARS } from '../core/limits.js';
import type { Span, StructureHints } from '../core/types.js';
import type { SiteAdapter } from '../sites/adapter.js';
import { mapRange } from '../shared/revision.js';

export type SnapshotSite = Pick<SiteAdapter, 'isSignature' | 'isQuoted' | 'isForeign'> &
  Partial<Pick<SiteAdapter, 'startsQuotedTail'>>;

/**
 * One run of text that comes from the DOM: `text.slice(start, end)` is `node.data.slice(offset,
 * offset + end - start)` (with \u00a0 read as a space), or, with `offset` -1, a whole element read
 * as text: the "\n" of a `<br>` or the emoji of an `<img data-emoji>`.
 * Characters of the text that no segment covers are synthetic: line breaks between blocks and
 * tabs between table cells.
 */
export interface Segment {
  start: number;
  end: number;
  node: Text | Element;
  offset: number;
  /**
   * For a collapsed run of white space read as one space: the DOM point after the whole run
   * (which may go on in later text nodes), so replacing that space replaces the run.
   */
  runEnd?: { node: Text; offset: number };
}

export interface OffsetMap {
  root: HTMLElement;
  site: SnapshotSite;
  /** Sorted by `start`, never overlapping. */
  segments: Segment[];
}

export interface Snapshot {
  text: string;
  hints: StructureHints;
  map: OffsetMap;
  /**
   * False when the body goes on past `text`: reading stopped just past the cap, where the engine's
   * checked prefix is already decided (`checkedLength` looks no further than the cap).
   */
  complete: boolean;
}

/** Reading stops once the text is this long: one character past the cap, so the engine sees it was cut. */
export const SNAPSHOT_READ_LIMIT = MAX_CHECKED_CHARS + 1;

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements whose content is never shown as text. */
const SKIPPED = new Set([
  'script', 'style', 'template', 'noscript', 'title', 'head', 'meta', 'link', 'iframe', 'object',
  'embed', 'svg', 'math', 'canvas', 'video', 'audio', 'img', 'input', 'textarea', 'select', 'option',
]);

/** Block-level by default (a line of their own). `p` asks for a blank line around it. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'dir', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'caption', 'tr', 'ul', 'listing', 'plaintext', 'xmp',
]);
const BLOCK_DISPLAYS = new Set(['block', 'flex', 'grid', 'list-item', 'table', 'table-row', 'flow-root', 'table-caption']);
const INLINE_DISPLAYS = new Set(['inline', 'inline-block', 'inline-flex', 'inline-grid', 'contents', 'inline-table']);
const PRE_WHITESPACE = new Set(['pre', 'pre-wrap', 'break-spaces', 'pre-line']);

type Layout = 'block' | 'inline' | 'cell' | 'hidden';

/** The element's inline style, or null without a style attribute (reading `.style` allocates). */
function inlineStyle(el: Element): CSSStyleDeclaration | null {
  return el.hasAttribute('style') ? ((el as HTMLElement).style ?? null) : null;
}

function layoutOf(el: Element, tag: string, style: CSSStyleDeclaration | null): Layout {
  if (el.hasAttribute('hidden')) return 'hidden';
  // Inline style only: computed style would force a layout per node.
  const display = style?.display;
  if (display) {
    if (display === 'none') return 'hidden';
    if (BLOCK_DISPLAYS.has(display)) return 'block';
    if (display === 'table-cell') return 'cell';
    if (INLINE_DISPLAYS.has(display)) return 'inline';
  }
  if (tag === 'td' || tag === 'th') return 'cell';
  return BLOCKS.has(tag) ? 'block' : 'inline';
}

const ZERO_LENGTH = /^0(?:\.0+)?[a-z%]*$/;

/**
 * Line breaks a block asks for: a paragraph leaves a blank line around it, unless its inline
 * style zeroes the margins (Outlook/Word's `<p class="MsoNormal" style="margin:0">`).
 */
function breaksFor(tag: string, style: CSSStyleDeclaration | null): number {
  if (tag !== 'p') return 1;
  if (style && ZERO_LENGTH.test(style.marginTop) && ZERO_LENGTH.test(style.marginBottom)) return 1;
  return 2;
}

function isPre(tag: string, style: CSSStyleDeclaration | null): boolean {
  if (tag === 'pre' || tag === 'listing' || tag === 'xmp' || tag === 'plaintext') return true;
  const ws = style?.whiteSpace;
  return !!ws && PRE_WHITESPACE.has(ws);
}

/** What entering an element changed, undone when the walk leaves it. */
interface Frame {
  breaks: number;
  row: boolean;
  pre: boolean;
  mark: 'quoted' | 'signature' | null;
}

/** Characters dropped from the text: they draw nothing and would only confuse the engine. */
function isInvisible(code: number): boolean {
  return code === 0x200b || code === 0xfeff;
}

/** Collapsible white space outside `pre` (\u00a0 is not: it is a visible space). */
function isCollapsible(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c;
}

class SnapshotBuilder {
  private readonly chunks: string[] = [];
  private length = 0;
  private readonly segments: Segment[] = [];
  /** "\n"s at the end of the output so far (a block break is satisfied by those already there). */
  private trailingNewlines = 0;
  private pendingBreaks = 0;
  private pendingTab = false;
  private pendingSpace: { node: Text; offset: number; endNode: Text; endOffset: number } | null = null;
  private preDepth = 0;
  /** Cells seen in each open table row (for the tab between cells). */
  private readonly rowCells: number[] = [];

  private signatureDepth = 0;
  private signatureStart = -1;
  private quotedDepth = 0;
  private quotedStart = -1;
  private tailArmed = false;
  private tailStart = -1;
  private readonly signature: Span[] = [];
  private readonly quoted: Span[] = [];
  /** One frame per element entered and not yet left. */
  private readonly frames: Frame[] = [];

  constructor(
    private readonly root: HTMLElement,
    private readonly site: SnapshotSite,
    private readonly limit: number,
  ) {}

  /** Reading stopped inside a text node: text the snapshot never read follows. */
  private cut = false;

  private get full(): boolean {
    return this.length >= this.limit;
  }

  build(): Snapshot {
    const root = this.root;
    let node: Node | null = root.firstChild;
    while (node && !this.full) {
      let entered = false;
      if (node.nodeType === TEXT_NODE) this.text(node as Text);
      else if (node.nodeType === ELEMENT_NODE) entered = this.enter(node as Element);
      if (entered && node.firstChild) {
        node = node.firstChild;
        continue;
      }
      if (entered) this.exit();
      while (node !== root && !node.nextSibling) {
        node = node.parentNode;
        if (!node) break;
        if (node !== root) this.exit();
      }
      node = !node || node === root ? null : node.nextSibling;
    }
    const complete = !node && !this.cut;
    if (!complete) {
      // Cut short inside a quote or a signature: it runs to the end of what was read.
      if (this.quotedDepth > 0 && this.quotedStart >= 0) this.quoted.push({ start: this.quotedStart, end: this.length });
      if (this.signatureDepth > 0 && this.signatureStart >= 0) this.signature.push({ start: this.signatureStart, end: this.length });
    }
    if (this.tailStart >= 0) this.quoted.push({ start: this.tailStart, end: this.length });
    const text = this.chunks.join('');
    const hints: StructureHints = {};
    const signature = tidySpans(text, this.signature);
    const quoted = tidySpans(text, this.quoted);
    if (signature.length) hints.signature = signature;
    if (quoted.length) hints.quoted = quoted;
    return { text, hints, map: { root, site: this.site, segments: this.segments }, complete };
  }

  /** Returns true when the element's children are to be read. */
  private enter(el: Element): boolean {
    const tag = el.localName;
    if (this.safe(() => this.site.isForeign(el))) return false;
    const style = inlineStyle(el);
    const layout = layoutOf(el, tag, style);
    if (layout === 'hidden') return false;
    if (tag === 'br') {
      this.emit('\n', el, -1);
      return false;
    }
    // Gmail's emoji picker inserts <img data-emoji="😀" alt="😀">: the reader sees the emoji.
    if (tag === 'img') {
      const emoji = el.getAttribute('data-emoji') ? el.getAttribute('alt') : null;
      if (emoji) this.emit(emoji, el, -1);
      return false;
    }
    if (SKIPPED.has(tag)) return false;
    const frame: Frame = { breaks: layout === 'block' ? breaksFor(tag, style) : 0, row: tag === 'tr', pre: isPre(tag, style), mark: null };
    this.frames.push(frame);
    if (frame.breaks) this.requestBreaks(frame.breaks);
    if (frame.row) this.rowCells.push(0);
    if (layout === 'cell') {
      const last = this.rowCells.length - 1;
      if (last >= 0) {
        if ((this.rowCells[last] ?? 0) > 0) this.pendingTab = true;
        this.rowCells[last] = (this.rowCells[last] ?? 0) + 1;
      }
    }
    if (frame.pre) this.preDepth++;
    // Signature inside quoted history belongs to the quote, not to the sender.
    if (this.quotedDepth === 0 && this.tailStart < 0 && !this.tailArmed) {
      if (this.safe(() => this.site.isQuoted(el))) {
        if (this.quotedDepth === 0) this.quotedStart = -1;
        this.quotedDepth++;
        frame.mark = 'quoted';
      } else if (this.safe(() => this.site.isSignature(el))) {
        if (this.signatureDepth === 0) this.signatureStart = -1;
        this.signatureDepth++;
        frame.mark = 'signature';
      }
    }
    if (!this.tailArmed && this.tailStart < 0 && this.safe(() => this.site.startsQuotedTail?.(el) ?? false)) {
      this.tailArmed = true;
    }
    return true;
  }

  private exit(): void {
    const frame = this.frames.pop();
    if (!frame) return;
    if (frame.breaks) this.requestBreaks(frame.breaks);
    if (frame.row) this.rowCells.pop();
    if (frame.pre) this.preDepth--;
    const mark = frame.mark;
    if (mark === 'quoted') {
      this.quotedDepth--;
      if (this.quotedDepth === 0 && this.quotedStart >= 0) this.quoted.push({ start: this.quotedStart, end: this.length });
    } else if (mark === 'signature') {
      this.signatureDepth--;
      if (this.signatureDepth === 0 && this.signatureStart >= 0) {
        this.signature.push({ start: this.signatureStart, end: this.length });
      }
    }
  }

  private safe(check: () => boolean): boolean {
    try {
      return check();
    } catch {
      return false;
    }
  }

  private requestBreaks(count: number): void {
    if (count > this.pendingBreaks) this.pendingBreaks = count;
  }

  private text(node: Text): void {
    const data = node.data;
    const pre = this.preDepth > 0;
    let runStart = -1;
    for (let i = 0; i < data.length; i++) {
      // One text node can hold a whole pasted log: stop inside it once the cap is reached.
      if (runStart >= 0 ? this.length + (i - runStart) >= this.limit : this.full) {
        if (runStart >= 0) this.emit(data.slice(runStart, i), node, runStart);
        this.cut = true;
        return;
      }
      const code = data.charCodeAt(i);
      const collapsible = !pre && isCollapsible(code);
      // A lone space between two visible characters is kept as is: the common case, one run.
      if (code === 0x20 && runStart >= 0 && i + 1 < data.length) {
        const next = data.charCodeAt(i + 1);
        if (!isCollapsible(next) && !isInvisible(next)) continue;
      }
      if (collapsible || isInvisible(code)) {
        if (runStart >= 0) {
          this.emit(data.slice(runStart, i), node, runStart);
          runStart = -1;
        }
        if (collapsible) {
          if (!this.pendingSpace) this.pendingSpace = { node, offset: i, endNode: node, endOffset: i + 1 };
          else {
            this.pendingSpace.endNode = node;
            this.pendingSpace.endOffset = i + 1;
          }
        }
        continue;
      }
      if (runStart < 0) runStart = i;
    }
    if (runStart >= 0) this.emit(data.slice(runStart), node, runStart);
  }

  /** Adds visible content, first settling the breaks, tab or space it waited for. */
  private emit(raw: string, node: Text | Element, offset: number): void {
    if (this.length === 0) {
      // Nothing before the first content: leading breaks and spaces show nothing.
      this.pendingBreaks = 0;
      this.pendingTab = false;
      this.pendingSpace = null;
    }
    if (this.pendingBreaks > 0) {
      const missing = this.pendingBreaks - this.trailingNewlines;
      if (missing > 0) this.append('\n'.repeat(missing), null, 0);
      this.pendingBreaks = 0;
      this.pendingTab = false;
      this.pendingSpace = null;
    } else if (this.pendingTab) {
      this.append('\t', null, 0);
      this.pendingTab = false;
      this.pendingSpace = null;
    }
    const isBreak = offset < 0 && raw === '\n';
    if (this.pendingSpace) {
      // A space at the start or end of a line is not drawn.
      if (!isBreak && this.trailingNewlines === 0 && this.length > 0) {
        const { node: spaceNode, offset: spaceOffset, endNode, endOffset } = this.pendingSpace;
        const longRun = endNode !== spaceNode || endOffset > spaceOffset + 1;
        this.append(' ', spaceNode, spaceOffset, longRun ? { node: endNode, offset: endOffset } : undefined);
      }
      this.pendingSpace = null;
    }
    // Content marks open the signature/quote spans at their first visible character.
    if (this.signatureDepth > 0 && this.signatureStart < 0) this.signatureStart = this.length;
    if (this.quotedDepth > 0 && this.quotedStart < 0) this.quotedStart = this.length;
    if (this.tailArmed && this.tailStart < 0) {
      this.tailStart = this.length;
      this.tailArmed = false;
    }
    this.append(offset < 0 ? raw : raw.replace(/\u00a0/g, ' '), node, offset);
  }

  private append(str: string, node: Text | Element | null, offset: number, runEnd?: Segment['runEnd']): void {
    if (!str) return;
    const start = this.length;
    this.chunks.push(str);
    this.length += str.length;
    let newlines = 0;
    while (newlines < str.length && str.charCodeAt(str.length - 1 - newlines) === 0x0a) newlines++;
    this.trailingNewlines = newlines === str.length ? this.trailingNewlines + newlines : newlines;
    if (!node) return;
    const last = this.segments[this.segments.length - 1];
    if (
      last &&
      offset >= 0 &&
      runEnd === undefined &&
      last.runEnd === undefined &&
      last.node === node &&
      last.end === start &&
      last.offset >= 0 &&
      last.offset + (last.end - last.start) === offset
    ) {
      last.end = this.length;
      return;
    }
    const segment: Segment = { start, end: this.length, node: node as Text | Element, offset };
    if (runEnd !== undefined) segment.runEnd = runEnd;
    this.segments.push(segment);
  }
}

/** Trims white space off each span, drops empty ones, merges spans only white space apart. */
function tidySpans(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  for (const span of sorted) {
    let { start, end } = span;
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    if (start >= end) continue;
    const prev = out[out.length - 1];
    if (prev && (start <= prev.end || text.slice(prev.end, start).trim() === '')) {
      prev.end = Math.max(prev.end, end);
      continue;
    }
    out.push({ start, end });
  }
  return out;
}

/** Reads the body. Never throws: a body it cannot read gives an empty snapshot. */
export function takeSnapshot(body: HTMLElement, site: SnapshotSite, limit = SNAPSHOT_READ_LIMIT): Snapshot {
  try {
    return new SnapshotBuilder(body, site, limit).build();
  } catch {
    return { text: '', hints: {}, map: { root: body, site, segments: [] }, complete: true };
  }
}

interface Boundary {
  node: Node;
  offset: number;
}

/** Index of the last segment whose start is <= offset, or -1. */
function segmentAtOrBefore(segments: Segment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((segments[mid] as Segment).start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function pointAt(seg: Segment, index: number): Boundary | null {
  // A <br>'s newline: before or after the element.
  if (seg.offset < 0) {
    const parent = seg.node.parentNode;
    if (!parent) return null;
    const at = Array.prototype.indexOf.call(parent.childNodes, seg.node) as number;
    return { node: parent, offset: index === seg.start ? at : at + 1 };
  }
  if (seg.runEnd && index === seg.end) return { node: seg.runEnd.node, offset: seg.runEnd.offset };
  return { node: seg.node, offset: seg.offset + (index - seg.start) };
}

function segmentStart(seg: Segment): Boundary | null {
  return pointAt(seg, seg.start);
}

function segmentEnd(seg: Segment): Boundary | null {
  return pointAt(seg, seg.end);
}

/**
 * Where text offset `offset` lies in the DOM. A range *starting* on a synthetic character starts
 * right after the text before it; a range *ending* after one ends right before the text after
 * it — so replacing a synthetic "\n" joins the two blocks, as deleting it by hand would.
 */
function boundaryAt(map: OffsetMap, offset: number, side: 'start' | 'end'): Boundary | null {
  const { segments, root } = map;
  const i = segmentAtOrBefore(segments, side === 'start' ? offset : offset - 1);
  const seg = i >= 0 ? segments[i] : undefined;
  if (seg && (side === 'start' ? offset < seg.end : offset <= seg.end)) return pointAt(seg, offset);
  if (side === 'start') {
    if (seg) return segmentEnd(seg);
    const next = segments[0];
    return next ? segmentStart(next) : { node: root, offset: 0 };
  }
  const next = segments[i + 1];
  if (next) return segmentStart(next);
  if (seg) return segmentEnd(seg);
  return { node: root, offset: root.childNodes.length };
}

function usable(map: OffsetMap, point: Boundary | null): point is Boundary {
  if (!point) return false;
  if (!point.node.isConnected || !map.root.contains(point.node)) return false;
  const max = point.node.nodeType === TEXT_NODE ? (point.node as Text).length : point.node.childNodes.length;
  return point.offset >= 0 && point.offset <= max;
}

/**
 * The DOM Range for text offsets [start, end) of `snapshot`, or null when the offsets are out of
 * bounds or the nodes under them are gone. It does not check that the text is still the same:
 * use `verifyRange` before changing the draft.
 */
export function rangeFor(snapshot: Snapshot, start: number, end: number): Range | null {
  try {
    if (!Number.isInteger(start) || !Number.isInteger(end)) return null;
    if (start < 0 || end < start || end > snapshot.text.length) return null;
    const { map } = snapshot;
    // An insertion (empty range) goes right after the text before it on the same line (past
    // white space that only shows once something follows), or at the start of its line.
    const b = boundaryAt(map, end, start === end && snapshot.text[start - 1] === '\n' ? 'start' : 'end');
    const a = start === end ? b : boundaryAt(map, start, 'start');
    if (!usable(map, a) || !usable(map, b)) return null;
    const range = map.root.ownerDocument.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    return range;
  } catch {
    return null;
  }
}

/** Reads the same body again, the same way. */
export function retakeSnapshot(snapshot: Snapshot): Snapshot {
  return takeSnapshot(snapshot.map.root, snapshot.map.site);
}

/** The live text now at [start, end) of the body the snapshot was taken from. */
export function textOfRange(snapshot: Snapshot, start: number, end: number): string {
  return retakeSnapshot(snapshot).text.slice(start, end);
}

/**
 * The Range for [start, end) of `snapshot`, mapped through the body's current offset map, only
 * when the live draft provably still reads `expected` there: the same occurrence the engine saw,
 * with any edit since lying wholly outside it (see `mapRange`). Null otherwise: the caller leaves
 * the draft alone and checks again.
 */
export function verifyRange(snapshot: Snapshot, start: number, end: number, expected: string): Range | null {
  try {
    if (!snapshot.map.root.isConnected || snapshot.text.slice(start, end) !== expected) return null;
    const live = retakeSnapshot(snapshot);
    const at = mapRange(snapshot.text, live.text, start, end);
    if (!at || live.text.slice(at.start, at.end) !== expected) return null;
    return rangeFor(live, at.start, at.end);
  } catch {
    return null;
  }
}
