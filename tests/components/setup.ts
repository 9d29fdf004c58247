import '@testing-library/jest-dom/vitest';
import { STORE_UNMOUNT_DELAY } from 'nanostores';
import { afterAll, vi } from 'vitest';

// A store stops listening to the page (the window's storage event) STORE_UNMOUNT_DELAY after its last
// subscriber leaves, which for the last test of a file is after the file has ended. Waiting that long here
// lets the stop run while this file's page (jsdom's window) still exists, rather than in whatever runs next
// on the worker, where there may be no window at all. An island's lazy parts (the diagnostic's result, its
// saved interviews) may still be loading when the last test ends, and subscribe and leave once loaded, after
// the wait began (CI: "window is not defined" from Diagnose.test.ts): so the wait starts once they have loaded.
afterAll(async () => {
  await vi.dynamicImportSettled();
  await new Promise<void>((resolve) => setTimeout(resolve, STORE_UNMOUNT_DELAY + 50));
});

// The islands fetch the person's holiday list from the built site (/holidays/<code>.json); here the same
// lists come from the library. A country's list comes without its regions: naming them computes every
// region's list (seconds for the United States), which no component test needs.
const { holidayList, holidayPlaces } = await import('../../scripts/lib/holidays.ts');
const realFetch = globalThis.fetch;
globalThis.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
  const url = String(input instanceof Request ? input.url : input);
  const match = /\/holidays\/([A-Z0-9-]+)\.json$/.exec(url);
  if (!match) return realFetch(input, init);
  const code = match[1];
  const body = code === 'index' ? holidayPlaces() : holidayList(code);
  return new Response(body ? JSON.stringify(body) : 'Not found', { status: body ? 200 : 404 });
};
