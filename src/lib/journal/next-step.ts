/**
 * The one next step for an interview, in one sentence: what its page says first. It reads the same engine as
 * the list and the diagnostic (planState, the follow-up timeline, the outcome), so the three never disagree:
 * an outcome closes the story; otherwise the message due, the interview still to come, closing it once the
 * plan says to move on, or what it is waiting for.
 */
import { formatDate, later, type IsoDate } from '../core/dates.ts';
import { MESSAGE_NAMES } from '../follow-up/email.ts';
import { PLAN_STEP_TEXTS } from '../follow-up/calendar.ts';
import { planFollowUps, type MessageKind, type Timeline } from '../follow-up/timeline.ts';
import { seasonLine, seasonOf, type WorkCalendar } from '../follow-up/work-calendar.ts';
import type { InterviewRecord } from '../interviews/interviews.ts';
import { EVENT_LABELS, type JournalEvent, type Outcome } from '../interviews/journal-record.ts';
import { readTiming } from '../interviews/timing-answers.ts';
import { answersToday, foldEvents, outcomeOf, planState } from './journal.ts';
import { lastInterview } from './patterns.ts';
import { clockTime, daysAway, upcomingDay } from './view.ts';

export interface NextStep {
  /** The sentence: "Send your thank-you note today: it is ready to copy below." */
  text: string;
  /** What it is about, first: the outcome, a message due, the interview to come, closing it, waiting, or a missing date. */
  about: 'outcome' | 'message' | 'interview' | 'close' | 'wait' | 'date';
  /** How it ended, once it has. */
  outcome?: Outcome;
  /** The message the plan asks for now. */
  message?: MessageKind;
  /** The day of the interview still to come (today included). */
  upcoming?: IsoDate;
}

/** What follows the outcome's name: what is left to do, if anything. */
const AFTER_OUTCOME: Record<Outcome, string> = {
  offer: 'Take the time you need to decide, and tell anyone else you are waiting on.',
  rejected: 'Nothing more to send: what you noted in the debrief is what to take to the next one.',
  withdrew: 'Nothing more to send.',
  ghosted: 'Nothing more to send: put your energy into your other applications.',
};

/** The timeline the plan reads for `record` today: the same reckoning as planState's. */
export function timelineToday(record: InterviewRecord, today: IsoDate, calendar: WorkCalendar): Timeline {
  return planFollowUps(readTiming(foldEvents(answersToday(record, today), record.events)), today, calendar);
}

/** "Thursday, December 10 at 2:30 PM": the interview's day, and its time when an invite gave one. */
const dayAndTime = (date: IsoDate, today: IsoDate, time?: string) => `${formatDate(date, today)}${time ? ` at ${clockTime(time)}` : ''}`;

/** "on Thursday, December 10 at 2:30 PM, in 4 days": the interview to come, inside a sentence. */
const comingWords = (date: IsoDate, today: IsoDate, time?: string) => `on ${dayAndTime(date, today, time)}, ${daysAway(date, today)}`;

/** "today", "on Monday, December 7": when a message is to go out. */
const sendDay = (date: IsoDate | undefined, today: IsoDate) => (!date || date === today ? 'today' : `on ${formatDate(date, today)}`);

/** The latest event of `kind`, if any (the one the outcome or a reply dates from). */
function latest(events: readonly JournalEvent[], kinds: readonly JournalEvent['kind'][]): JournalEvent | undefined {
  let found: JournalEvent | undefined;
  for (const e of events) if (kinds.includes(e.kind) && (!found || e.date >= found.date)) found = e;
  return found;
}

/**
 * The one next step for `record` on `today`, in words. An outcome is named when there is one; otherwise the
 * message the plan asks for is named whenever there is one, and the interview still to come (its day, and its
 * time when an invite gave one) whenever one is; on the day itself the interview leads.
 */
export function nextStep(record: InterviewRecord, today: IsoDate, calendar: WorkCalendar): NextStep {
  const outcome = outcomeOf(record.events);
  if (outcome) {
    const ended = latest(record.events, [outcome])!;
    return {
      about: 'outcome',
      outcome,
      text: `Closed ${ended.date === today ? 'today' : `on ${formatDate(ended.date, today)}`}: ${EVENT_LABELS[outcome].toLowerCase()}. ${AFTER_OUTCOME[outcome]}`,
    };
  }
  const held = lastInterview(record, today);
  const upcoming = upcomingDay(record, today, held);
  const { due, canClose } = planState(record, today, calendar);
  const timeline = timelineToday(record, today, calendar);
  const time = record.meeting?.time;
  if (upcoming && upcoming === today) {
    const after = due ? `write the debrief while it is fresh, then send your ${MESSAGE_NAMES[due]}` : 'write the debrief while it is fresh';
    return {
      about: 'interview',
      upcoming,
      ...(due ? { message: due } : {}),
      text: `Your interview is today, ${dayAndTime(upcoming, today, time)}: look over the day-of sheet before it, and afterwards ${after}.`,
    };
  }
  if (due) {
    const then = upcoming ? ` Then get ready for your next interview ${comingWords(upcoming, today, time)}.` : '';
    return {
      about: 'message',
      message: due,
      ...(upcoming ? { upcoming } : {}),
      text: `Send your ${MESSAGE_NAMES[due]} ${sendDay(timeline.next, today)}: it is ready to copy below, then mark it as sent.${then}`,
    };
  }
  if (upcoming) {
    return {
      about: 'interview',
      upcoming,
      text: `Get ready for your interview ${comingWords(upcoming, today, time)}: the questions to expect, your stories and the day-of sheet.`,
    };
  }
  if (canClose) {
    return {
      about: 'close',
      text: 'The plan’s date to move on has passed with no reply: close it as ghosted, and put your energy elsewhere.',
    };
  }
  if (!held) return { about: 'date', text: 'Add the date of the interview as a round below, so the plan can count from it.' };
  const word = latest(
    record.events.filter((e) => e.date >= held),
    ['reply', 'next-round'],
  );
  if (word?.kind === 'next-round')
    return {
      about: 'wait',
      text: `They invited you to a next round on ${formatDate(word.date, today)}: add it below once its date is set.`,
    };
  if (word)
    return {
      about: 'wait',
      text: `They replied on ${formatDate(word.date, today)}: answer anything they asked, then wait for their next step.`,
    };
  const { promisedBy } = readTiming(record.answers);
  const step = timeline.steps.find((s) => s.state === 'upcoming' && s.date);
  // A wait that runs through the year-end, a public holiday or a European August says so: expect it to be longer.
  const season = seasonLine(seasonOf(held, later(step?.date ?? today, today), calendar, today), today);
  const waiting = (text: string): NextStep => ({ about: 'wait', text: season ? `${text} ${season}` : text });
  if (promisedBy && promisedBy >= today)
    return waiting(`Nothing to send for now: they said they would decide by ${formatDate(promisedBy, today)}.`);
  if (step?.date)
    return waiting(`Nothing to send today. Next: ${PLAN_STEP_TEXTS[step.key].name.toLowerCase()}, ${sendDay(step.date, today)}.`);
  return waiting('Nothing to send: wait for their reply.');
}
