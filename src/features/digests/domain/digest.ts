import type { Away } from '../../../program/records/away.js';
import { addDays, dateInZone, isoWeekOf, isoWeekdayOf, type IsoWeek } from '../../../program/calendar-date.js';
import { isActiveMonth, isInRange, monthKeyOf, programDateOf, programMonthOf, semesterOf, type ProgramCalendar, type ProgramMonth, type ProgramSemester } from '../../../program/calendar.js';
import { monthlyStatuses, semesterStatuses } from '../../../program/records/compliance.js';
import type { Contact } from '../../../program/records/contact.js';
import { summarizePulses } from '../../../program/records/pulse.js';
import { isUrgentWellbeing, requestStatus, type RequestFacts, type RequestStatus } from '../../../program/records/request.js';
import type { ProgramState } from '../../../program/load-program-state.js';
import { buildMentoringMap, type Group, type Membership } from '../../../program/roster.js';
import { zonedInstant, type LocalTime } from '../../../program/zoned-time.js';

/**
 * The weekly digest (SPEC §3.8) as pure functions of the program's state: for a Faculty Mentor, their cohort; for
 * admins, every group. Counts, dates and statuses only — a digest carries no note, no request description and no
 * switch reason, and the state it is built from is read without them wherever the store allows.
 */

/** When digests go out, on each reader's own wall clock: from `hour` on `day` (ISO: 1 = Monday … 7 = Sunday). */
export interface DigestSchedule {
  readonly day: number;
  readonly hour: number;
}

export const DEFAULT_DIGEST_SCHEDULE: DigestSchedule = { day: 1, hour: 8 };

export const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** `monday`, `Mon` or `1` (ISO, Monday first) → 1; undefined when it is no day of the week. */
export function parseWeekday(text: string): number | undefined {
  const word = text.trim().toLowerCase();
  if (/^[1-7]$/.test(word)) return Number(word);
  if (word.length < 3) return undefined;
  const index = WEEKDAY_NAMES.findIndex((name) => name.startsWith(word));
  return index === -1 ? undefined : index + 1;
}

/**
 * The ISO week (`2026-W41`) whose digest is due for a reader whose wall clock reads `local`: from the configured
 * day and hour until that week ends (a later run that week still sends one not yet sent), in weeks whose digest
 * day falls in a month the program runs. Undefined when none is due.
 */
export function digestWeekDue(local: LocalTime, calendar: Pick<ProgramCalendar, 'activeMonths'>, schedule: DigestSchedule): string | undefined {
  const week = isoWeekOf(local.date);
  const digestDay = addDays(week.monday, schedule.day - 1);
  if (!isActiveMonth(monthKeyOf(digestDay), calendar)) return undefined;
  const today = isoWeekdayOf(local.date);
  const due = today > schedule.day || (today === schedule.day && local.hour >= schedule.hour);
  return due ? week.key : undefined;
}

export interface DigestSettings {
  readonly calendar: ProgramCalendar;
  /** The reader's time zone: their week (Monday to Sunday) and what "this week" means. */
  readonly zone: string;
}

/** When a communication or meeting happened, and which mentor had it. */
export interface ContactMark {
  readonly date: string;
  readonly by: string;
}

export interface MenteeLine {
  readonly id: string;
  readonly name: string;
  /** The latest communication this program month, or undefined when there was none. */
  readonly lastCommunication: ContactMark | undefined;
  /** The latest meeting this semester, or undefined when there was none (or there is no semester). */
  readonly lastMeeting: ContactMark | undefined;
}

/** A request still waiting for an answer (open or claimed), or an urgent well-being one sent this week. */
export interface RequestLine {
  readonly requestId: string;
  readonly menteeId: string;
  readonly status: RequestStatus;
  readonly createdAt: Date;
  readonly deadline: Date;
  /** Still waiting for an answer and past its deadline. */
  readonly overdue: boolean;
  /** Whole hours since it was sent. */
  readonly ageHours: number;
  readonly urgentWellbeing: boolean;
}

export interface AwayLine {
  readonly mentorId: string;
  readonly start: string;
  readonly end: string;
}

export interface PulseLine {
  readonly asked: number;
  readonly answered: number;
  /** Answers of 1 or 2 this month. */
  readonly low: number;
  /** Only mentees who answered low and chose to let their mentors know. */
  readonly sharedMenteeIds: readonly string[];
}

export interface RequestSummary {
  /** Waiting for an answer (open or claimed), oldest first. */
  readonly waiting: readonly RequestLine[];
  readonly overdue: number;
  /** First answers given this week (the reader's Monday 00:00 until now). */
  readonly answeredThisWeek: number;
  /** First answers given this program month, and the median time they took. */
  readonly answeredThisMonth: number;
  readonly medianResponseMinutes: number | undefined;
}

/** What a Faculty Mentor learns each week about their cohort. */
export interface CohortDigest {
  readonly groups: readonly { readonly id: string; readonly name: string }[];
  readonly week: IsoWeek;
  readonly month: ProgramMonth;
  readonly semester: ProgramSemester | undefined;
  readonly mentorIds: readonly string[];
  /** The cohort's current mentees, by name. */
  readonly mentees: readonly MenteeLine[];
  readonly counts: { readonly mentees: number; readonly communicated: number; readonly met: number };
  readonly requests: RequestSummary;
  /** Mentors away at some time from today to the end of next week. */
  readonly mentorsAway: readonly AwayLine[];
  readonly pendingSwitches: number;
  readonly pulse: PulseLine;
  /** What needs the Faculty Mentor first: overdue requests, urgent well-being requests, mentees not yet contacted this month. */
  readonly attention: {
    readonly overdue: readonly RequestLine[];
    readonly urgent: readonly RequestLine[];
    /** Empty in months the program does not run. */
    readonly noContact: readonly string[];
  };
}

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

/** The current program month and semester (counted in the program's zone) and the reader's week. */
export function periodsOf(now: Date, settings: DigestSettings): { month: ProgramMonth; semester: ProgramSemester | undefined; week: IsoWeek; today: string } {
  const date = programDateOf(now, settings.calendar);
  const today = dateInZone(now, settings.zone);
  return { month: programMonthOf(date, settings.calendar), semester: semesterOf(date, settings.calendar), week: isoWeekOf(today), today };
}

/** The median of some numbers, undefined for none. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export const isWaiting = (r: Pick<RequestFacts, 'respondedBy' | 'closedAs'>): boolean => r.respondedBy === undefined && r.closedAs === undefined;

function requestLine(r: RequestFacts, now: Date): RequestLine {
  return {
    requestId: r.id,
    menteeId: r.menteeId,
    status: requestStatus(r),
    createdAt: r.createdAt,
    deadline: r.deadline,
    overdue: isWaiting(r) && r.deadline.getTime() <= now.getTime(),
    ageHours: Math.max(0, Math.floor((now.getTime() - r.createdAt.getTime()) / HOUR_MS)),
    urgentWellbeing: isUrgentWellbeing(r),
  };
}

const byCreated = (a: RequestLine, b: RequestLine) => a.createdAt.getTime() - b.createdAt.getTime();

/** The requests of some mentees as counts and statuses. */
export function summarizeRequests(requests: readonly RequestFacts[], menteeIds: ReadonlySet<string>, now: Date, settings: DigestSettings): RequestSummary & { urgent: RequestLine[] } {
  const { month, week } = periodsOf(now, settings);
  const weekStart = zonedInstant(week.monday, 0, 0, settings.zone).getTime();
  const mine = requests.filter((r) => menteeIds.has(r.menteeId) && r.createdAt.getTime() <= now.getTime());
  const waiting = mine.filter(isWaiting).map((r) => requestLine(r, now)).sort(byCreated);
  const answered = mine.filter((r) => r.respondedAt !== undefined && r.respondedAt.getTime() <= now.getTime());
  const answeredThisMonth = answered.filter((r) => isInRange(programDateOf(r.respondedAt!, settings.calendar), month));
  const urgent = mine
    .filter((r) => isUrgentWellbeing(r) && (isWaiting(r) || r.createdAt.getTime() >= weekStart))
    .map((r) => requestLine(r, now))
    .sort(byCreated);
  return {
    waiting,
    overdue: waiting.filter((r) => r.overdue).length,
    answeredThisWeek: answered.filter((r) => r.respondedAt!.getTime() >= weekStart).length,
    answeredThisMonth: answeredThisMonth.length,
    medianResponseMinutes: median(answeredThisMonth.map((r) => Math.round((r.respondedAt!.getTime() - r.createdAt.getTime()) / MINUTE_MS))),
    urgent,
  };
}

/** Time away of these mentors at some time from `today` to the end of next week (by the reader's calendar). */
export function awayFrom(away: readonly Away[], mentorIds: readonly string[], today: string, week: IsoWeek): AwayLine[] {
  const wanted = new Set(mentorIds);
  const until = addDays(week.sunday, 7);
  return away
    .filter((w) => wanted.has(w.mentorId) && w.cancelledAt === undefined && w.end >= today && w.start <= until)
    .map((w) => ({ mentorId: w.mentorId, start: w.start, end: w.end }))
    .sort((a, b) => (a.start === b.start ? a.mentorId.localeCompare(b.mentorId) : a.start < b.start ? -1 : 1));
}

const latest = (contacts: readonly Contact[]): ContactMark | undefined => {
  const last = contacts[contacts.length - 1];
  return last === undefined ? undefined : { date: last.date, by: last.mentorId };
};

/** Who is in some groups: their active current mentees (by name), peer mentors and faculty mentors. */
export function membersOf(state: Pick<ProgramState, 'people' | 'groups' | 'memberships'>, groupIds: readonly string[]) {
  const inScope = new Set(groupIds);
  const live = (id: string) => state.people.get(id)?.active === true;
  const unique = (role: Membership['role']) =>
    [...new Set(state.memberships.filter((m) => inScope.has(m.groupId) && m.role === role && m.to === undefined).map((m) => m.personId))].filter(live);
  const byName = (ids: string[]) =>
    ids.sort((a, b) => (state.people.get(a)?.name ?? a).localeCompare(state.people.get(b)?.name ?? b) || a.localeCompare(b));
  return { menteeIds: byName(unique('mentee')), mentorIds: byName(unique('peer_mentor')), facultyIds: byName(unique('faculty')) };
}

/** The digest of some groups (a Faculty Mentor's cohort): counts, dates and statuses as of `now`. */
export function buildDigest(state: ProgramState & { readonly groupIds: readonly string[] }, now: Date, settings: DigestSettings): CohortDigest {
  const { month, semester, week, today } = periodsOf(now, settings);
  const groups = state.groups.filter((g) => state.groupIds.includes(g.id)).map((g) => ({ id: g.id, name: g.name }));
  const { menteeIds, mentorIds } = membersOf(state, groups.map((g) => g.id));
  const monthly = monthlyStatuses(menteeIds, month, state.contacts);
  const semesterly = semester === undefined ? new Map() : semesterStatuses(menteeIds, semester, state.contacts);
  const mentees: MenteeLine[] = menteeIds.map((id) => ({
    id,
    name: state.people.get(id)?.name ?? id,
    lastCommunication: latest(monthly.get(id)?.contacts ?? []),
    lastMeeting: latest(semesterly.get(id)?.meetings ?? []),
  }));
  const { urgent, ...requests } = summarizeRequests(state.requests, new Set(menteeIds), now, settings);
  const pulse = summarizePulses(menteeIds, state.pulses.filter((p) => p.month === month.key));
  return {
    groups,
    week,
    month,
    semester,
    mentorIds,
    mentees,
    counts: {
      mentees: mentees.length,
      communicated: mentees.filter((m) => m.lastCommunication !== undefined).length,
      met: mentees.filter((m) => m.lastMeeting !== undefined).length,
    },
    requests,
    mentorsAway: awayFrom(state.away, mentorIds, today, week),
    pendingSwitches: groups.reduce((sum, g) => sum + (state.pendingSwitches.get(g.id) ?? 0), 0),
    pulse: { asked: pulse.asked, answered: pulse.answered, low: pulse.low, sharedMenteeIds: pulse.sharedMenteeIds },
    attention: {
      overdue: requests.waiting.filter((r) => r.overdue),
      urgent,
      noContact: month.active ? mentees.filter((m) => m.lastCommunication === undefined).map((m) => m.id) : [],
    },
  };
}

/** Why a group needs an admin's attention. */
export type GroupConcern = 'overdue' | 'urgent' | 'no_contact' | 'no_mentor';

/** One group in the program-wide digest: its compliance for the month and semester, and its requests. */
export interface GroupLine {
  readonly id: string;
  readonly name: string;
  readonly kind: Group['kind'];
  readonly facultyIds: readonly string[];
  readonly mentors: number;
  readonly mentees: number;
  /** Mentees with a communication this month / a meeting this semester. */
  readonly communicated: number;
  readonly met: number;
  readonly waiting: number;
  readonly overdue: number;
  readonly urgent: number;
  readonly pendingSwitches: number;
  /** Empty when the group needs nothing; otherwise why, most pressing first. */
  readonly concerns: readonly GroupConcern[];
}

/** What admins learn each week: every group's compliance, the groups needing attention, and totals. */
export interface ProgramDigest {
  readonly week: IsoWeek;
  readonly month: ProgramMonth;
  readonly semester: ProgramSemester | undefined;
  /** Every active group, by name. */
  readonly groups: readonly GroupLine[];
  /** The groups with concerns, most pressing first (overdue requests, then urgent ones, then mentees not contacted). */
  readonly attention: readonly GroupLine[];
  readonly totals: {
    readonly groups: number;
    /** Each mentee once, whatever the number of groups they are in. */
    readonly mentees: number;
    readonly communicated: number;
    readonly met: number;
    readonly waiting: number;
    readonly overdue: number;
    readonly urgent: number;
    readonly answeredThisWeek: number;
    readonly answeredThisMonth: number;
    readonly medianResponseMinutes: number | undefined;
    readonly pendingSwitches: number;
    readonly mentorsAway: number;
    readonly pulse: PulseLine;
  };
}

/** The program-wide digest: each group as a line, and the program as one cohort for the totals. */
export function buildProgramDigest(state: ProgramState, now: Date, settings: DigestSettings): ProgramDigest {
  const active = state.groups.filter((g) => g.active);
  const map = buildMentoringMap(state.memberships, active);
  const groups: GroupLine[] = active.map((group) => {
    const digest = buildDigest({ ...state, groupIds: [group.id] }, now, settings);
    const concerns: GroupConcern[] = [];
    if (digest.requests.overdue > 0) concerns.push('overdue');
    if (digest.attention.urgent.some((r) => r.status === 'open' || r.status === 'claimed')) concerns.push('urgent');
    if (digest.attention.noContact.length > 0) concerns.push('no_contact');
    if (digest.mentorIds.length === 0 && digest.mentees.length > 0) concerns.push('no_mentor');
    return {
      id: group.id,
      name: group.name,
      kind: group.kind,
      facultyIds: map.membersOf(group.id, 'faculty').filter((id) => state.people.get(id)?.active === true),
      mentors: digest.mentorIds.length,
      mentees: digest.counts.mentees,
      communicated: digest.counts.communicated,
      met: digest.counts.met,
      waiting: digest.requests.waiting.length,
      overdue: digest.requests.overdue,
      urgent: digest.attention.urgent.length,
      pendingSwitches: digest.pendingSwitches,
      concerns,
    };
  });
  const all = buildDigest({ ...state, groupIds: active.map((g) => g.id) }, now, settings);
  const pressing = (g: GroupLine) => [g.overdue, g.urgent, g.mentees - g.communicated, g.concerns.includes('no_mentor') ? 1 : 0];
  const attention = groups
    .filter((g) => g.concerns.length > 0)
    .sort((a, b) => {
      const pa = pressing(a);
      const pb = pressing(b);
      for (let i = 0; i < pa.length; i += 1) if (pa[i] !== pb[i]) return pb[i]! - pa[i]!;
      return a.name.localeCompare(b.name);
    });
  return {
    week: all.week,
    month: all.month,
    semester: all.semester,
    groups,
    attention,
    totals: {
      groups: groups.length,
      mentees: all.counts.mentees,
      communicated: all.counts.communicated,
      met: all.counts.met,
      waiting: all.requests.waiting.length,
      overdue: all.requests.overdue,
      urgent: all.attention.urgent.length,
      answeredThisWeek: all.requests.answeredThisWeek,
      answeredThisMonth: all.requests.answeredThisMonth,
      medianResponseMinutes: all.requests.medianResponseMinutes,
      pendingSwitches: all.pendingSwitches,
      mentorsAway: new Set(all.mentorsAway.map((a) => a.mentorId)).size,
      pulse: all.pulse,
    },
  };
}

/** A long list of rows (mentees, groups) cut into the messages a digest takes: never cut off, continued instead. */
export interface DigestPart<T> {
  /** 1-based. */
  readonly index: number;
  readonly count: number;
  readonly rows: readonly T[];
}

/** Rows per digest message: what one Slack message holds with room to spare (the views' tests prove it). */
export const DIGEST_ROWS_PER_MESSAGE = 30;

export function splitRows<T>(rows: readonly T[], size = DIGEST_ROWS_PER_MESSAGE): DigestPart<T>[] {
  const count = Math.max(1, Math.ceil(rows.length / size));
  return Array.from({ length: count }, (_, i) => ({ index: i + 1, count, rows: rows.slice(i * size, (i + 1) * size) }));
}
