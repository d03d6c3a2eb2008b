import type { NudgeSettings } from './domain/nudge.js';
import type { Config } from '../../config/env.js';
import type { Logger } from '../../log/logger.js';
import type { ClaimStore } from '../../delivery/ports.js';
import type { AwayStore, ContactStore, RequestStore, RosterStore, SlackDirectory } from '../../program/ports.js';
import type { NudgeNotifier, ZoneCheckStore } from './ports.js';
import { deliverOnce, type DeliverySummary } from '../../delivery/deliver.js';
import { planNudges } from './plan-nudges.js';
import { refreshTimezones, type ZoneRefreshSummary } from './refresh-timezones.js';

export type NudgeRunSummary = Readonly<{ due: number } & DeliverySummary & ZoneRefreshSummary>;

export type RunNudgesDeps = { readonly config: Config; readonly nudgeSettings: NudgeSettings; readonly logger: Logger; readonly claims: ClaimStore; readonly roster: RosterStore; readonly requests: RequestStore; readonly away: AwayStore; readonly contacts: ContactStore; readonly zoneChecks: ZoneCheckStore; readonly directory: SlackDirectory; readonly nudgeNotifier: NudgeNotifier };

/**
 * Job `nudges`: plans what is due now (planNudges) and sends each nudge once — claimed by its key before it goes,
 * held while it is night where its recipient is, retried later when Slack refuses — then refreshes a few people's
 * time zones from Slack. Two instances, or a rerun, send nothing twice.
 */
export async function runNudges(deps: RunNudgesDeps, now: Date): Promise<NudgeRunSummary> {
  const plan = await planNudges(deps, now);
  const delivered = await deliverOnce(
    { claims: deps.claims, quietHours: deps.config.quietHours, logger: deps.logger.child({ feature: 'nudges' }) },
    plan.nudges,
    now,
    async (nudge) => ({ ...(await deps.nudgeNotifier.sendNudge(nudge)) }),
  );
  const zones = await refreshTimezones(deps, plan.people, now);
  return { due: plan.nudges.length, ...delivered, ...zones };
}
