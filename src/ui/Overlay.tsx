// Underlines under the findings in the text, and the card that opens on one. Pure presentation:
// the content script measures the text (Range.getClientRects) and hands over boxes in this
// layer's coordinates; nothing here reads the compose DOM or touches the editor.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { FixButtons, SEVERITY_LABEL } from './FixButtons.js';
import { trustedOnly } from './trusted.js';
import type { Box, CardView, OverlayCallbacks, OverlayState } from './types.js';

const CARD_WIDTH = 320;
const GAP = 6;
/** The line sits just under the text's line box. */
const LINE_HEIGHT = 2;

export interface OverlayProps extends OverlayCallbacks {
  state: OverlayState;
}

export function Overlay({ state, ...callbacks }: OverlayProps) {
  const activeKey = state.card?.key;
  return (
    <div class="pc-overlay" aria-hidden={state.card ? undefined : 'true'} {...(state.stale ? { 'data-stale': '' } : {})}>
      {state.underlines.map((u) => (
        <div
          key={u.key}
          class="pc-ul"
          data-underline={u.finding.ruleId}
          data-severity={u.finding.severity}
          {...(u.key === activeKey ? { 'data-active': '' } : {})}
          // Reachable by script focus (the shortcut, tests), not a stop in the page's Tab order.
          tabIndex={-1}
          role="button"
          aria-label={`${SEVERITY_LABEL[u.finding.severity]}: ${u.finding.message}`}
          onFocus={() => callbacks.onFocusUnderline(u.key)}
        >
          {u.key === activeKey &&
            u.boxes.map((b, i) => <span key={`h${i}`} class="pc-ul-hl" style={boxStyle(b)} />)}
          {u.boxes.map((b, i) => (
            <span
              key={i}
              class="pc-ul-seg"
              style={boxStyle({ left: b.left, top: b.top + b.height - 1, width: b.width, height: LINE_HEIGHT })}
            />
          ))}
        </div>
      ))}
      {state.card && <Card key={state.card.key} card={state.card} stale={!!state.stale} {...callbacks} />}
    </div>
  );
}

function boxStyle(b: Box): Record<string, string> {
  return {
    transform: `translate(${Math.round(b.left * 2) / 2}px, ${Math.round(b.top * 2) / 2}px)`,
    width: `${Math.max(0, b.width)}px`,
    height: `${Math.max(0, b.height)}px`,
  };
}

/** Below the line when it fits, else above it; always inside the viewport. */
function placeCard(anchor: Box, bounds: Box, height: number): { left: number; top: number } {
  const width = Math.min(CARD_WIDTH, bounds.width - 2 * GAP);
  const left = Math.max(bounds.left + GAP, Math.min(anchor.left, bounds.left + bounds.width - width - GAP));
  const below = anchor.top + anchor.height + GAP;
  const fitsBelow = below + height <= bounds.top + bounds.height - GAP;
  const above = anchor.top - GAP - height;
  const top = fitsBelow || above < bounds.top + GAP ? Math.min(below, bounds.top + bounds.height - height - GAP) : above;
  return { left, top: Math.max(bounds.top + GAP, top) };
}

function Card({ card, stale, onApplyFix, onIgnore, onAcceptName, onCloseCard, onCardHover }: { card: CardView; stale: boolean } & OverlayCallbacks) {
  const { finding } = card;
  const ref = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(0);

  // The card measures itself (its own box, not the page's) to choose above or below the line:
  // once per card content, not on every frame that moves it (that would force a layout per frame).
  useLayoutEffect(() => {
    const h = ref.current?.offsetHeight ?? 0;
    if (h !== height) setHeight(h);
  }, [card.key, finding.message, card.place?.index, card.canAcceptName, card.bounds.width]);

  // Focus once the card is measured and shown (a hidden element cannot take focus): the first
  // action that can take it. A stale card's fixes are disabled, and a disabled button refuses focus,
  // which would leave it in the editor, out of the card's Tab order.
  const shown = height > 0;
  const focusFirstAction = () => {
    const first = ref.current?.querySelector<HTMLElement>('.pc-actions button:not(:disabled)');
    (first ?? ref.current)?.focus({ preventScroll: true });
  };
  // In the layout effect of the render that makes the card visible, not a later effect: the card
  // is never on screen without the focus, so a Tab pressed as soon as it shows moves within it
  // (a passive effect runs a frame later; a Tab before it left the editor for the page).
  // `opened`: a card closed and opened again before a frame painted is this very element, with
  // nothing else changed: it must take the focus again all the same.
  useLayoutEffect(() => {
    if (!card.focus || !shown) return;
    focusFirstAction();
  }, [card.key, card.focus, card.opened, shown]);

  // A check that starts while the card has the focus disables the fix buttons; the browser then
  // drops the focus of the one that had it. Whether the focus was in the card is read while
  // rendering, before the buttons change; afterwards it goes to the first action still enabled.
  const root = ref.current?.getRootNode() as Document | ShadowRoot | undefined;
  const focusWasInside = !!root?.activeElement && !!ref.current?.contains(root.activeElement);
  useLayoutEffect(() => {
    if (!stale || !focusWasInside) return;
    const active = root?.activeElement as HTMLButtonElement | null | undefined;
    if (!active || !ref.current?.contains(active) || active.disabled) focusFirstAction();
  }, [stale]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCloseCard(true);
    }
  };
  const pos = placeCard(card.anchor, card.bounds, height || 140);

  return (
    <div
      ref={ref}
      class="pc-card"
      role="dialog"
      aria-label={`Pitchcheck: ${SEVERITY_LABEL[finding.severity]}`}
      data-card={finding.ruleId}
      tabIndex={-1}
      style={{ transform: `translate(${Math.round(pos.left)}px, ${Math.round(pos.top)}px)`, width: `${Math.min(CARD_WIDTH, card.bounds.width - 2 * GAP)}px`, ...(height ? {} : { visibility: 'hidden' }) }}
      onKeyDown={onKeyDown}
      onMouseEnter={() => onCardHover(true)}
      onMouseLeave={() => onCardHover(false)}
      // Clicks in the card must not move the editor's caret or close the compose.
      onMouseDown={(e) => e.stopPropagation()}
    >
      <div class="pc-card-head">
        <span class="pc-sev" data-severity={finding.severity}>
          {SEVERITY_LABEL[finding.severity]}
        </span>
        <button type="button" class="pc-close pc-card-close" aria-label="Close" onClick={() => onCloseCard(true)}>
          ×
        </button>
      </div>
      <p class="pc-card-message">{finding.message}</p>
      {card.place && finding.ranges && (
        // One problem, several places: say which one this underline is.
        <p class="pc-card-place" data-place={card.place.index}>
          {finding.ranges.length > 1 ? `${card.place.index + 1} of ${finding.ranges.length}` : ''}
          {card.place.range.note ? `${finding.ranges.length > 1 ? ': ' : ''}${card.place.range.note}` : ''}
        </p>
      )}
      <div class="pc-actions">
        <FixButtons finding={finding} {...(card.place ? { place: card.place.range } : {})} onApplyFix={onApplyFix} disabled={stale} />
        <button type="button" class="pc-btn pc-btn-quiet" data-ignore="" title="Hide this suggestion in this draft" onClick={() => onIgnore(finding)}>
          Ignore
        </button>
        {card.canAcceptName && (
          // Remembered in storage.local: a page script's synthetic click or key must not write it.
          <button type="button" class="pc-btn pc-btn-quiet" data-accept-name="" onClick={trustedOnly(() => onAcceptName(finding))}>
            Don't warn for this name with this recipient
          </button>
        )}
      </div>
    </div>
  );
}

