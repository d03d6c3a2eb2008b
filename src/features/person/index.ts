import { settingsOf } from '../../config/env.js';
import type { ProgramStoreName } from '../../program/store/watch-writes.js';
import type { Feature, FeatureContext, FeatureModule } from '../feature.js';
import { personSettings } from './settings.js';
import { personCopy } from './slack/copy.js';
import { createPersonRoutes } from './slack/person-command.js';
import { createPersonSlack } from './slack/person-slack.js';
import { registerPersonActions } from './slack/register-person-actions.js';
import { createPersonUseCases } from './use-cases.js';

const PROGRAM_STORES: readonly ProgramStoreName[] = ['roster', 'contacts', 'requests', 'away', 'pulses', 'switches'];

/** Once a day, at 04:17 UTC (off the hour, away from the hourly jobs and housekeeping). */
const DAILY = '17 4 * * *';

/**
 * A person's record, over every store's share of it (`Surfaces.personalData`): `/mentor-admin person` and
 * `npm run person` sum it up, export it as JSON or forget the person; the `retention` job blanks old free text.
 */
export function createPersonFeature(ctx: FeatureContext) {
  const settings = settingsOf(ctx.config, personSettings);
  const useCases = createPersonUseCases({
    roster: ctx.stores.roster,
    directory: ctx.directory,
    admins: ctx.admins,
    audit: ctx.stores.audit,
    logger: ctx.logger,
    slack: createPersonSlack(ctx.messenger),
    personalData: () => ctx.surfaces.personalData?.() ?? [],
    retentionMonths: settings.retentionMonths,
    // Its writes go straight to the collections, past the watched stores: what is kept of them briefly is dropped here.
    programChanged: () => {
      for (const store of PROGRAM_STORES) ctx.links.programChanged(store);
    },
  });
  return {
    name: 'person',
    useCases,
    register(app) {
      registerPersonActions(app, useCases);
    },
    commands: [{ command: '/mentor-admin', routes: createPersonRoutes(useCases) }],
    help: [{ command: '/mentor-admin', usage: [personCopy.help] }],
    jobs: [{ name: 'retention', description: personCopy.retentionJob, schedule: DAILY, run: (now) => useCases.expireFreeText(now) }],
  } satisfies Feature & { useCases: unknown };
}

export const personFeature = { settings: personSettings, create: createPersonFeature } satisfies FeatureModule;
