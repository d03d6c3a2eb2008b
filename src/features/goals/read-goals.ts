import type { Config } from '../../config/env.js';
import { dateInZone } from '../../program/calendar-date.js';
import { semesterOf } from '../../program/calendar.js';
import type { Person } from '../../program/roster.js';
import { loadSnapshot, type RosterSnapshot } from '../../program/snapshot/load-snapshot.js';
import { loadMentorContext, mentorGroupsIn } from '../../program/snapshot/mentoring-context.js';
import { countGoals, type MenteeGoalCounts } from './domain/goal-counts.js';
import type { MenteeGoals } from './domain/goal.js';
import type { GoalCircleDeps } from './goal-circle.js';
import type { GoalStore } from './ports.js';

export type ReadGoalsDeps = GoalCircleDeps & { readonly config: Pick<Config, 'calendar'>; readonly goals: GoalStore };

/**
 * A mentor's current mentees who have goals, with them (group mentees, then paired ones). `read`: the mentor and a
 * roster holding every group they mentor in, when the caller has read them already (their Home).
 */
export async function readMentorGoals(
  deps: ReadGoalsDeps,
  mentorId: string,
  now: Date,
  read?: { readonly person: Person | undefined; readonly roster: RosterSnapshot },
): Promise<{ readonly mentees: number; readonly goals: readonly MenteeGoals[] }> {
  const groups = read === undefined ? undefined : () => Promise.resolve(mentorGroupsIn(read.roster, mentorId, read.person));
  const context = await loadMentorContext(deps.roster, mentorId, { pairs: deps.pairs, now }, groups);
  const ids = context.mentees.map((m) => m.id);
  const goals = await deps.goals.findGoals(ids);
  const byId = new Map(goals.map((g) => [g.menteeId, g]));
  return { mentees: ids.length, goals: ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])) };
}

/** The two revisit points of the semester `now` is in (none between semesters). */
export function semesterPointsAt(deps: Pick<ReadGoalsDeps, 'config'>, now: Date): readonly string[] {
  const semester = semesterOf(dateInZone(now, deps.config.calendar.timezone), deps.config.calendar);
  return semester === undefined ? [] : [`${semester.key}:mid`, `${semester.key}:end`];
}

/** Counts for everyone with goals: this semester's revisits, the latest statuses. Two bulk reads. */
export async function readGoalCounts(deps: ReadGoalsDeps, now: Date): Promise<Map<string, MenteeGoalCounts>> {
  const [all, answers] = await Promise.all([deps.goals.findGoals(), deps.goals.findAnswers({})]);
  return new Map(countGoals(all, answers, semesterPointsAt(deps, now)).map((c) => [c.menteeId, c]));
}

/** What the Faculty Mentors' and admins' digest lines read: the counts, and the current mentees of each active group. */
export interface GoalDigestFacts {
  readonly counts: ReadonlyMap<string, MenteeGoalCounts>;
  readonly menteesByGroup: ReadonlyMap<string, readonly string[]>;
  /** Every current mentee of a group, and everyone else with goals who is active (pair tracks' mentees). */
  readonly allMentees: readonly string[];
}

export async function readGoalDigestFacts(deps: ReadGoalsDeps, now: Date): Promise<GoalDigestFacts> {
  const [counts, snapshot] = await Promise.all([readGoalCounts(deps, now), loadSnapshot(deps.roster, { program: true })]);
  const active = (id: string) => snapshot.people.get(id)?.active === true;
  const menteesByGroup = new Map(snapshot.groups.map((g) => [g.id, snapshot.map.membersOf(g.id, 'mentee').filter(active)]));
  const allMentees = new Set([...menteesByGroup.values()].flat());
  for (const id of counts.keys()) if (active(id)) allMentees.add(id);
  return { counts, menteesByGroup, allMentees: [...allMentees] };
}
