import type { Away } from '../records/away.js';
import { addDays, type IsoWeek } from '../calendar-date.js';
import type { ProgramMonth, ProgramSemester } from '../calendar.js';
import type { Contact } from '../records/contact.js';
import { summarizePulses } from '../records/pulse.js';
import type { ProgramState } from './program-state.js';
import type { Group, Membership } from '../roster.js';
import { indexProgram, type ProgramIndex } from './program-index.js';
import { pickInOrder } from '../positions.js';
import { periodsOf, type DigestSettings } from './periods-of.js';
import { requestPeriodsOf, summarizeTheirRequests, type RequestLine, type RequestPeriods, type RequestSummary } from './summarize-requests.js';

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
function membersIn(state: Pick<ProgramState, 'people'>, index: Pick<ProgramIndex, 'memberships'>, groupIds: readonly string[]) {
  const live = (id: string) => state.people.get(id)?.active === true;
  const unique = (role: Membership['role']) => {
    const ids = new Set<string>();
    for (const groupId of groupIds) for (const m of index.memberships.get(groupId) ?? []) if (m.role === role) ids.add(m.personId);
    return [...ids].filter(live);
  };
  // Each name looked up once, not at each comparison (the whole program's mentees are sorted for the totals).
  const byName = (ids: string[]) =>
    ids
      .map((id) => ({ id, name: state.people.get(id)?.name ?? id }))
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
      .map((p) => p.id);
  return { menteeIds: byName(unique('mentee')), mentorIds: byName(unique('peer_mentor')), facultyIds: byName(unique('faculty')) };
}

/** What every digest of one state as of one `now` shares: the periods, and the state grouped once. */
export interface DigestContext {
  readonly periods: ReturnType<typeof periodsOf>;
  readonly requestPeriods: RequestPeriods;
  readonly index: ProgramIndex;
  /** Each mentee's line, built once for all the digests that name them (their groups', the program's). */
  readonly lines: Map<string, MenteeLine>;
}

/** The context of digests of `state` as of `now` for a reader (`index`: the state already grouped, if it was for this month). */
export function digestContext(state: ProgramState, now: Date, settings: DigestSettings, index?: ProgramIndex): DigestContext {
  const periods = periodsOf(now, settings);
  const fits = index !== undefined && index.month.key === periods.month.key && index.semester?.key === periods.semester?.key;
  return { periods, requestPeriods: requestPeriodsOf(now, settings), index: fits ? index : indexProgram(state, periods), lines: new Map() };
}

/**
 * The digest of some groups (a Faculty Mentor's cohort): counts, dates and statuses as of `now`. `index`: the state
 * grouped once (`indexProgram`), when many digests are built from one state (a weekly run).
 */
export function buildDigest(state: ProgramState & { readonly groupIds: readonly string[] }, now: Date, settings: DigestSettings, index?: ProgramIndex): CohortDigest {
  const wanted = new Set(state.groupIds);
  return digestOfGroups(state, state.groups.filter((g) => wanted.has(g.id)), now, digestContext(state, now, settings, index));
}

/** The digest of these groups of the state: what each costs is what those groups hold. */
export function digestOfGroups(state: ProgramState, chosen: readonly Group[], now: Date, context: DigestContext): CohortDigest {
  const { month, semester, week, today } = context.periods;
  const { index } = context;
  const groups = chosen.map((g) => ({ id: g.id, name: g.name }));
  const { menteeIds, mentorIds } = membersIn(state, index, groups.map((g) => g.id));
  const mentees: MenteeLine[] = menteeIds.map((id) => {
    let line = context.lines.get(id);
    if (line === undefined) {
      line = { id, name: state.people.get(id)?.name ?? id, lastCommunication: latest(index.monthly.get(id) ?? []), lastMeeting: latest(index.meetings.get(id) ?? []) };
      context.lines.set(id, line);
    }
    return line;
  });
  const { urgent, ...requests } = summarizeTheirRequests(pickInOrder(state.requests, index.requests, menteeIds), now, context.requestPeriods);
  const pulse = summarizePulses(menteeIds, pickInOrder(state.pulses, index.pulses, menteeIds));
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
    mentorsAway: awayFrom(pickInOrder(state.away, index.away, mentorIds), mentorIds, today, week),
    pendingSwitches: groups.reduce((sum, g) => sum + (state.pendingSwitches.get(g.id) ?? 0), 0),
    pulse: { asked: pulse.asked, answered: pulse.answered, low: pulse.low, sharedMenteeIds: pulse.sharedMenteeIds },
    attention: {
      overdue: requests.waiting.filter((r) => r.overdue),
      urgent,
      noContact: month.active ? mentees.filter((m) => m.lastCommunication === undefined).map((m) => m.id) : [],
    },
  };
}
