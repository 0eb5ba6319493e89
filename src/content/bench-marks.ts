// Timing marks for `npm run bench` only: when the page's <html> carries data-pitchcheck-bench
// (the bench sets it before the page loads), the content script records how long its own work
// takes as performance measures the page can read. Off, it costs one attribute check.
export const BENCH_ATTRIBUTE = 'data-pitchcheck-bench';

export function benchMeasure(doc: Document, name: string, start: number, end: number): void {
  if (!doc.documentElement?.hasAttribute(BENCH_ATTRIBUTE)) return;
  try {
    performance.measure(name, { start, end });
  } catch {
    // Older browsers without the options form: the bench just sees fewer entries.
  }
}
