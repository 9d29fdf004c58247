/**
 * "Keep all guides for offline", loaded by its button (src/components/KeepOffline.astro) when first pressed:
 * saves every lesson and tool page, and the scripts they load, into the caches the service worker reads
 * (src/lib/offline/offline.ts), from the list the build writes. Progress shows in the bar and a counter; the live
 * region speaks at the start and the end only, not once per page.
 */
import { ASSETS_CACHE, KEEP_LIST_URL, PAGES_CACHE, keepAll, keepStatus, type KeepList } from '../../lib/offline/offline';

/**
 * Saves everything, showing progress in `box` (the control's section); resolves once done or failed.
 * @public Loaded by its address (`?chunk-url`) and called by name: no import names it.
 */
export async function keepOffline(box: HTMLElement): Promise<void> {
  const count = box.querySelector<HTMLElement>('[data-keep-count]')!;
  const bar = box.querySelector<HTMLProgressElement>('[data-keep-progress]')!;
  const status = box.querySelector<HTMLElement>('[data-keep-status]')!;
  status.textContent = 'Saving the guides and tools for offline…';
  try {
    const response = await fetch(KEEP_LIST_URL, { cache: 'no-cache' });
    if (!response.ok) throw new Error(`${KEEP_LIST_URL}: ${response.status}`);
    const list: KeepList = await response.json();
    const [pages, assets] = await Promise.all([caches.open(PAGES_CACHE), caches.open(ASSETS_CACHE)]);
    // Scripts first, quietly: they are few, and a page saved without them would not work offline.
    if ((await keepAll(list.assets, (url) => assets.add(url))).failed) throw new Error('scripts not saved');
    bar.max = list.pages.length;
    bar.hidden = false;
    const done = await keepAll(
      list.pages,
      (url) => pages.add(url),
      (progress) => {
        bar.value = progress.saved + progress.failed;
        count.textContent = keepStatus({ ...progress, finished: false });
      },
    );
    status.textContent = keepStatus(done);
  } catch {
    status.textContent = 'Saving could not start: check your connection and try again. What is saved stays saved.';
  }
  bar.hidden = true;
  count.textContent = '';
}
