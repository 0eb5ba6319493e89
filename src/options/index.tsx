// The options page: each rule on/off and its severity, the word range, self-references, the
// sender's names, sites, the team playbook, and export/import of all settings. Changes save at
// once to storage.sync; open compose windows pick them up through the store's subscription.
// Values an administrator set (storage.managed) are shown but locked. The greetings the rep
// accepted from a card live in storage.local; they are listed here to remove, and travel in the
// settings file.
import { render } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { rules } from '../core/rules/index.js';
import type { AcceptedGreeting, RuleSetting, Severity } from '../core/types.js';
import { PLAYBOOK_REQUIREMENTS, parsePlaybook, summarizePlaybook } from '../core/playbook.js';
import {
  SITE_IDS,
  SITE_LABELS,
  SettingsStore,
  isLocked,
  type LoadedSettings,
  type SaveResult,
  type StoredSettings,
} from '../shared/settings-store.js';
import { AcceptedGreetingsStore, acceptedGreetingsInFile, withAcceptedGreetings } from '../shared/accepted-names.js';

const LOCKED_NOTE = 'Set by your administrator';
const SEVERITIES: Severity[] = ['info', 'warning', 'error'];

type Status = { kind: 'ok' | 'error'; text: string } | null;

const store = new SettingsStore(browser.storage);
const acceptedStore = new AcceptedGreetingsStore(browser.storage);

function Locked({ when }: { when: boolean }) {
  return when ? <span class="locked">{LOCKED_NOTE}</span> : null;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));
const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/**
 * "Names you accepted": each greeting the rep told a card was right for one recipient, newest
 * first, with Remove and Remove all. Follows storage, so a name accepted in a compose meanwhile
 * shows up here, and open composes check again when one is removed.
 */
function AcceptedNames({ setStatus }: { setStatus: (status: Status) => void }) {
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

function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** Reads a chosen file as text, then clears the input so the same file can be chosen again. */
async function readChosenFile(input: HTMLInputElement): Promise<string | null> {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return null;
  return file.text();
}

function App() {
  const [loaded, setLoaded] = useState<LoadedSettings | null>(null);
  const [status, setStatus] = useState<Status>(null);

  useEffect(() => {
    void store.load().then(setLoaded);
    return store.subscribe(setLoaded);
  }, []);

  if (!loaded) return <p>Loading…</p>;
  const { values, locked } = loaded;
  const lockedAt = (path: string) => isLocked(locked, path);

  const report = async (result: SaveResult, okText: string) => {
    // Show the stored state at once (the change event comes a moment later): no flicker back.
    if (result.ok) setLoaded(await store.load());
    if (!result.ok) setStatus({ kind: 'error', text: result.error });
    else if (result.skipped?.length) setStatus({ kind: 'ok', text: `${okText} Left as your administrator set them: ${result.skipped.join(', ')}.` });
    else setStatus({ kind: 'ok', text: okText });
  };
  const save = async (patch: StoredSettings, okText = 'Saved.') => report(await store.save(patch), okText);

  const ownRule = (id: string): RuleSetting => loaded.own.rules?.[id] ?? {};
  const saveRule = (id: string, change: RuleSetting) => {
    const next: RuleSetting = { ...ownRule(id), ...change };
    if (next.severity === undefined) delete next.severity;
    if (next.enabled === undefined) delete next.enabled;
    void save({ rules: { [id]: next } });
  };

  const onWordRange = (which: 'min' | 'max', raw: string) => {
    const n = Number(raw);
    if (raw.trim() === '' || !Number.isInteger(n)) {
      setStatus({ kind: 'error', text: 'The word range needs whole numbers.' });
      return;
    }
    void save({ wordRange: { ...values.wordRange, [which]: n } });
  };

  const onPlaybookFile = async (event: Event) => {
    const source = await readChosenFile(event.currentTarget as HTMLInputElement);
    if (source === null) return;
    const parsed = parsePlaybook(source);
    if (!parsed.ok) {
      setStatus({ kind: 'error', text: `${parsed.error} Nothing was changed.` });
      return;
    }
    await save({ playbook: parsed.value }, `Playbook imported: ${summarizePlaybook(parsed.value)}.`);
  };

  const onSettingsFile = async (event: Event) => {
    const source = await readChosenFile(event.currentTarget as HTMLInputElement);
    if (source === null) return;
    // Both parts are checked before either is stored: a bad file changes nothing.
    const accepted = acceptedGreetingsInFile(source);
    if (!accepted.ok) {
      setStatus({ kind: 'error', text: `${accepted.error} Nothing was changed.` });
      return;
    }
    const result = await store.importFile(source);
    if (!result.ok || !accepted.value?.length) {
      await report(result.ok ? result : { ok: false, error: `${result.error} Nothing was changed.` }, 'Settings imported.');
      return;
    }
    // Added to this computer's list, not replacing it: importing never brings a warning back.
    try {
      const before = (await acceptedStore.load()).length;
      await acceptedStore.add(accepted.value);
      const added = acceptedStore.list.length - before;
      await report(result, `Settings imported${added > 0 ? `, with ${plural(added, 'accepted name')}` : ''}.`);
    } catch (error) {
      await report(result, `Settings imported, but not the accepted names: ${errorText(error)}`);
    }
  };

  const onExport = async () => {
    const file = withAcceptedGreetings(await store.exportFile(), await acceptedStore.load());
    const blob = new Blob([file], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = 'pitchcheck-settings.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setStatus({ kind: 'ok', text: 'Settings exported to pitchcheck-settings.json.' });
  };

  const playbook = values.playbook;
  const playbookLocked = lockedAt('playbook');
  const rangeNote =
    loaded.wordRangeSource === 'managed'
      ? LOCKED_NOTE
      : loaded.wordRangeSource === 'playbook'
        ? `Set by the team playbook (${playbook?.name ?? ''})`
        : null;

  return (
    <>
      <h1>Pitchcheck options</h1>
      <p class="hint">Changes save at once and apply to open compose windows without a reload.</p>
      <p class="status" role={status?.kind === 'error' ? 'alert' : 'status'} aria-live="polite" data-kind={status?.kind ?? ''}>
        {status?.text ?? ''}
      </p>

      <section aria-labelledby="rules-heading">
        <h2 id="rules-heading">Checks</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">On</th>
              <th scope="col">What it checks</th>
              <th scope="col">Severity</th>
            </tr>
          </thead>
          <tbody>
            {rules.map(({ meta }) => {
              const setting = values.rules[meta.id] ?? {};
              const isLockedRule = lockedAt(`rules.${meta.id}`);
              return (
                <tr key={meta.id} data-rule-row={meta.id}>
                  <td>
                    <label>
                      <input
                        type="checkbox"
                        checked={setting.enabled !== false}
                        disabled={isLockedRule}
                        aria-describedby={`rule-${meta.id}-desc`}
                        onChange={(e) => saveRule(meta.id, { enabled: (e.currentTarget as HTMLInputElement).checked ? undefined : false })}
                      />{' '}
                      <span class="rule-id">{meta.id}</span>
                    </label>
                  </td>
                  <td id={`rule-${meta.id}-desc`}>
                    {meta.description}
                    <Locked when={isLockedRule} />
                  </td>
                  <td>
                    <select
                      aria-label={`Severity of ${meta.id}`}
                      value={setting.severity ?? ''}
                      disabled={isLockedRule}
                      onChange={(e) => {
                        const v = (e.currentTarget as HTMLSelectElement).value;
                        saveRule(meta.id, { severity: v === '' ? undefined : (v as Severity) });
                      }}
                    >
                      <option value="">Default ({meta.severity})</option>
                      {SEVERITIES.map((s) => (
                        <option key={s} value={s}>
                          {s}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

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
        {rangeNote ? <p class="note">Word range: {rangeNote}.</p> : <p class="hint">Default 50–125 words: the range that got the most replies.</p>}
        <Locked when={lockedAt('minSelfRefs')} />
      </section>

      <section aria-labelledby="names-heading">
        <h2 id="names-heading">About you</h2>
        <p class="hint">One per line. Mentions of these count as talking about yourself.</p>
        <div class="row">
          {(['senderNames', 'companyNames'] as const).map((key) => (
            <label class="field" key={key} style="flex: 1">
              {key === 'senderNames' ? 'Your names' : 'Company and product names'}
              <textarea
                value={values[key].join('\n')}
                disabled={lockedAt(key)}
                onChange={(e) => void save({ [key]: linesOf((e.currentTarget as HTMLTextAreaElement).value) })}
              />
              <Locked when={lockedAt(key)} />
            </label>
          ))}
        </div>
      </section>

      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">Sites</h2>
        {SITE_IDS.map((site) => (
          <p key={site}>
            <label>
              <input
                type="checkbox"
                checked={values.sites[site]}
                disabled={lockedAt(`sites.${site}`)}
                onChange={(e) => void save({ sites: { [site]: (e.currentTarget as HTMLInputElement).checked } })}
              />{' '}
              Check drafts in {SITE_LABELS[site]}
            </label>
            <Locked when={lockedAt(`sites.${site}`)} />
            {values.paused[site] ? (
              <>
                {' '}
                <span class="note">Paused from the toolbar.</span>{' '}
                <button type="button" disabled={lockedAt(`paused.${site}`)} onClick={() => void save({ paused: { [site]: false } }, 'Resumed.')}>
                  Resume
                </button>
              </>
            ) : null}
          </p>
        ))}
      </section>

      <section aria-labelledby="playbook-heading" data-section="playbook">
        <h2 id="playbook-heading">Team playbook</h2>
        <p class="hint">
          A JSON file your team agrees on: word range, company and product names, phrases to avoid with better alternatives, and
          required elements.
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

      <AcceptedNames setStatus={setStatus} />

      <section aria-labelledby="backup-heading">
        <h2 id="backup-heading">Export and import</h2>
        <p class="hint">All your settings and the names you accepted in one JSON file (your administrator's values are not included).</p>
        <div class="row">
          <button type="button" onClick={() => void onExport()}>
            Export settings
          </button>
          <label>
            Import settings (JSON) <input type="file" accept=".json,application/json" onChange={onSettingsFile} />
          </label>
        </div>
      </section>
    </>
  );
}

render(<App />, document.getElementById('app')!);
