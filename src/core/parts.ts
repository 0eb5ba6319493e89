// STUB — to be implemented: split the body into greeting, message, sign-off, signature, quoted.
import type { Parts, Span, StructureHints } from './types.js';

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
}

export function splitParts(body: string, _hints?: StructureHints): { parts: Parts; greeting?: Greeting } {
  return { parts: { message: { start: 0, end: body.length } } };
}
