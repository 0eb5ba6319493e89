// Team playbooks: the JSON file a sales team agrees on (word range, company and product names,
// phrases to avoid, required elements). This module defines the format (version 1), validates
// untrusted files with a one-line reason, and folds a playbook into the engine's settings.
// Pure: runs in the options page, the worker, node tests and the CLI.
//
// Precedence (documented in the README): within the engine, explicit settings win over the
// playbook (a caller who passes a wordRange means it). The extension's settings store decides
// among its sources before the engine sees them: managed policy > playbook > the rep's own > defaults.
import * as v from 'valibot';
import type { Playbook, PlaybookRequirementId, Settings } from './types.js';

export const PLAYBOOK_VERSION = 1;

/** What each required element means, for people writing playbooks and for the options page. */
export const PLAYBOOK_REQUIREMENTS: Record<PlaybookRequirementId, string> = {
  'ask-one-question': 'Ask exactly one clear question.',
  'mention-company': "Name the company (the playbook's companyNames) in the message or signature.",
  'mention-product': "Name one of the products (the playbook's productNames).",
  greeting: 'Open with a greeting.',
  'sign-off': 'Close with a sign-off.',
};

export const PLAYBOOK_REQUIREMENT_IDS = Object.keys(PLAYBOOK_REQUIREMENTS) as PlaybookRequirementId[];

/** Bounds that keep a playbook a playbook (and inside storage.sync's quota), not a dictionary. */
export const PLAYBOOK_LIMITS = {
  /** Serialised size of the file. */
  maxBytes: 64 * 1024,
  maxText: 500,
  maxPhrase: 120,
  maxNames: 50,
  maxAvoid: 300,
  maxWords: 10_000,
} as const;

const text = (max: number) => v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'), v.maxLength(max, `is longer than ${max} characters`));
const names = v.pipe(
  v.array(text(PLAYBOOK_LIMITS.maxPhrase)),
  v.maxLength(PLAYBOOK_LIMITS.maxNames, `has more than ${PLAYBOOK_LIMITS.maxNames} names`),
);
const wordCount = v.pipe(
  v.number(),
  v.integer('must be a whole number'),
  v.minValue(0, 'must not be negative'),
  v.maxValue(PLAYBOOK_LIMITS.maxWords, `must be at most ${PLAYBOOK_LIMITS.maxWords}`),
);

export const WordRangeSchema = v.pipe(
  v.strictObject({ min: wordCount, max: wordCount }),
  v.check((r) => r.min <= r.max, 'min must not be greater than max'),
);

const AvoidSchema = v.strictObject({
  phrase: v.pipe(
    text(PLAYBOOK_LIMITS.maxPhrase),
    // A phrase is matched on word boundaries: it needs at least one letter or digit to match anything.
    v.regex(/[\p{L}\p{N}]/u, 'needs at least one letter or digit'),
  ),
  reason: text(PLAYBOOK_LIMITS.maxText),
  alternative: v.optional(text(PLAYBOOK_LIMITS.maxText)),
});

const RequireSchema = v.strictObject({
  id: v.picklist(PLAYBOOK_REQUIREMENT_IDS, `must be one of: ${PLAYBOOK_REQUIREMENT_IDS.join(', ')}`),
  description: v.optional(text(PLAYBOOK_LIMITS.maxText)),
});

export const PlaybookSchema = v.pipe(
  v.strictObject({
    name: text(PLAYBOOK_LIMITS.maxPhrase),
    version: v.literal(PLAYBOOK_VERSION, `must be ${PLAYBOOK_VERSION} (the only playbook format so far)`),
    wordRange: v.optional(WordRangeSchema),
    companyNames: v.optional(names),
    productNames: v.optional(names),
    avoid: v.optional(
      v.pipe(
        v.array(AvoidSchema),
        v.maxLength(PLAYBOOK_LIMITS.maxAvoid, `has more than ${PLAYBOOK_LIMITS.maxAvoid} phrases`),
        v.check((list) => new Set(list.map((a) => a.phrase.toLowerCase())).size === list.length, 'lists the same phrase twice'),
      ),
    ),
    require: v.optional(
      v.pipe(
        v.array(RequireSchema),
        v.check((list) => new Set(list.map((r) => r.id)).size === list.length, 'lists the same requirement twice'),
      ),
    ),
  }),
) satisfies v.GenericSchema<unknown, Playbook>;

export type Validated<T> = { ok: true; value: T } | { ok: false; error: string };

/** Where the first problem is ("avoid[2].phrase") and what it is, in one line after `prefix`. */
export function describeIssue(issues: readonly v.BaseIssue<unknown>[], prefix: string): string {
  const issue = issues[0];
  if (!issue) return `${prefix}.`;
  let path = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key?: unknown }).key;
    path += typeof key === 'number' ? `[${key}]` : path ? `.${String(key)}` : String(key);
  }
  let message = issue.message;
  if (issue.kind === 'schema' && issue.type === 'strict_object' && issue.input !== undefined && path) {
    // valibot reports an unknown key as an issue at that key.
    return `${prefix}: unknown field "${path}".`;
  }
  if (issue.kind === 'schema' && /^Invalid (type|key)/.test(message)) {
    message = issue.input === undefined ? 'is missing' : `should be ${expectedLabel(issue.expected)}, not ${typeLabel(issue.input)}`;
  }
  return `${prefix}: ${path ? `${path} ` : ''}${message}.`.replace(/\.\.$/, '.');
}

function expectedLabel(expected: string | null): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'Array':
      return 'a list';
    case 'Object':
      return 'an object';
    default:
      return expected ?? 'something else';
  }
}

function typeLabel(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${JSON.stringify(value)}`;
}

/** Checks an already-parsed value; the value returned is trimmed and typed. */
export function validatePlaybook(input: unknown): Validated<Playbook> {
  if (Array.isArray(input)) return { ok: false, error: 'Not a valid playbook: should be an object, not a list.' };
  const result = v.safeParse(PlaybookSchema, input);
  if (result.success) return { ok: true, value: result.output as Playbook };
  return { ok: false, error: describeIssue(result.issues, 'Not a valid playbook') };
}

/** Parses a playbook file's text: a bad file gives a one-line reason, never a throw. */
export function parsePlaybook(source: string): Validated<Playbook> {
  if (source.length > PLAYBOOK_LIMITS.maxBytes) {
    return { ok: false, error: `Not a valid playbook: the file is larger than ${PLAYBOOK_LIMITS.maxBytes / 1024} KB.` };
  }
  let data: unknown;
  try {
    data = JSON.parse(source.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, error: `Not a valid playbook: the file is not JSON (${error instanceof Error ? error.message : String(error)}).` };
  }
  return validatePlaybook(data);
}

/** A playbook from settings of unknown origin (a message, storage): valid, or none at all. */
export function playbookOf(value: unknown): Playbook | undefined {
  if (value === undefined || value === null) return undefined;
  const result = validatePlaybook(value);
  return result.ok ? result.value : undefined;
}

/** "Acme sales (3 phrases to avoid, 2 required elements, 60–120 words)": for the options page. */
export function summarizePlaybook(p: Playbook): string {
  const parts: string[] = [];
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (p.avoid?.length) parts.push(count(p.avoid.length, 'phrase to avoid', 'phrases to avoid'));
  if (p.require?.length) parts.push(count(p.require.length, 'required element', 'required elements'));
  if (p.wordRange) parts.push(`${p.wordRange.min}–${p.wordRange.max} words`);
  const names = (p.companyNames?.length ?? 0) + (p.productNames?.length ?? 0);
  if (names) parts.push(count(names, 'company or product name', 'company and product names'));
  return parts.length ? `${p.name} (${parts.join(', ')})` : p.name;
}

/**
 * The settings the engine runs with once a playbook is folded in: its word range where the
 * settings give none, and its company and product names added to the sender's company names
 * (so "Acme" and "Acme Pulse" count as talking about yourself).
 */
export function withPlaybook(settings: Settings, playbook: Playbook | undefined): Settings {
  if (!playbook) return settings;
  const companies = [...(settings.companyNames ?? []), ...(playbook.companyNames ?? []), ...(playbook.productNames ?? [])];
  const seen = new Set<string>();
  const companyNames = companies.filter((n) => {
    const key = n.trim().toLowerCase();
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return {
    ...settings,
    ...(settings.wordRange === undefined && playbook.wordRange ? { wordRange: { ...playbook.wordRange } } : {}),
    ...(companyNames.length ? { companyNames } : {}),
    playbook,
  };
}
