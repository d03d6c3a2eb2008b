import { hourlyJob } from '../../jobs/job.js';
import { settingsOf } from '../../config/env.js';
import { kernelDeps, requestTopicsIn, type Feature, type FeatureContext, type FeatureModule } from '../feature.js';
import { digestSettings } from './settings.js';
import { sendDigests } from './send-digests.js';
import { createDigestNotifier } from './slack/digest-notifier.js';
import { adminHomeSection, facultyHomeSection } from './slack/home-sections.js';

/** Weekly digests: each Faculty Mentor's of their cohort, and each admin's of the program; at a glance on their Home tabs. */
export function createDigestsFeature(ctx: FeatureContext) {
  const deps = {
    ...kernelDeps(ctx),
    schedule: settingsOf(ctx.config, digestSettings),
    digestNotifier: createDigestNotifier(ctx.messenger),
    sources: () => ctx.surfaces.digests?.() ?? [],
    lines: () => ctx.surfaces.digestLines?.() ?? [],
    requestTopics: requestTopicsIn(ctx),
  };
  const useCases = {
    /** Job `digests`. */
    sendDigests: (now: Date) => sendDigests(deps, now),
  };
  return {
    name: 'digests',
    useCases,
    jobs: [
      hourlyJob('digests', 'from DIGEST_DAY at DIGEST_HOUR in each reader’s zone, one DM a week per Faculty Mentor (their cohort), per admin (the program) and per reader of a digest a feature contributes', (now) => useCases.sendDigests(now)),
    ],
    homeSections: [facultyHomeSection, adminHomeSection],
  } satisfies Feature & { useCases: unknown };
}

export const digestsFeature = { settings: digestSettings, create: createDigestsFeature } satisfies FeatureModule;
