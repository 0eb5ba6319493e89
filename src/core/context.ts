// One lazily-built view of the draft, shared by every rule, so the body is segmented,
// tokenised and tagged once per analysis however many rules look at it.
import type { Draft, Parts, ResolvedSettings, Span } from './types.js';
import { splitParts, type Greeting, type SplitResult } from './parts.js';
import { describeRecipient, type RecipientName } from './names.js';
import { splitSentences, wordCount, wordSpans, type Sentence } from './text.js';
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
  /** words.length, counted without building the spans. */
  readonly wordCount: number;
  /** Sentences of the message, with absolute spans. */
  readonly sentences: Sentence[];
  /** References to the sender and to the reader in the message. */
  readonly references: References;
  readonly language: Language;
  /** True when the body carries quoted history or the subject is a reply/forward. */
  readonly isReply: boolean;
}

// A class rather than closures: one analysis per keystroke builds one object and nothing else
// until a rule asks (each field is computed on first read, then kept).
class LazyContext implements AnalysisContext {
  readonly body: string;
  readonly subject: string;
  #split: SplitResult | undefined;
  #to: RecipientName[] | undefined;
  #cc: RecipientName[] | undefined;
  #words: Span[] | undefined;
  #wordCount: number | undefined;
  #sentences: Sentence[] | undefined;
  #references: References | undefined;
  #language: Language | undefined;
  constructor(
    readonly draft: Draft,
    readonly settings: ResolvedSettings,
  ) {
    this.body = draft.body;
    this.subject = draft.subject;
  }
  private get split(): SplitResult {
    return (this.#split ??= splitParts(this.body, this.draft.hints));
  }
  get parts(): Parts {
    return this.split.parts;
  }
  get greeting(): Greeting | undefined {
    return this.split.greeting;
  }
  get to(): RecipientName[] {
    return (this.#to ??= this.draft.to.map((p) => describeRecipient(p)));
  }
  get cc(): RecipientName[] {
    return (this.#cc ??= (this.draft.cc ?? []).map((p) => describeRecipient(p)));
  }
  get message(): Span {
    return this.split.parts.message;
  }
  get messageText(): string {
    const m = this.split.parts.message;
    return this.body.slice(m.start, m.end);
  }
  get words(): Span[] {
    return (this.#words ??= wordSpans(this.body, this.split.parts.message));
  }
  get wordCount(): number {
    return (this.#wordCount ??= this.#words ? this.#words.length : wordCount(this.body, this.split.parts.message));
  }
  get sentences(): Sentence[] {
    return (this.#sentences ??= splitSentences(this.body, this.split.parts.message));
  }
  get references(): References {
    return (this.#references ??= findReferences(this));
  }
  get language(): Language {
    const m = this.split.parts.message;
    return (this.#language ??= detectLanguage(this.body.slice(m.start, m.end)));
  }
  get isReply(): boolean {
    return this.split.parts.quoted !== undefined || /^\s*(re|fw|fwd|aw|wg|tr|rv|sv|vs)\s*:/i.test(this.draft.subject);
  }
}

export function createContext(draft: Draft, settings: ResolvedSettings): AnalysisContext {
  return new LazyContext(draft, settings);
}
