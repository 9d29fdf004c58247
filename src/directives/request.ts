/**
 * `client:request="name"`: hydrates an island only when the page asks for it, by dispatching the window
 * event `request:name`. Until then the island costs no JavaScript at all: the search dialog uses it, so
 * fuse.js and the index load only when someone opens search.
 */
import type { ClientDirective } from 'astro';

const request: ClientDirective = (load, options) => {
  addEventListener(
    `request:${String(options.value)}`,
    async () => {
      const hydrate = await load();
      await hydrate();
    },
    { once: true },
  );
};

export default request;
