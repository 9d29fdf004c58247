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

/** @internal Exported for its own tests, which pin its cases directly. */
export function isMentorRequest(v: unknown): v is MentorRequest {
  if (!isObject(v) || v.kind !== 'request' || !isText(v.recordId, 64) || !v.recordId || !isText(v.label, MENTOR_LIMITS.title)) return false;
  const parts = v.parts;
  return (
    Array.isArray(parts) &&
    parts.length > 0 &&
    parts.length <= MENTOR_LIMITS.parts &&
    parts.every((p) => isObject(p) && isPartKind(p.kind) && isText(p.title, MENTOR_LIMITS.title) && isText(p.text, MENTOR_LIMITS.text)) &&
    unique(parts.map((p) => (p as SharedPart).kind))
  );
}

export function isMentorReply(v: unknown): v is MentorReply {
  if (!isObject(v) || v.kind !== 'reply' || !isText(v.recordId, 64) || !v.recordId || !isText(v.label, MENTOR_LIMITS.title)) return false;
  if (!isText(v.mentor, MENTOR_LIMITS.name)) return false;
  const comments = v.comments;
  return (
    Array.isArray(comments) &&
    comments.length <= MENTOR_LIMITS.parts &&
    comments.every((c) => isObject(c) && isPartKind(c.part) && isText(c.text, MENTOR_LIMITS.comment) && c.text.trim() !== '') &&
    unique(comments.map((c) => (c as { part: PartKind }).part))
  );
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
  if (isMentorRequest(opened.value) || isMentorReply(opened.value)) return { ok: true, value: opened.value };
  return { ok: false, problem: 'not-ours' };
}
