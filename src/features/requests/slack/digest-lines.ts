import type { DigestLines } from '../../../slack/digest-lines.js';
import { countCloseReasons, type ClosedUnanswered } from '../domain/closed-unanswered.js';
import { requestCopy as words } from './copy.js';

/** What the line reads: the week's unanswered closes, and each cohort group's mentees. */
export interface CloseDigestFacts {
  readonly closes: readonly ClosedUnanswered[];
  readonly menteesByGroup: ReadonlyMap<string, readonly string[]>;
}

/**
 * The requests' line in the Faculty Mentors' (their cohort's mentees) and admins' (the program) digests: how many
 * requests mentors closed this week before anyone answered, by reason. Counts only; none: no line.
 */
export function createCloseDigestLines(read: (now: Date) => Promise<CloseDigestFacts>): DigestLines<CloseDigestFacts> {
  return {
    name: 'requests-closed-unanswered',
    read,
    lines(facts, scope) {
      const mentees = scope === 'all' ? 'all' : new Set(scope.flatMap((g) => facts.menteesByGroup.get(g) ?? []));
      const { total, byReason } = countCloseReasons(facts.closes, mentees);
      if (total === 0) return [];
      return [`• ${words.closedUnansweredLine(total, byReason.map(([reason, n]) => `${n} ${words.closeReasons[reason]}`))}`];
    },
  };
}
