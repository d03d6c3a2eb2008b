import { once } from '../../delivery/once.js';
import { isQuiet } from '../../delivery/quiet-hours.js';
import { dateInZone } from '../../program/calendar-date.js';
import { zoneOf } from '../../program/roster.js';
import { matchKeys, type MatchingDeps } from './load-matching.js';

export interface IntroductionsSummary {
  readonly introductionsSent: number;
  /** Due, but it is night for the mentor or the mentee: a run after their quiet hours sends it. */
  readonly introductionsWaiting: number;
  /** Held by another run right now. */
  readonly introductionsBusy: number;
  /** Failed this time; the next run tries again. */
  readonly introductionsFailed: number;
}

/**
 * Introduces every current assignment step not yet introduced (a mentee's choice, the deadline's assignment, a change
 * the Clinical Office made): one group DM of the mentor and the mentee with the introduction, claimed once per
 * rotation and step, so reruns, two instances or a click during a run send it once. Rotations that have ended, and
 * steps whose mentor or mentee is no longer active, are not introduced. It waits while it is night (`QUIET_HOURS`)
 * for either of them, since a group DM notifies both.
 */
export async function introduceAssignments(
  deps: Pick<MatchingDeps, 'roster' | 'rotations' | 'matches' | 'claims' | 'matchSender' | 'logger' | 'quietHours' | 'programTimezone'>,
  now: Date,
): Promise<IntroductionsSummary> {
  const count = { introductionsSent: 0, introductionsWaiting: 0, introductionsBusy: 0, introductionsFailed: 0 };
  const current = await deps.matches.findCurrent();
  if (current.length === 0) return count;
  const today = dateInZone(now, deps.programTimezone);
  const rotations = new Map((await deps.rotations.findRotations([...new Set(current.map((a) => a.menteeId))])).map((r) => [r.id, r]));
  const due = current.filter((a) => (rotations.get(a.rotationId)?.end ?? '') >= today);
  const done = await deps.claims.findDoneKeys(due.map((a) => matchKeys.introduction(a.rotationId, a.step)));
  const todo = due.filter((a) => !done.has(matchKeys.introduction(a.rotationId, a.step)));
  if (todo.length === 0) return count;
  const people = new Map((await deps.roster.findPeople([...new Set(todo.flatMap((a) => [a.mentorId, a.menteeId]))])).map((p) => [p.id, p]));
  for (const a of todo) {
    if (deps.claims.stopped()) break;
    const mentor = people.get(a.mentorId);
    const mentee = people.get(a.menteeId);
    if (mentor?.active !== true || mentee?.active !== true) continue;
    if ([mentor, mentee].some((p) => isQuiet(now, zoneOf(p, deps.programTimezone), deps.quietHours))) {
      count.introductionsWaiting += 1;
      continue;
    }
    try {
      const rotation = rotations.get(a.rotationId)!;
      const outcome = await once(deps.claims, matchKeys.introduction(a.rotationId, a.step), async () => ({
        ...(await deps.matchSender.sendIntroduction({ rotation, mentorId: a.mentorId, menteeId: a.menteeId, chosenBy: a.chosenBy, step: a.step })),
      }));
      if (outcome.status === 'done-now') count.introductionsSent += 1;
      if (outcome.status === 'in-progress') count.introductionsBusy += 1;
    } catch (error) {
      count.introductionsFailed += 1;
      deps.logger.warn('a clinical introduction failed; the next run tries it again', { rotation: a.rotationId, step: a.step, error });
    }
  }
  return count;
}
