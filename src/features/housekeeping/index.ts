import type { Feature, FeatureContext, FeatureModule } from '../feature.js';
import { sweepDoneClaims } from './sweep-done-claims.js';

/** Once a day, at 03:43 UTC (off the hour, away from the hourly jobs' minutes 5 and 7). */
const DAILY = '43 3 * * *';

/** Housekeeping: what the database keeps only for a while (done claims, after 90 days). */
export function createHousekeepingFeature(ctx: FeatureContext) {
  const useCases = {
    /** Job `housekeeping`. */
    sweepDoneClaims: () => sweepDoneClaims({ claims: ctx.claims }),
  };
  return {
    name: 'housekeeping',
    useCases,
    jobs: [
      {
        name: 'housekeeping',
        description: 'deletes the claims of scheduled messages done or abandoned more than 90 days ago (FerretDB 1.x has no TTL indexes)',
        schedule: DAILY,
        run: () => useCases.sweepDoneClaims(),
      },
    ],
  } satisfies Feature & { useCases: unknown };
}

export const housekeepingFeature = { create: createHousekeepingFeature } satisfies FeatureModule;
