import type { Person } from '../../../program/roster.js';
import { isTimeZone } from '../../../program/zoned-time.js';

/**
 * People's time zones, kept fresh: the roster's when it gives one, else what Slack says (users.info), asked again
 * now and then so that someone who moved gets their nudges at a decent hour where they are now.
 */

/** When a person's zone was last asked of Slack, and what Slack said (undefined: no such account, or no zone). */
export interface ZoneCheck {
  readonly personId: string;
  readonly checkedAt: Date;
  readonly slackZone: string | undefined;
}

/** A zone learnt from Slack is asked again after this many days. */
export const ZONE_RECHECK_DAYS = 7;
const DAY_MS = 86_400_000;

/**
 * Whom to ask Slack about now, at most `limit`: active people never asked or asked more than a week ago, those
 * with no zone at all first, then those asked longest ago.
 */
export function peopleToCheck(people: readonly Person[], checks: readonly ZoneCheck[], now: Date, limit: number): string[] {
  const last = new Map(checks.map((c) => [c.personId, c.checkedAt.getTime()]));
  const due = now.getTime() - ZONE_RECHECK_DAYS * DAY_MS;
  return people
    .filter((p) => p.active && (last.get(p.id) ?? -Infinity) <= due)
    .sort((a, b) => Number(a.timezone !== undefined) - Number(b.timezone !== undefined) || (last.get(a.id) ?? -Infinity) - (last.get(b.id) ?? -Infinity))
    .slice(0, Math.max(0, limit))
    .map((p) => p.id);
}

/**
 * What Slack's answers change. A person with no zone takes Slack's; a zone that came from Slack (it matches what
 * Slack said last time) follows Slack's change; a zone from the roster stays. Every person asked gets a new check.
 */
export function zoneChanges(
  people: readonly Person[],
  checks: readonly ZoneCheck[],
  answers: ReadonlyMap<string, string | undefined>,
  now: Date,
): { readonly checks: ZoneCheck[]; readonly zones: Map<string, string> } {
  const byId = new Map(people.map((p) => [p.id, p]));
  const previous = new Map(checks.map((c) => [c.personId, c.slackZone]));
  const next: ZoneCheck[] = [];
  const zones = new Map<string, string>();
  for (const [personId, answer] of answers) {
    const slackZone = answer !== undefined && isTimeZone(answer) ? answer : undefined;
    next.push({ personId, checkedAt: now, slackZone });
    const current = byId.get(personId)?.timezone;
    if (slackZone === undefined || slackZone === current || !byId.has(personId)) continue;
    if (current === undefined || current === previous.get(personId)) zones.set(personId, slackZone);
  }
  return { checks: next, zones };
}
