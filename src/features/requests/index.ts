import { settingsOf } from '../../config/env.js';
import type { Feature, FeatureContext, FeatureModule } from '../feature.js';
import { requestSettings } from './settings.js';
import { moveAwaitingRequests } from './move-requests.js';
import { createRequestHelp } from './request-help.js';
import { requestHelp } from './slack/copy.js';
import { registerRequestHomeButton } from './slack/home-button.js';
import { registerRequestActions } from './slack/register-request-actions.js';
import { registerRequestMessages } from './slack/register-request-messages.js';
import { registerRequestViews } from './slack/register-request-views.js';
import { createRequestFormOpener, requestCommandRoutes } from './slack/request-command.js';
import { createRequestNotifier } from './slack/request-notifier.js';

/** Requests for help: `/mentor-request`, its form, the request's buttons and group DM, and requests Slack refused to post. */
export function createRequestsFeature(ctx: FeatureContext) {
  const { stores } = ctx;
  const settings = settingsOf(ctx.config, requestSettings);
  const deps = {
    config: ctx.config,
    settings,
    logger: ctx.logger,
    claims: ctx.claims,
    roster: stores.roster,
    contacts: stores.contacts,
    requests: stores.requests,
    away: stores.away,
    requestNotifier: createRequestNotifier(ctx.messenger),
    admins: ctx.admins,
    refreshHomes: (userIds: readonly string[], now: Date) => ctx.links.refreshHomes(userIds, now),
  };
  const useCases = createRequestHelp(deps);
  const openRequestForm = createRequestFormOpener(useCases);
  return {
    name: 'requests',
    useCases,
    register(app) {
      registerRequestViews(app, { services: useCases, supportResourcesText: settings.supportResourcesText });
      registerRequestActions(app, { services: useCases });
      registerRequestMessages(app, { services: useCases });
      registerRequestHomeButton(app, openRequestForm);
    },
    commands: [{ command: '/mentor-request', routes: requestCommandRoutes(useCases) }],
    help: [{ command: '/mentor-request', ...requestHelp }],
    // A request Slack refused to post goes out first, so that its nudges refer to something the mentors have seen.
    jobSteps: [{ job: 'nudges', run: async (now) => ({ requestsPosted: (await useCases.postUnpostedRequests(now)).posted }) }],
    provides: {
      openRequestForm,
      moveAwaitingRequests: (input, now) => moveAwaitingRequests(deps, input, now),
    },
  } satisfies Feature & { useCases: unknown };
}

export const requestsFeature = { settings: requestSettings, create: createRequestsFeature } satisfies FeatureModule;
