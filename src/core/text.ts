// STUB — to be implemented: words and sentences of a span of text, with absolute offsets.
import type { Span } from './types.js';

export interface Sentence extends Span {
  text: string;
  isQuestion: boolean;
}

export function wordSpans(_text: string, _span: Span): Span[] {
  return [];
}

export function splitSentences(_text: string, _span: Span): Sentence[] {
  return [];
}
