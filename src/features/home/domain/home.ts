import { isAwayAt, isCurrentOrUpcoming } from '../../../program/records/away.js';
import { monthlyStatuses, semesterStatuses } from '../../../program/records/compliance.js';
import type { AwayLine, ContactMark } from '../../../program/overview/build-digest.js';
import { periodsOf, type DigestSettings } from '../../../program/overview/periods-of.js';
import { isWaiting } from '../../../program/overview/summarize-requests.js';
import type { ProgramState } from '../../../program/overview/program-state.js';
import type { ProgramMonth, ProgramSemester } from '../../../program/calendar.js';
import { requestStatus, type RequestAudience, type RequestStatus, type RequestTopic } from '../../../program/records/request.js';
import { buildMentoringMap } from '../../../program/roster.js';

/**
 * The Home feature's own sections of a person's Home tab (SPEC §3.9): a mentee's and a peer mentor's. The faculty
 * and admin sections are the digests feature's (the cohort and the program at a glance).
 */

/** A request as its mentee or one of its mentors follows it on Home (never its description). */
export interface HomeRequest {
  readonly id: string;
  readonly menteeId: string;
  readonly topic: RequestTopic;
  /** Whom it was sent to: its track's words name the topic. */
  readonly audience: RequestAudience;
  readonly status: RequestStatus;
  readonly deadline: Date;
  /** Still waiting for an answer and past its deadline. */
  readonly overdue: boolean;
  readonly mentorIds: readonly string[];
  readonly claimedBy: string | undefined;
}

export interface MenteeSection {
  readonly kind: 'mentee';
  /** Their peer mentors (cohort first), with the last day of time away for those away now. */
  readonly mentors: readonly { readonly id: string; readonly awayUntil: string | undefined }[];
  readonly facultyIds: readonly string[];
  /** Their requests not yet closed, oldest first. */
  readonly requests: readonly HomeRequest[];
}

export interface MentorSection {
  readonly kind: 'mentor';
  readonly month: ProgramMonth;
  readonly semester: ProgramSemester | undefined;
  /** Each current mentee with this month's and this semester's status. */
  readonly mentees: readonly { readonly id: string; readonly name: string; readonly lastCommunication: ContactMark | undefined; readonly lastMeeting: ContactMark | undefined }[];
  /** Requests sent to them that still wait for an answer, earliest deadline first. */
  readonly waiting: readonly HomeRequest[];
  /** Their own time away, now or coming. */
  readonly away: readonly AwayLine[];
}

function homeRequest(r: ProgramState['requests'][number], now: Date): HomeRequest {
  return {
    id: r.id,
    menteeId: r.menteeId,
    topic: r.topic,
    audience: r.audience,
    status: requestStatus(r),
    deadline: r.deadline,
    overdue: isWaiting(r) && r.deadline.getTime() <= now.getTime(),
    mentorIds: r.mentorIds,
    claimedBy: r.claimedBy,
  };
}

/** A mentee's section: their mentors (and who is away), their faculty mentor, their open requests. */
export function buildMenteeSection(state: ProgramState, menteeId: string, now: Date): MenteeSection {
  const map = buildMentoringMap(state.memberships, state.groups);
  const live = (id: string) => state.people.get(id)?.active === true;
  const awayNow = state.away.filter((w) => isAwayAt(w, now));
  return {
    kind: 'mentee',
    mentors: map
      .mentorsOf(menteeId)
      .filter(live)
      .map((id) => {
        const windows = awayNow.filter((w) => w.mentorId === id);
        return { id, awayUntil: windows.length === 0 ? undefined : windows.map((w) => w.end).sort().at(-1) };
      }),
    facultyIds: map.facultyOf(menteeId).filter(live),
    requests: state.requests
      .filter((r) => r.menteeId === menteeId && r.closedAs === undefined)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      .map((r) => homeRequest(r, now)),
  };
}

/** A peer mentor's section: each mentee's status this month and semester, the requests waiting on them, their time away. */
export function buildMentorSection(state: ProgramState, mentorId: string, now: Date, settings: DigestSettings): MentorSection {
  const { month, semester, today } = periodsOf(now, settings);
  const map = buildMentoringMap(state.memberships, state.groups);
  const menteeIds = map.menteesOf(mentorId).filter((id) => state.people.get(id)?.active === true);
  const monthly = monthlyStatuses(menteeIds, month, state.contacts);
  const semesterly = semester === undefined ? undefined : semesterStatuses(menteeIds, semester, state.contacts);
  const last = <T extends { date: string; mentorId: string }>(list: readonly T[] | undefined) => {
    const c = list?.[list.length - 1];
    return c === undefined ? undefined : { date: c.date, by: c.mentorId };
  };
  return {
    kind: 'mentor',
    month,
    semester,
    mentees: menteeIds
      .map((id) => ({
        id,
        name: state.people.get(id)?.name ?? id,
        lastCommunication: last(monthly.get(id)?.contacts),
        lastMeeting: last(semesterly?.get(id)?.meetings),
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    waiting: state.requests
      .filter((r) => r.mentorIds.includes(mentorId) && isWaiting(r))
      .sort((a, b) => a.deadline.getTime() - b.deadline.getTime())
      .map((r) => homeRequest(r, now)),
    away: state.away
      .filter((w) => w.mentorId === mentorId && isCurrentOrUpcoming(w, today))
      .map((w) => ({ mentorId, start: w.start, end: w.end }))
      .sort((a, b) => a.start.localeCompare(b.start)),
  };
}
