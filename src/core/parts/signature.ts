// The signature and the sign-off: "-- " lines, device footers and disclaimers, a closing line
// ("Thanks,", "Best, Pat") followed by a name block, or a closing "Pat Smith / VP Sales" block.
import { foldName, isOrdinaryWord } from '../names.js';
import { SIGNOFFS } from '../data/signoffs.js';
import { DEVICE_FOOTERS, DISCLAIMER_STARTS } from '../data/signatures.js';
import { isBlank, type Line } from './lines.js';

const normalizeClosing = (s: string) =>
  foldName(s)
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
const SIGNOFF_SET = new Set(SIGNOFFS.map(normalizeClosing));
const FOOTERS = DEVICE_FOOTERS.map((f) => f.toLowerCase());
const DISCLAIMERS = DISCLAIMER_STARTS.map((d) => d.toLowerCase());
// Room past the longest disclaimer so that a character's lower case never depends on the cut.
const DISCLAIMER_PREFIX = Math.max(0, ...DISCLAIMERS.map((d) => d.length)) + 8;
const CAPITALISED_LINE = /^\p{Lu}\S*(\s+\p{Lu}\S*)*$/u;

export function startsSignature(text: string): boolean {
  const t = text.trim();
  if (t === '--') return true;
  // A prose line is long: lower-case only as much of it as a disclaimer could match (lower-casing
  // never shortens text, so a line over 200 characters stays over 200 and skips the footers).
  if (t.length > 200) {
    const head = t.slice(0, DISCLAIMER_PREFIX).toLowerCase();
    return DISCLAIMERS.some((d) => head.startsWith(d));
  }
  const lower = t.toLowerCase();
  if (lower.length <= 200 && FOOTERS.some((f) => lower.startsWith(f))) return true;
  return DISCLAIMERS.some((d) => lower.startsWith(d));
}

/** "Thanks," "Best regards" "Merci !" — or "Best, Pat" with the name on the same line. */
export function signoffOn(line: Line): { end: number } | undefined {
  const t = line.text;
  if (t.length > 80 || isBlank(t)) return undefined;
  const lead = t.length - t.trimStart().length;
  if (SIGNOFF_SET.has(normalizeClosing(t))) return { end: line.start + t.trimEnd().length };
  const m = /^(.+?)\s*[,—–-]\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s*$/u.exec(t.slice(lead));
  if (m && SIGNOFF_SET.has(normalizeClosing(m[1]!))) {
    const closing = t.indexOf(m[1]!, lead) + m[1]!.length;
    let e = closing;
    while (e < t.length && /[,—–-]/.test(t[e]!)) e++;
    return { end: line.start + e };
  }
  return undefined;
}

const PHONE = /\+?\d[\d\s().-]{7,}\d/;
const CONTACT = /\S@\S+\.\p{L}|https?:\/\/|www\.|linkedin\.com/iu;

/** The lines after a sign-off read as a name and signature block, not as more message. */
export function looksLikeSignatureBlock(lines: Line[], from: number, to: number): boolean {
  let count = 0;
  for (let j = from; j < to; j++) {
    const t = lines[j]!.text.trim();
    if (!t) continue;
    const words = t.split(/\s+/).length;
    if (++count > 10 || t.length > 120 || words >= 14) return false;
    // The line after a sign-off is a name, not a sentence: "Thanks!\nSee you Friday." is a message.
    if (count === 1 && words >= 3 && /[.?!]$/.test(t) && !CAPITALISED_LINE.test(t)) return false;
  }
  return true;
}

const NAME_LINE = /^[-–—~]?\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;

/** Without a sign-off: a closing "Pat Smith / VP Sales / +1 555…" block, or a lone "Pat" / "-Pat" line. */
export function trailingSignatureBlock(lines: Line[], from: number, to: number): number | undefined {
  let last = to - 1;
  while (last >= from && isBlank(lines[last]!.text)) last--;
  if (last <= from) return undefined;
  // The last paragraph (at most 8 lines), never the message's first line.
  let first = last;
  while (first - 1 > from && !isBlank(lines[first - 1]!.text) && last - first < 7) first--;
  for (let k = first; k <= last; k++) {
    const t = lines[k]!.text.trim();
    if (!NAME_LINE.test(t)) continue;
    const dashed = /^[-–—~]/.test(t);
    if (!dashed && isOrdinaryWord(t.split(/\s+/)[0]!)) continue;
    let fits = true;
    let contact = false;
    for (let m = k; m <= last && fits; m++) {
      const u = lines[m]!.text.trim();
      if (u.length > 80 || /\?$/.test(u)) fits = false;
      else if (PHONE.test(u) || CONTACT.test(u)) contact = true;
    }
    if (fits && (contact || k === last)) return k;
  }
  return undefined;
}
