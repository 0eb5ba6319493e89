// Which Chromium the scripts and tests drive: Debian's (the one CI installs), else Playwright's own.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function chromiumPath(): string {
  if (process.env.PITCHCHECK_CHROMIUM) return process.env.PITCHCHECK_CHROMIUM;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // Playwright has no browser downloaded: fall through to the clear error below.
  }
  throw new Error('No Chromium found: install it (apt-get install chromium) or set PITCHCHECK_CHROMIUM.');
}

/** Flags for Chromium with the unpacked extension at `extensionDir` loaded. */
export function extensionArgs(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-dev-shm-usage',
  ];
}
