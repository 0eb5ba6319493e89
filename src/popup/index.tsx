// The toolbar popup: whether Pitchcheck is active on the current tab's site, a pause switch for
// that site, the number of findings in the focused compose, and a link to the options page.
// It asks the content script in the active tab (tabs.sendMessage needs no `tabs` permission);
// no answer means the page is not a mail site Pitchcheck runs on.
import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { SettingsStore } from '../shared/settings-store.js';
import { isLocked, type LoadedSettings } from '../shared/settings-layers.js';
import { SITE_LABELS } from '../shared/settings-schema.js';
import { isPageStatus, type PageStatus, type StatusRequest } from '../shared/page-status.js';

const store = new SettingsStore(browser.storage);
/** The popup shows live counts while it is open; the page answers in well under this. */
const REFRESH_MS = 1000;
const ANSWER_TIMEOUT_MS = 1500;

async function askActiveTab(): Promise<PageStatus | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return null;
    const request: StatusRequest = { type: 'pitchcheck:status' };
    const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), ANSWER_TIMEOUT_MS));
    const answer: unknown = await Promise.race([browser.tabs.sendMessage(tab.id, request), timeout]);
    return isPageStatus(answer) ? answer : null;
  } catch {
    // No content script in this tab: not a mail page, or opened before the extension was installed.
    return null;
  }
}

function Popup() {
  const [status, setStatus] = useState<PageStatus | null | undefined>(undefined);
  const [settings, setSettings] = useState<LoadedSettings | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(() => void askActiveTab().then(setStatus), []);

  useEffect(() => {
    refresh();
    void store.load().then(setSettings);
    const unsubscribe = store.subscribe((loaded) => {
      setSettings(loaded);
      refresh();
    });
    const timer = setInterval(refresh, REFRESH_MS);
    return () => {
      unsubscribe();
      clearInterval(timer);
    };
  }, [refresh]);

  const openOptions = () => {
    void browser.runtime.openOptionsPage().then(() => window.close());
  };

  let body;
  if (status === undefined) {
    body = <p class="muted">Checking this page…</p>;
  } else if (status === null) {
    body = (
      <p data-state="inactive">
        Not active on this page. Pitchcheck runs in Gmail and Outlook on the web.
      </p>
    );
  } else {
    const site = SITE_LABELS[status.site];
    const pauseLocked = settings ? isLocked(settings.locked, `paused.${status.site}`) : false;
    body = (
      <>
        <p data-state={status.active ? 'active' : status.paused ? 'paused' : 'off'}>
          {status.active
            ? `Active on ${site}.`
            : status.paused
              ? `Paused on ${site}.`
              : `Turned off for ${site} in the options.`}
        </p>
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            checked={status.paused}
            disabled={!status.enabled || pauseLocked}
            onChange={async (e) => {
              const paused = (e.currentTarget as HTMLInputElement).checked;
              const result = await store.save({ paused: { [status.site]: paused } });
              setError(result.ok ? null : result.error);
              refresh();
            }}
          />
          Pause on {site}
        </label>
        {status.active ? (
          status.findings === null ? (
            <p class="muted">{status.composes ? 'Click into a draft to see its count.' : 'No draft open.'}</p>
          ) : (
            <p>
              <span class="count" data-findings={status.findings}>
                {status.findings}
              </span>{' '}
              {status.findings === 1 ? 'finding' : 'findings'} in this draft
            </p>
          )
        ) : null}
      </>
    );
  }

  return (
    <>
      <h1>Pitchcheck</h1>
      {body}
      {error ? <p role="alert">{error}</p> : null}
      <hr />
      <button type="button" class="link" onClick={openOptions}>
        Options
      </button>
    </>
  );
}

render(<Popup />, document.getElementById('app')!);
