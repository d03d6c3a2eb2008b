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

/** Its kind of export, declared on the module (`npm run export` reads it before any setup). */
const EXPORT_KINDS = switchExportKinds(switchExportLabels);

/** Switching mentors: `/mentor-switch`, the admins' decision, and the move carried out step by step. */
export function createSwitchingFeature(ctx: FeatureContext) {
  const useCases = createSwitchMentors({
    ...kernelDeps(ctx),
    settings: settingsOf(ctx.config, switchSettings),
    switchNotifier: createSwitchNotifier(ctx.messenger),
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
    exportTables: createSwitchExportTables({ config: ctx.config, roster: ctx.stores.roster, switches: ctx.stores.switches }, EXPORT_KINDS),
  } satisfies Feature & { useCases: unknown };
}

export const switchingFeature = { settings: switchSettings, exportKinds: Object.values(EXPORT_KINDS), create: createSwitchingFeature } satisfies FeatureModule;
