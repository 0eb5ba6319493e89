import { DEFAULT_SETTINGS } from '../core/settings.js';
import { LOCKED_NOTE, Locked, type SectionProps } from './section.js';

const { min, max } = DEFAULT_SETTINGS.wordRange;

/** The word range (unless policy or the playbook sets it) and the self-references before a warning. */
export function LengthSection({ loaded, lockedAt, save, setStatus }: SectionProps) {
  const { values } = loaded;
  const rangeNote =
    loaded.wordRangeSource === 'managed'
      ? LOCKED_NOTE
      : loaded.wordRangeSource === 'playbook'
        ? `Set by the team playbook (${values.playbook?.name ?? ''})`
        : null;

  const onWordRange = (which: 'min' | 'max', raw: string) => {
    const n = Number(raw);
    if (raw.trim() === '' || !Number.isInteger(n)) setStatus({ kind: 'error', text: 'The word range needs whole numbers.' });
    else void save({ wordRange: { ...values.wordRange, [which]: n } });
  };

  return (
    <section aria-labelledby="length-heading">
      <h2 id="length-heading">Length and focus</h2>
      <div class="row">
        {(['min', 'max'] as const).map((which) => (
          <label class="field" key={which}>
            {which === 'min' ? 'Fewest words' : 'Most words'}
            <input
              type="number"
              min={0}
              step={1}
              value={values.wordRange[which]}
              disabled={rangeNote !== null}
              onChange={(e) => onWordRange(which, (e.currentTarget as HTMLInputElement).value)}
            />
          </label>
        ))}
        <label class="field">
          Self-references before a warning
          <input
            type="number"
            min={0}
            max={100}
            step={1}
            value={values.minSelfRefs}
            disabled={lockedAt('minSelfRefs')}
            onChange={(e) => {
              const raw = (e.currentTarget as HTMLInputElement).value;
              if (raw.trim() === '') setStatus({ kind: 'error', text: 'Self-references needs a whole number.' });
              else void save({ minSelfRefs: Number(raw) });
            }}
          />
        </label>
      </div>
      {rangeNote ? <p class="note">Word range: {rangeNote}.</p> : <p class="hint">Default {min}–{max} words: the range that got the most replies.</p>}
      <Locked when={lockedAt('minSelfRefs')} />
    </section>
  );
}
