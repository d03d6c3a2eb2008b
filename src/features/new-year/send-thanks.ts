import { deliverOnce, type DeliverySummary } from '../../delivery/deliver.js';
import { zoneOf } from '../../program/roster.js';
import type { NewYearDeps } from './deps.js';
import type { Graduate, Rollover } from './ports.js';

/** The claim of a graduate's thank-you DM: once per year opened and person. */
export const thanksKey = (year: string, personId: string) => `new-year:${year}:thanks:${personId}`;

/** How long after a turn the thank-you DMs still waiting (quiet hours, a failed send) are sent by the `nudges` job. */
const WAITING_DAYS = 30;

/**
 * Each graduating mentor's thank-you DM with their service record, once (claimed per year and person), never in their
 * quiet hours: those that must wait are sent by a later run of the `nudges` job.
 */
export async function sendThanks(deps: NewYearDeps, rollover: Pick<Rollover, 'year' | 'closes' | 'graduates'>, now: Date): Promise<DeliverySummary> {
  const people = rollover.graduates.length === 0 ? [] : await deps.roster.findPeople(rollover.graduates.map((g) => g.personId));
  const byId = new Map(people.map((p) => [p.id, p]));
  const deliveries = rollover.graduates.map((graduate) => ({
    key: thanksKey(rollover.year, graduate.personId),
    recipientId: graduate.personId,
    zone: zoneOf(byId.get(graduate.personId), deps.programTimezone),
    graduate,
  }));
  const send = { claims: deps.claims, quietHours: deps.quietHours, logger: deps.logger.child({ feature: 'new-year' }) };
  return deliverOnce(send, deliveries, now, async (d: { graduate: Graduate }) => ({ ...(await deps.sender.sendThanks(d.graduate, rollover)) }));
}

/** The `nudges` job's step: thank-you DMs of turns done in the last 30 days that are still waiting. */
export async function sendWaitingThanks(deps: NewYearDeps, now: Date): Promise<{ readonly newYearThanksSent: number }> {
  const since = new Date(now.getTime() - WAITING_DAYS * 86_400_000);
  let sent = 0;
  for (const rollover of await deps.rollovers.findAppliedSince(since)) sent += (await sendThanks(deps, rollover, now)).sent;
  return { newYearThanksSent: sent };
}
