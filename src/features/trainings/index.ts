import { exportTablesFor, type ExportKind } from '../../program/export-table.js';
import { COHORT_TRACK } from '../../program/tracks.js';
import { hourlyJob } from '../../jobs/job.js';
import type { Feature, FeatureContext, FeatureModule } from '../feature.js';
import { TRAINING_COLUMNS } from './domain/training-rows.js';
import type { TrainingSender } from './ports.js';
import { trainingCopy } from './slack/copy.js';
import { createTrainingDigestLines, createTrainingHomeSections } from './slack/home-sections.js';
import { registerTrainingActions } from './slack/register-training-actions.js';
import { createTrainingRoutes, registerTrainingForm } from './slack/training-form.js';
import { createTrainingSender } from './slack/training-sender.js';
import { createTrainingsPersonalData } from './store/personal-data.js';
import { createTrainingRepository } from './store/training-repository.js';
import { createTrainingUseCases } from './use-cases.js';

/** Its kind of export, declared on the module (`npm run export` reads it before any setup). */
const EXPORT_KINDS = { trainings: { kind: 'trainings', label: trainingCopy.exportLabel, order: 80, header: TRAINING_COLUMNS } } satisfies Record<string, ExportKind>;

/**
 * Trainings: `/mentor-admin training` sets one up for roles or tracks; the `trainings` job invites each person
 * concerned once and reminds them the day before; they answer in the DM; admins mark attendance from the training's
 * message; admins' Home (and digest) show who missed a required one; the `trainings` export.
 */
export function createTrainingsFeature(ctx: FeatureContext, ports: { readonly sender?: TrainingSender } = {}) {
  const tracks = () => ctx.surfaces.tracks?.() ?? [COHORT_TRACK];
  const useCases = createTrainingUseCases({
    trainings: createTrainingRepository(ctx.database.connection),
    roster: ctx.stores.roster,
    claims: ctx.claims,
    admins: ctx.admins,
    logger: ctx.logger,
    sender: ports.sender ?? createTrainingSender(ctx.messenger),
    quietHours: ctx.config.quietHours,
    programTimezone: ctx.config.programTimezone,
    calendar: ctx.config.calendar,
    trackNames: () => tracks().map((t) => t.name),
  });
  return {
    name: 'trainings',
    personalData: [createTrainingsPersonalData(ctx.database.connection)],
    useCases,
    register(app) {
      registerTrainingForm(app, useCases);
      registerTrainingActions(app, useCases);
    },
    commands: [{ command: '/mentor-admin', routes: createTrainingRoutes(useCases, tracks) }],
    help: [{ command: '/mentor-admin', usage: [trainingCopy.help] }],
    jobs: [hourlyJob('trainings', 'invite each person concerned by a training not yet started, once, and remind them the day before', (now) => useCases.sendTrainingMessages(now))],
    homeSections: createTrainingHomeSections(useCases),
    digestLines: [createTrainingDigestLines(useCases)],
    exportTables: exportTablesFor(EXPORT_KINDS, { trainings: (months) => useCases.exportRows(months) }),
  } satisfies Feature & { useCases: unknown };
}

export const trainingsFeature = { exportKinds: Object.values(EXPORT_KINDS), create: createTrainingsFeature } satisfies FeatureModule;
