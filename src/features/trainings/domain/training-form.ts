import { isCalendarDate } from '../../../program/calendar-date.js';
import { zonedInstant } from '../../../program/zoned-time.js';
import { AUDIENCE_ROLES, type Audience, type AudienceRole } from '../../../program/audience.js';

export const TITLE_MAX = 150;
export const PLACE_MAX = 300;

/** The form as the admin filled it in, read from Slack's state (blank inputs undefined). */
export interface TrainingFormInput {
  readonly title: string | undefined;
  /** YYYY-MM-DD, from the date picker. */
  readonly date: string | undefined;
  /** HH:MM, from the time picker. */
  readonly time: string | undefined;
  readonly place: string | undefined;
  readonly roles: readonly string[];
  readonly tracks: readonly string[];
  readonly required: boolean;
}

/** What is wrong with a field, by the form's field. */
export type TrainingFormProblem =
  | { readonly field: 'title'; readonly code: 'missing' | 'too_long' }
  | { readonly field: 'date'; readonly code: 'missing' | 'bad' }
  | { readonly field: 'time'; readonly code: 'missing' | 'bad' | 'past' }
  | { readonly field: 'place'; readonly code: 'too_long' }
  | { readonly field: 'audience'; readonly code: 'none_chosen' | 'unknown_track' | 'nobody' };

export interface TrainingDraft {
  readonly title: string;
  readonly startsAt: Date;
  readonly place: string | undefined;
  readonly audience: Audience;
  readonly required: boolean;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/**
 * Checks the form: a title (at most TITLE_MAX characters), a date and a time read as a clock in the admin's `zone`
 * shows them, after `now`; a place of at most PLACE_MAX characters; at least one role or track, each track one of the
 * program's. Every problem at once, or the training to store.
 */
export function readTrainingForm(
  input: TrainingFormInput,
  context: { readonly zone: string; readonly now: Date; readonly tracks: readonly string[] },
): { readonly ok: true; readonly draft: TrainingDraft } | { readonly ok: false; readonly problems: readonly TrainingFormProblem[] } {
  const problems: TrainingFormProblem[] = [];
  const title = input.title?.trim().replace(/\s+/g, ' ') ?? '';
  if (title === '') problems.push({ field: 'title', code: 'missing' });
  else if (title.length > TITLE_MAX) problems.push({ field: 'title', code: 'too_long' });

  const date = input.date?.trim() ?? '';
  const time = input.time?.trim() ?? '';
  if (date === '') problems.push({ field: 'date', code: 'missing' });
  else if (!isCalendarDate(date)) problems.push({ field: 'date', code: 'bad' });
  const clock = TIME.exec(time);
  if (time === '') problems.push({ field: 'time', code: 'missing' });
  else if (clock === null) problems.push({ field: 'time', code: 'bad' });
  const startsAt = clock !== null && isCalendarDate(date) ? zonedInstant(date, Number(clock[1]), Number(clock[2]), context.zone) : undefined;
  if (startsAt !== undefined && startsAt.getTime() <= context.now.getTime()) problems.push({ field: 'time', code: 'past' });

  const place = input.place?.trim() || undefined;
  if (place !== undefined && place.length > PLACE_MAX) problems.push({ field: 'place', code: 'too_long' });

  const roles = AUDIENCE_ROLES.filter((r) => input.roles.includes(r));
  const tracks = [...new Set(input.tracks)];
  if (input.roles.some((r) => !(AUDIENCE_ROLES as readonly string[]).includes(r)) || tracks.some((t) => !context.tracks.includes(t))) {
    problems.push({ field: 'audience', code: 'unknown_track' });
  } else if (roles.length === 0 && tracks.length === 0) {
    problems.push({ field: 'audience', code: 'none_chosen' });
  }
  if (problems.length > 0 || startsAt === undefined) return { ok: false, problems };
  return { ok: true, draft: { title, startsAt, place, audience: { roles: roles as AudienceRole[], tracks }, required: input.required } };
}
