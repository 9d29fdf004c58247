/**
 * Two promises a person never sees until they matter: a new deploy reaches someone whose browser holds the
 * old one, and nothing typed into the site is ever rendered as HTML.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { buildServiceWorker } from '../../scripts/service-worker.ts';
import { serve } from '../../scripts/serve.ts';
import { diagnoseNew, fillDetails } from './helpers/diagnostic';
import { DIST } from './helpers/site';

/** The browser checks for a new worker, as on navigation, and waits until it controls the page (it takes over without waiting for tabs). */
async function takeOver(page: Page) {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const changed = new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done));
    await registration.update();
    await changed;
  });
}

test.describe('a new deploy', () => {
  test.use({ serviceWorkers: 'allow' });

  test('replaces the cached site at once, without trapping anyone on the old version', async ({ page, context }) => {
    // A copy of the build, served on its own, that can be "deployed" again with a change.
    const root = mkdtempSync(join(tmpdir(), 'callback-deploy-'));
    cpSync(DIST, root, { recursive: true });
    const { server, url } = await serve({ dir: root });
    try {
      await page.goto(`${url}/`);
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller)
          await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done));
      });
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Had a good interview and heard nothing?');
      // A lesson read under the old deploy is saved by the worker as it is visited.
      await page.goto(`${url}/guides/following-up/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Following up without pushing');

      // Deploy: new content (a precached page and a lesson), and the service worker the build writes for it.
      const index = join(root, 'index.html');
      writeFileSync(index, readFileSync(index, 'utf8').replace('Had a good interview and heard nothing?', 'New deploy'));
      const lesson = join(root, 'guides/following-up/index.html');
      writeFileSync(lesson, readFileSync(lesson, 'utf8').replace('>Following up without pushing<', '>Following up, revised<'));
      buildServiceWorker(root);

      // The browser checks for updates on navigation; the new worker takes over without waiting for tabs.
      await takeOver(page);
      await page.goto(`${url}/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('New deploy');
      // The saved lesson is not kept stale: online, the new one replaces it, and that is what opens offline.
      await page.goto(`${url}/guides/following-up/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Following up, revised');
      await context.setOffline(true);
      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Following up, revised');
    } finally {
      server.close();
    }
  });
  test('leaves a page saved under the old deploy working offline, with the old deploy’s styles', async ({ page, context }) => {
    const root = mkdtempSync(join(tmpdir(), 'callback-deploy-'));
    cpSync(DIST, root, { recursive: true });
    const { server, url } = await serve({ dir: root });
    try {
      await page.goto(`${url}/guides/following-up/`);
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller)
          await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done));
      });
      await expect.poll(() => page.evaluate(async () => !!(await caches.match(location.href)))).toBe(true);

      // Deploy: the site's stylesheet changes, so its hashed name does, in every page but the one saved.
      const sheet = readdirSync(join(root, '_astro')).find((file) => /^Base\..*\.css$/.test(file))!;
      const renamed = sheet.replace(/\.css$/, '-new.css');
      renameSync(join(root, '_astro', sheet), join(root, '_astro', renamed));
      for (const file of ['index.html', 'guides/index.html', 'offline/index.html']) {
        const path = join(root, file);
        writeFileSync(path, readFileSync(path, 'utf8').replaceAll(sheet, renamed));
      }
      buildServiceWorker(root);
      await takeOver(page);

      await context.setOffline(true);
      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Following up without pushing');
      const styled = await page.evaluate(
        (name) => [...document.styleSheets].some((s) => s.href?.endsWith(name) && s.cssRules.length > 0),
        sheet,
      );
      expect(styled).toBe(true);
    } finally {
      server.close();
    }
  });
});

test('what a person types is shown as text, never run as HTML', async ({ page }) => {
  const typed = '<img src=x onerror="window.pwned=1"><b>Acme</b>';
  await page.goto('/diagnose/');
  await diagnoseNew(page);
  await fillDetails(page, { Company: typed, 'One thing you talked about': '<script>window.pwned=2</script>' });
  await expect(page.getByText(/^Your next step · /)).toContainText(typed);
  await expect(page.locator('.email')).toContainText(typed);
  await expect(page.locator('.email')).toContainText('<script>window.pwned=2</script>');
  await page.getByRole('button', { name: 'All interviews' }).click();
  await expect(page.getByText(typed).first()).toBeVisible();
  expect(await page.locator('main img, main b').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
});
