#!/usr/bin/env node
/**
 * The smoke suite in three engines (npm run test:engines, part of npm test): the main flows of
 * tests/engines/flows.ts against the built site in dist/, in Chromium and Firefox (puppeteer-core; Firefox over
 * WebDriver BiDi) and WebKit (WebKitWebDriver with MiniBrowser under Xvfb, through selenium-webdriver). Each
 * engine runs in a fresh profile, one after another (the machine has two cores), and its time is printed:
 * "firefox: 6 passed in 48 s". A failure names the engine, the flow and the step; a missing engine fails the run.
 *
 * Usage: node scripts/engines.ts [--ensure]   (--ensure installs missing browsers: see scripts/browser.ts)
 *   ENGINES=chromium,firefox  runs only those; ENGINES_PORT=N serves the site on that port (default: any free one).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chosenEngines, ensureEngines, type Engine, type EngineFiles } from './browser.ts';
import { serve } from './serve.ts';
import type { Driver } from '../tests/engines/driver.ts';
import { FLOWS, type Flow, type Step } from '../tests/engines/flows.ts';
import { launchPuppeteer } from '../tests/engines/puppeteer-driver.ts';
import { launchWebKit } from '../tests/engines/webdriver-driver.ts';

/** A flow that takes longer than this is stuck (each wait inside gives up after 15 s). */
const FLOW_MS = 120_000;

async function launch(engine: Engine, files: EngineFiles, base: string): Promise<Driver> {
  return engine === 'webkit' ? launchWebKit(files, base) : launchPuppeteer(engine, files.browser, base);
}

/** `work`, or a failure naming `what` once `ms` have passed: a hung browser must not hang the suite. */
async function within<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Runs one flow from an empty site; returns the failure as "flow › step: message", or undefined. */
async function runFlow(d: Driver, flow: Flow): Promise<string | undefined> {
  let current = 'start from an empty site';
  const step: Step = async (name, action) => {
    current = name;
    return action();
  };
  try {
    await within(
      FLOW_MS,
      'the flow',
      (async () => {
        await d.goto('/');
        await d.evaluate(() => {
          localStorage.clear();
          sessionStorage.clear();
        });
        await flow.run(d, step);
      })(),
    );
    return undefined;
  } catch (error) {
    const where = await within(
      5_000,
      'asking the address',
      d.evaluate(() => location.href),
    ).catch(() => 'unknown');
    return `${flow.name} › ${current}: ${(error as Error).message.split('\n')[0]} (on ${where})`;
  }
}

async function runEngine(engine: Engine, files: EngineFiles, base: string) {
  const start = performance.now();
  const failures: string[] = [];
  let passed = 0;
  let driver: Driver | undefined;
  try {
    driver = await within(90_000, `starting ${engine}`, launch(engine, files, base));
    for (const flow of FLOWS) {
      const failure = await runFlow(driver, flow);
      if (failure) {
        failures.push(failure);
        console.error(`${engine} › ${failure}`);
      } else {
        passed++;
        console.log(`  ${engine} ✓ ${flow.name}`);
      }
    }
  } catch (error) {
    failures.push(`launch: ${(error as Error).message.split('\n')[0]}`);
    console.error(`${engine} › could not start: ${(error as Error).message}`);
  } finally {
    await driver?.close().catch((error: Error) => console.error(`${engine} › closing: ${error.message}`));
  }
  const seconds = Math.round((performance.now() - start) / 1000);
  return { engine, passed, failures, seconds };
}

async function main() {
  if (!existsSync(join('dist', 'index.html'))) throw new Error('No built site in dist/: run `npm run build` first.');
  const engines = chosenEngines();
  const files = ensureEngines(engines, { install: process.argv.includes('--ensure') });
  const { server, url } = await serve({ port: Number(process.env.ENGINES_PORT ?? 0) });
  const results = [];
  try {
    for (const engine of engines) results.push(await runEngine(engine, files[engine], url));
  } finally {
    server.close();
  }
  console.log('');
  for (const { engine, passed, failures, seconds } of results) {
    console.log(`${engine}: ${passed} passed${failures.length ? `, ${failures.length} failed` : ''} in ${seconds} s`);
    for (const failure of failures) console.log(`  ✗ ${engine} › ${failure}`);
  }
  return results.every((r) => r.failures.length === 0);
}

main().then(
  (ok) => process.exit(ok ? 0 : 1),
  (error: Error) => {
    console.error(`engines: ${error.message}`);
    process.exit(1);
  },
);
