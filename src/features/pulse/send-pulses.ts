import type { Config } from '../../config/env.js';
import type { Logger } from '../../log/logger.js';
import type { RosterStore } from '../../program/ports.js';
import type { ClaimStore } from '../../delivery/ports.js';
import type { PulseNotifier } from './ports.js';
import { zoneOf } from '../../program/roster.js';
import { localTime } from '../../program/zoned-time.js';
import { pulseMonthDue } from '../../program/checkin-schedule.js';
import { loadProgramSnapshot } from '../../program/snapshot/mentoring-context.js';
import { sendEachOnce } from '../../delivery/once.js';

export type PulseRunSummary = Readonly<Record<'mentees' | 'due' | 'sent' | 'alreadySent' | 'failed', number>>;

/** The claim that makes a mentee's pulse for a month go out once. */
export const pulseKey = (menteeId: string, month: string) => `pulse:${menteeId}:${month}`;

/**
 * Job `pulse`: once in each active month, from the pulse day and hour in each mentee's time zone (a later day that
 * month still sends one not yet sent), every current mentee gets "How are things going?". Bulk: the roster and the
 * done claims are each one query for the whole run.
 */
export async function sendPulses(deps: { readonly config: Config; readonly logger: Logger; readonly roster: RosterStore; readonly claims: ClaimStore; readonly pulseNotifier: PulseNotifier }, now: Date): Promise<PulseRunSummary> {
  const { calendar, checkins } = deps.config;
  const snapshot = await loadProgramSnapshot(deps.roster);
  const due = snapshot.menteeIds.flatMap((menteeId) => {
    const month = pulseMonthDue(localTime(now, zoneOf(snapshot.people.get(menteeId), calendar.timezone)), calendar, checkins);
    return month === undefined ? [] : [{ menteeId, month }];
  });
  const sent = await sendEachOnce(deps.claims, due, now, {
    key: (d) => pulseKey(d.menteeId, d.month),
    send: ({ menteeId, month }) => deps.pulseNotifier.sendPulse(menteeId, month),
    failed: ({ menteeId, month }, error) => deps.logger.error('pulse not sent', { error, menteeId, month }),
  });
  return { mentees: snapshot.menteeIds.length, ...sent };
}
