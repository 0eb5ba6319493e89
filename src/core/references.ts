// STUB — to be implemented: references to the sender (I, we, our company) and to the reader.
import type { Span } from './types.js';
import type { AnalysisContext } from './context.js';

export interface References {
  self: Span[];
  reader: Span[];
}

export function findReferences(_ctx: AnalysisContext): References {
  return { self: [], reader: [] };
}
