import { settingsOf } from '../../config/env.js';
import type { Feature, FeatureContext, FeatureModule } from '../feature.js';
import { switchSettings } from './settings.js';
import { registerSwitchHomeButton } from './slack/home-button.js';
import { createSwitchExportTables } from './export-tables.js';
import { switchExportLabels, switchHelp } from './slack/copy.js';
import { registerSwitchActions } from './slack/register-switch-actions.js';
import { registerSwitchViews } from './slack/register-switch-views.js';
import { switchCommandRoutes } from './slack/switch-command.js';
import { createSwitchNotifier } from './slack/switch-notifier.js';
import { createSwitchMentors } from './switch-mentors.js';

/** Switching mentors: `/mentor-switch`, the admins' decision, and the move carried out step by step. */
export function createSwitchingFeature(ctx: FeatureContext) {
  const useCases = createSwitchMentors({
    config: ctx.config,
    settings: settingsOf(ctx.config, switchSettings),
    logger: ctx.logger,
    claims: ctx.claims,
    roster: ctx.stores.roster,
    requests: ctx.stores.requests,
    away: ctx.stores.away,
    switches: ctx.stores.switches,
    switchNotifier: createSwitchNotifier(ctx.messenger),
    moveAwaitingRequests: (input, now) => ctx.links.moveAwaitingRequests(input, now),
    admins: ctx.admins,
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
    exportTables: createSwitchExportTables({ config: ctx.config, roster: ctx.stores.roster, switches: ctx.stores.switches }, switchExportLabels),
  } satisfies Feature & { useCases: unknown };
}

export const switchingFeature = { settings: switchSettings, create: createSwitchingFeature } satisfies FeatureModule;
