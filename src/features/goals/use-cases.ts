import type { GoalStatus } from './domain/goal.js';
import { answerRevisit, tellMentors } from './answer-revisit.js';
import { readGoalCounts, readGoalDigestFacts, readMentorGoals } from './read-goals.js';
import { sendRevisits, type SendRevisitsDeps } from './send-revisits.js';
import { saveGoals, startGoals, type SetGoalsDeps } from './set-goals.js';
import type { GoalEntry } from './domain/goal.js';

export type GoalDeps = SetGoalsDeps & SendRevisitsDeps;
export type GoalUseCases = ReturnType<typeof createGoalUseCases>;

/** Goals: a mentee sets them, their mentors read them, the semester's revisits ask about them, and counts for the others. */
export function createGoalUseCases(deps: GoalDeps) {
  return {
    /** `/mentor-goals` and Home's button: the form with the mentee's goals, or why not. */
    startGoals: (menteeId: string, now: Date) => startGoals(deps, menteeId, now),
    /** The form's submission: checked, then stored (nothing stored on a problem). */
    saveGoals: (menteeId: string, entries: readonly GoalEntry[], now: Date) => saveGoals(deps, menteeId, entries, now),
    /** A mentee's own goals (their Home). */
    readOwnGoals: async (menteeId: string) => (await deps.goals.findGoals([menteeId]))[0],
    /** A mentor's mentees' goals (their Home, their check-in prompt). */
    readMentorGoals: (mentorId: string, now: Date, read?: Parameters<typeof readMentorGoals>[3]) => readMentorGoals(deps, mentorId, now, read),
    /** Counts only, for faculty, admins and exports. */
    readGoalCounts: (now: Date) => readGoalCounts(deps, now),
    readGoalDigestFacts: (now: Date) => readGoalDigestFacts(deps, now),
    /** Job `goals`. */
    sendRevisits: (now: Date) => sendRevisits(deps, now),
    answerRevisit: (input: { readonly menteeId: string; readonly pointKey: string; readonly goalId: string; readonly status: GoalStatus }, now: Date) => answerRevisit(deps, input, now),
    tellMentors: (input: { readonly menteeId: string; readonly pointKey: string; readonly goalId: string; readonly share: boolean }, now: Date) => tellMentors(deps, input, now),
  };
}
