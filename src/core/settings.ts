// The one definition of the engine's settings: a valibot schema per key, the types inferred
// from them, and the defaults. It lives in core because the engine reads `ResolvedSettings`;
// the extension's store validates what it keeps with these same schemas and adds its own keys.
import * as v from 'valibot';
import { PlaybookSchema, WordRangeSchema, playbookOf, text, withPlaybook } from './playbook.js';

export const SEVERITIES = ['info', 'warning', 'error'] as const;

const NAMES_MAX = 50;
const names = v.pipe(v.array(text(120)), v.maxLength(NAMES_MAX, `has more than ${NAMES_MAX} names`));
const ruleId = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'is not a rule id'));

export const RuleSettingSchema = v.strictObject({
  enabled: v.optional(v.boolean()),
  severity: v.optional(v.picklist(SEVERITIES, 'must be info, warning or error')),
});

/**
 * A greeted name the user accepted for one recipient (a nickname no table knows): `recipient` is
 * the recipient's email address, or their display name when the site shows no address (Outlook).
 */
export const AcceptedGreetingSchema = v.strictObject({ name: text(200), recipient: text(320) });

/** One schema per key, so a bad stored value loses only itself. */
export const SETTING_SCHEMAS = {
  rules: v.record(ruleId, RuleSettingSchema),
  /** Target word range of the message. */
  wordRange: WordRangeSchema,
  /** Self-references needed before `self-focus` warns. */
  minSelfRefs: v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0, 'must not be negative'), v.maxValue(100, 'must be at most 100')),
  /** The sender's own names (counted as references to the sender). */
  senderNames: names,
  /** The sender's company and product names (counted as references to the sender). */
  companyNames: names,
  playbook: PlaybookSchema,
  /** Greetings the user told us are right ("Don't warn for this name with this recipient"). */
  acceptedGreetings: v.array(AcceptedGreetingSchema),
};

export type RuleSetting = v.InferOutput<typeof RuleSettingSchema>;
export type AcceptedGreeting = v.InferOutput<typeof AcceptedGreetingSchema>;
/** What a caller may pass: any subset, of unknown quality (`resolveSettings` never throws on it). */
export type Settings = { [K in keyof typeof SETTING_SCHEMAS]?: v.InferOutput<(typeof SETTING_SCHEMAS)[K]> };
/** Every setting filled in; the playbook stays optional. */
export type ResolvedSettings = Required<Omit<Settings, 'playbook'>> & Pick<Settings, 'playbook'>;

export const DEFAULT_SETTINGS: ResolvedSettings = {
  rules: {},
  // Boomerang, 40M emails: 50–125 words got replies over 50% of the time.
  wordRange: { min: 50, max: 125 },
  minSelfRefs: 4,
  senderNames: [],
  companyNames: [],
  acceptedGreetings: [],
};

/** Fills what `settings` leaves out with the defaults; never throws on odd input. */
export function resolveSettings(settings?: Settings): ResolvedSettings {
  // A playbook that fails validation is dropped whole: half a playbook would mislead.
  const s = withPlaybook({ ...(settings ?? {}), playbook: undefined }, playbookOf(settings?.playbook));
  const range = s.wordRange;
  const validRange =
    range && Number.isFinite(range.min) && Number.isFinite(range.max) && range.min >= 0 && range.max >= range.min;
  const strings = (list: unknown): string[] =>
    Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : [];
  return {
    rules: { ...(s.rules ?? {}) },
    wordRange: validRange ? { min: range.min, max: range.max } : { ...DEFAULT_SETTINGS.wordRange },
    minSelfRefs:
      typeof s.minSelfRefs === 'number' && Number.isFinite(s.minSelfRefs) && s.minSelfRefs >= 0
        ? s.minSelfRefs
        : DEFAULT_SETTINGS.minSelfRefs,
    senderNames: strings(s.senderNames),
    companyNames: strings(s.companyNames),
    acceptedGreetings: Array.isArray(s.acceptedGreetings) ? s.acceptedGreetings.filter((a) => v.is(AcceptedGreetingSchema, a)) : [],
    ...(s.playbook ? { playbook: s.playbook } : {}),
  };
}

