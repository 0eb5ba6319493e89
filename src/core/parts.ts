// The draft's structure: greeting, message, sign-off, signature and quoted history, as absolute
// UTF-16 spans of the body. One pass over the lines, a few bounded checks per line: linear in the
// body's length, and no regex ever runs over more than one line (or two, for a wrapped header).
import type { Parts, Span, StructureHints } from './types.js';
import { foldName, isKnownFirstName, isOrdinaryWord } from './names.js';
import { GENERIC_GREETINGS, GROUP_WORDS, NAME_JOINERS, NOT_NAMES, SALUTATIONS, type GenericGreeting } from './data/greetings.js';
import { SIGNOFFS } from './data/signoffs.js';
import { DEVICE_FOOTERS, DISCLAIMER_STARTS } from './data/signatures.js';
import { ATTRIBUTIONS, HEADER_FROM, HEADER_OTHER, SEPARATORS } from './data/quote-headers.js';
import { NAME_TITLES } from './data/name-affixes.js';
import { onClearSentenceCache } from './nlp.js';
import { sharedEndsCached } from './text.js';

export interface GreetedName {
  /** The name as written, e.g. "Chris", "Dr. Okafor", "Mary-Jane". */
  text: string;
  start: number;
  end: number;
}

export interface Greeting {
  /** The whole greeting (salutation + names + punctuation), without the rest of its line. */
  span: Span;
  /** "Hi", "Dear", "Good morning"… absent for a bare "Chris," line. */
  salutation?: Span;
  names: GreetedName[];
  /** Set when the greeting is generic ("Dear Sir/Madam", "Hi there", "To whom it may concern"). */
  generic?: boolean;
  /** For a generic greeting: the language of its phrase, so a fix can greet in the same language. */
  lang?: GenericGreeting['lang'];
}

interface Line {
  start: number;
  /** End of the line's text, before '\n' (and a trailing '\r'). */
  end: number;
  text: string;
}

// Longer lines are prose, not headers or footers; skipping them keeps each check bounded.
const MAX_HEADER_LINE = 400;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A sticky, case-insensitive pattern for a phrase: flexible spaces, "Sir/Madam" = "Sir / Madam". */
const phrasePattern = (phrase: string) =>
  new RegExp(
    phrase
      .split(/\s+/)
      .map((w) => escapeRe(w).replace(/\\?\//g, '\\s*/\\s*'))
      .join('\\s+'),
    'iuy',
  );
const byLengthDesc = <T>(key: (x: T) => string) => (a: T, b: T) => key(b).length - key(a).length;

const GENERIC = [...GENERIC_GREETINGS].sort(byLengthDesc((g) => g.phrase)).map((g) => ({ ...g, re: phrasePattern(g.phrase) }));
const SALUTES = [...SALUTATIONS].sort(byLengthDesc((s) => s.text)).map((s) => ({ ...s, re: phrasePattern(s.text) }));
const NOT_NAME = new Set(NOT_NAMES.map(foldName));
const JOINERS = new Set(NAME_JOINERS);
const GROUP = new Set(GROUP_WORDS.map(foldName));
const TITLES = new Set(NAME_TITLES);
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
const DISCLAIMER_PREFIX = DISCLAIMERS.reduce((max, d) => Math.max(max, d.length), 0) + 8;
const SEPARATOR_SET = new Set(SEPARATORS.map((s) => s.toLowerCase().replace(/:$/, '')));
const headerRe = (names: readonly string[]) =>
  new RegExp(`^[*>\\s]*(?:${[...names].sort((a, b) => b.length - a.length).map(escapeRe).join('|')})\\s?:`, 'iu');
const HEADER_FROM_RE = headerRe(HEADER_FROM);
const HEADER_OTHER_RE = headerRe(HEADER_OTHER);

// Characters that end a greeting: "Hi Chris," "Hi Chris!" "Hi Chris:" "Hi Chris —" "Hi Chris."
const TERMINATOR = /[,!:;.…—–]/u;

function splitLines(body: string): Line[] {
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

const isBlank = (s: string) => !/\S/.test(s);

// ─── Greeting ──────────────────────────────────────────────────────────────

const NAME_WORD = /\p{Lu}[\p{L}\p{M}'’-]*/uy;
const LOWER_WORD = /\p{Ll}[\p{L}\p{M}'’-]*/uy;
const TITLE_WORD = /\p{L}+\.?/uy;
const PARTICLES = new Set(['de', 'del', 'de la', 'la', 'le', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'dos', 'das', 'ter', 'ten', 'bin', 'al', 'el']);

function matchAt(re: RegExp, text: string, at: number): string | undefined {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? m[0] : undefined;
}

function skipSpaces(text: string, at: number): number {
  while (at < text.length && (text[at] === ' ' || text[at] === '\t' || text[at] === '\u00a0' || text[at] === '\u202f')) at++;
  return at;
}

/** One name at `at` ("Chris", "Mary-Jane", "Anne Marie", "Dr. Okafor", "van der Berg"): its end, or -1. */
function parseName(text: string, at: number, allowLowercase: boolean): number {
  let p = at;
  let sawTitle = false;
  // Titles: "Dr.", "Ms", "Herr Dr." — only when a capitalised name follows.
  for (let k = 0; k < 3; k++) {
    const t = matchAt(TITLE_WORD, text, p);
    if (!t || !TITLES.has(foldName(t).replace(/\.$/, ''))) break;
    const after = skipSpaces(text, p + t.length);
    if (after === p + t.length || !matchAt(NAME_WORD, text, after)) break;
    p = after;
    sawTitle = true;
  }
  let end = -1;
  let q = p;
  for (let words = 0; words < 4; words++) {
    let w = matchAt(NAME_WORD, text, q);
    if (!w && words === 0 && allowLowercase && !sawTitle) {
      const lw = matchAt(LOWER_WORD, text, q);
      // "hi chris," — a lower-case name only when it is a known first name and ends the greeting
      if (lw && isKnownFirstName(lw) && !NOT_NAME.has(foldName(lw))) {
        const after = skipSpaces(text, q + lw.length);
        if (after >= text.length || TERMINATOR.test(text[after]!)) return q + lw.length;
      }
      return -1;
    }
    if (!w && words > 0) {
      // particles inside a surname: "van der Berg", "de la Cruz"
      let r = q;
      let particle: string | undefined;
      for (let k = 0; k < 2; k++) {
        const lw = matchAt(LOWER_WORD, text, r);
        if (!lw || !PARTICLES.has(lw)) break;
        particle = lw;
        r = skipSpaces(text, r + lw.length);
      }
      if (particle && matchAt(NAME_WORD, text, r)) {
        q = r;
        w = matchAt(NAME_WORD, text, q);
      }
    }
    if (!w) break;
    // A trailing hyphen or apostrophe belongs to the punctuation, not the name.
    w = w.replace(/[-'’]+$/u, '');
    if (!w) break;
    // "Hi Chris, Thanks for…" — but "Hi Will," is a name when it ends the greeting.
    if (NOT_NAME.has(foldName(w)) && !(words === 0 && isKnownFirstName(w) && endsNameList(text, q + w.length))) break;
    end = q + w.length;
    const next = text[end];
    if (next !== ' ' && next !== '\u00a0') break;
    const after = skipSpaces(text, end);
    if (after === end) break;
    q = after;
  }
  return end;
}

/** After a name: is the greeting list over here (punctuation, end of line, or a joiner)? */
function endsNameList(text: string, at: number): boolean {
  const p = skipSpaces(text, at);
  return p >= text.length || TERMINATOR.test(text[p]!) || text[p] === '-' || JOINERS.has((matchAt(/\S+/y, text, p) ?? '').toLowerCase());
}

/** Names at `at`: "Chris", "Chris and Dana", "Chris, Dana", "Chris & Dana", "Chris, Dana, and Pat". */
function parseNames(text: string, at: number, lineStart: number): { names: GreetedName[]; end: number } {
  const names: GreetedName[] = [];
  let p = at;
  let end = at;
  // A later name accepted only because a joiner followed it ("Hi Chris, Dana and …") must be
  // followed by another name, or it was the start of the sentence ("Dana and I were talking").
  let pendingJoiner: { previousEnd: number } | undefined;
  for (let guard = 0; guard < 12; guard++) {
    const nameEnd = parseName(text, p, names.length === 0);
    // A later name must end the list, so "Hi Chris, Thanks for…" stops after Chris.
    if (nameEnd <= p || (names.length > 0 && !endsNameList(text, nameEnd))) {
      if (pendingJoiner) {
        names.pop();
        end = pendingJoiner.previousEnd;
      }
      break;
    }
    const q = skipSpaces(text, nameEnd);
    const closed = q >= text.length || TERMINATOR.test(text[q]!) || text[q] === '-';
    pendingJoiner = names.length > 0 && !closed ? { previousEnd: end } : undefined;
    names.push({ text: text.slice(p, nameEnd), start: lineStart + p, end: lineStart + nameEnd });
    end = nameEnd;
    // separator to the next name
    let s = skipSpaces(text, end);
    if (text[s] === ',') s = skipSpaces(text, s + 1);
    else if (s === end) break;
    const joiner = matchAt(/\S+/y, text, s);
    if (joiner && JOINERS.has(joiner.toLowerCase())) s = skipSpaces(text, s + joiner.length);
    if (s >= text.length) break;
    p = s;
  }
  return { names, end };
}

/** A group word right after the names: "… team", "… and team", "… & all". */
function groupAfter(text: string, at: number): { end: number; joined: boolean } | undefined {
  let p = skipSpaces(text, at);
  if (p === at) return undefined;
  let joined = false;
  const first = matchAt(/[^\s,!:;.]+/uy, text, p);
  if (first && JOINERS.has(first.toLowerCase())) {
    joined = true;
    p = skipSpaces(text, p + first.length);
  }
  const word = matchAt(/[\p{L}'’]+/uy, text, p);
  if (!word || !GROUP.has(foldName(word))) return undefined;
  const end = p + word.length;
  if (end < text.length && !/[\s,!:;.—–-]/u.test(text[end]!)) return undefined;
  return { end, joined };
}

/** Punctuation closing a greeting at `at` ("," "!" ":" " —" " - "), returning the greeting's end. */
const EMOJI = /[\p{Extended_Pictographic}\u200d\ufe0f\u{1F3FB}-\u{1F3FF}]/uy;

function consumeTerminator(text: string, at: number): { end: number; found: boolean } {
  let p = skipSpaces(text, at);
  // "Hi Chris 👋," — a wave belongs to the greeting.
  let emojiEnd = -1;
  for (let k = 0; k < 16; k++) {
    const e = matchAt(EMOJI, text, p);
    if (!e) break;
    emojiEnd = p + e.length;
    p = skipSpaces(text, emojiEnd);
  }
  if (emojiEnd >= 0) {
    const after = consumeTerminator(text, emojiEnd);
    return after.found && after.end > emojiEnd ? after : { end: emojiEnd, found: true };
  }
  const ch = text[p];
  if (ch === undefined) return { end: at, found: true };
  if (ch === '-' && text[p + 1] === '-' && text[p + 2] !== '-') return { end: p + 2, found: true }; // "Hi Chris -- quick one"
  if (ch === '—' || ch === '–' || ch === '…' || (ch === '-' && p > at && (text[p + 1] === ' ' || p + 1 === text.length))) return { end: p + 1, found: true };
  // French puts a space before "!" and ":" ("Salut Luc !").
  if (/[,!:;]/.test(ch)) {
    let e = p + 1;
    while (e < text.length && /[!]/.test(text[e]!)) e++;
    // "Hi Chris! 🙂" — emoji closing the greeting line belong to it.
    let q = skipSpaces(text, e);
    let emojiEnd = -1;
    for (let k = 0; k < 16; k++) {
      const em = matchAt(EMOJI, text, q);
      if (!em) break;
      emojiEnd = q + em.length;
      q = skipSpaces(text, emojiEnd);
    }
    if (emojiEnd >= 0 && q >= text.length) e = emojiEnd;
    return { end: e, found: true };
  }
  // A full stop ends a greeting only before a space or the end: "Hi Chris. Quick one…"
  if (p === at && ch === '.' && (p + 1 === text.length || /\s/.test(text[p + 1]!))) return { end: p + 1, found: true };
  return { end: at, found: false };
}

function parseGreetingLine(line: Line): Greeting | undefined {
  const text = line.text;
  const base = line.start;
  const i = skipSpaces(text, 0);
  const span = (s: number, e: number): Span => ({ start: base + s, end: base + e });

  for (const g of GENERIC) {
    const m = matchAt(g.re, text, i);
    if (!m) continue;
    const after = i + m.length;
    if (after < text.length && /[\p{L}\p{N}]/u.test(text[after]!)) continue;
    const term = consumeTerminator(text, after);
    if (!term.found) continue;
    return { span: span(i, term.end), salutation: span(i, after), names: [], generic: true, lang: g.lang };
  }

  for (const s of SALUTES) {
    const m = matchAt(s.re, text, i);
    if (!m) continue;
    const salEnd = i + m.length;
    if (salEnd < text.length && /[\p{L}\p{N}'’]/u.test(text[salEnd]!)) continue;
    let p = skipSpaces(text, salEnd);
    // "Hi, Chris" / "Hello, Chris!"
    let commaFirst = false;
    if (text[p] === ',' ) {
      const q = skipSpaces(text, p + 1);
      const probe = parseNames(text, q, base);
      if (probe.names.length && consumeTerminator(text, probe.end).found) {
        commaFirst = true;
        p = q;
      }
    }
    const { names, end } = p > salEnd || commaFirst ? parseNames(text, p, base) : { names: [], end: salEnd };
    if (names.length) {
      const group = groupAfter(text, end);
      if (group !== undefined) {
        const term = consumeTerminator(text, group.end);
        // "Hi Sprout team," greets a group; "Hi Chris and team," still greets Chris.
        if (group.joined) return { span: span(i, term.end), salutation: span(i, salEnd), names };
        if (names.length === 1) return { span: span(i, term.end), salutation: span(i, salEnd), names: [], generic: true, lang: 'en' };
      }
      const term = consumeTerminator(text, end);
      return { span: span(i, term.end), salutation: span(i, salEnd), names };
    }
    const term = consumeTerminator(text, salEnd);
    if (term.found) return { span: span(i, term.end), salutation: span(i, salEnd), names: [] };
    if (s.formal) {
      // "Dear valued partner," — a few lower-case words up to the punctuation: a generic addressee
      const rest = /^[ \t\u00a0]+\p{Ll}[\p{L}'’-]*(?:[ \t\u00a0]+\p{Ll}[\p{L}'’-]*){0,3}[ \t\u00a0]*[,:!]/u.exec(text.slice(salEnd, salEnd + 80));
      if (rest) {
        const e = salEnd + rest[0].length;
        return { span: span(i, e), salutation: span(i, salEnd), names: [], generic: true, lang: 'en' };
      }
    }
    if (s.ambiguous) return undefined;
    return { span: span(i, salEnd), salutation: span(i, salEnd), names: [] };
  }

  // A bare "Chris," (or "Chris and Dana,") alone on its line.
  const { names, end } = parseNames(text, i, base);
  if (!names.length) return undefined;
  const firstWord = names[0]!.text.split(/\s+/)[0]!;
  if (isOrdinaryWord(firstWord)) return undefined;
  const term = consumeTerminator(text, end);
  if (!term.found || term.end === end || !isBlank(text.slice(term.end))) return undefined;
  // "Agenda:" or "Acme:" opens a list; "Chris:" only when Chris is a known first name.
  if (text.slice(end, term.end).trim() === ':' && !isKnownFirstName(firstWord)) return undefined;
  return { span: span(i, term.end), names };
}

// ─── Quoted history ────────────────────────────────────────────────────────

function isAttribution(text: string): boolean {
  const t = text.trim();
  // A time, a year or an address: "On 3 occasions she wrote:" is prose.
  if (t.length > MAX_HEADER_LINE * 2 || !t.endsWith(':') || !/\d{1,2}:\d{2}|\d{4}|@/.test(t)) return false;
  for (const a of ATTRIBUTIONS) {
    if (t.startsWith(a.lead + ' ') && t.includes(a.verb)) return true;
  }
  return false;
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

function findQuotedStart(lines: Line[], limit: number): number {
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
    if (/^\s*_{8,}\s*$/.test(t)) {
      let j = i + 1;
      while (j < lines.length && isBlank(lines[j]!.text)) j++;
      if (j < lines.length && isHeaderBlock(lines, j)) return line.start;
      continue;
    }
    if (isHeaderBlock(lines, i)) return line.start;
    if (isAttribution(t)) return line.start;
    // Gmail wraps a long attribution over two lines.
    const next = lines[i + 1];
    if (next && next.text.length <= MAX_HEADER_LINE && ATTRIBUTIONS.some((a) => t.trimStart().startsWith(a.lead + ' '))) {
      if (isAttribution(`${t.trim()} ${next.text.trim()}`)) return line.start;
    }
  }
  return limit;
}

// ─── Signature and sign-off ────────────────────────────────────────────────

function startsSignature(text: string): boolean {
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
function signoffOn(line: Line): { end: number } | undefined {
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
function looksLikeSignatureBlock(lines: Line[], from: number, to: number): boolean {
  let count = 0;
  for (let j = from; j < to; j++) {
    const t = lines[j]!.text.trim();
    if (!t) continue;
    const words = t.split(/\s+/).length;
    if (++count > 10 || t.length > 120 || words >= 14) return false;
    // The line after a sign-off is a name, not a sentence: "Thanks!\nSee you Friday." is a message.
    if (count === 1 && words >= 3 && /[.?!]$/.test(t) && !/^\p{Lu}\S*(\s+\p{Lu}\S*)*$/u.test(t)) return false;
  }
  return true;
}

const NAME_LINE = /^[-–—~]?\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;

/** Without a sign-off: a closing "Pat Smith / VP Sales / +1 555…" block, or a lone "Pat" / "-Pat" line. */
function trailingSignatureBlock(lines: Line[], from: number, to: number): number | undefined {
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

// ─── Splitting ─────────────────────────────────────────────────────────────

function cleanSpans(spans: Span[] | undefined, length: number): Span[] {
  if (!Array.isArray(spans)) return [];
  return spans
    .filter((s) => s && Number.isFinite(s.start) && Number.isFinite(s.end))
    .map((s) => ({ start: Math.max(0, Math.min(length, Math.floor(s.start))), end: Math.max(0, Math.min(length, Math.floor(s.end))) }))
    .filter((s) => s.end > s.start);
}

function trimSpan(body: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(body[s]!)) s++;
  while (e > s && /\s/.test(body[e - 1]!)) e--;
  return { start: s, end: e };
}

/** Index of the first line starting at or after `offset` (lines are in order). */
function lineAt(lines: Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface SplitResult {
  parts: Parts;
  greeting?: Greeting;
}

export function splitParts(body: string, hints?: StructureHints): SplitResult {
  const text = typeof body === 'string' ? body : '';
  try {
    const quoted = cleanSpans(hints?.quoted, text.length);
    const signature = cleanSpans(hints?.signature, text.length);
    const reused = lastSplit && reuseSplit(lastSplit, text, quoted, signature);
    if (reused) splitCounts.reused++;
    else splitCounts.fresh++;
    const result = reused ?? split(text, quoted, signature);
    lastSplit = { body: text, quoted, signature, result };
    return copyResult(result);
  } catch {
    lastSplit = undefined;
    // Never lose the draft over a parsing edge case: the whole body is the message.
    return { parts: { message: trimSpan(text, 0, text.length) } };
  }
}

/** `splitParts` without reusing the previous split (the reference the tests compare against). */
export function splitPartsFresh(body: string, hints?: StructureHints): SplitResult {
  const text = typeof body === 'string' ? body : '';
  try {
    return split(text, cleanSpans(hints?.quoted, text.length), cleanSpans(hints?.signature, text.length));
  } catch {
    return { parts: { message: trimSpan(text, 0, text.length) } };
  }
}

function split(body: string, hintedQuoted: Span[], hintedSignature: Span[]): SplitResult {
  const lines = splitLines(body);
  const inHint = (offset: number) =>
    hintedQuoted.some((h) => offset >= h.start && offset < h.end) || hintedSignature.some((h) => offset >= h.start && offset < h.end);

  // Quoted history runs from its header to the end of the body.
  const quotedHint = hintedQuoted.reduce((min, h) => Math.min(min, h.start), body.length);
  const quotedStart = findQuotedStart(lines, quotedHint);

  // Hard signature starts: the DOM's word, a "-- " line, a device footer, a disclaimer.
  let signatureStart = hintedSignature.reduce((min, h) => Math.min(min, h.start), quotedStart);
  for (const line of lines) {
    if (line.start >= signatureStart) break;
    if (inHint(line.start)) continue;
    if (startsSignature(line.text)) {
      signatureStart = line.start;
      break;
    }
  }
  let contentEnd = signatureStart;

  // Greeting: the first non-blank line, when it is above everything else.
  let greeting: Greeting | undefined;
  let firstLine = 0;
  while (firstLine < lines.length && isBlank(lines[firstLine]!.text)) firstLine++;
  const opening = lines[firstLine];
  if (opening && opening.start < contentEnd && !inHint(opening.start)) {
    const g = parseGreetingLine(opening);
    if (g && g.span.end <= contentEnd) greeting = g;
  }
  const messageFrom = greeting ? greeting.span.end : 0;

  // Sign-off: the last closing line above the signature, followed only by a name/signature block.
  let signoff: Span | undefined;
  let signatureFromSignoff: number | undefined;
  const firstMessageLine = lineAt(lines, messageFrom);
  const endLine = lineAt(lines, contentEnd);
  for (let j = endLine - 1; j >= firstMessageLine; j--) {
    const line = lines[j]!;
    if (line.start < messageFrom || line.end > contentEnd || isBlank(line.text)) continue;
    const so = signoffOn(line);
    if (!so) continue;
    if (looksLikeSignatureBlock(lines, j + 1, endLine)) {
      const lead = line.text.length - line.text.trimStart().length;
      signoff = { start: line.start + lead, end: so.end };
      const rest = trimSpan(body, so.end, contentEnd);
      if (rest.end > rest.start) signatureFromSignoff = rest.start;
    }
    break;
  }
  if (signatureFromSignoff !== undefined && signatureFromSignoff < signatureStart) signatureStart = signatureFromSignoff;
  if (!signoff && signatureStart === contentEnd) {
    const block = trailingSignatureBlock(lines, Math.max(firstMessageLine, firstLine + (greeting ? 1 : 0)), endLine);
    if (block !== undefined && lines[block]!.start >= messageFrom) signatureStart = contentEnd = lines[block]!.start;
  }
  contentEnd = Math.min(contentEnd, signatureStart);

  const messageEnd = Math.min(contentEnd, signoff ? signoff.start : contentEnd);
  let message = trimSpan(body, Math.min(messageFrom, messageEnd), messageEnd);
  if (message.start > message.end) message = { start: message.end, end: message.end };

  const parts: Parts = { message };
  if (greeting) parts.greeting = { ...greeting.span };
  if (signoff) parts.signoff = signoff;
  if (signatureStart < quotedStart) {
    const sig = trimSpan(body, signatureStart, quotedStart);
    if (sig.end > sig.start) parts.signature = sig;
  }
  if (quotedStart < body.length) {
    const q = trimSpan(body, quotedStart, body.length);
    if (q.end > q.start) parts.quoted = { start: q.start, end: body.length };
  }
  return greeting ? { parts, greeting } : { parts };
}

// ─── Reuse between keystrokes ──────────────────────────────────────────────
//
// Typing edits one line at a time. If an edit stays inside one line (no line break added or
// removed), lies inside the message (text of the message on both sides of it), that line is not
// the greeting line, and every line check of split() reads the line the same before and after the
// edit (lineVerdicts), then split() takes the same path and the only change is that offsets after
// the edit move by its length. Any line check added to split() must be added to lineVerdicts;
// tests/core/properties.test.ts compares this reuse with a fresh split on random edits.

let lastSplit: { body: string; quoted: Span[]; signature: Span[]; result: SplitResult } | undefined;
const splitCounts = { reused: 0, fresh: 0 };
/** How many splits were reused vs computed (so tests can tell that the reuse path is exercised). */
export function splitStats(): { reused: number; fresh: number } {
  return { ...splitCounts };
}
onClearSentenceCache(() => {
  lastSplit = undefined;
});

const UNDERSCORE_LINE = /^\s*_{8,}\s*$/;
const CAPITALISED_LINE = /^\p{Lu}\S*(\s+\p{Lu}\S*)*$/u;
const startsAttribution = (text: string) => ATTRIBUTIONS.some((a) => text.trimStart().startsWith(a.lead + ' '));

/**
 * What each line check of split() makes of one line (with its neighbours, for two-line headers).
 * Checks that split() only reaches for short lines are skipped for long ones, as split() does.
 */
function lineVerdicts(line: Line, prev: string | undefined, next: string | undefined): string {
  const t = line.text;
  const trimmed = t.trim();
  let v = `${isBlank(t) ? 'b' : '-'}${isQuoteLine(t) ? 'q' : '-'}${startsSignature(t) ? 's' : '-'}`;
  // findQuotedStart and isHeaderBlock read lines up to MAX_HEADER_LINE only.
  if (t.length <= MAX_HEADER_LINE) {
    const leads = startsAttribution(t);
    v += `|${isSeparator(t) ? 'S' : '-'}${UNDERSCORE_LINE.test(t) ? '_' : '-'}${HEADER_FROM_RE.test(t) ? 'F' : '-'}`;
    v += `${HEADER_OTHER_RE.test(t) ? 'O' : '-'}${isAttribution(t) ? 'A' : '-'}${leads ? 'L' : '-'}`;
    v += leads && next !== undefined && next.length <= MAX_HEADER_LINE && isAttribution(`${trimmed} ${next.trim()}`) ? 'N' : '-';
    v += prev !== undefined && prev.length <= MAX_HEADER_LINE && startsAttribution(prev) && isAttribution(`${prev.trim()} ${trimmed}`) ? 'P' : '-';
  }
  // signoffOn
  const signoff = signoffOn(line);
  if (signoff) v += `|${signoff.end - line.start}/${t.length - t.trimStart().length}`;
  // looksLikeSignatureBlock: a line failing the first test is never read further.
  if (trimmed.length > 120 || trimmed.split(/\s+/).length >= 14) v += '|F';
  else v += /[.?!]$/.test(trimmed) && /\s\S+\s/.test(trimmed) && !CAPITALISED_LINE.test(trimmed) ? '|X' : '|-';
  // trailingSignatureBlock: a line that does not fit is not read for contacts.
  v += NAME_LINE.test(trimmed) && (/^[-–—~]/.test(trimmed) || !isOrdinaryWord(trimmed.split(/\s+/)[0]!)) ? 'n' : '-';
  v += trimmed.length > 80 || /\?$/.test(trimmed) ? 'U' : PHONE.test(trimmed) || CONTACT.test(trimmed) ? 'C' : '-';
  return v;
}

/** The line of `text` around `offset`, as splitLines cuts it. */
function lineAround(text: string, offset: number): Line {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.indexOf('\n', offset);
  let end = nl === -1 ? text.length : nl;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return { start, end, text: text.slice(start, end) };
}

/** The previous split moved to the edited body, or undefined when the edit may have changed it. */
function reuseSplit(last: NonNullable<typeof lastSplit>, body: string, quoted: Span[], signature: Span[]): SplitResult | undefined {
  const old = last.body;
  if (old === body) return sameSpans(last.quoted, quoted) && sameSpans(last.signature, signature) ? last.result : undefined;
  const { prefix: p, suffix: q } = sharedEndsCached(old, body);
  const oldEnd = old.length - q;
  const newEnd = body.length - q;
  const delta = body.length - old.length;
  const removed = old.slice(p, oldEnd);
  const inserted = body.slice(p, newEnd);
  if (/[\r\n]/.test(removed) || /[\r\n]/.test(inserted)) return undefined;

  // Message text on both sides of the edit, so trimming the message ends reads unchanged text.
  const { message } = last.result.parts;
  if (!(message.start < p && message.end >= oldEnd)) return undefined;
  if (message.end === oldEnd && /\s/.test(body[newEnd - 1] ?? ' ')) return undefined;

  const oldLine = lineAround(old, p);
  // The greeting is read from the first non-blank line.
  if (!/\S/.test(old.slice(0, oldLine.start))) return undefined;
  const nlAt = old.indexOf('\n', p);
  const nlOld = nlAt === -1 ? old.length : nlAt;
  const move = (x: number) => (x <= oldLine.start ? x : x > nlOld ? x + delta : -1);
  if (!sameSpans(quoted, mapSpans(last.quoted, move)) || !sameSpans(signature, mapSpans(last.signature, move))) return undefined;

  const newLine = lineAround(body, p);
  const prev = oldLine.start > 0 ? lineAround(old, oldLine.start - 1).text : undefined;
  const next = nlOld < old.length ? lineAround(old, nlOld + 1).text : undefined;
  if (lineVerdicts(oldLine, prev, next) !== lineVerdicts(newLine, prev, next)) return undefined;

  // Offsets before the edit stay; offsets after it (and the message's end) move with it.
  const moved = mapResult(last.result, { p, oldEnd, delta });
  return validResult(moved, body.length) ? moved : undefined;
}

function sameSpans(a: readonly Span[], b: readonly Span[] | undefined): boolean {
  if (!b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.start !== b[i]!.start || a[i]!.end !== b[i]!.end) return false;
  return true;
}

/** Spans moved by `move`, or undefined when an offset lies inside the edited line (`move` gives -1). */
function mapSpans(spans: readonly Span[], move: (x: number) => number): Span[] | undefined {
  const out: Span[] = [];
  for (const s of spans) {
    const start = move(s.start);
    const end = move(s.end);
    if (start < 0 || end < 0) return undefined;
    out.push({ start, end });
  }
  return out;
}

/** An edit of [p, oldEnd) whose replacement is `delta` longer; an offset inside it has no place (NaN). */
interface Edit {
  p: number;
  oldEnd: number;
  delta: number;
}
const NO_EDIT: Edit = { p: Infinity, oldEnd: Infinity, delta: 0 };
const moveOffset = (x: number, e: Edit) => (x < e.p ? x : x >= e.oldEnd ? x + e.delta : Number.NaN);
const moveSpan = (s: Span, e: Edit): Span => ({ start: moveOffset(s.start, e), end: moveOffset(s.end, e) });
const spanOk = (s: Span | undefined, length: number) => s === undefined || (s.start >= 0 && s.start <= s.end && s.end <= length);

function validResult(r: SplitResult, length: number): boolean {
  const { parts, greeting } = r;
  if (!spanOk(parts.message, length) || !spanOk(parts.greeting, length) || !spanOk(parts.signoff, length)) return false;
  if (!spanOk(parts.signature, length) || !spanOk(parts.quoted, length)) return false;
  if (!greeting) return true;
  if (!spanOk(greeting.span, length) || !spanOk(greeting.salutation, length)) return false;
  for (const n of greeting.names) if (!spanOk(n, length)) return false;
  return true;
}

/** The split with its offsets moved by an edit (fresh objects throughout). */
function mapResult(result: SplitResult, e: Edit): SplitResult {
  const { parts, greeting } = result;
  const moved: Parts = { message: moveSpan(parts.message, e) };
  if (parts.greeting) moved.greeting = moveSpan(parts.greeting, e);
  if (parts.signoff) moved.signoff = moveSpan(parts.signoff, e);
  if (parts.signature) moved.signature = moveSpan(parts.signature, e);
  if (parts.quoted) moved.quoted = moveSpan(parts.quoted, e);
  if (!greeting) return { parts: moved };
  const names: GreetedName[] = [];
  for (const n of greeting.names) names.push({ text: n.text, ...moveSpan(n, e) });
  const g: Greeting = { ...greeting, span: moveSpan(greeting.span, e), names };
  if (greeting.salutation) g.salutation = moveSpan(greeting.salutation, e);
  return { parts: moved, greeting: g };
}

/** Callers get their own objects: the cached split must not change under them. */
function copyResult(result: SplitResult): SplitResult {
  return mapResult(result, NO_EDIT);
}
