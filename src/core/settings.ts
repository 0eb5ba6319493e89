import type { AcceptedGreeting, ResolvedSettings, Settings } from './types.js';
import { playbookOf, withPlaybook } from './playbook.js';

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
    acceptedGreetings: Array.isArray(s.acceptedGreetings)
      ? s.acceptedGreetings.filter(
          (a): a is AcceptedGreeting =>
            !!a && typeof a.name === 'string' && typeof a.recipient === 'string' && a.name.trim() !== '' && a.recipient.trim() !== '',
        )
      : [],
    ...(s.playbook ? { playbook: s.playbook } : {}),
  };
}
