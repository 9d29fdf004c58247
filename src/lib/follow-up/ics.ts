/**
 * An .ics file (RFC 5545) for calendar entries. The `ics` library handles escaping and line folding. Pages
 * reach it through ics-worker.ts, so it is fetched only when someone asks for a calendar file.
 */
import { createEvents } from 'ics';
import { REMINDER_MINUTES_AFTER_MIDNIGHT, type CalendarEntry } from './calendar.ts';

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
      // All-day events start at midnight: the reminder comes that morning, not the evening before.
      alarms: [
        {
          action: 'display' as const,
          description: e.title,
          trigger: {
            hours: Math.floor(REMINDER_MINUTES_AFTER_MIDNIGHT / 60),
            minutes: REMINDER_MINUTES_AFTER_MIDNIGHT % 60,
            before: false,
          },
        },
      ],
      calName: 'Callback follow-ups',
    })),
  );
  if (error || !value) throw error ?? new Error('The calendar file could not be made.');
  return foldLines(value);
}

const encoder = new TextEncoder();

/**
 * Folds every line to at most 75 octets, as RFC 5545 asks. `ics` folds at 75 characters, so a line with
 * accented names or other non-ASCII text could run longer; this unfolds its output and folds it again by
 * octets, never inside a character.
 */
function foldLines(text: string): string {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .map((line) => {
      const pieces: string[] = [];
      let piece = '';
      let octets = 0;
      for (const char of line) {
        const size = encoder.encode(char).length;
        // Continuation lines start with a space, which counts toward their 75.
        if (octets + size > (pieces.length ? 74 : 75)) {
          pieces.push(piece);
          piece = '';
          octets = 0;
        }
        piece += char;
        octets += size;
      }
      pieces.push(piece);
      return pieces.join('\r\n ');
    })
    .join('\r\n');
}
