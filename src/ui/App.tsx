// The badge and its panel. Pure presentation: findings and callbacks arrive as props.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Finding, Score, Severity } from '../core/types.js';
import { compareSeverity } from '../core/severity.js';
import { FixButtons, SEVERITY_LABEL, fixChoices } from './FixButtons.js';
import type { UiCallbacks, UiLayout, UiState } from './types.js';

export interface AppProps extends UiCallbacks {
  state: UiState;
  layout: UiLayout;
}

function topSeverity(findings: Finding[]): Severity | undefined {
  let top: Severity | undefined;
  for (const f of findings) if (!top || compareSeverity(f.severity, top) < 0) top = f.severity;
  return top;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

interface PanelPosition {
  left?: number;
  right?: number;
  top?: number;
  bottom?: number;
  maxHeight: number;
}

const PANEL_WIDTH = 360;
const GAP = 8;

/**
 * Beside the compose when the screen has room (Gmail's pop-ups sit at the bottom right, so
 * usually to their left): the draft, recipients and the site's buttons stay visible. Otherwise
 * above the badge (composes sit low on the screen), else below it.
 */
function positionFor(badge: HTMLElement, compose: HTMLElement): PanelPosition {
  const b = badge.getBoundingClientRect();
  const c = compose.getBoundingClientRect();
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const besideBottom = Math.max(GAP, vh - b.bottom);
  const besideHeight = Math.max(160, Math.min(560, vh - besideBottom - GAP));
  if (c.left >= PANEL_WIDTH + 2 * GAP) return { right: vw - c.left + GAP, bottom: besideBottom, maxHeight: besideHeight };
  if (vw - c.right >= PANEL_WIDTH + 2 * GAP) return { left: c.right + GAP, bottom: besideBottom, maxHeight: besideHeight };
  const right = Math.max(GAP, vw - b.right);
  const above = b.top - 2 * GAP;
  const below = vh - b.bottom - 2 * GAP;
  if (above >= 240 || above >= below) return { right, bottom: vh - b.top + GAP, maxHeight: Math.max(160, Math.min(520, above)) };
  return { right, top: b.bottom + GAP, maxHeight: Math.max(160, Math.min(520, below)) };
}

export function App({ state, layout, onApplyFix, onOpenChange }: AppProps) {
  const [open, setOpen] = useState(false);
  const [position, setPosition] = useState<PanelPosition | null>(null);
  const badgeRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const findings = state.report?.findings ?? [];
  const level = topSeverity(findings);

  const setOpenAndTell = useCallback(
    (next: boolean, focusBadge = false) => {
      setOpen(next);
      onOpenChange?.(next);
      if (!next && focusBadge) badgeRef.current?.focus();
    },
    [onOpenChange],
  );

  useLayoutEffect(() => {
    if (!open || !badgeRef.current) return;
    // The root spans the host, which spans the compose: its box is the compose's width.
    const place = () => badgeRef.current && rootRef.current && setPosition(positionFor(badgeRef.current, rootRef.current));
    place();
    window.addEventListener('resize', place);
    window.addEventListener('scroll', place, true);
    return () => {
      window.removeEventListener('resize', place);
      window.removeEventListener('scroll', place, true);
    };
  }, [open]);

  useEffect(() => {
    if (open) panelRef.current?.focus();
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpenAndTell(false, true);
    }
    // Keys pressed in our UI are ours: the page must not read them as its own shortcuts
    // (Gmail closes the compose on Escape, and has single-letter shortcuts).
    event.stopPropagation();
  };

  // A failed check shows no score: the last one may no longer describe the draft.
  const score = state.status === 'error' ? undefined : state.report?.score;
  const countLabel =
    state.status === 'error'
      ? 'Pitchcheck could not check this draft'
      : `Pitchcheck: ${findings.length ? plural(findings.length, 'suggestion', 'suggestions') : 'no suggestions'}` +
        (score ? `. ${scoreLabel(score)}` : '');

  return (
    <div ref={rootRef} class="pc-root" onKeyDown={onKeyDown} onKeyUp={(e) => e.stopPropagation()} onKeyPress={(e) => e.stopPropagation()}>
      <button
        ref={badgeRef}
        type="button"
        class="pc-badge"
        data-pitchcheck-badge=""
        data-count={findings.length}
        data-status={state.status}
        {...(level ? { 'data-level': level } : { 'data-quiet': '' })}
        aria-label={countLabel}
        aria-expanded={open ? 'true' : 'false'}
        {...(open ? { 'aria-controls': 'pc-panel' } : {})}
        aria-haspopup="dialog"
        style={{ bottom: `${10 + Math.max(0, Math.round(layout.badgeLift))}px` }}
        onClick={() => setOpenAndTell(!open)}
      >
        <span class="pc-dot" aria-hidden="true" />
        <span aria-hidden="true">{state.status === 'error' ? '!' : findings.length ? findings.length : '✓'}</span>
        {score && (
          // The button's label says the score: children of a button are not read on their own.
          <span class="pc-badge-score" data-badge-score={score.value} data-band={scoreBand(score.value)} aria-hidden="true">
            <Ring value={score.value} />
            <span class="pc-badge-score-value">{score.value}</span>
          </span>
        )}
      </button>
      {open && (
        <div
          ref={panelRef}
          id="pc-panel"
          class="pc-panel"
          role="dialog"
          aria-modal="false"
          aria-labelledby="pc-title"
          tabIndex={-1}
          style={
            position
              ? {
                  ...(position.left !== undefined ? { left: `${position.left}px` } : { right: `${position.right ?? GAP}px` }),
                  ...(position.top !== undefined ? { top: `${position.top}px` } : { bottom: `${position.bottom ?? GAP}px` }),
                  maxHeight: `${position.maxHeight}px`,
                }
              : { visibility: 'hidden' }
          }
        >
          <div class="pc-head">
            <h2 class="pc-title" id="pc-title">
              Pitchcheck
            </h2>
            <button type="button" class="pc-close" aria-label="Close" onClick={() => setOpenAndTell(false, true)}>
              ×
            </button>
          </div>
          <Panel state={state} findings={findings} onApplyFix={onApplyFix} />
        </div>
      )}
    </div>
  );
}

function Panel({ state, findings, onApplyFix }: { state: UiState; findings: Finding[]; onApplyFix: UiCallbacks['onApplyFix'] }) {
  const report = state.report;
  return (
    <>
      {state.notice && (
        <p class="pc-note" role="status">
          {state.notice}
        </p>
      )}
      {state.status === 'error' && (
        <p class="pc-note" data-kind="error" role="alert">
          Could not check this draft{state.error ? `: ${state.error}` : '.'}
        </p>
      )}
      {report?.score && state.status !== 'error' && <ScoreView score={report.score} />}
      {report && <Stats stats={report.stats} wordRange={state.wordRange} />}
      {report?.truncated && (
        <p class="pc-note" data-truncated={report.truncated.checkedChars}>
          Checking the first {report.truncated.checkedWords.toLocaleString('en-US')} words: this draft is too long to check whole.
        </p>
      )}
      {!report && state.status !== 'error' && <p class="pc-empty">Checking…</p>}
      {report?.language === 'other' && (
        <p class="pc-note" data-language="other">
          This draft doesn't read as English: only the checks that work in any language ran.
        </p>
      )}
      {report && findings.length === 0 && (
        <p class="pc-empty">{report.stats.words === 0 ? 'Start writing: suggestions appear as you type.' : 'Nothing to improve. Nice draft.'}</p>
      )}
      {findings.length > 0 && (
        <ul class="pc-list" aria-label="Suggestions" {...(state.stale ? { 'data-stale': '' } : {})}>
          {findings.map((f, i) => (
            <FindingItem key={`${f.ruleId}:${f.field ?? 'body'}:${f.start}:${i}`} finding={f} onApplyFix={onApplyFix} stale={!!state.stale} />
          ))}
        </ul>
      )}
    </>
  );
}

function scoreLabel(score: Score): string {
  return `Draft score ${score.value} of 100`;
}

/** Colour band of a score, for the gauge (the number is always shown beside it). */
function scoreBand(value: number): 'low' | 'mid' | 'high' {
  return value >= 80 ? 'high' : value >= 50 ? 'mid' : 'low';
}

/** A ring filled to `value`%: the circle's circumference is 100 user units, so the dash is the value. */
function Ring({ value }: { value: number }) {
  const filled = Math.max(0, Math.min(100, value));
  return (
    <svg class="pc-ring" viewBox="0 0 36 36" aria-hidden="true" focusable="false">
      <circle class="pc-ring-track" cx="18" cy="18" r="15.9155" />
      {filled > 0 && <circle class="pc-ring-fill" cx="18" cy="18" r="15.9155" stroke-dasharray={`${filled} 100`} transform="rotate(-90 18 18)" />}
    </svg>
  );
}

/** The score as a gauge, and how it is made: each best practice, met or not, with its points. */
function ScoreView({ score }: { score: Score }) {
  const met = score.items.filter((item) => item.met).length;
  return (
    <section class="pc-score" aria-labelledby="pc-score-title">
      <div class="pc-score-top">
        <div
          class="pc-score-gauge"
          role="meter"
          aria-label="Draft score"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={score.value}
          aria-valuetext={scoreLabel(score)}
          data-score={score.value}
          data-band={scoreBand(score.value)}
        >
          <Ring value={score.value} />
          <span class="pc-score-value" aria-hidden="true">
            {score.value}
          </span>
        </div>
        <div class="pc-score-text">
          <h3 class="pc-score-title" id="pc-score-title">
            Draft score {score.value}/100
          </h3>
          <p class="pc-score-note" data-score-note="">
            {met} of {plural(score.items.length, 'best practice', 'best practices')} met. A checklist, not a prediction of replies.
          </p>
        </div>
      </div>
      {score.items.length > 0 && (
        <details class="pc-score-details">
          <summary>How the score is made</summary>
          <ul class="pc-score-items" aria-label="Score breakdown">
            {score.items.map((item) => (
              <li key={item.id} class="pc-score-item" data-score-item={item.id} data-met={item.met ? 'true' : 'false'}>
                <span class="pc-score-mark" aria-hidden="true">
                  {item.met ? '✓' : '✗'}
                </span>
                <span class="pc-score-label">
                  {item.label}
                  <span class="pc-sr">{item.met ? ' (met)' : ' (not met)'}</span>
                </span>
                <span class="pc-score-points" data-points={item.met ? item.weight : 0} data-weight={item.weight}>
                  {item.met ? item.weight : 0}/{item.weight}
                  <span class="pc-sr"> points</span>
                </span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function Stats({ stats, wordRange }: { stats: { words: number; selfRefs: number; readerRefs: number }; wordRange: UiState['wordRange'] }) {
  const { min, max } = wordRange;
  const scale = Math.max(max * 1.6, stats.words, 1);
  const pct = (n: number) => `${Math.min(100, (n / scale) * 100)}%`;
  // Keep the marker inside the track when the count runs off the scale.
  const markLeft = `min(${pct(stats.words)}, calc(100% - 2px))`;
  const offTarget = stats.words < min || stats.words > max;
  return (
    <div class="pc-stats">
      <div class="pc-stat" data-stat="words">
        <span class="pc-stat-label">Words (target {min}–{max})</span>
        <span class="pc-stat-value" {...(offTarget ? { 'data-off': '' } : {})}>
          {stats.words}
        </span>
      </div>
      <div
        class="pc-meter"
        role="meter"
        aria-label={`Word count ${stats.words}, target ${min} to ${max}`}
        aria-valuemin={0}
        aria-valuemax={Math.round(scale)}
        aria-valuenow={stats.words}
      >
        <span class="pc-meter-target" style={{ left: pct(min), width: `calc(${pct(max)} - ${pct(min)})` }} />
        <span class="pc-meter-mark" style={{ left: markLeft }} />
      </div>
      <div class="pc-stat" data-stat="self">
        <span class="pc-stat-label">Words about you (I, we, our…)</span>
        <span class="pc-stat-value">{stats.selfRefs}</span>
      </div>
      <div class="pc-stat" data-stat="reader">
        <span class="pc-stat-label">Words about the reader (you, your…)</span>
        <span class="pc-stat-value">{stats.readerRefs}</span>
      </div>
    </div>
  );
}

// A grouped tip on a huge draft can have thousands of places: the panel lists the first few and
// lets the rep ask for the rest, so opening it never builds thousands of rows by surprise.
export const PLACES_SHOWN = 10;

function FindingItem({ finding, onApplyFix, stale }: { finding: Finding; onApplyFix: UiCallbacks['onApplyFix']; stale: boolean }) {
  const fixes = fixChoices(finding);
  const [allPlaces, setAllPlaces] = useState(false);
  const ranges = finding.ranges ?? [];
  const shown = allPlaces ? ranges : ranges.slice(0, PLACES_SHOWN);
  return (
    <li class="pc-finding" data-rule={finding.ruleId} data-severity={finding.severity}>
      <span class="pc-sev" data-severity={finding.severity}>
        {SEVERITY_LABEL[finding.severity]}
      </span>
      {finding.field === 'subject' && <span class="pc-where">Subject:</span>}
      <p class="pc-message">{finding.message}</p>
      {fixes.length > 0 && (
        <div class="pc-actions">
          <FixButtons finding={finding} onApplyFix={onApplyFix} disabled={stale} />
        </div>
      )}
      {shown.length > 0 && (
        // One problem, listed once; its places (each underlined in the draft) under it.
        <ul class="pc-places">
          {shown.map((r, i) => (
            <li key={`${r.start}:${i}`} class="pc-place" data-place={i}>
              <q class="pc-place-text">{r.text ?? ''}</q>
              {r.note && <span class="pc-place-note">{r.note}</span>}
              {fixChoices(finding, r).length > 0 && (
                <div class="pc-actions">
                  <FixButtons finding={finding} place={r} onApplyFix={onApplyFix} disabled={stale} />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {shown.length < ranges.length && (
        <button type="button" class="pc-btn pc-more-places" onClick={() => setAllPlaces(true)}>
          Show all {ranges.length} places
        </button>
      )}
    </li>
  );
}
