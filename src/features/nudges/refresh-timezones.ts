import type { RosterStore, SlackDirectory } from '../../program/ports.js';
import type { ZoneCheckStore } from './ports.js';
import type { Logger } from '../../log/logger.js';
import { peopleToCheck, zoneChanges } from './domain/zone-refresh.js';
import type { Person } from '../../program/roster.js';

/** Slack look-ups per run: users.info is Tier 4 (100+ a minute); the nudges job runs every 15 minutes. */
export const ZONE_CHECKS_PER_RUN = 40;

export interface ZoneRefreshSummary {
  readonly zonesChecked: number;
  readonly zonesChanged: number;
}

/**
 * Asks Slack (users.info, a few at a time, waiting out rate limits) for the zones of a bounded number of people not
 * asked in a week — those with no zone first — and stores what changed: a person with no zone takes Slack's, and a
 * zone learnt from Slack follows it; a zone from the roster stays. A failed look-up changes nothing: the next run tries.
 */
export async function refreshTimezones(
  deps: { readonly roster: RosterStore; readonly zoneChecks: ZoneCheckStore; readonly directory: SlackDirectory; readonly logger: Logger },
  people: readonly Person[],
  now: Date,
  limit = ZONE_CHECKS_PER_RUN,
): Promise<ZoneRefreshSummary> {
  const checks = await deps.zoneChecks.findAll();
  const ids = peopleToCheck(people, checks, now, limit);
  if (ids.length === 0) return { zonesChecked: 0, zonesChanged: 0 };
  let accounts;
  try {
    accounts = await deps.directory.findByIds(ids);
  } catch (error) {
    deps.logger.warn('time zones not refreshed this time; a later run asks again', { error, people: ids.length });
    return { zonesChecked: 0, zonesChanged: 0 };
  }
  const answers = new Map(ids.map((id) => {
    const account = accounts.get(id);
    return [id, account === undefined || account.deleted ? undefined : account.timezone] as const;
  }));
  const changes = zoneChanges(people, checks, answers, now);
  await deps.roster.setTimezones(changes.zones);
  await deps.zoneChecks.save(changes.checks);
  return { zonesChecked: ids.length, zonesChanged: changes.zones.size };
}
