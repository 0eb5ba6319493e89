// Builds the extension for both browsers from one source tree and one top-level manifest.json:
//   dist/chrome/   background as a service worker
//   dist/firefox/  background as event-page scripts + browser_specific_settings.gecko
// and the store zips dist/pitchcheck-{chrome,firefox}-<version>.zip. `--watch` rebuilds on change
// (no zips). Also bundles the CLI (dist/cli.js) through scripts/build-cli.ts.
import * as esbuild from 'esbuild';
import { zipSync } from 'fflate';
import { existsSync } from 'node:fs';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildCli } from './build-cli.js';

export const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const DIST = path.join(ROOT, 'dist');
export type Target = 'chrome' | 'firefox';
export const TARGETS: Target[] = ['chrome', 'firefox'];

const GECKO = {
  id: 'pitchcheck@pitchcheck.dev',
  // 140 (an ESR): the first Firefox that reads `data_collection_permissions`, which AMO requires of
  // new add-ons; everything else the build uses (MV3 background.scripts, host permissions granted at
  // install from 127) came earlier. The esbuild target below follows it.
  strict_min_version: '140.0',
};
/** Firefox for Android learned `data_collection_permissions` later (142). */
const GECKO_ANDROID = { strict_min_version: '142.0' };
const FIREFOX_MIN = `firefox${GECKO.strict_min_version.split('.')[0]}`;

/** Scripts bundled into each target (an entry whose source is missing is skipped). */
const ENTRIES: { out: string; src: string }[] = [
  { out: 'background', src: 'src/background/index.ts' },
  { out: 'content', src: 'src/content/index.ts' },
  { out: 'options', src: 'src/options/index.tsx' },
  { out: 'popup', src: 'src/popup/index.tsx' },
];
/** Static pages copied as they are, when they exist. */
const PAGES = ['src/options/options.html', 'src/popup/popup.html'];

type Manifest = Record<string, unknown> & { version: string; background?: Record<string, unknown> };

export async function readManifest(): Promise<Manifest> {
  return JSON.parse(await readFile(path.join(ROOT, 'manifest.json'), 'utf8')) as Manifest;
}

/** The manifest each browser wants, derived from the top-level one. */
export function manifestFor(target: Target, base: Manifest): Manifest {
  const manifest: Manifest = structuredClone(base);
  const worker = String(base.background?.service_worker ?? 'background.js');
  if (target === 'chrome') {
    manifest.background = { service_worker: worker };
  } else {
    // Firefox MV3 has no service workers for extensions: the same bundle runs as an event page.
    manifest.background = { scripts: [worker] };
    // Firefox takes managed storage from enterprise policies (policies.json "3rdparty"), with no schema.
    delete manifest.storage;
    manifest.browser_specific_settings = {
      gecko: { ...GECKO, data_collection_permissions: { required: ['none'] } },
      gecko_android: GECKO_ANDROID,
    };
  }
  return manifest;
}

function entryPoints(): Record<string, string> {
  const points: Record<string, string> = {};
  for (const e of ENTRIES) if (existsSync(path.join(ROOT, e.src))) points[e.out] = path.join(ROOT, e.src);
  return points;
}

function esbuildOptions(target: Target, dev: boolean): esbuild.BuildOptions {
  return {
    entryPoints: entryPoints(),
    outdir: path.join(DIST, target),
    bundle: true,
    // IIFE everywhere: content scripts cannot be modules, and one shape keeps both browsers alike.
    format: 'iife',
    platform: 'browser',
    target: target === 'chrome' ? ['chrome120'] : [FIREFOX_MIN],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    minify: false,
    sourcemap: dev ? 'inline' : false,
    legalComments: 'eof',
    charset: 'utf8',
    define: { 'process.env.NODE_ENV': dev ? '"development"' : '"production"' },
    logLevel: 'warning',
    plugins: [withoutPreactInnerHtml],
  };
}

/**
 * Preact's diff writes `dom.innerHTML = props.dangerouslySetInnerHTML.__html` (src/diff/index.js).
 * Pitchcheck never uses that prop, and an HTML sink in the bundle is exactly what Mozilla's linter
 * (UNSAFE_VAR_ASSIGNMENT) and a reviewer look for. The assignment is replaced by a throw when the
 * bundle is built, so the sink is not shipped and any future use fails loudly instead of silently
 * rendering children. If Preact changes that code, the build stops and says so.
 */
const PREACT_INNER_HTML = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;
const withoutPreactInnerHtml: esbuild.Plugin = {
  name: 'pitchcheck-without-preact-innerhtml',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/ }, async (args) => {
      const code = await readFile(args.path, 'utf8');
      const sinks = code.match(PREACT_INNER_HTML) ?? [];
      if (sinks.length !== 1 || (code.match(/\.innerHTML\s*=[^=]/g) ?? []).length !== 1) {
        throw new Error(`${args.path}: expected one dangerouslySetInnerHTML assignment, found ${sinks.length}: update withoutPreactInnerHtml in scripts/build.ts`);
      }
      const patched = code.replace(PREACT_INNER_HTML, '(()=>{throw new Error("dangerouslySetInnerHTML is not supported in Pitchcheck")})()');
      return { contents: patched, loader: 'js' };
    });
  },
};

async function writeStatic(target: Target): Promise<void> {
  const out = path.join(DIST, target);
  await mkdir(out, { recursive: true });
  const manifest = manifestFor(target, await readManifest());
  await writeFile(path.join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  await cp(path.join(ROOT, 'assets/icons'), path.join(out, 'icons'), { recursive: true });
  for (const page of PAGES) {
    if (existsSync(path.join(ROOT, page))) await cp(path.join(ROOT, page), path.join(out, path.basename(page)));
  }
  if (target === 'chrome') await cp(path.join(ROOT, 'assets/managed_schema.json'), path.join(out, 'managed_schema.json'));
  // The bundles carry third-party data and code (the nickname table is Apache-2.0): ship their
  // licences and credits with every build.
  await cp(path.join(ROOT, 'LICENSE'), path.join(out, 'LICENSE'));
  await cp(path.join(ROOT, 'THIRD_PARTY_NOTICES.md'), path.join(out, 'THIRD_PARTY_NOTICES.md'));
  await cp(path.join(ROOT, 'src/core/data/nicknames.LICENSE.txt'), path.join(out, 'nicknames.LICENSE.txt'));
}

/** Store rules and our privacy promise: no code from strings in what we ship. */
async function checkBundles(target: Target): Promise<void> {
  const dir = path.join(DIST, target);
  for (const name of await readdir(dir)) {
    if (!name.endsWith('.js')) continue;
    const code = await readFile(path.join(dir, name), 'utf8');
    const bad = /\bnew Function\s*\(|(?<![.\w])eval\s*\(/.exec(code);
    if (bad) throw new Error(`${target}/${name} contains "${bad[0]}" at ${bad.index}: stores reject code built from strings`);
    const sink = /\.(?:innerHTML|outerHTML)\s*=[^=]|insertAdjacentHTML\s*\(/.exec(code);
    if (sink) throw new Error(`${target}/${name} writes HTML from a string ("${sink[0]}" at ${sink.index}): build DOM nodes instead`);
  }
}

async function zipDir(dir: string, zipPath: string): Promise<void> {
  const files: Record<string, Uint8Array> = {};
  const walk = async (rel: string): Promise<void> => {
    for (const entry of await readdir(path.join(dir, rel), { withFileTypes: true })) {
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(relPath);
      else files[relPath] = new Uint8Array(await readFile(path.join(dir, relPath)));
    }
  };
  await walk('');
  // A fixed mtime makes the zips reproducible from the same sources.
  const zipped = zipSync(files, { level: 9, mtime: new Date('2026-01-01T00:00:00Z') });
  await writeFile(zipPath, zipped);
}

export async function buildAll(): Promise<{ version: string; zips: string[] }> {
  const manifest = await readManifest();
  const zips: string[] = [];
  for (const target of TARGETS) {
    await rm(path.join(DIST, target), { recursive: true, force: true });
    await esbuild.build(esbuildOptions(target, false));
    await writeStatic(target);
    await checkBundles(target);
    const zipPath = path.join(DIST, `pitchcheck-${target}-${manifest.version}.zip`);
    await zipDir(path.join(DIST, target), zipPath);
    zips.push(zipPath);
  }
  await buildCli(DIST);
  return { version: manifest.version, zips };
}

async function watch(): Promise<void> {
  for (const target of TARGETS) {
    await writeStatic(target);
    const ctx = await esbuild.context({
      ...esbuildOptions(target, true),
      plugins: [
        {
          name: 'pitchcheck-static',
          setup(build) {
            build.onEnd(async (result) => {
              if (result.errors.length) return;
              await writeStatic(target);
              console.log(`[${new Date().toLocaleTimeString()}] rebuilt dist/${target}`);
            });
          },
        },
      ],
    });
    await ctx.watch();
  }
  console.log('watching src/ for changes (Ctrl+C to stop); reload the extension in the browser after a rebuild');
}

const isMain = process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url;
if (isMain) {
  if (process.argv.includes('--watch')) {
    await watch();
  } else {
    const started = Date.now();
    const { zips } = await buildAll();
    for (const z of zips) console.log('wrote', path.relative(ROOT, z));
    console.log(`build: done in ${Date.now() - started} ms`);
  }
}
