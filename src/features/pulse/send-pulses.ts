import type { Config } from '../../config/env.js';
import type { Logger } from '../../log/logger.js';
import type { RosterStore } from '../../program/ports.js';
import type { ClaimStore } from '../../delivery/ports.js';
import type { PulseNotifier } from './ports.js';
import { zoneOf } from '../../program/roster.js';
import { localTime } from '../../program/zoned-time.js';
import { pulseMonthsDue } from '../../program/checkin-schedule.js';
import { loadProgramSnapshot } from '../../program/snapshot/mentoring-context.js';
import { deliverOnce, type Delivery, type DeliverySummary } from '../../delivery/deliver.js';

export type PulseRunSummary = Readonly<Record<'mentees' | 'due' | keyof DeliverySummary, number>>;

/** The claim that makes a mentee's pulse for a month go out once. */
export const pulseKey = (menteeId: string, month: string) => `pulse:${menteeId}:${month}`;

interface PulseDelivery extends Delivery {
  readonly month: string;
}

/**
 * Job `pulse`: once in each active month, from the pulse day and hour in each mentee's time zone until the month ends
 * (and on through the next month's first morning when the night is quiet: see pulseMonthsDue), every current mentee
 * gets "How are things going?". Sent through deliverOnce: once per mentee and month, never in quiet hours, retried
 * after Slack's Retry-After or with backoff, given up after a permanent error. Bulk: the roster and the done claims
 * are each one query for the whole run.
 */
export async function sendPulses(deps: { readonly config: Config; readonly logger: Logger; readonly roster: RosterStore; readonly claims: ClaimStore; readonly pulseNotifier: PulseNotifier }, now: Date): Promise<PulseRunSummary> {
  const { calendar, checkins, quietHours } = deps.config;
  const snapshot = await loadProgramSnapshot(deps.roster);
  const deliveries = snapshot.menteeIds.flatMap((menteeId) => {
    const zone = zoneOf(snapshot.people.get(menteeId), calendar.timezone);
    return pulseMonthsDue(localTime(now, zone), calendar, checkins, quietHours).map(
      (month): PulseDelivery => ({ key: pulseKey(menteeId, month), recipientId: menteeId, zone, month }),
    );
  });
  const summary = await deliverOnce({ claims: deps.claims, quietHours, logger: deps.logger.child({ job: 'pulse' }) }, deliveries, now, async (d) => ({
    ...(await deps.pulseNotifier.sendPulse(d.recipientId, d.month)),
  }));
  return { mentees: snapshot.menteeIds.length, due: deliveries.length, ...summary };
}
