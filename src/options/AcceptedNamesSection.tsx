import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { AcceptedGreeting } from '../core/types.js';
import { acceptedStore, errorText, plural, type SectionProps } from './section.js';

/**
 * "Names you accepted": each greeting the rep told a card was right for one recipient, newest
 * first, with Remove and Remove all. Follows storage, so a name accepted in a compose meanwhile
 * shows up here, and open composes check again when one is removed.
 */
export function AcceptedNamesSection({ setStatus }: Pick<SectionProps, 'setStatus'>) {
  const [list, setList] = useState<readonly AcceptedGreeting[] | null>(null);
  // After a removal the focused button is gone: focus goes to the next one (or the heading).
  const focusAfter = useRef<number | null>(null);
  const sectionRef = useRef<HTMLElement>(null);

  useEffect(() => {
    const unsubscribe = acceptedStore.subscribe(() => setList([...acceptedStore.list]));
    void acceptedStore.load().then((loaded) => setList([...loaded]));
    return unsubscribe;
  }, []);

  // Right after the shorter list is in the DOM (not a frame later): no moment with focus lost.
  useLayoutEffect(() => {
    const index = focusAfter.current;
    const section = sectionRef.current;
    if (index === null || !section) return;
    focusAfter.current = null;
    const buttons = [...section.querySelectorAll<HTMLButtonElement>('button[data-remove-accepted]')];
    (buttons[Math.min(index, buttons.length - 1)] ?? section.querySelector<HTMLElement>('h2'))?.focus();
  }, [list]);

  const remove = async (entries: readonly AcceptedGreeting[] | 'all', index: number, okText: string) => {
    focusAfter.current = index; // before the store's change notice renders the shorter list
    try {
      if (entries === 'all') await acceptedStore.clear();
      else await acceptedStore.remove(entries);
      setList([...acceptedStore.list]);
      setStatus({ kind: 'ok', text: okText });
    } catch (error) {
      focusAfter.current = null;
      setStatus({ kind: 'error', text: `Could not remove: ${errorText(error)}` });
    }
  };

  const newestFirst = list ? [...list].reverse() : [];
  return (
    <section aria-labelledby="accepted-heading" data-section="accepted-names" ref={sectionRef}>
      <h2 id="accepted-heading" tabIndex={-1}>
        Names you accepted
      </h2>
      <p class="hint">
        Greetings you marked as right with “Don't warn for this name with this recipient” (a nickname Pitchcheck does not know).
        Kept on this computer only. Remove one to be warned again.
      </p>
      {list === null ? null : newestFirst.length ? (
        <>
          <ul class="accepted" aria-labelledby="accepted-heading">
            {newestFirst.map((entry, index) => (
              <li key={`${entry.name}\u0000${entry.recipient}`} data-accepted-name={entry.name} data-accepted-recipient={entry.recipient}>
                <span class="accepted-name">{entry.name}</span> <span aria-hidden="true">→</span>
                <span class="visually-hidden">for</span> <span class="accepted-recipient">{entry.recipient}</span>{' '}
                <button
                  type="button"
                  data-remove-accepted=""
                  aria-label={`Remove ${entry.name} for ${entry.recipient}`}
                  onClick={() => void remove([entry], index, `Removed ${entry.name} for ${entry.recipient}: you will be warned again.`)}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            aria-label={`Remove all ${plural(newestFirst.length, 'accepted name')}`}
            onClick={() => void remove('all', 0, `Removed ${plural(newestFirst.length, 'accepted name')}.`)}
          >
            Remove all
          </button>
        </>
      ) : (
        <p class="note">No accepted names yet.</p>
      )}
    </section>
  );
}
