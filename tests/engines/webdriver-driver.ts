/**
 * WebKit: WebKitGTK's WebKitWebDriver (classic W3C WebDriver) drives MiniBrowser on a virtual display
 * (xvfb-run), through selenium-webdriver pointed at the driver this file starts. The automation session keeps
 * its data apart from any other MiniBrowser profile and drops it at the end.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { Builder, Key, type WebDriver, type WebElement } from 'selenium-webdriver';
import type { EngineFiles } from '../../scripts/browser.ts';
import { findInPage, setValueInPage, toPage, type Ask, type Driver, type Target } from './driver.ts';

/** A port nobody listens on now, for the driver. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function waitForDriver(url: string, exited: () => string | undefined) {
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    const why = exited();
    if (why) throw new Error(`WebKitWebDriver stopped before it answered: ${why}`);
    try {
      if ((await fetch(`${url}/status`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`WebKitWebDriver did not answer at ${url} within 30 s`);
}

class SeleniumDriver implements Driver {
  private readonly driver: WebDriver;
  private readonly base: string;
  private readonly done: () => Promise<void>;
  readonly downloads: string;

  constructor(driver: WebDriver, base: string, downloads: string, done: () => Promise<void>) {
    this.driver = driver;
    this.downloads = downloads;
    this.base = base;
    this.done = done;
  }

  async goto(path: string) {
    await this.driver.get(new URL(path, this.base).href);
  }

  async reload() {
    await this.driver.navigate().refresh();
  }

  async evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>> {
    return (await this.driver.executeScript(fn as never, ...args)) as Awaited<R>;
  }

  private async element(target: Target): Promise<WebElement> {
    const element = (await this.driver.executeScript(findInPage as never, toPage(target))) as WebElement | null;
    if (!element) throw new Error(`nothing matches ${JSON.stringify(toPage(target))}`);
    return element;
  }

  async click(target: Target) {
    await (await this.element(target)).click();
  }

  async type(target: Target, text: string) {
    const element = await this.element(target);
    await element.clear();
    await element.sendKeys(text);
  }

  async fill(target: Target, value: string) {
    await this.driver.executeScript(setValueInPage as never, await this.element(target), value);
  }

  async query(target: Target, ask: Exclude<Ask, 'element'>) {
    return (await this.driver.executeScript(findInPage as never, toPage(target), ask)) as string | boolean | null;
  }

  async pressEnter() {
    await this.driver.switchTo().activeElement().sendKeys(Key.ENTER);
  }

  async close() {
    await this.done();
  }
}

/** Starts WebKitWebDriver under xvfb-run, opens a MiniBrowser session on the site at `base`. */
export async function launchWebKit(files: EngineFiles, base: string): Promise<Driver> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // A fresh home: MiniBrowser keeps its data and cache under it, and saves downloads in it (no XDG download
  // folder is set there), so nothing lands in the real home and nothing from an earlier run is seen.
  const home = mkdtempSync(join(tmpdir(), 'callback-webkit-'));
  const env = {
    ...process.env,
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local/share'),
    XDG_CACHE_HOME: join(home, '.cache'),
  };
  // Its own process group, so closing ends xvfb-run, the display and the driver together.
  const child = spawn(files.xvfbRun!, ['-a', files.driver!, `--port=${port}`], {
    detached: true,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  let exit: string | undefined;
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  child.on('exit', (code, signal) => (exit = `exit ${code ?? signal}${stderr ? `: ${stderr.trim()}` : ''}`));
  const stop = () => {
    if (exit === undefined && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    rmSync(home, { recursive: true, force: true });
  };
  try {
    await waitForDriver(url, () => exit);
    const driver = await new Builder()
      .usingServer(url)
      .withCapabilities({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: files.browser, args: ['--automation'] },
      })
      .build();
    await driver.manage().setTimeouts({ script: 15_000, pageLoad: 30_000 });
    return new SeleniumDriver(driver, base, home, async () => {
      try {
        await driver.quit();
      } finally {
        stop();
      }
    });
  } catch (error) {
    stop();
    throw error;
  }
}
