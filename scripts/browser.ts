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
 * The engine smoke suite (scripts/engines.ts) needs two more engines, which Debian packages and nothing downloads
 * at install time: Firefox ESR (`firefox-esr`, driven over WebDriver BiDi) and WebKitGTK's WebKitWebDriver
 * (`webkit2gtk-driver`, which drives MiniBrowser from libwebkit2gtk) under a virtual display (`xvfb`).
 * `findEngine` finds them; `ensureEngines` installs what is missing the same way, as root on Debian.
 *
 * Usage: node scripts/browser.ts [--ensure] [--engines chromium,firefox,webkit]
 *   (prints the Chromium path on stdout; with --engines, one line per engine found)
 */
import { existsSync, readdirSync } from 'node:fs';
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

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** Finds a browser or installs one, explaining each step on stderr. */
export function ensureBrowser(): string {
  let path = findBrowser();
  if (path) return path;
  console.error('browser: no Chromium found (CHROME_PATH, system browsers, Playwright). Trying to install one.');
  if (run('npx', ['--no-install', 'playwright', 'install', 'chromium'])) path = findBrowser();
  if (!path && isRoot() && existsSync('/usr/bin/apt-get')) {
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

/** The engines the smoke suite runs, in the order it runs them. */
const ENGINES = ['chromium', 'firefox', 'webkit'] as const;
export type Engine = (typeof ENGINES)[number];

/** What an engine needs on disk: the browser, and for WebKit its driver and the virtual display it runs under. */
export interface EngineFiles {
  browser: string;
  driver?: string;
  xvfbRun?: string;
}

/** The Debian package that brings each missing file, for the message and for `apt-get install`. */
const PACKAGES: Record<Engine, string[]> = {
  chromium: ['chromium'],
  firefox: ['firefox-esr'],
  webkit: ['webkit2gtk-driver', 'xvfb', 'xauth'],
};

/** The first path that exists; a path set in `variable` comes first, and must exist. */
function firstFile(paths: string[], exists: (path: string) => boolean, variable?: string): string | undefined {
  const fromEnv = variable ? process.env[variable] : undefined;
  if (fromEnv) {
    if (!exists(fromEnv)) throw new Error(`${variable} is set to ${fromEnv}, but there is no file there.`);
    return fromEnv;
  }
  return paths.find((path) => exists(path));
}

/**
 * MiniBrowser sits in libwebkit2gtk's private folder, named for the API version (webkit2gtk-4.1, webkitgtk-6.0)
 * under the multiarch lib folder on Debian (/usr/lib/x86_64-linux-gnu) or under /usr/libexec elsewhere.
 */
function miniBrowser(exists: (path: string) => boolean): string | undefined {
  const multiarch = existsSync('/usr/lib') ? readdirSync('/usr/lib').filter((d) => d.endsWith('-linux-gnu')) : [];
  const roots = [...multiarch.map((d) => `/usr/lib/${d}`), '/usr/lib', '/usr/libexec'].filter((root) => existsSync(root));
  const found = roots.flatMap((root) =>
    readdirSync(root)
      .filter((d) => /^webkit2?gtk-\d/.test(d))
      .map((d) => `${root}/${d}/MiniBrowser`),
  );
  // The newest API version first.
  return firstFile(found.sort().reverse(), exists, 'MINIBROWSER_PATH');
}

/**
 * The files an engine needs, or the names of the Debian packages that are missing. FIREFOX_PATH,
 * WEBKIT_DRIVER_PATH and MINIBROWSER_PATH (like CHROME_PATH) name a file to use instead, which must exist.
 */
function findEngine(engine: Engine, exists: (path: string) => boolean = existsSync): { files: EngineFiles } | { missing: string[] } {
  if (engine === 'chromium') {
    const browser = findBrowser();
    return browser ? { files: { browser } } : { missing: PACKAGES.chromium };
  }
  if (engine === 'firefox') {
    const browser = firstFile(['/usr/bin/firefox-esr', '/usr/bin/firefox'], exists, 'FIREFOX_PATH');
    return browser ? { files: { browser } } : { missing: PACKAGES.firefox };
  }
  const driver = firstFile(['/usr/bin/WebKitWebDriver'], exists, 'WEBKIT_DRIVER_PATH');
  const browser = miniBrowser(exists);
  const xvfbRun = firstFile(['/usr/bin/xvfb-run'], exists);
  // xvfb-run needs xauth, which the xvfb package only recommends.
  const xauth = firstFile(['/usr/bin/xauth'], exists);
  const missing = [...(driver && browser ? [] : ['webkit2gtk-driver']), ...(xvfbRun ? [] : ['xvfb']), ...(xauth ? [] : ['xauth'])];
  return missing.length === 0 ? { files: { browser: browser!, driver, xvfbRun } } : { missing };
}

/**
 * Finds every engine asked for; with `install`, as root on Debian, installs the missing packages with apt-get
 * first. Throws a message naming each missing package and the command that installs it: CI must never skip an
 * engine quietly.
 */
export function ensureEngines(
  engines: readonly Engine[],
  { install = false, exists = existsSync }: { install?: boolean; exists?: (path: string) => boolean } = {},
): Record<string, EngineFiles> {
  const look = () => engines.map((engine) => [engine, findEngine(engine, exists)] as const);
  let found = look();
  let missing = [...new Set(found.flatMap(([, f]) => ('missing' in f ? f.missing : [])))];
  if (missing.length > 0 && engines.includes('chromium') && install) {
    // Chromium keeps its own ways in (CHROME_PATH, Playwright's download); ensureBrowser tries them first.
    try {
      ensureBrowser();
    } catch {
      // reported below with the others
    }
    found = look();
    missing = [...new Set(found.flatMap(([, f]) => ('missing' in f ? f.missing : [])))];
  }
  if (missing.length > 0 && install && isRoot() && existsSync('/usr/bin/apt-get')) {
    console.error(`browser: missing ${missing.join(', ')}; installing with apt-get.`);
    if (run('apt-get', ['update', '-qq']) && run('apt-get', ['install', '-y', '-qq', ...missing])) found = look();
  }
  const still = found.filter(([, f]) => 'missing' in f);
  if (still.length > 0) {
    const packages = [...new Set(still.flatMap(([, f]) => ('missing' in f ? f.missing : [])))];
    throw new Error(
      `No ${still.map(([engine]) => engine).join(' or ')} here: the Debian package${packages.length > 1 ? 's' : ''} ` +
        `${packages.join(', ')} ${packages.length > 1 ? 'are' : 'is'} missing. Install with \`apt-get install -y ${packages.join(' ')}\` ` +
        '(as root; `node scripts/browser.ts --ensure --engines ...` does it), or choose engines with ENGINES=chromium,firefox.',
    );
  }
  return Object.fromEntries(found.map(([engine, f]) => [engine, (f as { files: EngineFiles }).files]));
}

/** The engines named in ENGINES (comma-separated), or all three. Throws on a name it does not know. */
export function chosenEngines(list = process.env.ENGINES): Engine[] {
  if (!list) return [...ENGINES];
  const names = list
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((name) => !(ENGINES as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`ENGINES names ${unknown.join(', ')}; the engines are ${ENGINES.join(', ')}.`);
  return names as Engine[];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--engines');
  if (at !== -1) {
    try {
      const files = ensureEngines(chosenEngines(process.argv[at + 1]), { install: process.argv.includes('--ensure') });
      for (const [engine, { browser, driver }] of Object.entries(files))
        console.log(`${engine}: ${browser}${driver ? ` (driver ${driver})` : ''}`);
    } catch (error) {
      console.error(`browser: ${(error as Error).message}`);
      process.exit(1);
    }
    process.exit(0);
  }
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
