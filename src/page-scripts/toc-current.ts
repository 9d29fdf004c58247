/**
 * Marks, in a lesson's contents (src/components/LessonContents.astro), the section being read, with
 * aria-current. Loaded once the reader scrolls (or arrives at a section by its link): until then the top of
 * the lesson is what is read, and nothing needs marking.
 * @public Loaded by its address (`?chunk-url`) and called by name: no import names it.
 */
export function markCurrentSection(nav: HTMLElement) {
  const links = new Map<Element, HTMLAnchorElement>();
  for (const a of nav.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
    const heading = document.getElementById(decodeURIComponent(a.hash.slice(1)));
    if (heading) links.set(heading, a);
  }
  let current: HTMLAnchorElement | undefined;
  // The section being read: the first whose heading shows in the top half of the screen, where a link in
  // this list brings it (even when the next short section's heading is in that half too); else the last
  // whose heading has scrolled off the top.
  const mark = () => {
    let found: HTMLAnchorElement | undefined;
    for (const [heading, a] of links) {
      const { top, bottom } = heading.getBoundingClientRect();
      if (top > innerHeight / 2) break;
      found = a;
      if (bottom > 0) break;
    }
    if (found === current) return;
    current?.removeAttribute('aria-current');
    current = found;
    if (!current) return;
    current.setAttribute('aria-current', 'true');
    // When the list is taller than the screen it scrolls on its own: keep the marked link in it, without
    // moving the page.
    if (nav.scrollHeight > nav.clientHeight) {
      const offset = current.getBoundingClientRect().top - nav.getBoundingClientRect().top;
      if (offset < 0 || offset > nav.clientHeight - current.offsetHeight) nav.scrollTop += offset - nav.clientHeight / 2;
    }
  };
  // The answer changes only when a heading leaves the top of the screen or crosses its middle. Each observer
  // watches one of those lines with an area reaching far past the other side, so a heading that jumps
  // across a line (a link, the End key) is seen as well as one that scrolls across it.
  for (const rootMargin of ['0px 0px 100000px 0px', '100000px 0px -50% 0px']) {
    const observer = new IntersectionObserver(mark, { rootMargin });
    for (const heading of links.keys()) observer.observe(heading);
  }
}
