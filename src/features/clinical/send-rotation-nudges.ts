import type { Config } from '../../config/env.js';
import { deliverOnce, type DeliverySummary } from '../../delivery/deliver.js';
import type { ClaimStore } from '../../delivery/ports.js';
import type { Logger } from '../../log/logger.js';
import { addDays, dateInZone } from '../../program/calendar-date.js';
import { zoneOf } from '../../program/roster.js';
import { dueRotationNudges, PRE_NUDGE_DAYS, type NudgeableRotation } from './domain/rotation-nudges.js';
import type { RotationNudgeSender } from './ports.js';
import { readRotationState, type RotationStateDeps } from './read-rotation-state.js';

export type RotationNudgesDeps = RotationStateDeps & {
  readonly config: Pick<Config, 'quietHours'>;
  readonly claims: ClaimStore;
  readonly logger: Logger;
  readonly nudgeSender: RotationNudgeSender;
};

export type RotationNudgesSummary = Readonly<Record<`clinicalNudges${'Due' | 'Sent' | 'AlreadySent' | 'WaitingForMorning' | 'InProgress' | 'Failed'}`, number>>;

/**
 * Step of the `nudges` job: each clinical mentor's nudges about their mentees' rotations (7 and 2 days before the start
 * with no pre-rotation meeting, 2 days before the midpoint with no mid-rotation meeting, at 75 % with under 120
 * minutes), each once and outside the mentor's quiet hours, through the shared send path. Reads only the rotations
 * a nudge may be due for: starting within 7 days, or running.
 */
export async function sendRotationNudges(deps: RotationNudgesDeps, now: Date): Promise<RotationNudgesSummary> {
  const today = dateInZone(now, deps.programTimezone);
  const state = await readRotationState(deps, { from: today, to: addDays(today, Math.max(...PRE_NUDGE_DAYS)) }, now);
  const live = (id: string) => state.people.get(id)?.active === true;
  const rotations: NudgeableRotation[] = state.entries.flatMap((v) =>
    v.current === undefined || v.obligations === undefined || !live(v.current.mentorId) || !live(v.rotation.personId)
      ? []
      : [{ rotation: v.rotation, mentorId: v.current.mentorId, mentorZone: zoneOf(state.people.get(v.current.mentorId), deps.programTimezone), obligations: v.obligations }],
  );
  const due = dueRotationNudges(rotations, today);
  const names = new Map(due.map((n) => [n.menteeId, state.people.get(n.menteeId)?.name ?? n.menteeId]));
  const delivered: DeliverySummary = await deliverOnce(
    { claims: deps.claims, quietHours: deps.config.quietHours, logger: deps.logger.child({ feature: 'clinical' }) },
    due,
    now,
    async (nudge) => ({ ...(await deps.nudgeSender.sendRotationNudge(nudge, names.get(nudge.menteeId)!)) }),
  );
  return {
    clinicalNudgesDue: due.length,
    clinicalNudgesSent: delivered.sent,
    clinicalNudgesAlreadySent: delivered.alreadySent,
    clinicalNudgesWaitingForMorning: delivered.waitingForMorning,
    clinicalNudgesInProgress: delivered.inProgress,
    clinicalNudgesFailed: delivered.failed,
  };
}
