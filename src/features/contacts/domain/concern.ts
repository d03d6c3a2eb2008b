/** What a mentor may be worried about; the Faculty Mentor learns the category, never the note. */
export const CONCERN_CATEGORIES = ['academic', 'wellbeing', 'professionalism', 'other'] as const;
export type ConcernCategory = (typeof CONCERN_CATEGORIES)[number];

export const MAX_CONCERN_NOTE_LENGTH = 1_000;

/** A mentor's concern about one of their mentees, raised from a check-in prompt. */
export interface Concern {
  readonly id: string;
  readonly mentorId: string;
  readonly menteeId: string;
  readonly category: ConcernCategory;
  /** Private to the mentor who wrote it: never sent, shown, exported or logged. */
  readonly note: string | undefined;
  /** The day it was raised, in the program's time zone. */
  readonly date: string;
  readonly createdAt: Date;
  /** The form it came from: the same form again is stored once. */
  readonly sourceKey: string;
}

export type NewConcern = Omit<Concern, 'id'>;

export type ConcernProblem = 'unknown_category' | 'note_too_long';

export function isConcernCategory(value: string | undefined): value is ConcernCategory {
  return (CONCERN_CATEGORIES as readonly (string | undefined)[]).includes(value);
}

/** A concern's category and note as given: the note trimmed (empty is none), or what is wrong with them. */
export function checkConcern(category: string | undefined, note: string | undefined):
  | { readonly ok: true; readonly category: ConcernCategory; readonly note: string | undefined }
  | { readonly ok: false; readonly problems: readonly ConcernProblem[] } {
  const trimmed = note?.trim();
  const problems: ConcernProblem[] = [];
  if (!isConcernCategory(category)) problems.push('unknown_category');
  if (trimmed !== undefined && trimmed.length > MAX_CONCERN_NOTE_LENGTH) problems.push('note_too_long');
  if (problems.length > 0 || !isConcernCategory(category)) return { ok: false, problems };
  return { ok: true, category, note: trimmed === '' ? undefined : trimmed };
}

export const CONCERN_COLUMNS = ['concern_id', 'date', 'category', 'mentor_id', 'mentee_id', 'raised_at'] as const;

/** One row per concern: category, dates and ids. Never the note. */
export function concernRows(concerns: readonly Concern[]): (string | undefined)[][] {
  return concerns.map((c) => [c.id, c.date, c.category, c.mentorId, c.menteeId, c.createdAt.toISOString()]);
}

/** Concerns by category, for counts. */
export function countByCategory(concerns: readonly Pick<Concern, 'category'>[]): Map<ConcernCategory, number> {
  const counts = new Map<ConcernCategory, number>();
  for (const { category } of concerns) counts.set(category, (counts.get(category) ?? 0) + 1);
  return counts;
}
