import '@testing-library/jest-dom/vitest';
import { STORE_UNMOUNT_DELAY } from 'nanostores';
import { afterAll } from 'vitest';

// A store stops listening to the page (the window's storage event) STORE_UNMOUNT_DELAY after its last
// subscriber leaves, which for the last test of a file is after the file has ended. Waiting that long here
// lets the stop run while this file's page (jsdom's window) still exists, rather than in whatever runs next
// on the worker, where there may be no window at all.
afterAll(() => new Promise<void>((resolve) => setTimeout(resolve, STORE_UNMOUNT_DELAY + 50)));
