import { settingsOf } from '../../config/env.js';
import { kernelDeps, type Feature, type FeatureContext, type FeatureModule } from '../feature.js';
import { CLINICAL_TRACK } from './domain/clinical-track.js';
import type { ClinicalMatchSender, ClinicalWelcomeSender, RotationNudgeSender } from './ports.js';
import { clinicalExportKinds, createClinicalExportTables } from './export-tables.js';
import { clinicalSettings } from './settings.js';
import { clinicalExportLabels } from './slack/obligation-copy.js';
import { clinicalCopy } from './slack/copy.js';
import { createClinicalMatchSender } from './slack/match-sender.js';
import { registerMatchActions } from './slack/register-match-actions.js';
import { registerAgreementAction } from './slack/register-agreement-action.js';
import { createRotationsRoutes, registerRotationsForm } from './slack/rotations-form.js';
import { createClinicalWelcomeSender } from './slack/welcome-sender.js';
import { createRotationNudgeSender } from './slack/rotation-nudge-sender.js';
import { createClinicalHomeSections } from './slack/home-sections.js';
import { createOfficeDigestSource } from './slack/office-digest-view.js';
import { createAgreementRepository } from '../../program/store/agreement-repository.js';
import { createClinicalPersonalData } from './store/personal-data.js';
import { createMatchRepository } from './store/match-repository.js';
import { createRotationRepository } from './store/rotation-repository.js';
import { createClinicalUseCases } from './use-cases.js';
import { createClinicalPairTrack } from './pair-track.js';

/** Its kind of export, declared on the module (`npm run export` reads it before any setup). */
const EXPORT_KINDS = clinicalExportKinds(clinicalExportLabels);

/**
 * The clinical-rotation track: its roster rules, the rotations file, the mentors' honesty agreement, matching mentors
 * to mentees' rotations, their obligations per mentee rotation with their nudges, the Clinical Office's digest and
 * Home, and the rotations export.
 */
export function createClinicalFeature(
  ctx: FeatureContext,
  ports: { readonly welcomeSender?: ClinicalWelcomeSender; readonly matchSender?: ClinicalMatchSender; readonly nudgeSender?: RotationNudgeSender } = {},
) {
  const settings = settingsOf(ctx.config, clinicalSettings);
  const stores = {
    rotations: createRotationRepository(ctx.database.connection),
    agreements: createAgreementRepository(ctx.database.connection, 'clinical_agreements'),
    matches: createMatchRepository(ctx.database.connection),
  };
  const useCases = createClinicalUseCases({
    ...kernelDeps(ctx),
    ...stores,
    directory: ctx.directory,
    welcomeSender: ports.welcomeSender ?? createClinicalWelcomeSender(ctx.messenger),
    matchSender: ports.matchSender ?? createClinicalMatchSender(ctx.messenger),
    nudgeSender: ports.nudgeSender ?? createRotationNudgeSender(ctx.messenger),
    settings,
    programTimezone: ctx.config.programTimezone,
    quietHours: ctx.config.quietHours,
  });
  return {
    name: 'clinical',
    personalData: [createClinicalPersonalData(ctx.database.connection)],
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
          // An Office change is introduced like any assignment, in a group DM of the new pair.
          introduceAssignments: async (now) => {
            await useCases.introduceAssignments(now);
          },
        },
        { mentor: clinicalCopy.pairMentor, waiting: clinicalCopy.pairWaiting, office: clinicalCopy.office, noAlternatives: clinicalCopy.noAlternatives, label: clinicalCopy.pairLabel, fit: clinicalCopy.fit },
      ),
    ],
    register(app) {
      registerAgreementAction(app, { services: useCases, agreementText: settings.agreementText });
      registerRotationsForm(app, useCases);
      registerMatchActions(app, useCases);
    },
    commands: [{ command: '/mentor-admin', routes: createRotationsRoutes(ctx.admins) }],
    help: [{ command: '/mentor-admin', usage: [clinicalCopy.rotationsHelp] }],
    homeSections: createClinicalHomeSections({
      menteeRotations: useCases.readMenteeRotations,
      mentorRotations: useCases.readMentorRotations,
      officeDigest: useCases.readOfficeDigest,
    }),
    digests: [createOfficeDigestSource(useCases.readOfficeDigest)],
    exportTables: createClinicalExportTables({ config: ctx.config, roster: ctx.stores.roster, contacts: ctx.stores.contacts, rotations: stores.rotations, matches: stores.matches, programTimezone: ctx.config.programTimezone }, EXPORT_KINDS),
    jobs: [
      {
        name: 'rotations',
        description: 'match mentors to clinical mentees’ upcoming rotations: offer DMs, assignments at the deadline, introductions',
        schedule: '25 * * * *',
        run: async (now) => ({ ...(await useCases.matchRotations(now)) }),
      },
    ],
    jobSteps: [
      // Clinical mentors belong to no group, so the introductions job welcomes them here.
      { job: 'introductions', run: () => useCases.welcomeClinicalMentors() },
      // Its mentors' nudges about their mentees' rotations, sent through the shared path in the `nudges` job.
      { job: 'nudges', run: (now) => useCases.sendRotationNudges(now) },
    ],
  } satisfies Feature & { useCases: unknown };
}

export const clinicalFeature = { settings: clinicalSettings, exportKinds: Object.values(EXPORT_KINDS), create: createClinicalFeature } satisfies FeatureModule;
