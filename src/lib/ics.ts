/**
 * An .ics file (RFC 5545) for calendar entries. The `ics` library handles escaping and line folding. Pages
 * reach it through ics-worker.ts, so it is fetched only when someone asks for a calendar file.
 */
import { createEvents } from 'ics';
import type { CalendarEntry } from './calendar.ts';

const parts = (date: string) => date.split('-').map(Number) as [number, number, number];

export async function icsFile(entries: CalendarEntry[]): Promise<string> {
  const { error, value } = createEvents(
    entries.map((e) => ({
      uid: e.uid,
      title: e.title,
      description: e.description,
      start: parts(e.start),
      end: parts(e.end),
      productId: 'callback/follow-up-planner',
      calName: 'Callback follow-ups',
    })),
  );
  if (error || !value) throw error ?? new Error('The calendar file could not be made.');
  return value;
}
