import type { Away } from '../records/away.js';
import { addDays, type IsoWeek } from '../calendar-date.js';
import type { ProgramMonth, ProgramSemester } from '../calendar.js';
import { monthlyStatuses, semesterStatuses } from '../records/compliance.js';
import type { Contact } from '../records/contact.js';
import { summarizePulses } from '../records/pulse.js';
import type { ProgramState } from './program-state.js';
import type { Membership } from '../roster.js';
import { periodsOf, type DigestSettings } from './periods-of.js';
import { summarizeRequests, type RequestLine, type RequestSummary } from './summarize-requests.js';

/**
 * The weekly digest (SPEC §3.8) as pure functions of the program's state: for a Faculty Mentor, their cohort; for
 * admins, every group. Counts, dates and statuses only — a digest carries no note, no request description and no
 * switch reason, and the state it is built from is read without them wherever the store allows.
 */

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
