// One lazily-built view of the draft, shared by every rule, so the body is segmented,
// tokenised and tagged once per analysis however many rules look at it.
import type { Draft, Parts, ResolvedSettings, Span } from './types.js';
import { splitParts, type Greeting, type SplitResult } from './parts/index.js';
import { describeRecipient, type RecipientName } from './names.js';
import { splitSentences, wordSpans, type Sentence } from './spans.js';
import { collectReferences, pronounsIn, referenceNames, type References } from './references.js';
import { matchNames, nameTokens, findNames, recipientCompanyKeys, senderKeys, nameTable, type MentionKey, type SenderKeys } from './mentions.js';
import { detectLanguage, type Language } from './language.js';
import { isReplySubject } from './subject-line.js';
import { AnalysisCache, type SentenceFact } from './cache.js';
import { compilePhrases } from './phrases.js';
import { RELATIONSHIP_CUES, INBOUND_MAILBOXES } from './data/first-contact.js';

const relationshipCues = compilePhrases(RELATIONSHIP_CUES, (p) => p);
const hasRelationshipCue = (sentence: string) => relationshipCues.findIn(sentence).length > 0;

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
  /** Span of the message: between greeting and sign-off, above signature and quoted history, trimmed. */
  readonly message: Span;
  /** Word spans of the message (whitespace-separated tokens with a letter or digit). */
  readonly words: Span[];
  readonly wordCount: number;
  /** Sentences of the message, with absolute spans. */
  readonly sentences: Sentence[];
  /** References to the sender and to the reader in the message. */
  readonly references: References;
  readonly language: Language;
  /** True when the body carries quoted history or the subject is a reply/forward. */
  readonly isReply: boolean;
  /**
   * A first email to someone outside the sender's organisation: not a reply, not to colleagues
   * only (the same company domain as the From address), not only to service mailboxes (support@,
   * office@; info@ and sales@ take pitches), and nothing in it speaks of an existing relationship ("as discussed", "thanks for
   * your time", "your order": data/first-contact.ts). The first-contact checks ask only of these.
   */
  readonly isFirstContact: boolean;
  /** Every recipient is at the sender's own company (the From address's domain): "we" is them too. */
  readonly isInternal: boolean;
  /** Who the sender is (settings and From), as names to look for. */
  readonly sender: SenderKeys;
  /** The To recipients' companies (from their domains), other than the sender's. */
  readonly recipientCompanies: { keys: MentionKey[]; label?: string };
  /** `fact` of each sentence, aligned with `sentences`; kept in the analysis cache. */
  sentenceFacts<T>(fact: SentenceFact<T>): readonly T[];
  /** `fact` of one piece of text (a sentence a rule reads alone, a word), kept in the analysis cache. */
  textFact<T>(fact: SentenceFact<T>, text: string): T;
  /** Whether one of `keys` is named in the message (or in `extra`, e.g. the signature). */
  names(keys: readonly MentionKey[], extra?: Span): boolean;
}

const inboundMailboxes = new Set(INBOUND_MAILBOXES);
/** support@, billing@, office@…: a mailbox for people who already deal with the company (not info@, sales@). */
const isServiceMailbox = (recipient: RecipientName) => recipient.isRole && !(recipient.mailbox !== undefined && inboundMailboxes.has(recipient.mailbox));

// A class rather than closures: one analysis per keystroke builds one object and nothing else
// until a rule asks (each field is computed on first read, then kept).
class LazyContext implements AnalysisContext {
  readonly body: string;
  readonly subject: string;
  #split: SplitResult | undefined;
  #to: RecipientName[] | undefined;
  #cc: RecipientName[] | undefined;
  #words: Span[] | undefined;
  #sentences: Sentence[] | undefined;
  #references: References | undefined;
  #language: Language | undefined;
  #sender: SenderKeys | undefined;
  #recipientCompanies: { keys: MentionKey[]; label?: string } | undefined;
  #firstContact: boolean | undefined;
  #internal: boolean | undefined;
  readonly #facts = new Map<SentenceFact<unknown>, readonly unknown[]>();
  constructor(
    readonly draft: Draft,
    readonly settings: ResolvedSettings,
    private readonly cache: AnalysisCache,
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
  get words(): Span[] {
    return (this.#words ??= wordSpans(this.body, this.message));
  }
  get wordCount(): number {
    return this.words.length;
  }
  get sentences(): Sentence[] {
    return (this.#sentences ??= splitSentences(this.body, this.message));
  }
  get references(): References {
    if (this.#references) return this.#references;
    const table = referenceNames(this.settings, this.draft.from, [...this.to, ...this.cc]);
    const tokens = table.exact.size ? this.sentenceFacts(nameTokens) : [];
    const names = this.sentences.map((s, i) => (tokens[i] ? matchNames(s.text, tokens[i], table, true) : []));
    return (this.#references = collectReferences(this.sentences, this.sentenceFacts(pronounsIn), names));
  }
  get language(): Language {
    return (this.#language ??= detectLanguage(this.body.slice(this.message.start, this.message.end)));
  }
  get isReply(): boolean {
    return this.split.parts.quoted !== undefined || isReplySubject(this.subject);
  }
  get isFirstContact(): boolean {
    return (this.#firstContact ??= this.firstContact());
  }
  get isInternal(): boolean {
    return (this.#internal ??= this.internal());
  }
  private internal(): boolean {
    const recipients = [...this.to, ...this.cc];
    const ownCompany = this.draft.from ? describeRecipient(this.draft.from).company : undefined;
    return !!ownCompany && recipients.length > 0 && recipients.every((r) => r.company === ownCompany);
  }
  private firstContact(): boolean {
    if (this.isReply || this.isInternal) return false;
    if (this.to.length && this.to.every(isServiceMailbox)) return false;
    return !this.sentenceFacts(hasRelationshipCue).includes(true);
  }
  get sender(): SenderKeys {
    return (this.#sender ??= senderKeys(this.draft.from, this.settings));
  }
  get recipientCompanies(): { keys: MentionKey[]; label?: string } {
    return (this.#recipientCompanies ??= recipientCompanyKeys(this.to, this.sender));
  }
  sentenceFacts<T>(fact: SentenceFact<T>): readonly T[] {
    let values = this.#facts.get(fact) as readonly T[] | undefined;
    if (!values) this.#facts.set(fact, (values = this.sentences.map((s) => this.cache.sentenceFact(fact, s.text))));
    return values;
  }
  textFact<T>(fact: SentenceFact<T>, text: string): T {
    return this.cache.sentenceFact(fact, text);
  }
  names(keys: readonly MentionKey[], extra?: Span): boolean {
    if (!keys.length) return false;
    const table = nameTable(keys.map((k) => ({ ...k, value: true })));
    const tokens = this.sentenceFacts(nameTokens);
    if (this.sentences.some((s, i) => matchNames(s.text, tokens[i]!, table).length > 0)) return true;
    return extra !== undefined && extra.end > extra.start && findNames(this.body.slice(extra.start, extra.end), table).length > 0;
  }
}

export function createContext(draft: Draft, settings: ResolvedSettings, cache = new AnalysisCache()): AnalysisContext {
  return new LazyContext(draft, settings, cache);
}
