// Loaded by the service worker (scripts/service-worker.ts, importScripts) before Workbox's own routes, so
// its fetch listener runs first. Offline, an address without its trailing slash goes to the page it names,
// and an unknown address gets the site's 404 page instead of the browser's offline error.
self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  const isPage = event.request.mode === 'navigate' && url.origin === self.location.origin;
  if (!isPage || url.pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(url.pathname)) return;
  event.respondWith(
    (async () => {
      if (await caches.match(`${url.pathname}/index.html`, { ignoreSearch: true })) {
        return Response.redirect(`${url.pathname}/${url.search}${url.hash}`, 301);
      }
      try {
        return await fetch(event.request);
      } catch {
        const notFound = await caches.match('/404.html', { ignoreSearch: true });
        return notFound ?? Response.error();
      }
    })(),
  );
});
