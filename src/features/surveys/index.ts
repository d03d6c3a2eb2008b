import { hourlyJob } from '../../jobs/job.js';
import { kernelDeps, type Feature, type FeatureContext, type FeatureModule } from '../feature.js';
import { COHORT_TRACK } from '../../program/tracks.js';
import { surveyExportKind, surveyExportRows } from './export-rows.js';
import type { SurveySender } from './ports.js';
import { createSurveyRoutes, registerLaunchForm } from './slack/launch-form.js';
import { registerAnswerActions } from './slack/register-answer.js';
import { createSurveyDigestLines, createSurveyHomeSections } from './slack/results-views.js';
import { createSurveySender } from './slack/survey-sender.js';
import { surveyCopy } from './slack/copy.js';
import { createSurveysPersonalData } from './store/personal-data.js';
import { createSurveyRepository } from './store/survey-repository.js';
import { createSurveyUseCases } from './use-cases.js';

/** Its kind of export, declared on the module (`npm run export` reads it before any setup). */
const EXPORT_KIND = surveyExportKind('Survey answers (needs --id)');

/**
 * Surveys: admins launch one from a template (`/mentor-admin survey`); each person it is for gets one DM with its form
 * and a reminder 3 days before closing (job `surveys`); the first answer stands; an anonymous survey's answers hold no
 * user id. Results on admins' and Faculty Mentors' Home and digests (groups of 5 answers or more), answers in the export.
 */
export function createSurveysFeature(ctx: FeatureContext, ports: { readonly sender?: SurveySender } = {}) {
  const surveys = createSurveyRepository(ctx.database.connection);
  const useCases = createSurveyUseCases({
    ...kernelDeps(ctx),
    surveys,
    sender: ports.sender ?? createSurveySender(ctx.messenger),
    quietHours: ctx.config.quietHours,
    programTimezone: ctx.config.programTimezone,
    // No one's Home to redraw at once, but what Home keeps of the results (a minute) is dropped.
    resultsChanged: (now) => ctx.links.refreshHomes([], now),
    pairTracks: () => ctx.surfaces.pairTracks?.() ?? [],
    trackNames: () => (ctx.surfaces.tracks?.() ?? [COHORT_TRACK]).map((t) => t.name),
  });
  return {
    name: 'surveys',
    personalData: [createSurveysPersonalData(ctx.database.connection)],
    useCases,
    register(app) {
      registerLaunchForm(app, useCases);
      registerAnswerActions(app, useCases);
    },
    commands: [{ command: '/mentor-admin', routes: createSurveyRoutes(useCases) }],
    help: [{ command: '/mentor-admin', usage: [surveyCopy.launchHelp] }],
    homeSections: createSurveyHomeSections(useCases),
    digestLines: [createSurveyDigestLines(useCases)],
    exportTables: [{ ...EXPORT_KIND, rows: (_months, _now, options) => surveyExportRows({ surveys, roster: ctx.stores.roster }, options) }],
    jobs: [hourlyJob('surveys', 'each open survey’s invitation DM to each person it is for, and a reminder 3 days before closing to those who have not answered; once each, outside quiet hours', (now) => useCases.sendInvitations(now))],
  } satisfies Feature & { useCases: unknown };
}

export const surveysFeature = { exportKinds: [EXPORT_KIND], create: createSurveysFeature } satisfies FeatureModule;
