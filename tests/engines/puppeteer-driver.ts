/**
 * Chromium (over the DevTools protocol) and Firefox (over WebDriver BiDi, no geckodriver) through puppeteer-core,
 * each in a fresh profile that is deleted afterwards.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type ElementHandle, type Page } from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../../scripts/browser.ts';
import { findInPage, setValueInPage, toPage, type Ask, type Driver, type Target } from './driver.ts';

/**
 * Firefox with nothing that calls home: the machine's network is closed, and a stray call (an update check,
 * telemetry, a captive-portal probe, safe browsing lists) would hang or slow every page.
 */
const QUIET_FIREFOX: Record<string, unknown> = {
  'app.update.auto': false,
  'app.update.enabled': false,
  'app.normandy.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.search.update': false,
  'browser.ping-centre.telemetry': false,
  'browser.newtabpage.activity-stream.feeds.telemetry': false,
  'browser.newtabpage.activity-stream.telemetry': false,
  'captivedetect.canonicalURL': '',
  'datareporting.healthreport.uploadEnabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'media.gmp-manager.url': '',
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.unified': false,
  'toolkit.telemetry.server': '',
  // A download (the calendar file) is saved without asking.
  'browser.download.always_ask_before_handling_new_types': false,
};

class PuppeteerDriver implements Driver {
  private readonly page: Page;
  private readonly base: string;
  private readonly done: () => Promise<void>;
  readonly downloads: string;

  constructor(page: Page, base: string, downloads: string, done: () => Promise<void>) {
    this.page = page;
    this.downloads = downloads;
    this.base = base;
    this.done = done;
  }

  async goto(path: string) {
    await this.page.goto(new URL(path, this.base).href, { waitUntil: 'load' });
  }

  async reload() {
    await this.page.reload({ waitUntil: 'load' });
  }

  async evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>> {
    return (await this.page.evaluate(fn as never, ...(args as unknown as never[]))) as Awaited<R>;
  }

  private async element(target: Target): Promise<ElementHandle<Element>> {
    const handle = (await this.page.evaluateHandle(findInPage, toPage(target))).asElement();
    if (!handle) throw new Error(`nothing matches ${JSON.stringify(toPage(target))}`);
    return handle as ElementHandle<Element>;
  }

  async click(target: Target) {
    await (await this.element(target)).click();
  }

  async type(target: Target, text: string) {
    const element = await this.element(target);
    await element.click();
    await element.evaluate((el) => (el as HTMLInputElement).select());
    await this.page.keyboard.press('Backspace');
    await element.type(text);
  }

  async fill(target: Target, value: string) {
    await (await this.element(target)).evaluate(setValueInPage, value);
  }

  async query(target: Target, ask: Exclude<Ask, 'element'>) {
    return (await this.page.evaluate(findInPage, toPage(target), ask)) as string | boolean | null;
  }

  async pressEnter() {
    await this.page.keyboard.press('Enter');
  }

  async close() {
    await this.done();
  }
}

/** Launches the browser in a fresh profile, saving downloads beside it, and opens one page on the site at `base`. */
export async function launchPuppeteer(engine: 'chromium' | 'firefox', executablePath: string, base: string): Promise<Driver> {
  const scratch = mkdtempSync(join(tmpdir(), `callback-${engine}-`));
  const profile = join(scratch, 'profile');
  const downloads = join(scratch, 'downloads');
  mkdirSync(profile);
  mkdirSync(downloads);
  const common = { executablePath, headless: true, userDataDir: profile };
  const browser =
    engine === 'firefox'
      ? await puppeteer.launch({ ...common, browser: 'firefox', extraPrefsFirefox: QUIET_FIREFOX })
      : await puppeteer.launch({ ...common, args: CHROMIUM_ARGS });
  // Where downloads go is set per browser context (in BiDi, only for a context the client makes).
  const context = await browser.createBrowserContext({ downloadBehavior: { policy: 'allow', downloadPath: downloads } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.setDefaultNavigationTimeout(30_000);
  return new PuppeteerDriver(page, base, downloads, async () => {
    await browser.close();
    rmSync(scratch, { recursive: true, force: true });
  });
}
