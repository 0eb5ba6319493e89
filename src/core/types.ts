// The engine's public contract. Every offset is an absolute, 0-based UTF-16 index into
// `Draft.body` (or into `Draft.subject` when a finding has `field: 'subject'`), end excluded.

export interface Person {
  name?: string;
  email: string;
}

/** A half-open range [start, end) of UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}

/**
 * What the compose window's DOM already knows about the body's structure: the content
 * script marks the text of `.gmail_signature`, `.gmail_quote`, `#Signature`, `#divRplyFwdMsg`…
 * so the engine does not have to guess there.
 */
export interface StructureHints {
  signature?: Span[];
  quoted?: Span[];
}

export interface Draft {
  from?: Person;
  to: Person[];
  cc?: Person[];
  subject: string;
  /** The compose box's plain text, lines joined with `\n`. */
  body: string;
  hints?: StructureHints;
}

export type Severity = 'info' | 'warning' | 'error';

export interface Fix {
  start: number;
  end: number;
  replacement: string;
  label: string;
}

/**
 * One of the places a grouped finding points at: each is underlined on its own and listed on the
 * finding's card, with its own fix or suggestions when it has any. A finding is one problem; its
 * ranges are where the problem shows ("All about you" sentences, repeated filler phrases).
 */
export interface FindingRange {
  start: number;
  end: number;
  /** The text under the range when it was checked (filled in by `analyze`), for lists of places. */
  text?: string;
  /** What this place adds to the finding's message ("3 references to you, none to them"). */
  note?: string;
  fix?: Fix;
  suggestions?: Fix[];
}

/**
 * What a finding is about: 'text' for the words under its range (drawn as an underline), 'draft'
 * for the whole message (length, overall self-focus), whose range only says where it applies.
 */
export type FindingScope = 'draft' | 'text';

export interface Finding {
  ruleId: string;
  /** Which of the rule's messages this is (stable, unlike the wording). */
  messageId: string;
  scope: FindingScope;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  field?: 'subject';
  /** Safe to apply with one click. */
  fix?: Fix;
  /** Choices the user makes; never applied automatically. */
  suggestions?: Fix[];
  /** The places of a grouped finding, in text order (see FindingRange). */
  ranges?: FindingRange[];
}

export interface Stats {
  words: number;
  sentences: number;
  questions: number;
  selfRefs: number;
  readerRefs: number;
}

export interface Parts {
  greeting?: Span;
  message: Span;
  signoff?: Span;
  signature?: Span;
  quoted?: Span;
}

export interface ScoreItem {
  id: string;
  label: string;
  weight: number;
  met: boolean;
}

export interface Score {
  /** 0–100: a checklist score of best practices met, not a prediction of replies. */
  value: number;
  items: ScoreItem[];
}

export interface Report {
  findings: Finding[];
  stats: Stats;
  parts: Parts;
  /** 'en' when the message reads as English; English-only rules are skipped otherwise. */
  language: 'en' | 'other' | 'unknown';
  score?: Score;
}

export interface RuleSetting {
  enabled?: boolean;
  severity?: Severity;
}

export interface Settings {
  rules?: Record<string, RuleSetting>;
  /** Target word range of the message; default 50–125 (Boomerang). */
  wordRange?: { min: number; max: number };
  /** Self-references needed before `self-focus` warns; default 4. */
  minSelfRefs?: number;
  /** The sender's own names (counted as references to the sender). */
  senderNames?: string[];
  /** The sender's company and product names (counted as references to the sender). */
  companyNames?: string[];
  /** A team playbook (format and validation in src/core/playbook.ts); optional. */
  playbook?: Playbook;
  /** Greetings the user told us are right ("Don't warn for this name with this recipient"). */
  acceptedGreetings?: AcceptedGreeting[];
}

/**
 * A greeted name the user accepted for one recipient (a nickname no table knows): `recipient` is
 * the recipient's email address, or their display name when the site shows no address (Outlook).
 */
export interface AcceptedGreeting {
  name: string;
  recipient: string;
}

export interface ResolvedSettings {
  rules: Record<string, RuleSetting>;
  wordRange: { min: number; max: number };
  minSelfRefs: number;
  senderNames: string[];
  companyNames: string[];
  playbook?: Playbook;
  acceptedGreetings: AcceptedGreeting[];
}

/** What a team playbook can require of every first email (checked by the `playbook` rule). */
export type PlaybookRequirementId = 'ask-one-question' | 'mention-company' | 'mention-product' | 'greeting' | 'sign-off';

/** A phrase the team agreed not to use, why, and what to say instead. */
export interface PlaybookAvoid {
  phrase: string;
  reason: string;
  alternative?: string;
}

export interface PlaybookRequire {
  id: PlaybookRequirementId;
  /** The team's own wording, shown as the finding's message. */
  description?: string;
}

/**
 * A team playbook: a JSON file the team agrees on (format version 1; schema and validation in
 * src/core/playbook.ts, example in examples/playbook.json).
 */
export interface Playbook {
  name: string;
  version: 1;
  wordRange?: { min: number; max: number };
  /** The company's names (counted as references to the sender, like Settings.companyNames). */
  companyNames?: string[];
  productNames?: string[];
  avoid?: PlaybookAvoid[];
  require?: PlaybookRequire[];
}
