import { addDays } from '../../../program/calendar-date.js';
import { isInRange, programDateOf, programMonth, semesterOf, shiftMonth, type ProgramCalendar, type ProgramMonth } from '../../../program/calendar.js';
import { isMeeting, type Contact } from '../../../program/records/contact.js';
import { contactsWith } from '../../../program/records/compliance.js';
import { formatCsv, type CsvCell } from '../../../program/csv.js';
import { isWaiting } from '../../digests/domain/digest.js';
import { requestStatus, type RequestFacts } from '../../../program/records/request.js';
import { overlaps, type Group, type Membership, type Person } from '../../../program/roster.js';
import type { SwitchRequest } from '../../../program/records/switch-request.js';
import { zonedInstant } from '../../../program/zoned-time.js';

/**
 * The program's record as CSV (SPEC §3.11): contacts, requests, and compliance by month and semester. Rows carry
 * ids, names, dates, kinds and statuses — never a contact's note, a request's description or any reason text.
 */

export const EXPORT_KINDS = ['contacts', 'requests', 'compliance', 'switches'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export interface ExportRequest {
  readonly kind: ExportKind;
  /** YYYY-MM; undefined: the same as `to`. */
  readonly from: string | undefined;
  /** YYYY-MM; undefined: the current program month. */
  readonly to: string | undefined;
}

export type ExportProblem =
  | { readonly code: 'no_kind' }
  | { readonly code: 'unknown_kind'; readonly word: string }
  | { readonly code: 'missing_month'; readonly option: 'from' | 'to' }
  | { readonly code: 'bad_month'; readonly option: 'from' | 'to'; readonly value: string }
  | { readonly code: 'unexpected'; readonly word: string }
  | { readonly code: 'from_after_to'; readonly from: string; readonly to: string };

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
/** Slack turns `--` into a dash as people type: `—from` and `–from` count as `--from`. */
const OPTION = /^(?:--|—|–)(from|to)(?:=(.*))?$/i;

/** Reads `<kind> [--from YYYY-MM] [--to YYYY-MM]` (command-line arguments, or the words after `/mentor-admin export`). */
export function parseExportArgs(args: readonly string[]): { readonly ok: true; readonly request: ExportRequest } | { readonly ok: false; readonly problem: ExportProblem } {
  let kind: ExportKind | undefined;
  const months: { from?: string; to?: string } = {};
  for (let i = 0; i < args.length; i += 1) {
    const word = args[i]!.trim();
    if (word === '') continue;
    const option = OPTION.exec(word);
    if (option !== null) {
      const name = option[1]!.toLowerCase() as 'from' | 'to';
      const value = option[2] ?? args[++i]?.trim();
      if (value === undefined || value === '') return { ok: false, problem: { code: 'missing_month', option: name } };
      if (!MONTH.test(value)) return { ok: false, problem: { code: 'bad_month', option: name, value } };
      months[name] = value;
    } else if (/^[-—–]/.test(word)) {
      return { ok: false, problem: { code: 'unexpected', word } };
    } else if (kind === undefined) {
      const lower = word.toLowerCase();
      if (!(EXPORT_KINDS as readonly string[]).includes(lower)) return { ok: false, problem: { code: 'unknown_kind', word } };
      kind = lower as ExportKind;
    } else {
      return { ok: false, problem: { code: 'unexpected', word } };
    }
  }
  if (kind === undefined) return { ok: false, problem: { code: 'no_kind' } };
  if (months.from !== undefined && months.to !== undefined && months.from > months.to) {
    return { ok: false, problem: { code: 'from_after_to', from: months.from, to: months.to } };
  }
  return { ok: true, request: { kind, from: months.from, to: months.to } };
}

/** The months an export covers: `to` defaults to the current program month, `from` to `to`. */
export function exportMonths(request: Pick<ExportRequest, 'from' | 'to'>, currentMonth: string): { readonly from: string; readonly to: string } | { readonly problem: ExportProblem } {
  const to = request.to ?? currentMonth;
  const from = request.from ?? to;
  if (from > to) return { problem: { code: 'from_after_to', from, to } };
  return { from, to };
}

/** Every month key from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let month = from; month <= to; month = shiftMonth(month, 1)) out.push(month);
  return out;
}

/** The file name an export is saved under, e.g. `peer-mentor-contacts-2026-09-to-2026-10.csv`. */
export function exportFileName(kind: ExportKind, from: string, to: string): string {
  return from === to ? `peer-mentor-${kind}-${from}.csv` : `peer-mentor-${kind}-${from}-to-${to}.csv`;
}

/** The instants a range of months spans in the program's zone: [first day 00:00, day after the last 00:00). */
export function monthSpan(from: string, to: string, calendar: ProgramCalendar): { readonly start: Date; readonly end: Date } {
  const first = programMonth(from, calendar);
  const last = programMonth(to, calendar);
  return { start: zonedInstant(first.from, 0, 0, calendar.timezone), end: zonedInstant(addDays(last.to, 1), 0, 0, calendar.timezone) };
}

const nameOf = (people: ReadonlyMap<string, Person>, id: string | undefined) => (id === undefined ? undefined : (people.get(id)?.name ?? ''));
const iso = (at: Date | undefined) => at?.toISOString();

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

export const REQUEST_COLUMNS = [
  'request_id',
  'created_at',
  'created_date',
  'mentee_id',
  'mentee_name',
  'topic',
  'urgency',
  'reach',
  'audience',
  'routed_to',
  'mentor_ids',
  'mentor_names',
  'status',
  'deadline',
  'claimed_by',
  'claimed_at',
  'responded_by',
  'responded_at',
  'hours_to_first_response',
  'answered_on_time',
  'ended_as',
  'ended_by',
  'ended_at',
  'helped',
] as const;

/**
 * One row per request: its path and timing, never its description. `answered_on_time` is yes or no once it is known
 * (answered, or still waiting past its deadline), empty while it still may be.
 */
export function requestRows(requests: readonly RequestFacts[], people: ReadonlyMap<string, Person>, now: Date, calendar: Pick<ProgramCalendar, 'timezone'>): CsvCell[][] {
  return [...requests]
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
    .map((r) => {
      const hours = r.respondedAt === undefined ? undefined : Math.round(((r.respondedAt.getTime() - r.createdAt.getTime()) / 3_600_000) * 10) / 10;
      const onTime =
        r.respondedAt !== undefined
          ? r.respondedAt.getTime() <= r.deadline.getTime()
          : isWaiting(r) && r.deadline.getTime() <= now.getTime()
            ? false
            : undefined;
      return [
        r.id,
        iso(r.createdAt),
        programDateOf(r.createdAt, calendar),
        r.menteeId,
        nameOf(people, r.menteeId),
        r.topic,
        r.urgency,
        r.reach,
        r.audience,
        r.routedTo,
        r.mentorIds.join('; '),
        r.mentorIds.map((id) => nameOf(people, id)).join('; '),
        requestStatus(r),
        iso(r.deadline),
        r.claimedBy,
        iso(r.claimedAt),
        r.respondedBy,
        iso(r.respondedAt),
        hours,
        onTime,
        r.closedAs,
        r.closedBy,
        iso(r.closedAt),
        r.helped,
      ];
    });
}

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
    const inMonth = input.memberships.filter((m) => m.role === 'mentee' && overlaps(m, span.start, span.end));
    const menteeIds = [...new Set(inMonth.map((m) => m.personId))].sort(
      (a, b) => (people.get(a)?.name ?? a).localeCompare(people.get(b)?.name ?? b) || a.localeCompare(b),
    );
    for (const menteeId of menteeIds) {
      const groups = [...new Set(inMonth.filter((m) => m.personId === menteeId).map((m) => groupName.get(m.groupId) ?? m.groupId))].sort();
      const communications = contactsWith(menteeId, month, input.contacts);
      const meetings =
        semester === undefined ? [] : contactsWith(menteeId, { from: semester.from, to: month.to }, input.contacts).filter((c) => isMeeting(c.kind) && isInRange(c.date, semester));
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

/** A finished export: its file name, its CSV text and how many rows it has. */
/** The switch audit trail (SPEC §3.10): who asked to move whom, the reason category, the decision, by whom and when. */
export const SWITCH_COLUMNS = [
  'request_id',
  'created_at',
  'mentee_id',
  'mentee_name',
  'requested_by',
  'requester_role',
  'from_group',
  'reason',
  'preferred_group',
  'status',
  'decided_by',
  'decided_at',
  'target_group',
] as const;

/** One row per switch request, oldest first: never the private details, nor the admin's message to the asker. */
export function switchRows(requests: readonly SwitchRequest[], groupNames: ReadonlyMap<string, string>, people: ReadonlyMap<string, Person>): CsvCell[][] {
  const group = (id: string | undefined) => (id === undefined ? undefined : (groupNames.get(id) ?? id));
  return [...requests]
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
    .map((r) => [
      r.id,
      iso(r.createdAt),
      r.menteeId,
      nameOf(people, r.menteeId),
      r.requestedBy,
      r.requesterRole,
      group(r.fromGroupId),
      r.reason,
      group(r.preferredGroupId),
      r.status,
      r.decidedBy,
      iso(r.decidedAt),
      group(r.targetGroupId),
    ]);
}

export interface ExportFile {
  readonly kind: ExportKind;
  readonly from: string;
  readonly to: string;
  readonly filename: string;
  readonly csv: string;
  readonly rows: number;
}

export function toExportFile(kind: ExportKind, from: string, to: string, header: readonly string[], rows: readonly CsvCell[][]): ExportFile {
  return { kind, from, to, filename: exportFileName(kind, from, to), csv: formatCsv(header, rows), rows: rows.length };
}
