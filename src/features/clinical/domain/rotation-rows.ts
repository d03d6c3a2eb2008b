import type { CsvCell } from '../../../program/csv.js';
import { iso, nameOf } from '../../../program/export-cells.js';
import type { Person } from '../../../program/roster.js';
import type { Assignment } from './match.js';
import { ROTATION_MINUTES, type MeetingObligation, type RotationObligations } from './obligations.js';
import type { Rotation } from './rotation.js';

/**
 * The `rotations` export: one row per mentee rotation, with its mentor and obligations. `minutes` is what the rotation
 * asks for (120); `met_minutes` the minutes logged with the mentee by the rotation's mentors from the assignment to its
 * last day (so far, while it runs). A meeting cell holds the date of the meeting that counts, else `missing` (its
 * window has passed) or `upcoming`. A rotation with no mentor leaves the mentor's cells blank. Never a note.
 */
export const ROTATION_COLUMNS = [
  'subject',
  'site',
  'preceptor',
  'start',
  'end',
  'mentee',
  'mentor',
  'assigned_at',
  'chosen_by',
  'pre_meeting',
  'mid_meeting',
  'minutes',
  'met_minutes',
] as const;

export interface RotationRowSource {
  readonly rotation: Rotation;
  readonly current: Assignment | undefined;
  readonly obligations: RotationObligations | undefined;
}

const meetingCell = (m: MeetingObligation | undefined) => (m === undefined ? undefined : m.status === 'done' ? m.date : m.status);

/** The rows, by first day, then mentee name. */
export function rotationRows(rotations: readonly RotationRowSource[], people: ReadonlyMap<string, Person>): CsvCell[][] {
  return [...rotations]
    .sort((a, b) => a.rotation.start.localeCompare(b.rotation.start) || (nameOf(people, a.rotation.personId) ?? '').localeCompare(nameOf(people, b.rotation.personId) ?? ''))
    .map(({ rotation: r, current, obligations: o }) => [
      r.subject,
      r.site,
      r.preceptor,
      r.start,
      r.end,
      nameOf(people, r.personId),
      nameOf(people, current?.mentorId),
      iso(current?.assignedAt),
      current?.chosenBy,
      meetingCell(o?.pre),
      meetingCell(o?.mid),
      ROTATION_MINUTES,
      o?.minutes.minutes,
    ]);
}
