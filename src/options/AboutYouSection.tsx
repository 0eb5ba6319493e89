import { Locked, type SectionProps } from './section.js';

const linesOf = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** The sender's own names and their company's: mentions of these count as talking about yourself. */
export function AboutYouSection({ loaded, lockedAt, save }: SectionProps) {
  return (
    <section aria-labelledby="names-heading">
      <h2 id="names-heading">About you</h2>
      <p class="hint">One per line. Mentions of these count as talking about yourself.</p>
      <div class="row">
        {(['senderNames', 'companyNames'] as const).map((key) => (
          <label class="field" key={key} style="flex: 1">
            {key === 'senderNames' ? 'Your names' : 'Company and product names'}
            <textarea
              value={loaded.values[key].join('\n')}
              disabled={lockedAt(key)}
              onChange={(e) => void save({ [key]: linesOf((e.currentTarget as HTMLTextAreaElement).value) })}
            />
            <Locked when={lockedAt(key)} />
          </label>
        ))}
      </div>
    </section>
  );
}
