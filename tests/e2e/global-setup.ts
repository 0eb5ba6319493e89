// The browser tests load a copy of dist/chrome taken once per run, so a rebuild during the run
// (`npm run build` or `npm run dev` in another shell) cannot pull the extension from under a test.
// PITCHCHECK_EXTENSION_DIR, when set, names the build to test instead.
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BUILD = path.join(ROOT, 'dist/chrome');

/** The files the manifest names that are missing from `dir` (a copy taken mid-build lacks some). */
function missingFiles(dir: string): string[] {
  const manifestPath = path.join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) return ['manifest.json'];
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    background?: { service_worker?: string };
    content_scripts?: { js?: string[] }[];
    options_ui?: { page?: string };
    action?: { default_popup?: string };
  };
  const named = [
    manifest.background?.service_worker,
    ...(manifest.content_scripts ?? []).flatMap((c) => c.js ?? []),
    manifest.options_ui?.page,
    manifest.action?.default_popup,
  ].filter((f): f is string => !!f);
  return named.filter((f) => !existsSync(path.join(dir, f)));
}

export default async function globalSetup(): Promise<(() => Promise<void>) | undefined> {
  if (process.env.PITCHCHECK_EXTENSION_DIR) return undefined;
  if (!existsSync(path.join(BUILD, 'manifest.json'))) throw new Error('dist/chrome is missing: run `npm run build` first');
  const copy = await mkdtemp(path.join(os.tmpdir(), 'pitchcheck-extension-'));
  await cp(BUILD, copy, { recursive: true });
  const missing = missingFiles(copy);
  if (missing.length) {
    await rm(copy, { recursive: true, force: true });
    throw new Error(`dist/chrome was being rebuilt while the tests copied it (missing ${missing.join(', ')}): run them again`);
  }
  // Workers inherit the environment that global setup leaves.
  process.env.PITCHCHECK_EXTENSION_DIR = copy;
  return () => rm(copy, { recursive: true, force: true });
}
