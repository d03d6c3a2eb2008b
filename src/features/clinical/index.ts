import { settingsOf } from '../../config/env.js';
import { kernelDeps, type Feature, type FeatureContext, type FeatureModule } from '../feature.js';
import { CLINICAL_TRACK } from './domain/clinical-track.js';
import type { ClinicalWelcomeSender } from './ports.js';
import { clinicalSettings } from './settings.js';
import { clinicalCopy } from './slack/copy.js';
import { registerAgreementAction } from './slack/register-agreement-action.js';
import { createRotationsRoutes, registerRotationsForm } from './slack/rotations-form.js';
import { createClinicalWelcomeSender } from './slack/welcome-sender.js';
import { createAgreementRepository } from './store/agreement-repository.js';
import { createMatchRepository } from './store/match-repository.js';
import { createRotationRepository } from './store/rotation-repository.js';
import { createClinicalUseCases } from './use-cases.js';
import { createClinicalPairTrack } from './pair-track.js';

/** The clinical-rotation track: its roster rules, the rotations file, and the mentors' honesty agreement. */
export function createClinicalFeature(ctx: FeatureContext, ports: { readonly welcomeSender?: ClinicalWelcomeSender } = {}) {
  const settings = settingsOf(ctx.config, clinicalSettings);
  const stores = {
    rotations: createRotationRepository(ctx.database.connection),
    agreements: createAgreementRepository(ctx.database.connection),
    matches: createMatchRepository(ctx.database.connection),
  };
  const useCases = createClinicalUseCases({
    ...kernelDeps(ctx),
    ...stores,
    directory: ctx.directory,
    welcomeSender: ports.welcomeSender ?? createClinicalWelcomeSender(ctx.messenger),
    settings,
    programTimezone: ctx.config.programTimezone,
  });
  return {
    name: 'clinical',
    useCases,
    tracks: [CLINICAL_TRACK],
    // Its pairs (a rotation's current mentor), for check-ins, requests and switching.
    pairTracks: [
      createClinicalPairTrack(
        {
          ...stores,
          roster: ctx.stores.roster,
          settings,
          programTimezone: ctx.config.programTimezone,
          // CALL POINT: the matching's `introduceAssignments(now)` (introduces each current assignment step not yet
          // introduced) is built in parallel; once it is in this branch, call it here so that an Office change is
          // introduced like any assignment. Until then a change is told by the switch's own notices alone.
          introduceAssignments: async () => undefined,
        },
        { mentor: clinicalCopy.pairMentor, waiting: clinicalCopy.pairWaiting, office: clinicalCopy.office, label: clinicalCopy.pairLabel, fit: clinicalCopy.fit },
      ),
    ],
    register(app) {
      registerAgreementAction(app, { services: useCases, agreementText: settings.agreementText });
      registerRotationsForm(app, useCases);
    },
    commands: [{ command: '/mentor-admin', routes: createRotationsRoutes(ctx.admins) }],
    help: [{ command: '/mentor-admin', usage: [clinicalCopy.rotationsHelp] }],
    // Clinical mentors belong to no group, so the introductions job welcomes them here.
    jobSteps: [{ job: 'introductions', run: () => useCases.welcomeClinicalMentors() }],
  } satisfies Feature & { useCases: unknown };
}

export const clinicalFeature = { settings: clinicalSettings, create: createClinicalFeature } satisfies FeatureModule;
