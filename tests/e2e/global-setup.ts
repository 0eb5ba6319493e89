// The browser tests load a copy of dist/chrome and dist/firefox taken once per run, so a rebuild
// during the run (`npm run build` or `npm run dev` in another shell) cannot pull the extension from
// under a test. PITCHCHECK_EXTENSION_DIR / PITCHCHECK_FIREFOX_EXTENSION_DIR, when set, name the
// builds to test instead.
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BUILDS = [
  { dir: path.join(ROOT, 'dist/chrome'), env: 'PITCHCHECK_EXTENSION_DIR' },
  { dir: path.join(ROOT, 'dist/firefox'), env: 'PITCHCHECK_FIREFOX_EXTENSION_DIR' },
];

/** The files the manifest names that are missing from `dir` (a copy taken mid-build lacks some). */
function missingFiles(dir: string): string[] {
  const manifestPath = path.join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) return ['manifest.json'];
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    background?: { service_worker?: string; scripts?: string[] };
    content_scripts?: { js?: string[] }[];
    options_ui?: { page?: string };
    action?: { default_popup?: string };
  };
  const named = [
    manifest.background?.service_worker,
    ...(manifest.background?.scripts ?? []),
    ...(manifest.content_scripts ?? []).flatMap((c) => c.js ?? []),
    manifest.options_ui?.page,
    manifest.action?.default_popup,
  ].filter((f): f is string => !!f);
  return named.filter((f) => !existsSync(path.join(dir, f)));
}

/** Copies `build` to a temporary folder, whole, and returns the copy. */
async function snapshot(build: string): Promise<string> {
  const name = path.relative(ROOT, build);
  if (!existsSync(path.join(build, 'manifest.json'))) throw new Error(`${name} is missing: run \`npm run build\` first`);
  const copy = await mkdtemp(path.join(os.tmpdir(), 'pitchcheck-extension-'));
  await cp(build, copy, { recursive: true });
  const missing = missingFiles(copy);
  if (missing.length) {
    await rm(copy, { recursive: true, force: true });
    throw new Error(`${name} was being rebuilt while the tests copied it (missing ${missing.join(', ')}): run them again`);
  }
  return copy;
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  const copies: string[] = [];
  for (const build of BUILDS) {
    if (process.env[build.env]) continue;
    const copy = await snapshot(build.dir);
    copies.push(copy);
    // Workers inherit the environment that global setup leaves.
    process.env[build.env] = copy;
  }
  return async () => {
    for (const copy of copies) await rm(copy, { recursive: true, force: true });
  };
}
