// Underlines painted by the browser through the CSS Custom Highlight API: the findings' live
// Ranges go into a Highlight per severity, and the page's own paint draws the lines under the
// text. No overlay nodes and no layout reads per keystroke: the Ranges move with the text as it
// is edited, and the lines are repainted with it in the same frame.
//
// The highlight registry and the ::highlight() rules belong to the page's document (a rule in our
// shadow root would never reach the editor), so every compose of a page shares one set of
// Highlights, each layer adding and removing only its own Ranges.
import { HIGHLIGHT_CSS, HIGHLIGHT_NAMES } from '../ui/styles.js';

export type HighlightSeverity = 'error' | 'warning' | 'info';
type HighlightName = keyof typeof HIGHLIGHT_NAMES;

/** The page or a test asks for the overlay instead (`<html data-pitchcheck-painter="overlay">`). */
export const PAINTER_ATTRIBUTE = 'data-pitchcheck-painter';

/** `highlightsFromPoint` (Chromium 140+, Firefox 141+) is not in TypeScript's DOM library yet. */
interface HighlightHit {
  highlight: Highlight;
  ranges: AbstractRange[];
}
type Registry = HighlightRegistry & { highlightsFromPoint?(x: number, y: number): HighlightHit[] };
const registry = () => CSS.highlights as Registry;

/** Higher paints on top: an error's line over a tip's on the same words. */
const PRIORITY: Record<HighlightName, number> = { stale: 0, info: 1, warning: 2, error: 3, active: 4 };

interface Shared {
  sheet: CSSStyleSheet;
  highlights: Record<HighlightName, Highlight>;
}

const perDocument = new WeakMap<Document, Shared>();

/** Whether the browser can paint our underlines in `doc` (checked once per layer). */
export function canPaintHighlights(doc: Document): boolean {
  try {
    if (doc.documentElement?.getAttribute(PAINTER_ATTRIBUTE) === 'overlay') return false;
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    return (
      typeof Highlight === 'function' &&
      typeof CSS !== 'undefined' &&
      !!CSS.highlights &&
      typeof registry().highlightsFromPoint === 'function' &&
      !!view &&
      'adoptedStyleSheets' in doc &&
      typeof CSSStyleSheet === 'function' &&
      typeof CSSStyleSheet.prototype.replaceSync === 'function'
    );
  } catch {
    return false;
  }
}

function shared(doc: Document): Shared {
  let s = perDocument.get(doc);
  if (!s) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(HIGHLIGHT_CSS);
    const make = (name: HighlightName) => {
      const h = new Highlight();
      h.priority = PRIORITY[name];
      return h;
    };
    s = { sheet, highlights: { error: make('error'), warning: make('warning'), info: make('info'), stale: make('stale'), active: make('active') } };
    perDocument.set(doc, s);
  }
  return s;
}

/** Puts our sheet and Highlights (back) in place: a page may replace adoptedStyleSheets or clear the registry. */
function ensureRegistered(doc: Document, s: Shared): void {
  const adopted = doc.adoptedStyleSheets;
  if (!adopted.includes(s.sheet)) doc.adoptedStyleSheets = [...adopted, s.sheet];
  for (const name of Object.keys(HIGHLIGHT_NAMES) as HighlightName[]) {
    if (CSS.highlights.get(HIGHLIGHT_NAMES[name]) !== s.highlights[name]) CSS.highlights.set(HIGHLIGHT_NAMES[name], s.highlights[name]);
  }
}

/** One compose's Ranges in the shared Highlights. */
export class HighlightPainter {
  /** Each of this compose's Ranges and its severity. */
  private readonly own = new Map<Range, HighlightSeverity>();
  /** All of them are drawn greyed (findings of an older revision). */
  private stale = false;
  private active: Range | null = null;
  private readonly s: Shared;

  constructor(private readonly doc: Document) {
    this.s = shared(doc);
  }

  /** Replaces this compose's underlines with `ranges`. */
  set(ranges: { range: Range; severity: HighlightSeverity }[]): void {
    this.clearOwn();
    for (const { range, severity } of ranges) {
      this.s.highlights[this.stale ? 'stale' : severity].add(range);
      this.own.set(range, severity);
    }
    ensureRegistered(this.doc, this.s);
  }

  /** Stops painting one Range (its text changed since the check). */
  remove(range: Range): void {
    const severity = this.own.get(range);
    if (!severity) return;
    this.s.highlights[this.stale ? 'stale' : severity].delete(range);
    this.own.delete(range);
    if (this.active === range) this.setActive(null);
  }

  has(range: Range): boolean {
    return this.own.has(range);
  }

  /** Greys out (or restores) every line of this compose: its findings are from an older revision. */
  setStale(stale: boolean): void {
    if (this.stale === stale) return;
    for (const [range, severity] of this.own) {
      this.s.highlights[this.stale ? 'stale' : severity].delete(range);
      this.s.highlights[stale ? 'stale' : severity].add(range);
    }
    this.stale = stale;
    if (this.own.size) ensureRegistered(this.doc, this.s);
  }

  /** The text whose card is open gets a tint, as the overlay's highlight box did. */
  setActive(range: Range | null): void {
    if (this.active === range) return;
    if (this.active) this.s.highlights.active.delete(this.active);
    this.active = range;
    if (range) {
      this.s.highlights.active.add(range);
      ensureRegistered(this.doc, this.s);
    }
  }

  /** This compose's Ranges under the viewport point (x, y), most severe first. */
  rangesAt(x: number, y: number): Range[] {
    const found: { range: Range; priority: number }[] = [];
    for (const hit of registry().highlightsFromPoint?.(x, y) ?? []) {
      for (const range of hit.ranges) {
        const severity = this.own.get(range as Range);
        if (severity) found.push({ range: range as Range, priority: PRIORITY[severity] });
      }
    }
    return found.sort((a, b) => b.priority - a.priority).map((f) => f.range);
  }

  destroy(): void {
    this.clearOwn();
    this.setActive(null);
  }

  private clearOwn(): void {
    for (const [range, severity] of this.own) this.s.highlights[this.stale ? 'stale' : severity].delete(range);
    this.own.clear();
  }
}
