import { acceptedGreetingsInFile, withAcceptedGreetings } from '../shared/accepted-names.js';
import { acceptedStore, errorText, plural, readChosenFile, store, type SectionProps } from './section.js';

/** All the rep's settings and accepted names in one JSON file, out and back in. */
export function BackupSection({ report, setStatus }: Pick<SectionProps, 'report' | 'setStatus'>) {
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
    const url = URL.createObjectURL(new Blob([file], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'pitchcheck-settings.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setStatus({ kind: 'ok', text: 'Settings exported to pitchcheck-settings.json.' });
  };

  return (
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
  );
}
