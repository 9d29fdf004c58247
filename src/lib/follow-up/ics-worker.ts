/**
 * Makes .ics files off the main thread. Started only when someone asks for a calendar file, so the
 * calendar library (and its validation dependencies) costs nothing until then.
 */
import { icsFile } from './ics.ts';
import type { CalendarEntry } from './calendar.ts';

self.onmessage = async (event: MessageEvent<CalendarEntry[]>) => {
  try {
    self.postMessage({ ok: true, text: await icsFile(event.data) });
  } catch (error) {
    self.postMessage({ ok: false, error: String(error) });
  }
};
