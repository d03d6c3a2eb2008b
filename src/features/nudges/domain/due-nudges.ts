import { mentorsAwayAt, type Away } from '../../../program/records/away.js';
import type { ProgramCalendar } from '../../../program/calendar.js';
import { menteesContactedIn, type ContactMark } from '../../../program/records/compliance.js';
import { isPairAudience, requestStatus, type RequestFacts } from '../../../program/records/request.js';
import { officeOf } from '../../../program/pairs.js';
import { buildMentoringMap, zoneOf, type Group, type Membership, type MentoringMap, type Person } from '../../../program/roster.js';
import { listWindowsAt } from './list-windows.js';
import { LIST_NAMES_MAX, nudgeKeys, type ListNudge, type Nudge, type NudgeSettings, type RequestNudge } from './nudge.js';

/**
 * Nudges and escalation (SPEC §3.7): which reminders are due at `now`, to whom, under which unique key. Pure: the
 * job reads the state in bulk, asks `dueNudges`, and delivers each nudge once (claimed by its key), outside the
 * recipient's quiet hours. A nudge stays due from its trigger until its cause is gone or a later nudge of its series
 * takes over, so a run that was late, held by quiet hours or failed still sends it — and never twice.
 */

export interface NudgeState {
  /** Everyone the roster knows (inactive people get nothing). */
  readonly people: readonly Person[];
  readonly groups: readonly Group[];
  /** Current memberships (those with `to` set are ignored). */
  readonly memberships: readonly Membership[];
  /** Requests not yet responded to nor ended (others are ignored). */
  readonly requests: readonly RequestFacts[];
  /** Time away not called off, ending no earlier than yesterday (UTC): enough to tell who is away at `now`. */
  readonly away: readonly Away[];
  /** Counted contacts covering the list windows open at `now` (see `listWindowsAt`); empty when none is open. */
  readonly contacts: readonly ContactMark[];
  readonly calendar: ProgramCalendar;
}

const HOUR_MS = 3_600_000;

/** When a request's reminder falls due: the configured share of its response window after it was sent. */
export function reminderTime(request: Pick<RequestFacts, 'createdAt' | 'deadline'>, settings: Pick<NudgeSettings, 'reminderShare'>): Date {
  const window = request.deadline.getTime() - request.createdAt.getTime();
  return new Date(request.createdAt.getTime() + Math.round(window * settings.reminderShare));
}

/** When the Faculty Mentor is told of a request still unanswered. */
export function escalationTime(request: Pick<RequestFacts, 'deadline'>, settings: Pick<NudgeSettings, 'escalationHours'>): Date {
  return new Date(request.deadline.getTime() + settings.escalationHours * HOUR_MS);
}

/** Every nudge due at `now`, each with its unique key, recipient and zone. */
export function dueNudges(state: NudgeState, now: Date, settings: NudgeSettings): Nudge[] {
  const program = readProgram(state, now);
  return [...requestNudges(program, state.requests, now, settings), ...listNudges(program, state, now, settings)];
}

/** The program as nudges need it: who is who, who can be reached now, and how to reach around time away. */
interface Program {
  readonly map: MentoringMap;
  readonly people: ReadonlyMap<string, Person>;
  readonly groupKind: ReadonlyMap<string, Group['kind']>;
  readonly programZone: string;
  /** Active people with a current mentee membership in an active group, by name. */
  readonly menteeIds: readonly string[];
  /** Active and not away at `now`. */
  isPresent(id: string): boolean;
  zoneOf(id: string): string;
}

function readProgram(state: NudgeState, now: Date): Program {
  const activeGroups = new Set(state.groups.filter((g) => g.active).map((g) => g.id));
  const current = state.memberships.filter((m) => m.to === undefined && activeGroups.has(m.groupId));
  const map = buildMentoringMap(current, state.groups);
  const people = new Map(state.people.map((p) => [p.id, p]));
  const away = mentorsAwayAt(state.away, now);
  const programZone = state.calendar.timezone;
  const names = new Intl.Collator('en');
  const menteeIds = unique(current.filter((m) => m.role === 'mentee' && people.get(m.personId)?.active === true).map((m) => m.personId)).sort(
    (a, b) => names.compare(people.get(a)!.name, people.get(b)!.name) || (a < b ? -1 : 1),
  );
  return {
    map,
    people,
    groupKind: new Map(state.groups.map((g) => [g.id, g.kind])),
    programZone,
    menteeIds,
    isPresent: (id) => people.get(id)?.active === true && !away.has(id),
    zoneOf: (id) => zoneOf(people.get(id), programZone),
  };
}

const unique = (ids: Iterable<string>) => [...new Set(ids)];

/**
 * Who receives a nudge meant for `primary`: those of them who can be reached; else the others who can (the Pair
 * partner covering); else the faculty mentors. `coveringFor` names the primary recipients left out when others stand in.
 */
function route(program: Program, primary: readonly string[], others: readonly string[], faculty: readonly string[]): { recipients: string[]; coveringFor: string[]; byFaculty: boolean } {
  const present = primary.filter(program.isPresent);
  if (present.length > 0) return { recipients: present, coveringFor: [], byFaculty: false };
  const coveringFor = [...primary];
  const cover = others.filter((id) => !primary.includes(id) && program.isPresent(id));
  if (cover.length > 0) return { recipients: cover, coveringFor, byFaculty: false };
  return { recipients: faculty.filter(program.isPresent), coveringFor, byFaculty: true };
}

/**
 * Who is told when a request stays unanswered: the mentee's faculty mentor; for a request to a pair track's mentors
 * (e.g. a clinical mentee's rotation mentor), that track's office (its admins: the Clinical Office), else the
 * program's admins on the roster.
 */
function standInsFor(program: Program, request: RequestFacts): string[] {
  if (!isPairAudience(request.audience)) return program.map.facultyOf(request.menteeId);
  const office = officeOf(program.people.values(), request.audience);
  return office.length > 0 ? office : [...program.people.values()].filter((p) => p.active && p.roles.includes('admin')).map((p) => p.id);
}

/**
 * The peer mentors who share responsibility for a request: the mentee's Pair (cohort), or the mentors it went to
 * (MD/PhD; a pair track's).
 */
function partnersOf(program: Program, request: RequestFacts): string[] {
  if (request.audience !== 'cohort') return [...request.mentorIds];
  const cohorts = program.map.groupsOf(request.menteeId, 'mentee').filter((g) => program.groupKind.get(g) === 'cohort');
  return unique([...request.mentorIds, ...cohorts.flatMap((g) => program.map.membersOf(g, 'peer_mentor'))]).filter((id) => id !== request.menteeId);
}

function requestNudges(program: Program, requests: readonly RequestFacts[], now: Date, settings: NudgeSettings): RequestNudge[] {
  const out: RequestNudge[] = [];
  const at = now.getTime();
  for (const request of requests) {
    const status = requestStatus(request);
    if (status !== 'open' && status !== 'claimed') continue;
    // Never posted (Slack refused it): the mentors have not seen it; the nudges job posts it first.
    if (request.messageTs === undefined) continue;
    const deadline = request.deadline.getTime();
    const nudge = (kind: RequestNudge['kind'], key: string, recipientId: string, hours: number, coveringFor: readonly string[]): RequestNudge => ({
      kind,
      key,
      recipientId,
      zone: program.zoneOf(recipientId),
      request,
      hours,
      coveringFor,
    });
    const faculty = standInsFor(program, request);
    const partners = partnersOf(program, request);
    const assigned = request.claimedBy !== undefined ? [request.claimedBy] : [...request.mentorIds];
    if (at >= reminderTime(request, settings).getTime() && at < deadline) {
      // Before the deadline: the mentors it is with (the claimer, once claimed); the partner while they are away.
      const { recipients, coveringFor } = route(program, assigned, partners, faculty);
      const hoursLeft = Math.max(1, Math.round((deadline - at) / HOUR_MS));
      for (const id of recipients) out.push(nudge('request-reminder', nudgeKeys.reminder(request.id, id), id, hoursLeft, coveringFor));
    }
    if (at >= deadline) {
      // Overdue: the mentors it is with and the Pair partner, for as long as it stays unanswered.
      const { recipients, coveringFor } = route(program, unique([...assigned, ...partners]), [], faculty);
      const hoursLate = Math.round((at - deadline) / HOUR_MS);
      for (const id of recipients) out.push(nudge('request-overdue', nudgeKeys.overdue(request.id, id), id, hoursLate, coveringFor));
      if (at >= escalationTime(request, settings).getTime()) {
        // A faculty mentor who was given the request to answer has had the reminder and the overdue note instead.
        for (const id of faculty) {
          if (request.mentorIds.includes(id) || program.people.get(id)?.active !== true) continue;
          out.push(nudge('request-escalation', nudgeKeys.escalation(request.id, id), id, hoursLate, []));
        }
      }
    }
  }
  return out;
}

function listNudges(program: Program, state: NudgeState, now: Date, settings: NudgeSettings): ListNudge[] {
  const windows = listWindowsAt(now, state.calendar, settings);
  if (windows.month === undefined && windows.semester === undefined) return [];
  const mentees = program.menteeIds;
  const out: ListNudge[] = [];
  if (windows.month !== undefined) {
    const { period: month, days, daysLeft } = windows.month;
    const done = menteesContactedIn(month, state.contacts);
    for (const [recipientId, list] of listsByRecipient(program, mentees.filter((id) => !done.has(id)))) {
      out.push({ kind: 'month-end', key: nudgeKeys.monthEnd(recipientId, month.key, days), recipientId, zone: program.zoneOf(recipientId), month, daysLeft, ...list });
    }
  }
  if (windows.semester !== undefined) {
    const { period: semester, days, daysLeft } = windows.semester;
    const met = menteesContactedIn(semester, state.contacts, true);
    for (const [recipientId, list] of listsByRecipient(program, mentees.filter((id) => !met.has(id)))) {
      out.push({ kind: 'semester-end', key: nudgeKeys.semesterEnd(recipientId, semester.key, days), recipientId, zone: program.zoneOf(recipientId), semester, daysLeft, ...list });
    }
  }
  return out;
}

/**
 * One list per recipient: each mentee goes to their peer mentors who can be reached, else to their faculty mentor.
 * The lists keep the order of `menteeIds` (by name), naming the first LIST_NAMES_MAX and counting all.
 */
function listsByRecipient(program: Program, menteeIds: readonly string[]): Map<string, { menteeIds: string[]; missing: number; asFaculty: boolean }> {
  const lists = new Map<string, { menteeIds: string[]; missing: number; asFaculty: boolean }>();
  for (const menteeId of menteeIds) {
    const { recipients, byFaculty } = route(program, program.map.mentorsOf(menteeId), [], program.map.facultyOf(menteeId));
    for (const id of recipients) {
      const list = lists.get(id);
      if (list === undefined) lists.set(id, { menteeIds: [menteeId], missing: 1, asFaculty: byFaculty });
      else {
        list.missing += 1;
        if (list.menteeIds.length < LIST_NAMES_MAX) list.menteeIds.push(menteeId);
      }
    }
  }
  return lists;
}
