import type { DigestLines } from '../../../slack/digest-lines.js';
import { sumGoalCounts } from '../domain/goal-counts.js';
import type { GoalDigestFacts } from '../read-goals.js';
import { goalsCopy as words } from './copy.js';

/** The goals' line in the Faculty Mentors' (their cohort) and admins' (the program) digests: counts only. */
export function createGoalDigestLines(read: (now: Date) => Promise<GoalDigestFacts>): DigestLines<GoalDigestFacts> {
  return {
    name: 'goals',
    read,
    lines(facts, scope) {
      const mentees = scope === 'all' ? facts.allMentees : scope.flatMap((g) => facts.menteesByGroup.get(g) ?? []);
      const figures = sumGoalCounts(facts.counts, mentees);
      return figures.mentees === 0 ? [] : [`• ${words.countsLine(figures.withGoals, figures.mentees, figures.revisited)}`];
    },
  };
}
