/**
 * Loaded by the header's search trigger (src/components/SearchButton.astro) the first time search is asked
 * for, never before. The dialog is mounted with Svelte directly rather than as an Astro island: an island
 * that hydrates on request would put Astro's island runtime inline on every page for nothing.
 */
import { mount } from 'svelte';
import SearchDialog from './SearchDialog.svelte';

const trigger = document.querySelector('[data-search-trigger]');
// Beside the trigger, where it would sit in the page's order (first in the header, before the page's own
// groups and landmarks); at the end of the page if a page has no trigger.
mount(
  SearchDialog,
  trigger?.parentNode ? { target: trigger.parentNode as Element, anchor: trigger.nextSibling ?? undefined } : { target: document.body },
);
