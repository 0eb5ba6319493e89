import { PLAYBOOK_REQUIREMENTS, parsePlaybook, summarizePlaybook } from '../core/playbook.js';
import { Locked, readChosenFile, store, type SectionProps } from './section.js';

/** The team playbook in force: what it asks for, Remove, and Import (unless policy pushed one). */
export function PlaybookSection({ loaded, lockedAt, save, report, setStatus }: SectionProps) {
  const playbook = loaded.values.playbook;
  const playbookLocked = lockedAt('playbook');

  const onPlaybookFile = async (event: Event) => {
    const source = await readChosenFile(event.currentTarget as HTMLInputElement);
    if (source === null) return;
    const parsed = parsePlaybook(source);
    if (!parsed.ok) setStatus({ kind: 'error', text: `${parsed.error} Nothing was changed.` });
    else await save({ playbook: parsed.value }, `Playbook imported: ${summarizePlaybook(parsed.value)}.`);
  };

  return (
    <section aria-labelledby="playbook-heading" data-section="playbook">
      <h2 id="playbook-heading">Team playbook</h2>
      <p class="hint">
        A JSON file your team agrees on: word range, company and product names, phrases to avoid with better alternatives, and required
        elements.
      </p>
      {playbook ? (
        <div data-playbook={playbook.name}>
          <p>
            <strong>{summarizePlaybook(playbook)}</strong>
            <Locked when={playbookLocked} />
          </p>
          {playbook.avoid?.length ? (
            <ul class="playbook" aria-label="Phrases to avoid">
              {playbook.avoid.map((a) => (
                <li key={a.phrase}>
                  “{a.phrase}”{a.alternative ? ` → “${a.alternative}”` : ''}: {a.reason}
                </li>
              ))}
            </ul>
          ) : null}
          {playbook.require?.length ? (
            <ul class="playbook" aria-label="Required elements">
              {playbook.require.map((r) => (
                <li key={r.id}>{r.description ?? PLAYBOOK_REQUIREMENTS[r.id]}</li>
              ))}
            </ul>
          ) : null}
          {playbookLocked ? null : (
            <button type="button" onClick={async () => void report(await store.clear(['playbook']), 'Playbook removed.')}>
              Remove playbook
            </button>
          )}
        </div>
      ) : (
        <p class="note">No playbook.</p>
      )}
      <p>
        <label>
          Import a playbook (JSON){' '}
          <input type="file" accept=".json,application/json" disabled={playbookLocked} onChange={onPlaybookFile} />
        </label>
      </p>
    </section>
  );
}
