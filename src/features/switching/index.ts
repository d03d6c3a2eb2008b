import { settingsOf } from '../../config/env.js';
import { pairsOf } from '../../program/pairs.js';
import { kernelDeps, type Feature, type FeatureContext, type FeatureModule } from '../feature.js';
import { switchSettings } from './settings.js';
import { registerSwitchHomeButton } from './slack/home-button.js';
import { createSwitchExportTables, switchExportKinds } from './export-tables.js';
import { switchExportLabels, switchHelp } from './slack/copy.js';
import { registerSwitchActions } from './slack/register-switch-actions.js';
import { registerSwitchViews } from './slack/register-switch-views.js';
import { switchCommandRoutes } from './slack/switch-command.js';
import { createSwitchNotifier } from './slack/switch-notifier.js';
import { createSwitchMentors } from './switch-mentors.js';
import { createAdminChannelInspector } from './slack/admin-channel-inspector.js';
import { createAdminChannelRepository } from './store/admin-channel-repository.js';

/**
 * The admin channel's check: hourly (at least daily, as asked; a channel made public is noticed within the hour, and a
 * notice that waited out an admin's quiet hours goes with the next run), at minute 13, away from the other jobs'.
 */
const HOURLY_AT_13 = '13 * * * *';

/** Its kind of export, declared on the module (`npm run export` reads it before any setup). */
const EXPORT_KINDS = switchExportKinds(switchExportLabels);

/** Switching mentors: `/mentor-switch`, the admins' decision, and the move carried out step by step. */
export function createSwitchingFeature(ctx: FeatureContext) {
  const useCases = createSwitchMentors({
    ...kernelDeps(ctx),
    settings: settingsOf(ctx.config, switchSettings),
    switchNotifier: createSwitchNotifier(ctx.messenger),
    adminChannels: createAdminChannelRepository(ctx.database.connection),
    channelInspector: createAdminChannelInspector(ctx.messenger.client),
    moveAwaitingRequests: (input, now) => ctx.links.moveAwaitingRequests(input, now),
    pairs: pairsOf(() => ctx.surfaces.pairTracks?.() ?? []),
  });
  return {
    name: 'switching',
    useCases,
    register(app) {
      registerSwitchViews(app, { services: useCases });
      registerSwitchActions(app, { services: useCases });
      registerSwitchHomeButton(app, useCases);
    },
    commands: [{ command: '/mentor-switch', routes: switchCommandRoutes(useCases) }],
    help: [{ command: '/mentor-switch', ...switchHelp }],
    jobs: [
      {
        name: 'admin-channel',
        description: 'checks that SWITCH_ADMIN_CHANNEL is private and holds only admins and the app; if not, switch requests go to the admins by DM, and they are told why once per change, outside quiet hours',
        schedule: HOURLY_AT_13,
        runsAtStart: true,
        run: (now) => useCases.checkAdminChannel(now),
      },
    ],
    exportTables: createSwitchExportTables({ config: ctx.config, roster: ctx.stores.roster, switches: ctx.stores.switches }, EXPORT_KINDS),
  } satisfies Feature & { useCases: unknown };
}

export const switchingFeature = { settings: switchSettings, exportKinds: Object.values(EXPORT_KINDS), create: createSwitchingFeature } satisfies FeatureModule;
