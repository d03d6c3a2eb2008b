import { HOURLY } from '../../jobs/job.js';
import type { Feature, FeatureContext, FeatureModule } from '../feature.js';
import type { CheckinNotifier } from './ports.js';
import { createCheckinRoutes } from './slack/checkin-command.js';
import { createCheckinNotifier } from './slack/checkin-notifier.js';
import { createContactExportTables } from './export-tables.js';
import { checkinHelp, contactExportLabels } from './slack/copy.js';
import { registerCheckinHomeButton } from './slack/home-button.js';
import { registerCheckinActions } from './slack/register-checkin-actions.js';
import { registerCheckinViews } from './slack/register-checkin-views.js';
import { createContactUseCases } from './use-cases.js';

/** Contacts: `/mentor-checkin`, the check-in form and Undo, and the monthly check-in prompts. */
export function createContactsFeature(ctx: FeatureContext, ports: { readonly checkinNotifier?: CheckinNotifier } = {}) {
  const useCases = createContactUseCases({
    config: ctx.config,
    logger: ctx.logger,
    claims: ctx.claims,
    roster: ctx.stores.roster,
    contacts: ctx.stores.contacts,
    checkinNotifier: ports.checkinNotifier ?? createCheckinNotifier(ctx.messenger),
    refreshHomes: (userIds, now) => ctx.links.refreshHomes(userIds, now),
  });
  return {
    name: 'contacts',
    useCases,
    register(app) {
      registerCheckinViews(app, useCases);
      registerCheckinActions(app, useCases);
      registerCheckinHomeButton(app, useCases);
    },
    commands: [{ command: '/mentor-checkin', routes: createCheckinRoutes(useCases) }],
    help: [{ command: '/mentor-checkin', ...checkinHelp }],
    exportTables: createContactExportTables({ config: ctx.config, roster: ctx.stores.roster, contacts: ctx.stores.contacts }, contactExportLabels),
    jobs: [
      {
        name: 'checkin-prompts',
        description: 'on the first active day of each program month, from CHECKIN_PROMPT_HOUR in each mentor’s zone, one DM per mentor',
        schedule: HOURLY,
        run: (now) => useCases.sendCheckinPrompts(now),
      },
    ],
  } satisfies Feature & { useCases: unknown };
}

export const contactsFeature = { create: createContactsFeature } satisfies FeatureModule;
