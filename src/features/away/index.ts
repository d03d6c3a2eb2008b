import { kernelDeps, type Feature, type FeatureContext, type FeatureModule } from '../feature.js';
import { awayCommandRoutes } from './slack/away-command.js';
import { createAwayNotifier } from './slack/away-notifier.js';
import { awayHelp } from './slack/copy.js';
import { registerAwayHomeButton } from './slack/home-button.js';
import { registerAwayViews } from './slack/register-away-views.js';
import { createTimeAway } from './time-away.js';

/** Time away: `/mentor-away`, its form, and the partner (and mentees) told. */
export function createAwayFeature(ctx: FeatureContext) {
  const useCases = createTimeAway({ ...kernelDeps(ctx), awayNotifier: createAwayNotifier(ctx.messenger) });
  return {
    name: 'away',
    useCases,
    register(app) {
      registerAwayViews(app, { services: useCases });
      registerAwayHomeButton(app, useCases);
    },
    commands: [{ command: '/mentor-away', routes: awayCommandRoutes(useCases) }],
    help: [{ command: '/mentor-away', ...awayHelp }],
  } satisfies Feature & { useCases: unknown };
}

export const awayFeature = { create: createAwayFeature } satisfies FeatureModule;
