// Findings belong to a revision of the draft. The worker stamps every finding, fix and suggestion
// with the revision it was checked at and the exact text under its range, taken from the very
// draft it analysed: no later pairing of a report with a snapshot can then change what a fix
// believes it replaces. Before a fix lands, `locateFix` proves from the texts alone where that
// text is now, or refuses. Pure: strings and numbers in, a verdict out.
import type { Draft, Finding, Fix, Report } from '../core/types.js';

/** Where a finding or fix comes from. */
export interface Provenance {
  /** The check (request) whose draft the engine analysed. */
  revision: number;
  /** The text of [start, end) in the body (or the subject, for a subject finding) of that draft. */
  seen: string;
}

export type CheckedFix = Fix & Provenance;
export type CheckedFinding = Omit<Finding, 'fix' | 'suggestions'> &
  Provenance & { fix?: CheckedFix; suggestions?: CheckedFix[] };
export type CheckedReport = Omit<Report, 'findings'> & { revision: number; findings: CheckedFinding[] };

export function hasProvenance<T extends object>(value: T): value is T & Provenance {
  const v = value as Partial<Provenance>;
  return Number.isInteger(v.revision) && typeof v.seen === 'string';
}

/** Stamps a report with the revision and the text it was computed on. */
export function stampReport(report: Report, revision: number, draft: Pick<Draft, 'body' | 'subject'>): CheckedReport {
  return {
    ...report,
    revision,
    findings: report.findings.map((finding) => {
      const text = finding.field === 'subject' ? draft.subject : draft.body;
      const stampFix = (fix: Fix): CheckedFix => ({ ...fix, revision, seen: text.slice(fix.start, fix.end) });
      const { fix, suggestions, ...rest } = finding;
      const checked: CheckedFinding = { ...rest, revision, seen: text.slice(finding.start, finding.end) };
      if (fix) checked.fix = stampFix(fix);
      if (suggestions) checked.suggestions = suggestions.map(stampFix);
      // A grouped finding's places carry their own fixes: those are offered too, so they are stamped too.
      if (finding.ranges) {
        checked.ranges = finding.ranges.map(({ fix: placeFix, suggestions: placeSuggestions, ...place }) => ({
          ...place,
          // What "Ignore" remembers of a place, and what the panel quotes: from this very draft.
          text: text.slice(place.start, place.end),
          ...(placeFix ? { fix: stampFix(placeFix) } : {}),
          ...(placeSuggestions ? { suggestions: placeSuggestions.map(stampFix) } : {}),
        }));
      }
      return checked;
    }),
  };
}

export interface Span {
  start: number;
  end: number;
}

/**
 * Where [start, end) of `checked` lies in `live`, when the two texts alone prove it: every
 * smallest single edit that turns `checked` into `live` lies wholly before the range (the range
 * moves by the length difference) or wholly after it (it stays put). Null when an edit may touch
 * the range, or when the texts cannot tell on which side it happened (typing "We" just before
 * "We" reads the same as typing it just after).
 */
export function mapRange(checked: string, live: string, start: number, end: number): Span | null {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > checked.length) return null;
  if (checked === live) return { start, end };
  const shortest = Math.min(checked.length, live.length);
  let prefix = 0;
  while (prefix < shortest && checked.charCodeAt(prefix) === live.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < shortest && checked.charCodeAt(checked.length - 1 - suffix) === live.charCodeAt(live.length - 1 - suffix)) suffix++;
  // A smallest edit replaces `replaced` characters of `checked`. It keeps a common prefix before
  // it and a common suffix after it, so it starts somewhere in [earliest, latest]: in a repeated
  // run ("aa" → "aaa") it can slide, and all of that slide must stay clear of the range.
  const replaced = checked.length - prefix - Math.min(suffix, shortest - prefix);
  const earliest = Math.max(0, checked.length - suffix - replaced);
  const latestEnd = prefix + replaced;
  // An empty range (an insertion point) touching the edit is ambiguous: before or after the typing?
  const before = start === end ? end < earliest : end <= earliest;
  if (before) return { start, end };
  const after = start === end ? start > latestEnd : start >= latestEnd;
  if (after) {
    const shift = live.length - checked.length;
    return { start: start + shift, end: end + shift };
  }
  return null;
}

export type FixVerdict =
  | { ok: true; start: number; end: number }
  | { ok: false; reason: 'no-provenance' | 'older-revision' | 'not-what-was-seen' | 'changed-under-range' };

/**
 * Whether `fix` may be applied to the live text, and where. It must come from the revision whose
 * text is `checked` (the one shown), name exactly the text it was computed on, and that text must
 * be provably the same occurrence in `live` (see `mapRange`).
 */
export function locateFix(fix: Partial<Provenance> & Span, checked: { revision: number; text: string }, live: string): FixVerdict {
  if (!hasProvenance(fix)) return { ok: false, reason: 'no-provenance' };
  if (fix.revision !== checked.revision) return { ok: false, reason: 'older-revision' };
  if (!(fix.start >= 0 && fix.end <= checked.text.length) || checked.text.slice(fix.start, fix.end) !== fix.seen) {
    return { ok: false, reason: 'not-what-was-seen' };
  }
  const at = mapRange(checked.text, live, fix.start, fix.end);
  if (!at || live.slice(at.start, at.end) !== fix.seen) return { ok: false, reason: 'changed-under-range' };
  return { ok: true, ...at };
}
