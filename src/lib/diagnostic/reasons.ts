/**
 * The reasons a good interview can end in silence, by their fixed ids (from the content brief). Lessons
 * anchor a heading on each id, and the diagnostic ranks them, so these ids never change.
 */
export const REASONS_WITHIN_CONTROL = [
  'no-thank-you',
  'online-presence',
  'references',
  'fit',
  'application-materials',
  'availability',
  'overconfidence',
  'unaddressed-concern',
] as const;

const REASONS_OUTSIDE_CONTROL = [
  'stronger-candidate',
  'internal-candidate',
  'still-deciding',
  'no-consensus',
  'budget-or-freeze',
  'communication-gap',
  'overqualified',
  'second-choice',
] as const;

export const REASON_IDS = [...REASONS_WITHIN_CONTROL, ...REASONS_OUTSIDE_CONTROL] as const;
export type ReasonId = (typeof REASON_IDS)[number];

/** The lesson whose headings carry the reason anchors: link to `${REASONS_LESSON}#${id}`. */
export const REASONS_LESSON = '/guides/why-no-callback/';
