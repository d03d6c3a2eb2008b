import { createAwayFeature } from './away/index.js';
import { createContactsFeature } from './contacts/index.js';
import { createDigestsFeature } from './digests/index.js';
import { createExportsFeature } from './exports/index.js';
import type { FeatureContext } from './feature.js';
import { createHomeFeature } from './home/index.js';
import { createNudgesFeature } from './nudges/index.js';
import { createPulseFeature } from './pulse/index.js';
import { createRequestsFeature } from './requests/index.js';
import { createRosterFeature } from './roster/index.js';
import { createSwitchingFeature } from './switching/index.js';

/** The one list of features, by name: adding a capability is one folder and one line here. */
export function createFeatures(ctx: FeatureContext) {
  return {
    roster: createRosterFeature(ctx),
    requests: createRequestsFeature(ctx),
    away: createAwayFeature(ctx),
    contacts: createContactsFeature(ctx),
    pulse: createPulseFeature(ctx),
    nudges: createNudgesFeature(ctx),
    digests: createDigestsFeature(ctx),
    home: createHomeFeature(ctx),
    exports: createExportsFeature(ctx),
    switching: createSwitchingFeature(ctx),
  };
}

export type Features = ReturnType<typeof createFeatures>;
