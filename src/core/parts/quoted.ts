// Quoted history: Gmail's "On … wrote:", ">" lines, Outlook's "-----Original Message-----" and
// "From: … Sent: … To: … Subject:" blocks, forwarded-message headers, in several languages.
import { escapeRegExp } from '../phrases.js';
import { ATTRIBUTIONS, HEADER_FROM, HEADER_OTHER, SEPARATORS } from '../data/quote-headers.js';
import { isBlank, MAX_HEADER_LINE, type Line } from './lines.js';

const SEPARATOR_SET = new Set(SEPARATORS.map((s) => s.toLowerCase().replace(/:$/, '')));
const headerRe = (names: readonly string[]) =>
  new RegExp(`^[*>\\s]*(?:${[...names].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})\\s?:`, 'iu');
const HEADER_FROM_RE = headerRe(HEADER_FROM);
const HEADER_OTHER_RE = headerRe(HEADER_OTHER);

const UNDERSCORE_LINE = /^\s*_{8,}\s*$/;
const startsAttribution = (text: string) => ATTRIBUTIONS.some((a) => text.trimStart().startsWith(a.lead + ' '));

function isAttribution(text: string): boolean {
  const t = text.trim();
  // A time, a year or an address: "On 3 occasions she wrote:" is prose.
  if (t.length > MAX_HEADER_LINE * 2 || !t.endsWith(':') || !/\d{1,2}:\d{2}|\d{4}|@/.test(t)) return false;
  return ATTRIBUTIONS.some((a) => t.startsWith(a.lead + ' ') && t.includes(a.verb));
}

function isSeparator(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > 80) return false;
  const core = t.replace(/^[-_=*\s]+|[-_=*\s]+$/g, '').replace(/:$/, '').toLowerCase();
  if (!SEPARATOR_SET.has(core)) return false;
  // "Original message" alone in prose is rare, but require the usual dressing unless it is Apple's line.
  return /^[-_=*]/.test(t) || core === 'begin forwarded message';
}

function isHeaderBlock(lines: Line[], i: number): boolean {
  const line = lines[i]!.text;
  if (line.length > MAX_HEADER_LINE || !HEADER_FROM_RE.test(line)) return false;
  let fields = 0;
  for (let j = i + 1; j < lines.length && j <= i + 8; j++) {
    const t = lines[j]!.text;
    if (t.length <= MAX_HEADER_LINE && HEADER_OTHER_RE.test(t)) fields++;
    if (fields >= 2) return true;
  }
  return false;
}

const isQuoteLine = (text: string) => /^[ \t]*>/.test(text);

/** Where quoted history starts (at or before `limit`): a quote block, a separator, a header block or an attribution. */
export function findQuotedStart(lines: Line[], limit: number): number {
  // tailQuoted[i]: every non-blank line from i on starts with '>'
  const tailQuoted: boolean[] = new Array(lines.length + 1).fill(false);
  tailQuoted[lines.length] = true;
  for (let i = lines.length - 1; i >= 0; i--) {
    const t = lines[i]!.text;
    tailQuoted[i] = tailQuoted[i + 1]! && (isBlank(t) || isQuoteLine(t));
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.start >= limit) break;
    const t = line.text;
    if (isBlank(t)) continue;
    if (isQuoteLine(t)) {
      const next = lines[i + 1];
      if ((next && isQuoteLine(next.text)) || tailQuoted[i]) return line.start;
      continue;
    }
    if (t.length > MAX_HEADER_LINE) continue;
    if (isSeparator(t)) return line.start;
    if (UNDERSCORE_LINE.test(t)) {
      let j = i + 1;
      while (j < lines.length && isBlank(lines[j]!.text)) j++;
      if (j < lines.length && isHeaderBlock(lines, j)) return line.start;
      continue;
    }
    if (isHeaderBlock(lines, i)) return line.start;
    if (isAttribution(t)) return line.start;
    // Gmail wraps a long attribution over two lines.
    const next = lines[i + 1];
    if (next && next.text.length <= MAX_HEADER_LINE && startsAttribution(t)) {
      if (isAttribution(`${t.trim()} ${next.text.trim()}`)) return line.start;
    }
  }
  return limit;
}
