// The options page, one component per section. Changes save at once to storage.sync; open
// compose windows pick them up through the store's subscription. Values an administrator set
// (storage.managed) are shown but locked. The greetings the rep accepted from a card live in
// storage.local; they are listed here to remove, and travel in the settings file.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { isLocked, type LoadedSettings } from '../shared/settings-layers.js';
import { store, type SectionProps, type Status } from './section.js';
import { RulesSection } from './RulesSection.js';
import { LengthSection } from './LengthSection.js';
import { AboutYouSection } from './AboutYouSection.js';
import { SitesSection } from './SitesSection.js';
import { PlaybookSection } from './PlaybookSection.js';
import { AcceptedNamesSection } from './AcceptedNamesSection.js';
import { BackupSection } from './BackupSection.js';

function App() {
  const [loaded, setLoaded] = useState<LoadedSettings | null>(null);
  const [status, setStatus] = useState<Status>(null);

  useEffect(() => {
    void store.load().then(setLoaded);
    return store.subscribe(setLoaded);
  }, []);

  if (!loaded) return <p>Loading…</p>;

  const report: SectionProps['report'] = async (result, okText) => {
    // Show the stored state at once (the change event comes a moment later): no flicker back.
    if (result.ok) setLoaded(await store.load());
    if (!result.ok) setStatus({ kind: 'error', text: result.error });
    else if (result.skipped?.length) setStatus({ kind: 'ok', text: `${okText} Left as your administrator set them: ${result.skipped.join(', ')}.` });
    else setStatus({ kind: 'ok', text: okText });
  };
  const sectionProps: SectionProps = {
    loaded,
    lockedAt: (path) => isLocked(loaded.locked, path),
    save: async (patch, okText = 'Saved.') => report(await store.save(patch), okText),
    report,
    setStatus,
  };

  return (
    <>
      <h1>Pitchcheck options</h1>
      <p class="hint">Changes save at once and apply to open compose windows without a reload.</p>
      <p class="status" role={status?.kind === 'error' ? 'alert' : 'status'} aria-live="polite" data-kind={status?.kind ?? ''}>
        {status?.text ?? ''}
      </p>
      <RulesSection {...sectionProps} />
      <LengthSection {...sectionProps} />
      <AboutYouSection {...sectionProps} />
      <SitesSection {...sectionProps} />
      <PlaybookSection {...sectionProps} />
      <AcceptedNamesSection {...sectionProps} />
      <BackupSection {...sectionProps} />
    </>
  );
}

render(<App />, document.getElementById('app')!);
