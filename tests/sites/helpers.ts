// Shared by the site tests (happy-dom): fixture pages as live documents.
import { readFixture, type FixtureName } from '../fixtures/index.js';

/** The fixture page parsed into its own document (its inline script does not run). */
export function loadFixture(name: FixtureName): Document {
  return new DOMParser().parseFromString(readFixture(name), 'text/html');
}

/** A document with `html` as its body. */
export function page(html: string, bodyClass = ''): Document {
  const doc = new DOMParser().parseFromString(`<!DOCTYPE html><html><body class="${bodyClass}">${html}</body></html>`, 'text/html');
  return doc;
}

export function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
