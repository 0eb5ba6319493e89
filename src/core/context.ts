// One lazily-built view of the draft, shared by every rule, so the body is segmented,
// tokenised and tagged once per analysis however many rules look at it.
import type { Draft, Parts, ResolvedSettings, Span } from './types.js';
import { splitParts, type Greeting } from './parts.js';
import { describeRecipient, type RecipientName } from './names.js';
import { splitSentences, wordSpans, type Sentence } from './text.js';
import { findReferences, type References } from './references.js';
import { detectLanguage, type Language } from './language.js';

export interface AnalysisContext {
  readonly draft: Draft;
  readonly body: string;
  readonly subject: string;
  readonly settings: ResolvedSettings;
  readonly parts: Parts;
  /** The parsed greeting line, if the body opens with one. */
  readonly greeting: Greeting | undefined;
  /** To recipients, then Cc, each with the names we can be sure of. */
  readonly to: RecipientName[];
  readonly cc: RecipientName[];
  /** Span of the message: between greeting and sign-off, above signature and quoted history. */
  readonly message: Span;
  readonly messageText: string;
  /** Word spans of the message (whitespace-separated tokens with a letter or digit). */
  readonly words: Span[];
  /** Sentences of the message, with absolute spans. */
  readonly sentences: Sentence[];
  /** References to the sender and to the reader in the message. */
  readonly references: References;
  readonly language: Language;
  /** True when the body carries quoted history or the subject is a reply/forward. */
  readonly isReply: boolean;
}

function lazy<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

export function createContext(draft: Draft, settings: ResolvedSettings): AnalysisContext {
  const body = draft.body;
  const split = lazy(() => splitParts(body, draft.hints));
  const to = lazy(() => draft.to.map(describeRecipient));
  const cc = lazy(() => (draft.cc ?? []).map(describeRecipient));
  const words = lazy(() => wordSpans(body, split().parts.message));
  const sentences = lazy(() => splitSentences(body, split().parts.message));
  const language = lazy(() => detectLanguage(body.slice(split().parts.message.start, split().parts.message.end)));
  const ctx: AnalysisContext = {
    draft,
    body,
    subject: draft.subject,
    settings,
    get parts() {
      return split().parts;
    },
    get greeting() {
      return split().greeting;
    },
    get to() {
      return to();
    },
    get cc() {
      return cc();
    },
    get message() {
      return split().parts.message;
    },
    get messageText() {
      const m = split().parts.message;
      return body.slice(m.start, m.end);
    },
    get words() {
      return words();
    },
    get sentences() {
      return sentences();
    },
    get references() {
      return references();
    },
    get language() {
      return language();
    },
    get isReply() {
      return split().parts.quoted !== undefined || /^\s*(re|fw|fwd|aw|wg|tr|rv|sv|vs)\s*:/i.test(draft.subject);
    },
  };
  const references = lazy(() => findReferences(ctx));
  return ctx;
}
