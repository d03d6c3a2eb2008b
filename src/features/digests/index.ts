import { HOURLY } from '../../jobs/job.js';
import { settingsOf } from '../../config/env.js';
import type { Feature, FeatureContext, FeatureModule } from '../feature.js';
import { digestSettings } from './settings.js';
import { sendDigests } from './send-digests.js';
import { createDigestNotifier } from './slack/digest-notifier.js';
import { adminHomeSection, facultyHomeSection } from './slack/home-sections.js';

/** Weekly digests: each Faculty Mentor's of their cohort, and each admin's of the program; at a glance on their Home tabs. */
export function createDigestsFeature(ctx: FeatureContext) {
  const deps = { config: ctx.config, schedule: settingsOf(ctx.config, digestSettings), logger: ctx.logger, claims: ctx.claims, ...ctx.stores, digestNotifier: createDigestNotifier(ctx.messenger) };
  const useCases = {
    /** Job `digests`. */
    sendDigests: (now: Date) => sendDigests(deps, now),
  };
  return {
    name: 'digests',
    useCases,
    jobs: [
      {
        name: 'digests',
        description: 'from DIGEST_DAY at DIGEST_HOUR in each reader’s zone, one DM a week per Faculty Mentor (their cohort) and per admin (the program)',
        schedule: HOURLY,
        run: (now) => useCases.sendDigests(now),
      },
    ],
    homeSections: [facultyHomeSection, adminHomeSection],
  } satisfies Feature & { useCases: unknown };
}

export const digestsFeature = { settings: digestSettings, create: createDigestsFeature } satisfies FeatureModule;
