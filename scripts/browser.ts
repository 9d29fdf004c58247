#!/usr/bin/env node
/**
 * Finds a Chromium for the browser tests and the bench, in this order:
 *   1. CHROME_PATH, if set (it must exist);
 *   2. a system Chromium or Chrome;
 *   3. Playwright's own download, if one is installed.
 * With `--ensure` (npm test runs it first), when none is found it tries to get one: `npx playwright install
 * chromium`, then, as root on Debian or Ubuntu, `apt-get install -y chromium`. It says what it did, and
 * exits non-zero with a clear message when it cannot.
 *
 * Usage: node scripts/browser.ts [--ensure]   (prints the path on stdout)
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Chromium flags for a closed network and a root user: no sandbox, no background calls home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

function playwrightChromium(): string | undefined {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** The path of a usable Chromium, or undefined. Throws when CHROME_PATH names a missing file. */
export function findBrowser(): string | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no file there.`);
    return fromEnv;
  }
  return SYSTEM_BROWSERS.find((path) => existsSync(path)) ?? playwrightChromium();
}

function run(command: string, args: string[]): boolean {
  console.error(`browser: running ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], timeout: 10 * 60_000 }).status === 0;
}

/** Finds a browser or installs one, explaining each step on stderr. */
export function ensureBrowser(): string {
  let path = findBrowser();
  if (path) return path;
  console.error('browser: no Chromium found (CHROME_PATH, system browsers, Playwright). Trying to install one.');
  if (run('npx', ['--no-install', 'playwright', 'install', 'chromium'])) path = findBrowser();
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!path && isRoot && existsSync('/usr/bin/apt-get')) {
    if (run('apt-get', ['update', '-qq']) && run('apt-get', ['install', '-y', '-qq', 'chromium'])) {
      path = findBrowser();
    }
  }
  if (!path) {
    throw new Error(
      'No Chromium is available and none could be installed. Install one (Debian: `apt-get install -y chromium`; ' +
        'elsewhere: `npx playwright install chromium`) or set CHROME_PATH to a Chromium or Chrome binary.',
    );
  }
  console.error(`browser: installed, using ${path}`);
  return path;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const path = process.argv.includes('--ensure') ? ensureBrowser() : findBrowser();
    if (!path) throw new Error('No Chromium found. Run with --ensure to install one, or set CHROME_PATH.');
    console.error(`browser: using ${path}`);
    console.log(path);
  } catch (error) {
    console.error(`browser: ${(error as Error).message}`);
    process.exit(1);
  }
}
