// The draft's structure: greeting, message, sign-off, signature and quoted history, as absolute
// UTF-16 spans of the body. One pass over the lines, a few bounded checks per line: linear in the
// body's length, and no regex ever runs over more than one line (or two, for a wrapped header).
import type { Parts, Span, StructureHints } from '../types.js';
import { trimSpan } from '../spans.js';
import { isBlank, lineAt, splitLines } from './lines.js';
import { parseGreetingLine, type Greeting } from './greeting.js';
import { findQuotedStart } from './quoted.js';
import { looksLikeSignatureBlock, signoffOn, startsSignature, trailingSignatureBlock } from './signature.js';

export type { Greeting, GreetedName } from './greeting.js';

function cleanSpans(spans: Span[] | undefined, length: number): Span[] {
  if (!Array.isArray(spans)) return [];
  return spans
    .filter((s) => s && Number.isFinite(s.start) && Number.isFinite(s.end))
    .map((s) => ({ start: Math.max(0, Math.min(length, Math.floor(s.start))), end: Math.max(0, Math.min(length, Math.floor(s.end))) }))
    .filter((s) => s.end > s.start);
}

export interface SplitResult {
  parts: Parts;
  greeting?: Greeting;
}

export function splitParts(body: string, hints?: StructureHints): SplitResult {
  const text = typeof body === 'string' ? body : '';
  try {
    return split(text, cleanSpans(hints?.quoted, text.length), cleanSpans(hints?.signature, text.length));
  } catch {
    // Never lose the draft over a parsing edge case: the whole body is the message.
    return { parts: { message: trimSpan(text, { start: 0, end: text.length }) } };
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
      const rest = trimSpan(body, { start: so.end, end: contentEnd });
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
  let message = trimSpan(body, { start: Math.min(messageFrom, messageEnd), end: messageEnd });
  if (message.start > message.end) message = { start: message.end, end: message.end };

  const parts: Parts = { message };
  if (greeting) parts.greeting = { ...greeting.span };
  if (signoff) parts.signoff = signoff;
  if (signatureStart < quotedStart) {
    const sig = trimSpan(body, { start: signatureStart, end: quotedStart });
    if (sig.end > sig.start) parts.signature = sig;
  }
  if (quotedStart < body.length) {
    const q = trimSpan(body, { start: quotedStart, end: body.length });
    if (q.end > q.start) parts.quoted = { start: q.start, end: body.length };
  }
  return greeting ? { parts, greeting } : { parts };
}
