import { hourlyJob } from '../../jobs/job.js';
import { createUploadedFiles } from '../../slack/uploaded-files.js';
import { kernelDeps, type Feature, type FeatureContext, type FeatureModule } from '../feature.js';
import { createMatchingRoutes } from './slack/admin-routes.js';
import { matchingCopy } from './slack/copy.js';
import { createMatchingSender } from './slack/matching-sender.js';
import { registerMatching } from './slack/register-matching.js';
import { createMatchingRepository } from './store/matching-repository.js';
import { createMatchingPersonalData } from './store/personal-data.js';
import { createMatchingUseCases } from './use-cases.js';

/**
 * Questionnaire matching ("find your mentor family"): `/mentor-admin questionnaire` sends the form once to each mentee
 * without a group and each peer mentor whose group has room (reminders by job `questionnaire`); `/mentor-admin match`
 * (and `npm run match`) previews a stable, mentee-proposing match with capacities, to apply, or to download, edit and
 * import; applying opens the memberships and runs the introductions.
 */
export function createMatchingFeature(ctx: FeatureContext) {
  const sender = createMatchingSender(ctx.messenger);
  const useCases = createMatchingUseCases({
    ...kernelDeps(ctx),
    matching: createMatchingRepository(ctx.database.connection),
    sender,
    uploads: createUploadedFiles(ctx.messenger.client),
    quietHours: ctx.config.quietHours,
    programTimezone: ctx.config.programTimezone,
    introduce: (now) => ctx.links.followMemberships(now),
  });
  return {
    name: 'matching',
    personalData: [createMatchingPersonalData(ctx.database.connection)],
    useCases,
    register(app) {
      registerMatching(app, useCases, sender, ctx.messenger);
    },
    commands: [{ command: '/mentor-admin', routes: createMatchingRoutes(useCases) }],
    help: [{ command: '/mentor-admin', usage: [...matchingCopy.help] }],
    jobs: [
      hourlyJob('questionnaire', 'the open matching questionnaire to each mentee without a group and each peer mentor whose group has room, and reminders on days 3 and 7 to those who have not answered; once each, outside quiet hours', (now) =>
        useCases.sendQuestionnaires(now),
      ),
    ],
  } satisfies Feature & { useCases: unknown };
}

export const matchingFeature = { create: createMatchingFeature } satisfies FeatureModule;
