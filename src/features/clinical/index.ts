import { settingsOf } from '../../config/env.js';
import { kernelDeps, type Feature, type FeatureContext, type FeatureModule } from '../feature.js';
import { CLINICAL_TRACK } from './domain/clinical-track.js';
import type { ClinicalMatchSender, ClinicalWelcomeSender } from './ports.js';
import { clinicalSettings } from './settings.js';
import { clinicalCopy } from './slack/copy.js';
import { createClinicalMatchSender } from './slack/match-sender.js';
import { registerMatchActions } from './slack/register-match-actions.js';
import { registerAgreementAction } from './slack/register-agreement-action.js';
import { createRotationsRoutes, registerRotationsForm } from './slack/rotations-form.js';
import { createClinicalWelcomeSender } from './slack/welcome-sender.js';
import { createAgreementRepository } from './store/agreement-repository.js';
import { createMatchRepository } from './store/match-repository.js';
import { createRotationRepository } from './store/rotation-repository.js';
import { createClinicalUseCases } from './use-cases.js';

/** The clinical-rotation track: its roster rules, the rotations file, the mentors' honesty agreement, and matching. */
export function createClinicalFeature(
  ctx: FeatureContext,
  ports: { readonly welcomeSender?: ClinicalWelcomeSender; readonly matchSender?: ClinicalMatchSender } = {},
) {
  const settings = settingsOf(ctx.config, clinicalSettings);
  const useCases = createClinicalUseCases({
    ...kernelDeps(ctx),
    rotations: createRotationRepository(ctx.database.connection),
    directory: ctx.directory,
    agreements: createAgreementRepository(ctx.database.connection),
    matches: createMatchRepository(ctx.database.connection),
    welcomeSender: ports.welcomeSender ?? createClinicalWelcomeSender(ctx.messenger),
    matchSender: ports.matchSender ?? createClinicalMatchSender(ctx.messenger),
    settings,
    programTimezone: ctx.config.programTimezone,
    quietHours: ctx.config.quietHours,
  });
  return {
    name: 'clinical',
    useCases,
    tracks: [CLINICAL_TRACK],
    register(app) {
      registerAgreementAction(app, { services: useCases, agreementText: settings.agreementText });
      registerRotationsForm(app, useCases);
      registerMatchActions(app, useCases);
    },
    commands: [{ command: '/mentor-admin', routes: createRotationsRoutes(ctx.admins) }],
    help: [{ command: '/mentor-admin', usage: [clinicalCopy.rotationsHelp] }],
    // Clinical mentors belong to no group, so the introductions job welcomes them here.
    jobSteps: [{ job: 'introductions', run: () => useCases.welcomeClinicalMentors() }],
    jobs: [
      {
        name: 'rotations',
        description: 'match mentors to clinical mentees’ upcoming rotations: offer DMs, assignments at the deadline, introductions',
        schedule: '25 * * * *',
        run: async (now) => ({ ...(await useCases.matchRotations(now)) }),
      },
    ],
  } satisfies Feature & { useCases: unknown };
}

export const clinicalFeature = { settings: clinicalSettings, create: createClinicalFeature } satisfies FeatureModule;
