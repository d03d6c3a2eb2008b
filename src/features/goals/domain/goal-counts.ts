import type { GoalStatus, MenteeGoals } from './goal.js';

/** What faculty, admins, digests and exports see of a mentee's goals: counts only, never their words. */
export interface MenteeGoalCounts {
  readonly menteeId: string;
  readonly goals: number;
  /** Of their current goals, those answered about at a revisit point of the semester. */
  readonly revisited: number;
  /** Their current goals by the latest status answered (goals never answered are in none). */
  readonly statuses: Readonly<Record<GoalStatus, number>>;
}

export interface AnswerFacts {
  readonly menteeId: string;
  readonly goalId: string;
  readonly point: string;
  readonly status: GoalStatus;
  readonly answeredAt: Date;
}

/**
 * Each mentee's counts: their current goals, how many were revisited (answered at one of `semesterPoints`), and
 * their latest statuses (any answer, the latest by time).
 */
export function countGoals(all: readonly MenteeGoals[], answers: readonly AnswerFacts[], semesterPoints: readonly string[]): MenteeGoalCounts[] {
  const thisSemester = new Set(semesterPoints);
  const latest = new Map<string, AnswerFacts>();
  const revisited = new Set<string>();
  for (const a of answers) {
    const key = `${a.menteeId}|${a.goalId}`;
    const before = latest.get(key);
    if (before === undefined || before.answeredAt.getTime() <= a.answeredAt.getTime()) latest.set(key, a);
    if (thisSemester.has(a.point)) revisited.add(key);
  }
  return all.map((m) => {
    const statuses: Record<GoalStatus, number> = { on_track: 0, done: 0, changed: 0, stuck: 0 };
    for (const g of m.goals) {
      const status = latest.get(`${m.menteeId}|${g.id}`)?.status;
      if (status !== undefined) statuses[status] += 1;
    }
    return { menteeId: m.menteeId, goals: m.goals.length, revisited: m.goals.filter((g) => revisited.has(`${m.menteeId}|${g.id}`)).length, statuses };
  });
}

/** The figures of a digest line or a Home count: of `menteeIds`, how many have goals, and how many goals were revisited. */
export function sumGoalCounts(counts: ReadonlyMap<string, MenteeGoalCounts>, menteeIds: Iterable<string>): { readonly mentees: number; readonly withGoals: number; readonly goals: number; readonly revisited: number } {
  let mentees = 0;
  let withGoals = 0;
  let goals = 0;
  let revisited = 0;
  for (const id of new Set(menteeIds)) {
    mentees += 1;
    const c = counts.get(id);
    if (c === undefined || c.goals === 0) continue;
    withGoals += 1;
    goals += c.goals;
    revisited += c.revisited;
  }
  return { mentees, withGoals, goals, revisited };
}
