// Shared by the site tests: fixture pages as live documents, each in its own happy-dom window.
// (Documents from DOMParser or createHTMLDocument have a broken Range in happy-dom 21: a Range
// set inside them stays collapsed. A separate Window behaves.)
import { Window } from 'happy-dom';
import { FIXTURE_URLS, readFixture, type FixtureName } from '../fixtures/index.js';

function documentOf(html: string, url: string): Document {
  const win = new Window({
    url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  win.document.write(html);
  return win.document as unknown as Document;
}

/** The fixture page at its real URL (its inline script does not run). */
export function loadFixture(name: FixtureName): Document {
  return documentOf(readFixture(name), FIXTURE_URLS[name]);
}

/** A document with `html` as its body. */
export function page(html: string, bodyClass = ''): Document {
  return documentOf(`<!DOCTYPE html><html><body class="${bodyClass}">${html}</body></html>`, 'https://mail.google.com/mail/u/0/');
}

export function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
