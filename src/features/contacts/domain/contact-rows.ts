import { isMeeting, type Contact } from '../../../program/records/contact.js';
import type { CsvCell } from '../../../program/csv.js';
import type { Person } from '../../../program/roster.js';
import { iso, nameOf } from '../../../program/export-cells.js';

export const CONTACT_COLUMNS = [
  'contact_id',
  'date',
  'kind',
  'meeting',
  'group_contact',
  'minutes',
  'source',
  'mentor_id',
  'mentor_name',
  'mentee_ids',
  'mentee_names',
  'logged_at',
] as const;

/** One row per contact (a group contact names its mentees in one cell, separated by `; `). Never the note. */
export function contactRows(contacts: readonly Contact[], people: ReadonlyMap<string, Person>): CsvCell[][] {
  return [...contacts]
    .sort((a, b) => (a.date === b.date ? a.at.getTime() - b.at.getTime() : a.date < b.date ? -1 : 1))
    .map((c) => [
      c.id,
      c.date,
      c.kind,
      isMeeting(c.kind),
      c.group,
      c.minutes,
      c.source,
      c.mentorId,
      nameOf(people, c.mentorId),
      c.menteeIds.join('; '),
      c.menteeIds.map((id) => nameOf(people, id)).join('; '),
      iso(c.createdAt),
    ]);
}
