import type { AdminPolicy } from '../../program/policy.js';
import { dateInZone } from '../../program/calendar-date.js';
import { zoneOf } from '../../program/roster.js';
import { readGoalsForm, type Goal, type GoalEntry, type SlotProblem } from './domain/goal.js';
import { loadMenteeCircle, type GoalCircleDeps } from './goal-circle.js';
import type { GoalStore } from './ports.js';

export type SetGoalsDeps = GoalCircleDeps & {
  readonly admins: AdminPolicy;
  readonly goals: GoalStore;
  readonly newId: () => string;
  readonly refreshHomes: (userIds: readonly string[], now: Date) => Promise<void>;
};

export type GoalsFormOutcome =
  | { readonly kind: 'form'; readonly goals: readonly Goal[]; readonly thisMonth: string }
  | { readonly kind: 'not_a_mentee'; readonly adminIds: readonly string[] };

export type SaveGoalsOutcome =
  | { readonly kind: 'saved'; readonly goals: readonly Goal[] }
  | { readonly kind: 'invalid'; readonly problems: readonly SlotProblem[] }
  | { readonly kind: 'not_a_mentee'; readonly adminIds: readonly string[] };

/** The mentee's month today (YYYY-MM), in their own zone. */
const monthOf = (now: Date, zone: string) => dateInZone(now, zone).slice(0, 7);

/** `/mentor-goals`: the form with the mentee's current goals, or why not (not a current mentee). */
export async function startGoals(deps: SetGoalsDeps, menteeId: string, now: Date): Promise<GoalsFormOutcome> {
  const circle = await loadMenteeCircle(deps, menteeId, now);
  if (!circle.isMentee) return { kind: 'not_a_mentee', adminIds: await deps.admins.adminIds() };
  const [current] = await deps.goals.findGoals([menteeId]);
  return { kind: 'form', goals: current?.goals ?? [], thisMonth: monthOf(now, zoneOf(circle.mentee, deps.config.calendar.timezone)) };
}

/**
 * The form's goals, checked (nothing is stored on a problem), replacing the mentee's; their Home and their mentors'
 * are redrawn. Only ids of the mentee's own current goals are kept: any other id names a new goal.
 */
export async function saveGoals(deps: SetGoalsDeps, menteeId: string, entries: readonly GoalEntry[], now: Date): Promise<SaveGoalsOutcome> {
  const circle = await loadMenteeCircle(deps, menteeId, now);
  if (!circle.isMentee) return { kind: 'not_a_mentee', adminIds: await deps.admins.adminIds() };
  const [current] = await deps.goals.findGoals([menteeId]);
  const own = new Set((current?.goals ?? []).map((g) => g.id));
  const checked = entries.map((e) => ({ ...e, id: e.id !== undefined && own.has(e.id) ? e.id : undefined }));
  const read = readGoalsForm(checked, monthOf(now, zoneOf(circle.mentee, deps.config.calendar.timezone)), deps.newId);
  if (!read.ok) return { kind: 'invalid', problems: read.problems };
  await deps.goals.saveGoals(menteeId, read.goals, now);
  void deps.refreshHomes([menteeId, ...circle.mentorIds], now);
  return { kind: 'saved', goals: read.goals };
}
