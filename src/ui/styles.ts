// Static CSS for the shadow root: a <style> with constant text, never HTML built from a draft.
export const UI_CSS = String.raw`
:host {
  all: initial;
  display: block;
  position: relative;
  height: 0;
  z-index: 2100;
  --pc-font: "Google Sans", Roboto, "Segoe UI", system-ui, -apple-system, sans-serif;
  --pc-bg: #ffffff;
  --pc-fg: #1f2328;
  --pc-muted: #5f6368;
  --pc-border: #dadce0;
  --pc-hover: #f1f3f4;
  --pc-accent: #1a73e8;
  --pc-accent-fg: #ffffff;
  --pc-error: #c5221f;
  --pc-warning: #b06000;
  --pc-info: #1967d2;
  --pc-ok: #188038;
  --pc-shadow: 0 4px 16px rgba(60, 64, 67, 0.28), 0 1px 3px rgba(60, 64, 67, 0.2);
  --pc-meter: #e8eaed;
  --pc-ul-warning: #e37400;
  color-scheme: light;
}
:host([data-theme="dark"]) {
  --pc-bg: #2d2e30;
  --pc-fg: #e8eaed;
  --pc-muted: #bdc1c6;
  --pc-border: #5f6368;
  --pc-hover: #3c4043;
  --pc-accent: #8ab4f8;
  --pc-accent-fg: #202124;
  --pc-error: #f28b82;
  --pc-warning: #fdd663;
  --pc-info: #8ab4f8;
  --pc-ok: #81c995;
  --pc-shadow: 0 4px 16px rgba(0, 0, 0, 0.6);
  --pc-meter: #5f6368;
  --pc-ul-warning: #fdd663;
  color-scheme: dark;
}
*, *::before, *::after { box-sizing: border-box; }
.pc-root { font: 13px/1.4 var(--pc-font); color: var(--pc-fg); }
.pc-badge {
  position: absolute;
  right: 12px;
  bottom: 10px;
  display: inline-flex;
  align-items: center;
  gap: 6px;
  height: 26px;
  min-width: 26px;
  padding: 0 10px 0 8px;
  border: 1px solid var(--pc-border);
  border-radius: 13px;
  background: var(--pc-bg);
  color: var(--pc-fg);
  font: 600 12px/1 var(--pc-font);
  cursor: pointer;
  box-shadow: 0 1px 2px rgba(60, 64, 67, 0.2);
  opacity: 0.92;
}
.pc-badge:hover { background: var(--pc-hover); opacity: 1; }
.pc-badge:focus-visible, .pc-btn:focus-visible, .pc-close:focus-visible, .pc-panel:focus-visible {
  outline: 2px solid var(--pc-accent);
  outline-offset: 2px;
}
.pc-badge[data-quiet] { color: var(--pc-muted); font-weight: 500; opacity: 0.75; }
.pc-dot { width: 8px; height: 8px; border-radius: 50%; background: var(--pc-ok); flex: none; }
.pc-badge[data-level="error"] .pc-dot { background: var(--pc-error); }
.pc-badge[data-level="warning"] .pc-dot { background: var(--pc-warning); }
.pc-badge[data-level="info"] .pc-dot { background: var(--pc-info); }
.pc-badge[data-status="checking"] .pc-dot { opacity: 0.5; }
.pc-panel {
  position: fixed;
  width: 360px;
  max-width: calc(100vw - 16px);
  overflow: auto;
  background: var(--pc-bg);
  color: var(--pc-fg);
  border: 1px solid var(--pc-border);
  border-radius: 10px;
  box-shadow: var(--pc-shadow);
  z-index: 2147483000;
  outline: none;
}
.pc-head {
  display: flex;
  align-items: center;
  gap: 8px;
  padding: 10px 8px 8px 14px;
  border-bottom: 1px solid var(--pc-border);
  position: sticky;
  top: 0;
  background: var(--pc-bg);
}
.pc-title { margin: 0; font: 600 14px/1.3 var(--pc-font); flex: 1; }
/* The score: a ring filled to the value, coloured by band; the number is always written beside or inside it. */
.pc-ring { display: block; width: 100%; height: 100%; }
.pc-ring circle { fill: none; stroke-width: 4; }
.pc-ring-track { stroke: var(--pc-meter); }
.pc-ring-fill { stroke: var(--pc-score-color, var(--pc-ok)); stroke-linecap: round; }
[data-band="low"] { --pc-score-color: var(--pc-error); }
[data-band="mid"] { --pc-score-color: var(--pc-warning); }
[data-band="high"] { --pc-score-color: var(--pc-ok); }
.pc-badge-score {
  display: inline-flex; align-items: center; gap: 4px;
  margin-left: 2px; padding-left: 7px; border-left: 1px solid var(--pc-border);
  font-variant-numeric: tabular-nums;
}
.pc-badge-score .pc-ring { width: 14px; height: 14px; }
.pc-badge-score .pc-ring circle { stroke-width: 6; }
.pc-badge[data-quiet] .pc-badge-score { color: var(--pc-fg); }
.pc-score { padding: 10px 14px; border-bottom: 1px solid var(--pc-border); }
.pc-score-top { display: flex; align-items: center; gap: 12px; }
.pc-score-gauge { position: relative; width: 44px; height: 44px; flex: none; }
.pc-score-value {
  position: absolute; inset: 0; display: flex; align-items: center; justify-content: center;
  font: 600 14px/1 var(--pc-font); font-variant-numeric: tabular-nums;
}
.pc-score-text { min-width: 0; }
.pc-score-title { margin: 0; font: 600 13px/1.3 var(--pc-font); }
.pc-score-note { margin: 2px 0 0; color: var(--pc-muted); font-size: 12px; }
.pc-score-details { margin-top: 8px; }
.pc-score-details > summary { cursor: pointer; color: var(--pc-accent); font-size: 12px; font-weight: 500; width: max-content; border-radius: 4px; }
.pc-score-details > summary:focus-visible { outline: 2px solid var(--pc-accent); outline-offset: 2px; }
.pc-score-items { list-style: none; margin: 6px 0 0; padding: 0; display: grid; gap: 3px; font-size: 12px; }
.pc-score-item { display: grid; grid-template-columns: 14px 1fr auto; gap: 6px; align-items: baseline; }
.pc-score-mark { font-weight: 700; color: var(--pc-muted); text-align: center; }
.pc-score-item[data-met="true"] .pc-score-mark { color: var(--pc-ok); }
.pc-score-item[data-met="false"] .pc-score-label { color: var(--pc-muted); }
.pc-score-points { font-variant-numeric: tabular-nums; color: var(--pc-muted); }
.pc-score-item[data-met="true"] .pc-score-points { color: var(--pc-fg); font-weight: 600; }
.pc-close {
  width: 28px; height: 28px; border: 0; border-radius: 50%;
  background: transparent; color: var(--pc-muted); font: 18px/1 var(--pc-font); cursor: pointer;
}
.pc-close:hover { background: var(--pc-hover); }
.pc-stats { padding: 10px 14px; border-bottom: 1px solid var(--pc-border); display: grid; gap: 6px; }
.pc-stat { display: flex; justify-content: space-between; gap: 8px; }
.pc-stat-label { color: var(--pc-muted); }
.pc-stat-value { font-weight: 600; font-variant-numeric: tabular-nums; }
.pc-stat-value[data-off] { color: var(--pc-warning); }
.pc-meter { position: relative; height: 6px; border-radius: 3px; background: var(--pc-meter); overflow: hidden; }
.pc-meter-target { position: absolute; top: 0; bottom: 0; background: color-mix(in srgb, var(--pc-ok) 35%, transparent); }
.pc-meter-mark { position: absolute; top: -1px; bottom: -1px; width: 3px; margin-left: -1px; border-radius: 1px; background: var(--pc-fg); }
.pc-list { list-style: none; margin: 0; padding: 4px 0; }
.pc-finding { padding: 10px 14px; border-bottom: 1px solid var(--pc-border); }
.pc-finding:last-child { border-bottom: 0; }
.pc-sev {
  display: inline-block; margin-right: 6px; padding: 1px 6px; border-radius: 4px;
  font: 600 10px/1.5 var(--pc-font); text-transform: uppercase; letter-spacing: 0.04em;
  color: var(--pc-bg); background: var(--pc-info); vertical-align: 1px;
}
.pc-sev[data-severity="error"] { background: var(--pc-error); }
.pc-sev[data-severity="warning"] { background: var(--pc-warning); }
.pc-where { color: var(--pc-muted); font-size: 12px; margin-right: 4px; }
.pc-message { margin: 0; display: inline; }
.pc-actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
/* A grouped finding's places: the sentences it is about, listed once under its message. */
.pc-places { list-style: none; margin: 6px 0 0; padding: 0 0 0 10px; border-left: 2px solid var(--pc-border); }
.pc-place { margin: 4px 0; font-size: 12px; }
.pc-place-text { display: block; color: var(--pc-fg); overflow: hidden; text-overflow: ellipsis; display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; }
.pc-place-note { display: block; color: var(--pc-muted); }
.pc-more-places { margin: 6px 0 0 10px; }
.pc-btn {
  border: 1px solid var(--pc-border); border-radius: 14px; padding: 4px 10px;
  background: var(--pc-bg); color: var(--pc-accent); font: 500 12px/1.3 var(--pc-font); cursor: pointer;
  max-width: 100%; overflow: hidden; text-overflow: ellipsis; white-space: nowrap;
}
.pc-btn:hover { background: var(--pc-hover); }
.pc-btn[data-primary] { background: var(--pc-accent); color: var(--pc-accent-fg); border-color: var(--pc-accent); }
.pc-btn:disabled { opacity: 0.5; cursor: not-allowed; }
.pc-btn:disabled:hover { background: var(--pc-bg); }
.pc-btn[data-primary]:disabled:hover { background: var(--pc-accent); }
/* Findings of an older revision of the draft: still readable, clearly not current. */
.pc-list[data-stale] .pc-finding { opacity: 0.6; }
.pc-empty, .pc-note { padding: 14px; color: var(--pc-muted); margin: 0; }
.pc-note { padding: 8px 14px; border-bottom: 1px solid var(--pc-border); }
.pc-note[data-kind="error"] { color: var(--pc-error); }
.pc-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
/* Underlines: a layer over the viewport that never takes the pointer; the content script
   positions the boxes from the text's client rects. */
.pc-overlay { position: fixed; left: 0; top: 0; width: 0; height: 0; pointer-events: none; z-index: 2147482000; font: 13px/1.4 var(--pc-font); color: var(--pc-fg); }
.pc-ul { position: absolute; left: 0; top: 0; width: 0; height: 0; outline: none; }
.pc-ul-seg, .pc-ul-hl { position: absolute; left: 0; top: 0; pointer-events: none; }
/* Tips are dotted and lighter: a draft full of them must still read as text, not as a form. */
.pc-ul-seg { border-radius: 1px; background: repeating-linear-gradient(90deg, var(--pc-info) 0 3px, transparent 3px 5px); opacity: 0.75; }
.pc-ul[data-severity="error"] .pc-ul-seg, .pc-ul[data-severity="warning"] .pc-ul-seg { opacity: 0.95; }
.pc-ul[data-severity="error"] .pc-ul-seg { background: var(--pc-error); }
.pc-ul[data-severity="warning"] .pc-ul-seg { background: var(--pc-ul-warning); }
.pc-overlay[data-stale] .pc-ul-seg { filter: grayscale(1); opacity: 0.4; }
.pc-ul-hl { border-radius: 3px; background: color-mix(in srgb, var(--pc-info) 16%, transparent); }
.pc-ul[data-severity="error"] .pc-ul-hl { background: color-mix(in srgb, var(--pc-error) 14%, transparent); }
.pc-ul[data-severity="warning"] .pc-ul-hl { background: color-mix(in srgb, var(--pc-ul-warning) 18%, transparent); }
.pc-card {
  position: absolute; left: 0; top: 0; pointer-events: auto;
  padding: 10px 12px 12px; background: var(--pc-bg); color: var(--pc-fg);
  border: 1px solid var(--pc-border); border-radius: 10px; box-shadow: var(--pc-shadow); outline: none;
}
.pc-card-head { display: flex; align-items: center; justify-content: space-between; margin: -2px -4px 4px 0; }
.pc-card-close { width: 24px; height: 24px; font-size: 16px; }
.pc-card-message { margin: 0; }
.pc-card-place { margin: 6px 0 0; color: var(--pc-muted); font-size: 12px; }
.pc-card .pc-actions { margin-top: 10px; }
.pc-btn-quiet { color: var(--pc-muted); }
.pc-card:focus-visible { outline: 2px solid var(--pc-accent); outline-offset: 2px; }
.pc-ul:focus-visible .pc-ul-seg { outline: 2px solid var(--pc-accent); outline-offset: 1px; }
@media (prefers-reduced-motion: no-preference) {
  .pc-badge { transition: background-color 120ms, opacity 120ms; }
}
`;

/**
 * The underlines when the browser paints them (CSS Custom Highlight API). A ::highlight() rule
 * only styles text in its own tree, and the editor is in the page, so this sheet is adopted by
 * the page's document (constructed, constant text: no <style> node, no HTML, untouched by CSP).
 * One name per severity, shared by every compose of the page; "active" marks the card's text.
 */
export const HIGHLIGHT_NAMES = {
  error: 'pitchcheck-error',
  warning: 'pitchcheck-warning',
  info: 'pitchcheck-info',
  /** Findings of an older revision (a check failed or is late): greyed until a fresh check lands. */
  stale: 'pitchcheck-stale',
  active: 'pitchcheck-active',
} as const;

export const HIGHLIGHT_CSS = String.raw`
::highlight(pitchcheck-error) { text-decoration: underline solid #d93025; text-decoration-thickness: 2px; text-decoration-skip-ink: none; }
::highlight(pitchcheck-warning) { text-decoration: underline solid #e37400; text-decoration-thickness: 2px; text-decoration-skip-ink: none; }
::highlight(pitchcheck-info) { text-decoration: underline dotted #1967d2; text-decoration-thickness: 2px; text-decoration-skip-ink: none; }
::highlight(pitchcheck-stale) { text-decoration: underline dotted rgba(95, 99, 104, 0.7); text-decoration-thickness: 2px; text-decoration-skip-ink: none; }
::highlight(pitchcheck-active) { background-color: rgba(26, 115, 232, 0.16); }
`;
