/**
 * A mentor's review without a server (issue 19): what travels in the links. The person packs the parts
 * they choose (never everything by default) into a request; the mentor reads it on /mentor/, comments on
 * each part and sends back a reply; opening the reply adds the comments to the person's record, marked as
 * the mentor's. Both are sealed by share-codec.ts. Everything read from a link is untrusted: it is checked
 * here, field by field, before anything is shown or stored.
 */
import type { Opened, ShareProblem } from './share-codec.ts';
import { isObject, isText } from '../core/guards.ts';

/**
 * What a person can choose to share about one interview.
 * @internal The tests state the rule by this name rather than copying its value.
 */
export const PART_KINDS = ['debrief', 'email', 'patterns'] as const;
export type PartKind = (typeof PART_KINDS)[number];
export const PART_LABELS: Record<PartKind, string> = {
  debrief: 'The debrief',
  email: 'The draft email',
  patterns: 'The patterns across interviews',
};

/** Limits on what a link may carry: far above a real debrief, far below what would hang a page. */
export const MENTOR_LIMITS = { parts: PART_KINDS.length, title: 200, text: 20_000, comment: 4_000, name: 100 } as const;

export interface SharedPart {
  kind: PartKind;
  /** What the part is, as the mentor reads it ("Debrief: Acme, Designer"). */
  title: string;
  /** The part as plain text. */
  text: string;
}

/** A request for review: the parts chosen, and which record a reply goes back to. */
export interface MentorRequest {
  kind: 'request';
  /** The interview's id: the reply names it, so its comments land on the right record. */
  recordId: string;
  /** How the person names the interview (company and role), so both sides know what it is about. */
  label: string;
  parts: SharedPart[];
}

/** A reply: a comment per part (none for a part left alone), and who wrote it. */
export interface MentorReply {
  kind: 'reply';
  recordId: string;
  label: string;
  mentor: string;
  comments: { part: PartKind; text: string }[];
}

const isPartKind = (v: unknown): v is PartKind => PART_KINDS.includes(v as PartKind);
const unique = (kinds: PartKind[]) => new Set(kinds).size === kinds.length;
const isHeader = (v: Record<string, unknown>, kind: 'request' | 'reply') =>
  v.kind === kind && isText(v.recordId, 64) && v.recordId !== '' && isText(v.label, MENTOR_LIMITS.title);

/**
 * A request rebuilt from its known fields only, or undefined when they do not hold. What a link carries is
 * never passed on as it came: an extra field (of any size, or named `__proto__`) stays behind.
 * @internal Exported for its own tests, which pin its cases directly.
 */
export function readRequest(v: unknown): MentorRequest | undefined {
  if (!isObject(v) || !isHeader(v, 'request') || !Array.isArray(v.parts)) return undefined;
  const parts = v.parts as unknown[];
  if (parts.length === 0 || parts.length > MENTOR_LIMITS.parts) return undefined;
  if (!parts.every((p) => isObject(p) && isPartKind(p.kind) && isText(p.title, MENTOR_LIMITS.title) && isText(p.text, MENTOR_LIMITS.text)))
    return undefined;
  const rebuilt = (parts as SharedPart[]).map(({ kind, title, text }) => ({ kind, title, text }));
  if (!unique(rebuilt.map((p) => p.kind))) return undefined;
  return { kind: 'request', recordId: v.recordId as string, label: v.label as string, parts: rebuilt };
}

/** A reply's comments rebuilt as `{ part, text }`, or undefined when they do not hold (the one rule for links and storage). */
export function readComments(v: unknown): MentorReply['comments'] | undefined {
  if (!Array.isArray(v) || v.length > MENTOR_LIMITS.parts) return undefined;
  const list = v as unknown[];
  if (!list.every((c) => isObject(c) && isPartKind(c.part) && isText(c.text, MENTOR_LIMITS.comment) && c.text.trim() !== ''))
    return undefined;
  const comments = (list as MentorReply['comments']).map(({ part, text }) => ({ part, text }));
  return unique(comments.map((c) => c.part)) ? comments : undefined;
}

/**
 * A reply rebuilt from its known fields only, or undefined when they do not hold.
 * @internal Exported for its own tests, which pin its cases directly.
 */
export function readReply(v: unknown): MentorReply | undefined {
  if (!isObject(v) || !isHeader(v, 'reply') || !isText(v.mentor, MENTOR_LIMITS.name)) return undefined;
  const comments = readComments(v.comments);
  return comments && { kind: 'reply', recordId: v.recordId as string, label: v.label as string, mentor: v.mentor, comments };
}

/** A request with only the parts chosen (in the order PART_KINDS lists them); none chosen, nothing to send. */
export function makeRequest(
  recordId: string,
  label: string,
  available: readonly SharedPart[],
  chosen: readonly PartKind[],
): MentorRequest | undefined {
  const parts = PART_KINDS.filter((k) => chosen.includes(k)).flatMap((k) => available.filter((p) => p.kind === k).slice(0, 1));
  return parts.length ? { kind: 'request', recordId, label, parts } : undefined;
}

/** The mentor's reply to `request`: their comments, the blank ones left out. */
export function makeReply(request: MentorRequest, mentor: string, comments: Partial<Record<PartKind, string>>): MentorReply {
  return {
    kind: 'reply',
    recordId: request.recordId,
    label: request.label,
    mentor: mentor.trim().slice(0, MENTOR_LIMITS.name),
    comments: request.parts.flatMap((p) => {
      const text = comments[p.kind]?.trim();
      return text ? [{ part: p.kind, text: text.slice(0, MENTOR_LIMITS.comment) }] : [];
    }),
  };
}

/** Why a link opened but holds nothing this page can use. */
export type MentorProblem = ShareProblem | 'not-ours' | 'gone';
export const MENTOR_PROBLEMS: Record<'not-ours' | 'gone', string> = {
  'not-ours': 'This link opened, but what it holds is not a review request or reply this version understands. Nothing was changed.',
  gone: 'This reply is for an interview that is no longer saved in this browser (deleted, or saved in another browser). Nothing was changed.',
};

/** What an opened link holds, checked: a request, a reply, or why neither. */
export function readOpened(
  opened: Opened<unknown>,
): { ok: true; value: MentorRequest | MentorReply } | { ok: false; problem: MentorProblem } {
  if (!opened.ok) return opened;
  const value = readRequest(opened.value) ?? readReply(opened.value);
  return value ? { ok: true, value } : { ok: false, problem: 'not-ours' };
}
