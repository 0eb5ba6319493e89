// The engine's public contract. Every offset is an absolute, 0-based UTF-16 index into
// `Draft.body` (or into `Draft.subject` when a finding has `field: 'subject'`), end excluded.
import type { SEVERITIES } from './settings.js';

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

export type Severity = (typeof SEVERITIES)[number];

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
  truncated?: { checkedChars: number; totalChars: number; checkedWords: number };
}

// The settings' types are inferred from their valibot schemas, so they cannot drift from what
// the settings store and the playbook import accept.
export type { AcceptedGreeting, ResolvedSettings, RuleSetting, Settings } from './settings.js';
export type { Playbook, PlaybookAvoid, PlaybookRequire, PlaybookRequirementId } from './playbook.js';
