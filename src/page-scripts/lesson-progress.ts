/**
 * The working half of a lesson's "Mark as read" (src/components/LessonProgress.astro), loaded once the
 * reader scrolls, presses the button or another tab changes what is read: the small-page writer and the
 * codec behind it stay off the lesson until then.
 */
import { READ_LESSONS } from '../lib/content/progress';
import { markLessonRead } from '../state/progress-actions';
import { onOtherTabChange, readValue } from '../state/quick-storage';

/**
 * Takes over the lesson's progress box; `toggle` is what its button does.
 * @public Loaded by its address (`?chunk-url`) and called by name: no import names it.
 */
export function lessonProgress(box: HTMLElement, button: HTMLButtonElement, status: HTMLElement, id: string) {
  let read = readValue(READ_LESSONS);
  let saving = true;
  const show = () => {
    const done = read.includes(id);
    button.textContent = (done ? button.dataset.read : button.dataset.unread)!;
    status.textContent =
      (done ? status.dataset.read : '') +
      (saving ? '' : ' This browser is not keeping site data, so this lasts only until you close the tab.');
  };
  show();
  onOtherTabChange(READ_LESSONS, (value) => {
    read = value;
    show();
  });
  const mark = (isRead: boolean) => {
    ({ read, saved: saving } = markLessonRead(id, isRead));
    show();
  };

  // Reaching the end of the page (past the sources, below this button, so the button never changes just as
  // someone reaches for it) marks the lesson once per visit, and never after the reader chose by hand. The
  // root reaches far above the viewport so that jumping past the end (End key, a fast flick) counts too;
  // a lesson that fits the screen without scrolling waits for the button.
  let automatic = true;
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting) || scrollY === 0) return;
      observer.disconnect();
      if (automatic && !read.includes(id)) mark(true);
    },
    { rootMargin: '100000px 0px 0px 0px' },
  );
  const end = document.querySelector('[data-lesson-end]');
  if (end) observer.observe(end);

  return {
    toggle() {
      automatic = false;
      observer.disconnect();
      mark(!read.includes(id));
    },
  };
}
