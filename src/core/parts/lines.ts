// The body as lines, for the structure checks that read a line at a time.

export interface Line {
  start: number;
  /** End of the line's text, before '\n' (and a trailing '\r'). */
  end: number;
  text: string;
}

// Longer lines are prose, not headers or footers; skipping them keeps each check bounded.
export const MAX_HEADER_LINE = 400;

export const isBlank = (s: string) => !/\S/.test(s);

export function splitLines(body: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = body.indexOf('\n', start);
    let end = nl === -1 ? body.length : nl;
    const next = nl === -1 ? -1 : nl + 1;
    if (end > start && body.charCodeAt(end - 1) === 13) end--; // '\r'
    lines.push({ start, end, text: body.slice(start, end) });
    if (next === -1) break;
    start = next;
  }
  return lines;
}

/** Index of the first line starting at or after `offset` (lines are in order). */
export function lineAt(lines: Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
