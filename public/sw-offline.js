// Loaded by the service worker (scripts/service-worker.ts, importScripts) before Workbox's own routes, so
// its fetch listener runs first. An address without its trailing slash goes to the page it names when that
// page is saved (precached by file, or cached by address once visited); offline, one that is not gets the
// offline page, which says so and lists what is saved.
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  const isPage = event.request.mode === 'navigate' && url.origin === self.location.origin;
  if (!isPage || url.pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(url.pathname)) return;
  event.respondWith(
    (async () => {
      const saved = (await caches.match(`${url.pathname}/index.html`, { ignoreSearch: true })) ?? (await caches.match(`${url.pathname}/`));
      if (saved) return Response.redirect(`${url.pathname}/${url.search}${url.hash}`, 301);
      try {
        return await fetch(event.request);
      } catch {
        const offline = await caches.match('/offline/index.html', { ignoreSearch: true });
        return offline ?? Response.error();
      }
    })(),
  );
});

// The page the worker was installed from loaded before the worker existed, so nothing cached it: once the worker
// takes over, it saves the open pages too, so a lesson read once opens offline even from the first visit. The
// request revalidates the copy the browser already has (an ETag, 304), so it costs no second download.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open('callback-pages');
      const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      for (const client of windows) {
        const url = new URL(client.url);
        url.hash = '';
        if (url.origin !== self.location.origin) continue;
        const response = await fetch(url.href);
        if (response.ok && response.headers.get('content-type')?.startsWith('text/html')) await cache.put(url.href, response);
      }
    })().catch(() => {
      // Offline, or the page is gone: it is saved on its next visit instead.
    }),
  );
});
