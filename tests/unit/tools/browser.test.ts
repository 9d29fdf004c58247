import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chosenEngines, ensureEngines, findBrowser } from '../../../scripts/browser.ts';

const saved = process.env.CHROME_PATH;
afterEach(() => {
  if (saved === undefined) delete process.env.CHROME_PATH;
  else process.env.CHROME_PATH = saved;
});

describe('findBrowser', () => {
  it('uses CHROME_PATH first', () => {
    process.env.CHROME_PATH = process.execPath; // any existing file stands in for a browser here
    expect(findBrowser()).toBe(process.execPath);
  });

  it('says clearly when CHROME_PATH points at nothing', () => {
    process.env.CHROME_PATH = '/nowhere/chromium';
    expect(() => findBrowser()).toThrow('CHROME_PATH is set to /nowhere/chromium, but there is no file there.');
  });
});

describe('chosenEngines: which engines the smoke suite runs', () => {
  const ALL = ['chromium', 'firefox', 'webkit'] as const;

  it('runs all three when ENGINES is not set', () => {
    expect(chosenEngines(undefined)).toEqual(ALL);
    expect(chosenEngines('')).toEqual(ALL);
  });

  it('takes any of them in any order, whatever the case and spacing', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...ALL], { minLength: 1 }), fc.boolean(), (names, shout) => {
        const list = names.map((name) => ` ${shout ? name.toUpperCase() : name} `).join(',');
        expect(chosenEngines(list)).toEqual(names);
      }),
    );
  });

  it('refuses a name it does not know, naming it and the engines there are', () => {
    expect(() => chosenEngines('firefox,safari')).toThrow('ENGINES names safari; the engines are chromium, firefox, webkit.');
  });
});

describe('ensureEngines: Firefox and WebKit found as Chromium is, never skipped quietly', () => {
  const vars = ['FIREFOX_PATH', 'WEBKIT_DRIVER_PATH', 'MINIBROWSER_PATH'] as const;
  const before = vars.map((name) => process.env[name]);
  afterEach(() => vars.forEach((name, i) => (before[i] === undefined ? delete process.env[name] : (process.env[name] = before[i]))));

  it('names each missing Debian package and the command that installs it', () => {
    vars.forEach((name) => delete process.env[name]);
    expect(() => ensureEngines(['firefox', 'webkit'], { exists: () => false })).toThrow(
      'No firefox or webkit here: the Debian packages firefox-esr, webkit2gtk-driver, xvfb, xauth are missing. ' +
        'Install with `apt-get install -y firefox-esr webkit2gtk-driver xvfb xauth`',
    );
  });

  it('uses the files the variables name, and says so when one points at nothing', () => {
    const files = new Set(['/opt/ff/firefox', '/opt/wk/WebKitWebDriver', '/opt/wk/MiniBrowser', '/usr/bin/xvfb-run', '/usr/bin/xauth']);
    Object.assign(process.env, {
      FIREFOX_PATH: '/opt/ff/firefox',
      WEBKIT_DRIVER_PATH: '/opt/wk/WebKitWebDriver',
      MINIBROWSER_PATH: '/opt/wk/MiniBrowser',
    });
    expect(ensureEngines(['firefox', 'webkit'], { exists: (path) => files.has(path) })).toEqual({
      firefox: { browser: '/opt/ff/firefox' },
      webkit: { browser: '/opt/wk/MiniBrowser', driver: '/opt/wk/WebKitWebDriver', xvfbRun: '/usr/bin/xvfb-run' },
    });
    process.env.FIREFOX_PATH = '/nowhere/firefox';
    expect(() => ensureEngines(['firefox'], { exists: (path) => files.has(path) })).toThrow(
      'FIREFOX_PATH is set to /nowhere/firefox, but there is no file there.',
    );
  });
});
