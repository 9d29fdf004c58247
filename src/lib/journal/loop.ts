/**
 * The journal as the diagnostic's result shows it: the loop closed from the next step. "Mark as sent"
 * records the message due (journal.ts: markSentPatch), and the result then says what was recorded, offers
 * "Close as ghosted" once the plan's move-on date has passed, and links to the interview in the journal.
 * Derived once here, so the result only renders it.
 */
import type { Answers, InterviewRecord, RecordPatch } from '../interviews/interviews.ts';
import { formatDate, type IsoDate } from '../core/dates.ts';
import { canCloseAsGhosted, dueMessage, foldEvents, outcomeOf, removeEventPatch, type JournalWrite } from './journal.ts';
import { EVENT_LABELS, type JournalEvent } from '../interviews/journal-record.ts';
import { readTiming } from '../interviews/timing-answers.ts';
import type { MessageKind } from '../follow-up/timeline.ts';
import type { WorkCalendar } from '../follow-up/work-calendar.ts';

/** The answers a sent message moves: what "Undo" puts back. */
const SENT_ANSWERS = ['thankYou', 'followUps', 'lastFollowUp'] as const;
const MESSAGE_EVENTS: readonly JournalEvent['kind'][] = ['thank-you-sent', 'follow-up-sent'];

/** One recorded event with its words: "Follow-up sent on Monday, November 30". */
interface RecordedLine {
  event: JournalEvent;
  text: string;
}

export interface LoopView {
  /** The message the plan asks for today: what "Mark as sent" records. */
  due?: MessageKind;
  /** The messages recorded since the last interview, oldest first. */
  sent: RecordedLine[];
  /** How it ended (offer, rejected, withdrew, ghosted), once it has. */
  outcome?: RecordedLine;
  /** The plan's move-on date has passed and nothing has closed it: offer "Close as ghosted". */
  canClose: boolean;
  /** The interview's page in the journal, where its debrief and whole history are. */
  href: string;
}

/**
 * The interview `id`'s own page in the journal (the site is static: one page reads the id from the address).
 * The journal's list still opens `/journal/#interview-<id>` in place, for links made before the page existed.
 */
export const journalHref = (id: string) => `/journal/interview/?id=${encodeURIComponent(id)}`;

const line = (event: JournalEvent, today: IsoDate): RecordedLine => ({
  event,
  text: `${EVENT_LABELS[event.kind]} on ${formatDate(event.date, today)}${event.note ? `: ${event.note}` : ''}`,
});

/** What the result shows of the journal for `record` on `today`. */
export function loopView(record: Pick<InterviewRecord, 'id' | 'answers' | 'events'>, today: IsoDate, calendar: WorkCalendar): LoopView {
  const { interviewDate } = readTiming(record.answers);
  const since = record.events.filter((e) => MESSAGE_EVENTS.includes(e.kind) && (!interviewDate || e.date >= interviewDate));
  const kind = outcomeOf(record.events);
  const ending = kind && [...record.events].reverse().find((e) => e.kind === kind);
  return {
    due: kind ? undefined : dueMessage(record, today, calendar),
    sent: since.map((e) => line(e, today)),
    ...(ending ? { outcome: line(ending, today) } : {}),
    canClose: canCloseAsGhosted(record, today, calendar),
    href: journalHref(record.id),
  };
}

/** The answers "Undo" needs: those a sent message moves, as they were just before it was marked. */
export function sentAnswers(answers: Answers): Partial<Answers> {
  return Object.fromEntries(SENT_ANSWERS.flatMap((id) => (answers[id] === undefined ? [] : [[id, answers[id]]])));
}

/**
 * Undoes "Mark as sent": removes the event and puts back the answers it moved (`before`, taken just before
 * marking), as far as the events left still allow (a follow-up recorded earlier keeps counting). Without
 * this, removing the event alone would leave the plan moved on.
 */
export function unmarkSentPatch(
  record: InterviewRecord,
  event: Pick<JournalEvent, 'kind' | 'date'>,
  before: Partial<Answers>,
): JournalWrite {
  const removed = removeEventPatch(record, event.kind, event.date);
  if ('problem' in removed) return removed;
  const events = removed.patch.events!;
  const base: Answers = { ...record.answers };
  for (const id of SENT_ANSWERS) {
    if (before[id] === undefined) delete base[id];
    else base[id] = before[id];
  }
  const restored = foldEvents(base, events);
  const patch: RecordPatch = { events };
  for (const id of SENT_ANSWERS) {
    if (JSON.stringify(restored[id]) !== JSON.stringify(record.answers[id])) patch[`answer:${id}`] = restored[id];
  }
  return { patch };
}
