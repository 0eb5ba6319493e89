import { SITE_IDS, SITE_LABELS } from '../shared/settings-schema.js';
import { Locked, type SectionProps } from './section.js';

/** Which mail sites Pitchcheck runs on, and Resume for a site paused from the toolbar. */
export function SitesSection({ loaded: { values }, lockedAt, save }: SectionProps) {
  return (
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
  );
}
