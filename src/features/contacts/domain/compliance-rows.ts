import { isInRange, programMonth, semesterOf, type ProgramCalendar, type ProgramMonth } from '../../../program/calendar.js';
import type { Contact } from '../../../program/records/contact.js';
import { contactsByMentee } from '../../../program/records/compliance.js';
import type { CsvCell } from '../../../program/csv.js';
import { overlaps, type Group, type Membership, type Person } from '../../../program/roster.js';
import { nameOf } from '../../../program/export-cells.js';
import { monthSpan } from '../../../program/month-span.js';

export const COMPLIANCE_COLUMNS = [
  'month',
  'program_running',
  'semester',
  'mentee_id',
  'mentee_name',
  'groups',
  'communicated',
  'communications',
  'last_communication',
  'met_in_semester',
  'meetings_in_semester',
  'last_meeting',
] as const;

export interface ComplianceInput {
  readonly months: readonly string[];
  readonly calendar: ProgramCalendar;
  readonly people: ReadonlyMap<string, Person>;
  readonly groups: readonly Group[];
  /** Mentee memberships overlapping the months (history included). */
  readonly memberships: readonly Membership[];
  /** Contacts with those mentees from the first month's semester start to the last month's end. */
  readonly contacts: readonly Contact[];
}

/** The contacts' range a compliance export needs: from the first month's semester start (or the month) to the last month's end. */
export function complianceContactRange(months: readonly string[], calendar: ProgramCalendar): { readonly from: string; readonly to: string } {
  const first = programMonth(months[0]!, calendar);
  const last = programMonth(months[months.length - 1]!, calendar);
  const semester = semesterOf(first.from, calendar);
  return { from: semester !== undefined && semester.from < first.from ? semester.from : first.from, to: last.to };
}

/**
 * One row per month and mentee (every mentee who was in a group at some time that month): whether the monthly
 * communication happened, and whether a meeting happened in the month's semester by the month's last day. Contacts
 * count by mentee, whoever the mentor was (SPEC §3.5).
 */
export function complianceRows(input: ComplianceInput): CsvCell[][] {
  const { calendar, people } = input;
  const groupName = new Map(input.groups.map((g) => [g.id, g.name]));
  const rows: CsvCell[][] = [];
  for (const key of input.months) {
    const month: ProgramMonth = programMonth(key, calendar);
    const span = monthSpan(key, key, calendar);
    const semester = semesterOf(month.from, calendar);
    // Grouped by mentee once a month, so that the rows cost what the program holds, not that times its mentees.
    const groupsOf = new Map<string, Set<string>>();
    for (const m of input.memberships) {
      if (m.role !== 'mentee' || !overlaps(m, span.start, span.end)) continue;
      const names = groupsOf.get(m.personId) ?? new Set<string>();
      names.add(groupName.get(m.groupId) ?? m.groupId);
      groupsOf.set(m.personId, names);
    }
    const menteeIds = [...groupsOf.keys()].sort((a, b) => (people.get(a)?.name ?? a).localeCompare(people.get(b)?.name ?? b) || a.localeCompare(b));
    const [communicationsOf, meetingsOf = new Map<string, Contact[]>()] = contactsByMentee(input.contacts, [
      { range: month, meetingsOnly: false },
      ...(semester === undefined ? [] : [{ range: { from: semester.from, to: month.to }, meetingsOnly: true }]),
    ]) as [Map<string, Contact[]>, Map<string, Contact[]>?];
    for (const menteeId of menteeIds) {
      const groups = [...groupsOf.get(menteeId)!].sort();
      const communications = communicationsOf.get(menteeId) ?? [];
      const meetings = semester === undefined ? [] : (meetingsOf.get(menteeId) ?? []).filter((c) => isInRange(c.date, semester));
      rows.push([
        key,
        month.active,
        semester?.label,
        menteeId,
        nameOf(people, menteeId),
        groups.join('; '),
        communications.length > 0,
        communications.length,
        communications.at(-1)?.date,
        semester === undefined ? undefined : meetings.length > 0,
        semester === undefined ? undefined : meetings.length,
        meetings.at(-1)?.date,
      ]);
    }
  }
  return rows;
}
