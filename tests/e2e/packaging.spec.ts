// The packaged extension, without a browser: both manifests, the store zips, what the bundles may
// not contain, and Mozilla's linter on the Firefox build (the Firefox build running in Firefox: both-browsers.spec.ts).
import { test, expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync, strFromU8 } from 'fflate';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = path.join(ROOT, 'dist');
const MAIL_HOSTS = [
  'https://mail.google.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.live.com/*',
  'https://outlook.cloud.microsoft/*',
];

type Manifest = Record<string, any>;
const readJson = (file: string): Manifest => JSON.parse(readFileSync(file, 'utf8'));
const version = readJson(path.join(ROOT, 'package.json')).version as string;

function checkCommon(m: Manifest, dir: string): void {
  expect(m.manifest_version).toBe(3);
  expect(m.version).toBe(version);
  expect(m.permissions).toEqual(['storage']);
  expect([...m.host_permissions].sort()).toEqual([...MAIL_HOSTS].sort());
  expect(m.content_scripts).toHaveLength(1);
  expect([...m.content_scripts[0].matches].sort()).toEqual([...MAIL_HOSTS].sort());
  expect(m.content_scripts[0].all_frames).toBe(false);
  expect(m.content_security_policy).toBeUndefined(); // MV3's strict default: no remote code
  for (const file of [...m.content_scripts[0].js, ...Object.values(m.icons as Record<string, string>)]) {
    expect(existsSync(path.join(dir, file)), file).toBe(true);
  }
}

test.describe('packaging', () => {
  test('the Chrome manifest runs the background as a service worker', () => {
    const dir = path.join(DIST, 'chrome');
    const m = readJson(path.join(dir, 'manifest.json'));
    checkCommon(m, dir);
    expect(m.background).toEqual({ service_worker: 'background.js' });
    expect(m.browser_specific_settings).toBeUndefined();
    expect(existsSync(path.join(dir, 'background.js'))).toBe(true);
  });

  test('the Firefox manifest is valid: gecko id and minimum version, background scripts, no service worker', () => {
    const dir = path.join(DIST, 'firefox');
    const m = readJson(path.join(dir, 'manifest.json'));
    checkCommon(m, dir);
    expect(m.background.service_worker).toBeUndefined();
    expect(m.background.scripts).toEqual(['background.js']);
    expect(existsSync(path.join(dir, 'background.js'))).toBe(true);
    expect(m.browser_specific_settings.gecko.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(m.browser_specific_settings.gecko.strict_min_version).toMatch(/^\d+\.\d+$/);
    // 140: the first Firefox that reads data_collection_permissions (142 on Android).
    expect(Number.parseFloat(m.browser_specific_settings.gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(Number.parseFloat(m.browser_specific_settings.gecko_android.strict_min_version)).toBeGreaterThanOrEqual(142);
  });

  test('the store zips hold each build, manifest at the top', () => {
    for (const target of ['chrome', 'firefox']) {
      const zip = path.join(DIST, `pitchcheck-${target}-${version}.zip`);
      const files = unzipSync(new Uint8Array(readFileSync(zip)));
      const m = JSON.parse(strFromU8(files['manifest.json']!));
      expect(m).toEqual(readJson(path.join(DIST, target, 'manifest.json')));
      expect(Object.keys(files).sort()).toEqual(expect.arrayContaining(['background.js', 'content.js', 'icons/icon-128.png']));
    }
  });

  test('the bundles build no code from strings and open no connections', () => {
    for (const target of ['chrome', 'firefox']) {
      const dir = path.join(DIST, target);
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
        const code = readFileSync(path.join(dir, file), 'utf8');
        expect(code, `${target}/${file}`).not.toMatch(/\bnew Function\s*\(|(?<![.\w])eval\s*\(/);
        expect(code, `${target}/${file}`).not.toMatch(/\bfetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|importScripts|EventSource/);
        expect(code, `${target}/${file}`).not.toMatch(/createPolicy\(\s*['"]default['"]/);
        // Preact's dangerouslySetInnerHTML sink is taken out at build time (scripts/build.ts).
        expect(code, `${target}/${file}`).not.toMatch(/\.(?:innerHTML|outerHTML)\s*=[^=]|insertAdjacentHTML\s*\(/);
      }
    }
  });

  test('web-ext lint finds no errors and no warnings in the Firefox build', () => {
    test.setTimeout(120_000);
    const bin = path.join(ROOT, 'node_modules/.bin/web-ext');
    const run = spawnSync(bin, ['lint', '--source-dir', path.join(DIST, 'firefox'), '--output', 'json', '--no-config-discovery'], {
      encoding: 'utf8',
      env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
      maxBuffer: 16 * 1024 * 1024,
    });
    type Message = { code: string; message: string; file?: string };
    const report = JSON.parse(run.stdout) as { errors: Message[]; warnings: Message[] };
    const describe = (m: Message) => `${m.code}: ${m.message}${m.file ? ` (${m.file})` : ''}`;
    expect(report.errors.map(describe)).toEqual([]);
    expect(report.warnings.map(describe)).toEqual([]);
  });
});
