/**
 * The question library (/practice/questions/): the bank laid out by kind of round for browsing, and the two
 * one-tap adds, to the next interview's expected questions and to practice. Plain data in and out; the
 * writes themselves are src/state/practice-actions.ts's.
 */
import type { IsoDate } from '../core/dates.ts';
import type { InterviewRecord } from '../interviews/interviews.ts';
import { ROUND_KINDS, ROUND_LABELS, type RoundKind } from '../interviews/journal-record.ts';
import type { PracticeCard, PracticeState } from './practice.ts';
import type { Topic } from './question-bank-schema.ts';

/**
 * Each kind of round as the library heads it, with the kinds of interview it covers.
 * @internal Exported for the e2e, which finds each page by its heading.
 */
export const LIBRARY_ROUNDS: Record<RoundKind, { title: string; about: string }> = {
  screen: {
    title: 'Recruiter screen',
    about: 'A first call, often with a recruiter: your story, your reasons, pay, notice and logistics.',
  },
  'hiring-manager': {
    title: 'Hiring manager',
    about: 'The person you would work for: what you have done, how you work, and the stories that prove it.',
  },
  panel: { title: 'Panel', about: 'Several people at once: working with others, conflict, and people outside your team.' },
  technical: { title: 'Technical or case', about: 'A peer testing depth, a problem to reason through aloud, or the work you sent.' },
  final: { title: 'Final and executive', about: 'Senior people deciding: level, judgment, strategy, values and why you want this job.' },
};

/** The library's page for one kind of round. */
const libraryPage = (kind: RoundKind) => `/practice/questions/${kind}/`;

/** A question's place in its kind's list, where its page's "back to the list" lands. */
export const questionAnchor = (id: string) => `q-${id}`;

/**
 * A question's own page, where it is shown in full: under the first kind of round it names (the kind it is
 * most asked in). Its kinds' lists link to it, so every question has one address, and a page holds one
 * question's answer rather than fifty (a kind's page of every answer in full took a phone over a second to
 * start drawing).
 */
export const questionHome = (q: { id: string; round: readonly RoundKind[] }) => `${libraryPage(q.round[0])}${q.id}/`;

/** Where a question's page leads back to: its entry in its kind's list. */
export const questionInList = (q: { id: string; round: readonly RoundKind[] }) => `${libraryPage(q.round[0])}#${questionAnchor(q.id)}`;

/**
 * The bank by kind of round, in the journal's order, for the library's pages: the questions whose page is
 * under each kind (`here`), and those under other kinds also asked in it (`elsewhere`). A kind with no question
 * is left out.
 */
export function libraryByRound<T extends { id: string; round: readonly RoundKind[] }>(bank: readonly T[]) {
  return ROUND_KINDS.map((kind) => ({
    kind,
    ...LIBRARY_ROUNDS[kind],
    href: libraryPage(kind),
    here: bank.filter((q) => q.round[0] === kind),
    elsewhere: bank.filter((q) => q.round[0] !== kind && q.round.includes(kind)),
  })).filter((group) => group.here.length + group.elsewhere.length > 0);
}

/**
 * A kind's questions under the library's topic headings (`labels`, src/lib/prep/question-bank-schema.ts's
 * TOPIC_LABELS: passed in, as that file is build-time only), in the labels' order and, within each, in the
 * order given (the bank's: usual questions first). A topic with no question is left out.
 */
export function byTopic<T extends { topic: Topic }>(questions: readonly T[], labels: Readonly<Record<Topic, string>>) {
  return (Object.keys(labels) as Topic[])
    .map((topic) => ({ topic, label: labels[topic], questions: questions.filter((q) => q.topic === topic) }))
    .filter((group) => group.questions.length > 0);
}

/** The kind of round that day's interview is: the round on that day, else the latest round saved, else a screen. */
export function roundOn(record: InterviewRecord, day: IsoDate): RoundKind {
  return record.rounds.find((r) => r.date === day)?.kind ?? record.rounds.at(-1)?.kind ?? 'screen';
}

/** A library question's practice card id: apart from the debriefs' cards, which are named by their interview. */
export const libraryCardId = (questionId: string) => `library:${questionId}`;

/** The practice card already made from this library question, if any. */
export const libraryCard = (state: PracticeState, questionId: string): PracticeCard | undefined =>
  state.cards.find((c) => c.id === libraryCardId(questionId));

/**
 * A question as search finds it (src/pages/search-index/[...file].ts): by its words and by what it checks, at
 * its page in the library (`library` is the library's one name). Not by its example answer: every query about a
 * nurse or a budget would list the questions whose examples happen to mention one.
 */
export const questionRecord = (q: { id: string; text: string; why: string; round: readonly RoundKind[] }, library: string) => ({
  title: q.text,
  context: `${library}: ${q.round.map((kind) => ROUND_LABELS[kind].toLowerCase()).join(', ')}`,
  text: q.why,
  url: questionHome(q),
});
