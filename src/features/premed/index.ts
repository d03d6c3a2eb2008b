import { settingsOf } from '../../config/env.js';
import { createAgreementRepository } from '../../program/store/agreement-repository.js';
import { kernelDeps, type Feature, type FeatureContext, type FeatureModule } from '../feature.js';
import { PREMED, PREMED_TRACK } from './domain/premed-track.js';
import { createPremedPairTrack } from './pair-track.js';
import type { PremedSender } from './ports.js';
import { premedSettings } from './settings.js';
import { premedCopy } from './slack/copy.js';
import { createPremedHomeSections } from './slack/home-sections.js';
import { createPremedSender } from './slack/premed-sender.js';
import { registerPremedAgreementAction } from './slack/register-agreement-action.js';
import { createPremedRepository } from './store/premed-repository.js';
import { createPremedUseCases } from './use-cases.js';

/**
 * The pre-med outreach track: its roster rows (profiles and one-to-one pairs, in its own collections), the program
 * agreement both people accept first, and the pair's introduction, with an outreach coordinator in every
 * conversation with a minor.
 */
export function createPremedFeature(ctx: FeatureContext, ports: { readonly sender?: PremedSender } = {}) {
  const settings = settingsOf(ctx.config, premedSettings);
  const store = createPremedRepository(ctx.database.connection);
  const agreements = createAgreementRepository(ctx.database.connection, 'premed_agreements');
  const useCases = createPremedUseCases({
    ...kernelDeps(ctx),
    pairs: store,
    profiles: store,
    agreements,
    sender: ports.sender ?? createPremedSender(ctx.messenger),
    quietHours: ctx.config.quietHours,
    programTimezone: ctx.config.programTimezone,
    safeguardUserIds: settings.safeguardUserIds,
    agreementText: settings.agreementText,
  });
  return {
    name: 'premed',
    useCases,
    tracks: [PREMED_TRACK],
    trackImports: [{ track: PREMED, saveRows: (rows, now) => useCases.saveRosterRows(rows, now) }],
    pairTracks: [
      createPremedPairTrack(
        { pairs: store, profiles: store, agreements, roster: ctx.stores.roster, useCases, programTimezone: ctx.config.programTimezone, safeguardUserIds: settings.safeguardUserIds },
        {
          mentor: premedCopy.pairMentor,
          waiting: premedCopy.pairWaiting,
          office: premedCopy.office,
          label: premedCopy.pairLabel,
          waitingFor: { self: premedCopy.waitingForSelf, mentor: premedCopy.waitingForMentor, mentee: premedCopy.waitingForMentee },
        },
      ),
    ],
    register(app) {
      registerPremedAgreementAction(app, { services: useCases, agreementText: settings.agreementText });
    },
    homeSections: createPremedHomeSections(useCases),
    jobSteps: [
      // Pre-med people belong to no group, so the introductions job welcomes them (and introduces agreed pairs) here.
      { job: 'introductions', run: (now) => useCases.welcomePremed(now) },
    ],
  } satisfies Feature & { useCases: unknown };
}

export const premedFeature = { settings: premedSettings, create: createPremedFeature } satisfies FeatureModule;
