import { settingsOf } from '../../config/env.js';
import { kernelDeps, requestTopicsIn, type Feature, type FeatureContext, type FeatureModule } from '../feature.js';
import { nudgeSettings } from './settings.js';
import type { NudgeNotifier } from './ports.js';
import { runNudges } from './run-nudges.js';
import { createNudgeNotifier } from './slack/nudge-notifier.js';
import { createZoneCheckRepository } from './store/zone-check-repository.js';

/** Nudges catch each person's local hour to the quarter (minutes 2, 17, 32, 47: off the hour, like the others). */
const EVERY_15_MINUTES = '2,17,32,47 * * * *';

/** Nudges and escalation: reminders before a deadline, overdue notes, faculty escalations, month- and semester-end lists. */
export function createNudgesFeature(ctx: FeatureContext, ports: { readonly nudgeNotifier?: NudgeNotifier } = {}) {
  const deps = {
    ...kernelDeps(ctx),
    nudgeSettings: settingsOf(ctx.config, nudgeSettings),
    zoneChecks: createZoneCheckRepository(ctx.database.connection),
    directory: ctx.directory,
    nudgeNotifier: ports.nudgeNotifier ?? createNudgeNotifier(ctx.messenger, requestTopicsIn(ctx)),
  };
  const useCases = {
    /** Job `nudges`: each nudge due, once, outside quiet hours; then a few time zones refreshed. */
    runNudges: (now: Date) => runNudges(deps, now),
  };
  return {
    name: 'nudges',
    useCases,
    jobs: [
      {
        name: 'nudges',
        description: 'request reminders at 75 % of the window, overdue notes, faculty escalations, month-end and semester-end lists; each once, outside quiet hours',
        schedule: EVERY_15_MINUTES,
        run: (now) => useCases.runNudges(now),
      },
    ],
  } satisfies Feature & { useCases: unknown };
}

export const nudgesFeature = { settings: nudgeSettings, create: createNudgesFeature } satisfies FeatureModule;
