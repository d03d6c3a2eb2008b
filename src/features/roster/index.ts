import { COHORT_TRACK } from '../../program/tracks.js';
import { kernelDeps, type Feature, type FeatureContext, type FeatureModule } from '../feature.js';
import { createAdminRoutes } from './slack/admin-command.js';
import { adminHelp } from './slack/copy.js';
import { registerRosterHomeButtons } from './slack/home-buttons.js';
import { registerImportRosterView } from './slack/import-roster-view.js';
import { createIntroductionSender } from './slack/introduction-sender.js';
import { createUploadedFiles } from '../../slack/uploaded-files.js';
import { createEndingSender } from './slack/ending-sender.js';
import { createPreviewRepository } from './store/preview-repository.js';
import { createRosterUseCases } from './use-cases.js';
import { createPreviewPersonalData } from './store/preview-personal-data.js';

/** Roster import, introductions and `/mentor-admin import | introduce | status`. */
export function createRosterFeature(ctx: FeatureContext) {
  const useCases = createRosterUseCases({
    ...kernelDeps(ctx),
    directory: ctx.directory,
    previews: createPreviewRepository(ctx.database.connection),
    endingSender: createEndingSender(ctx.messenger),
    moveAwaitingRequests: (input, now) => ctx.links.moveAwaitingRequests(input, now),
    introductionSender: createIntroductionSender(ctx.messenger),
    uploadedFiles: createUploadedFiles(ctx.messenger.client),
    // Read when a file is read: every feature is built by then.
    tracks: () => ctx.surfaces.tracks?.() ?? [COHORT_TRACK],
    trackImports: () => ctx.surfaces.trackImports?.() ?? [],
  });
  return {
    name: 'roster',
    personalData: [createPreviewPersonalData(ctx.database.connection)],
    useCases,
    register(app) {
      registerImportRosterView(app, useCases);
      registerRosterHomeButtons(app, useCases, ctx.admins);
    },
    commands: [{ command: '/mentor-admin', routes: createAdminRoutes(useCases, ctx.admins) }],
    help: [{ command: '/mentor-admin', ...adminHelp }],
    jobs: [
      {
        name: 'introductions',
        description:
          'follow ended memberships (out of the channel, a DM, requests and time away), introduce every group not yet introduced in its private channel, and welcome people who joined since',
        schedule: '7 * * * *',
        run: async (now) => ({ ...(await useCases.followMemberships(now)) }),
      },
    ],
    provides: { followMemberships: async (now) => ({ ...(await useCases.followMemberships(now)) }) },
  } satisfies Feature & { useCases: unknown };
}

export const rosterFeature = { create: createRosterFeature } satisfies FeatureModule;
