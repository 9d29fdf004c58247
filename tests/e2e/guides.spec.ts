/** Reading the guides in a real browser: progress, the copy button, keyboard travel and print. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { templateEmail } from '../../src/lib/follow-up/email';
import { model } from './helpers/diagnostic';
import { lessonIds } from './helpers/site';

const LESSON = '/guides/following-up/';

async function readCount(page: Page) {
  await page.goto('/guides/');
  return page.locator('[data-read-progress]').textContent();
}

test('mark a lesson read, reload, see it in the index, then unmark it', async ({ page }) => {
  const total = lessonIds.length;
  expect(await readCount(page)).toBe(`0 of ${total} read`);

  await page.goto(LESSON);
  await page.getByRole('button', { name: 'Mark as read' }).click();
  await expect(page.getByText('You have read this guide.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Mark as unread' })).toBeVisible();

  expect(await readCount(page)).toBe(`1 of ${total} read`);
  const card = page.locator('.card', { has: page.locator(`a[href="${LESSON}"]`) });
  await expect(card.getByText('✓ Read')).toBeVisible();
  await expect(page.locator('.card .read-mark:visible')).toHaveCount(1);

  await page.goto(LESSON);
  await page.getByRole('button', { name: 'Mark as unread' }).click();
  await expect(page.getByRole('button', { name: 'Mark as read' })).toBeVisible();
  expect(await readCount(page)).toBe(`0 of ${total} read`);
});

test('scrolling to the end of a lesson marks it read', async ({ page }) => {
  await page.goto(LESSON);
  await expect(page.getByRole('button', { name: 'Mark as read' })).toBeVisible();
  await page.keyboard.press('End');
  await expect(page.getByRole('button', { name: 'Mark as unread' })).toBeVisible();
  expect(await readCount(page)).toBe(`1 of ${lessonIds.length} read`);
});

test('the index follows progress made in another tab, and the back button', async ({ context }) => {
  const index = await context.newPage();
  await index.goto('/guides/');
  const lesson = await context.newPage();
  await lesson.goto(LESSON);
  await lesson.getByRole('button', { name: 'Mark as read' }).click();
  await expect(index.locator('[data-read-progress]')).toHaveText(`1 of ${lessonIds.length} read`);

  await index.getByRole('link', { name: 'Following up without pushing' }).click();
  await index.getByRole('button', { name: 'Mark as unread' }).click();
  await expect(index.getByRole('button', { name: 'Mark as read' })).toBeVisible();
  await index.goBack();
  await expect(index.locator('[data-read-progress]')).toHaveText(`0 of ${lessonIds.length} read`);
});

test('marking read works, and says it will not last, when storage is blocked', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(LESSON);
  await page.getByRole('button', { name: 'Mark as read' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'You have read this guide' })).toContainText(
    'lasts only until you close the tab',
  );
  expect(errors).toEqual([]);
});

test('an email template copies its subject and its text apart, lines kept, and opens in a mail app', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/guides/following-up/');
  const template = page.locator('[data-email-template]').first();
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  const subject = await template.locator('[data-email-subject]').innerText();

  await template.getByRole('button', { name: 'Copy subject' }).click();
  await expect(template.getByRole('status')).toHaveText('Subject copied.');
  expect(await clipboard()).toBe(subject);

  await template.getByRole('button', { name: 'Copy email text' }).click();
  await expect(template.getByRole('status')).toContainText('Copied');
  const body = await clipboard();
  expect(body).not.toContain('Subject');
  expect(body).not.toContain('Copy email');
  // The sign-off keeps its lines: "Best regards," then the name.
  expect(body).toMatch(/Best regards,\n\[Your name\]$/);
  // The lesson's follow-up is the diagnostic's, with nothing filled in.
  const drafted = templateEmail('follow-up', '2026-11-30');
  expect([subject, body]).toEqual([drafted.subject, drafted.body]);

  const href = await template.getByRole('link', { name: 'Open in mail app' }).getAttribute('href');
  const mail = new URL(href!);
  expect(mail.protocol).toBe('mailto:');
  expect(mail.searchParams.get('subject')).toBe(subject);
  expect(mail.searchParams.get('body')).toBe(body);
});

test('without JavaScript a lesson reads in full, templates included, with no dead buttons', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/guides/thank-you-notes/');
  await expect(page.locator('[data-email-text]').first()).toBeVisible();
  await expect(page.getByRole('button')).toHaveCount(0);
  // The sources are folded under their heading, and open with a tap without JavaScript (a native <details>).
  await page.locator('.sources summary').click();
  await expect(page.locator('.sources li').first()).toBeVisible();
  await context.close();
});

test('by keyboard alone: home → guides → a lesson → back to the guides', async ({ page }) => {
  await page.goto('/');
  // Tab until the Guides link in the header has focus, then follow it.
  const guides = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guides' });
  for (let i = 0; i < 10 && !(await guides.evaluate((a) => a === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/guides\/$/);
  const firstLesson = page.locator('.card a').first();
  const title = await firstLesson.textContent();
  for (let i = 0; i < 20 && !(await firstLesson.evaluate((a) => a === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(firstLesson).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);
  // Keys pressed while the new page is still loading can land on the old one: wait for it.
  await page.waitForLoadState('load');
  // Back to the guides: the skip link, then the lesson's first link (its moment in the guides index).
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(page.locator('.eyebrow a')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/guides\/#before$/);
});

test('a lesson prints as the lesson alone', async ({ page }) => {
  await page.goto('/guides/why-no-callback/');
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.site-header', '.site-footer', '.toc', '.related', '.pager', '.lesson-progress']) {
    await expect(page.locator(hidden), hidden).toBeHidden();
  }
  for (const shown of ['h1', '.takeaways', '.sources', '#no-thank-you']) {
    await expect(page.locator(shown).first(), shown).toBeVisible();
  }
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

const REASONS = '/guides/why-no-callback/';
const PHONE = { width: 390, height: 844 };
const WIDE = { width: 1366, height: 768 };

/** The lesson's own section headings, which its contents list (h2s with their h3s), in page order. */
const sectionIds = (page: Page) =>
  page
    .locator('.lesson .body')
    .locator('h2[id], h3[id]')
    .evaluateAll((hs) => hs.map((h) => h.id));
const contents = (page: Page) => page.getByRole('navigation', { name: 'On this page' });

test.describe('on a phone', () => {
  test.use({ viewport: PHONE, hasTouch: true });

  test('a lesson’s contents start folded, saying how many sections, and open by keyboard and by tap', async ({ page }) => {
    await page.goto(REASONS);
    const toc = contents(page);
    const summary = toc.locator('summary');
    const first = toc.getByRole('link').first();
    await expect(toc.locator('details')).not.toHaveAttribute('open');
    await expect(first).toBeHidden();
    await expect(summary).toHaveText(new RegExp(`On this page\\s*${(await sectionIds(page)).length} sections`));

    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(first).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(first).toBeHidden();

    await summary.tap();
    await expect(first).toBeVisible();
    await first.tap();
    await expect(page).toHaveURL(new RegExp(`${REASONS}#${(await sectionIds(page))[0]}$`));
  });

  test('why-no-callback offers the diagnostic within its first two screens', async ({ page }) => {
    await page.goto(REASONS);
    const link = page.locator('.lesson .body a[href="/diagnose/"]').first();
    const top = await link.evaluate((a) => a.getBoundingClientRect().top + scrollY);
    expect(top).toBeLessThan(2 * PHONE.height);
  });
});

test.describe('on a wide screen', () => {
  test.use({ viewport: WIDE });

  test('a long lesson’s contents show every section at once and mark the one being read', async ({ page }) => {
    await page.goto(REASONS);
    const ids = await sectionIds(page);
    const toc = contents(page);
    const links = toc.getByRole('link');
    await expect(links).toHaveCount(ids.length);
    // Fully on screen, not clipped by the list's own scrolling.
    for (const link of await links.all()) await expect(link).toBeInViewport({ ratio: 1 });
    // Open, and the title is not a toggle here.
    await expect(toc.locator('details')).toHaveAttribute('open');
    await toc.locator('summary').click({ force: true });
    await expect(links.first()).toBeVisible();

    const current = toc.locator('[aria-current="true"]');
    const readAt = async (id: string) => {
      await page.locator(`#${id}`).evaluate((h) => h.scrollIntoView({ behavior: 'instant' }));
      await expect(current).toHaveCount(1);
      await expect(current).toHaveAttribute('href', `#${id}`);
    };
    // Forward, further on, then back up the page.
    await readAt(ids[5]);
    await readAt(ids[12]);
    await readAt(ids[2]);
    // Following a link in the list marks it too.
    await links.nth(8).click();
    await expect(current).toHaveAttribute('href', `#${ids[8]}`);
    await expect(current).toBeInViewport();
  });

  // a11y.spec scans pages at its default size, where the contents are folded: this scans the open list with
  // a section marked, in both themes.
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the open contents, a section marked, pass axe (${colorScheme} theme)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(`${REASONS}#no-consensus`);
      await expect(contents(page).locator('[aria-current="true"]')).toHaveAttribute('href', '#no-consensus');
      const { violations } = await new AxeBuilder({ page })
        .include('.toc')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
        .analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});

test('without JavaScript the contents still open on a phone and show on a wide screen', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
  const page = await context.newPage();
  await page.goto(REASONS);
  const first = contents(page).getByRole('link').first();
  await expect(first).toBeHidden();
  await contents(page).locator('summary').click();
  await expect(first).toBeVisible();

  await page.setViewportSize(WIDE);
  await page.reload();
  await expect(first).toBeVisible();
  await context.close();
});

test('every lesson links its sources to "How this advice was made", which names each work, how reasons are ranked, and the review date', async ({
  page,
}) => {
  // A page and a tap for every lesson.
  test.slow();
  const cited = new Set<string>();
  for (const id of lessonIds) {
    await page.goto(`/guides/${id}/`);
    const sources = page.getByRole('region', { name: 'Sources' });
    await sources.locator('summary').click();
    for (const title of await sources.locator('cite').allInnerTexts()) cited.add(title);
    await expect(sources.getByRole('link', { name: 'How this advice was made' }), id).toHaveAttribute('href', '/how-this-advice-was-made/');
  }
  await page.goto('/how-this-advice-was-made/');
  const listed = new Set(await page.locator('main cite').allInnerTexts());
  for (const title of cited) expect(listed.has(title), title).toBe(true);
  await expect(page.getByRole('heading', { name: 'The five articles' })).toBeVisible();
  // The diagnostic's numbers are read from its model, not written by hand.
  await expect(page.locator('#diagnostic + p')).toContainText(`weighs ${model.reasons.length} reasons`);
  await expect(page.getByText('Content last reviewed:').locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
});

test('every figure box says who published it, when, whom it measured and where, and an older one says why it stays', async ({ page }) => {
  let boxes = 0;
  for (const id of lessonIds) {
    await page.goto(`/guides/${id}/`);
    for (const caption of await page.locator('figure.stat figcaption').allInnerTexts()) {
      const [, year] = /Source: .+, (\d{4})\. Sample: .+ \(.+\)\./.exec(caption) ?? [];
      expect(year, `${id}: ${caption}`).toBeDefined();
      // A reader sees at a glance that a figure is old, and why nothing newer replaced it.
      const saysWhy = /An older figure\. \S/.test(caption);
      expect(saysWhy, `${id}: ${caption}`).toBe(Number(year) < 2020);
      boxes += 1;
    }
  }
  expect(boxes, 'figure boxes found across the guides').toBeGreaterThan(0);
});

/**
 * Lessons a phone reader finishes (issue 31): the words a phone shows on each lesson's page as it opens, from
 * its title to its last link (folded detail and the closed contents not counted: they wait for a tap), with a
 * median of at most 900 and none over 1,400. `LESSON_WORDS=1` prints every lesson's count.
 */
test('a phone shows at most 900 words of a median lesson, and no lesson over 1,400', async ({ page }) => {
  test.slow();
  await page.setViewportSize({ width: 390, height: 844 });
  const counts: [string, number][] = [];
  for (const id of lessonIds) {
    await page.goto(`/guides/${id}/`);
    const words = await page
      .locator('main')
      .evaluate((main: HTMLElement) => main.innerText.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length);
    counts.push([id, words]);
  }
  counts.sort((a, b) => b[1] - a[1]);
  const sorted = counts.map(([, n]) => n).sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const table = counts.map(([id, n]) => `${String(n).padStart(5)}  ${id}`).join('\n');
  if (process.env.LESSON_WORDS) console.log(`median ${median}\n${table}`);
  expect(median, table).toBeLessThanOrEqual(900);
  expect(
    counts.filter(([, n]) => n > 1400),
    table,
  ).toEqual([]);
});
