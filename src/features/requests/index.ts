import { settingsOf } from '../../config/env.js';
import { pairsOf } from '../../program/pairs.js';
import { createReadCache, ROSTER_READ_TTL_MS } from '../../program/read-cache.js';
import { loadMenteeCircle } from '../../program/snapshot/mentoring-circle.js';
import { topicDeclarationProblems } from '../../program/request-topics.js';
import { kernelDeps, requestTopicsIn, type Feature, type FeatureContext, type FeatureModule } from '../feature.js';
import { requestSettings } from './settings.js';
import { moveAwaitingRequests } from './move-requests.js';
import { createRequestHelp } from './request-help.js';
import { createRequestExportTables, requestExportKinds } from './export-tables.js';
import { requestExportLabels, requestHelp } from './slack/copy.js';
import { registerRequestHomeButton } from './slack/home-button.js';
import { registerRequestActions } from './slack/register-request-actions.js';
import { registerRequestMessages } from './slack/register-request-messages.js';
import { registerRequestViews } from './slack/register-request-views.js';
import { createRequestFormOpener, requestCommandRoutes } from './slack/request-command.js';
import { createRequestNotifier } from './slack/request-notifier.js';
import { createCloseDigestLines, type CloseDigestFacts } from './slack/digest-lines.js';
import { closedUnansweredThisWeek, weekStart } from './domain/closed-unanswered.js';
import { loadSnapshot } from '../../program/snapshot/load-snapshot.js';

/** Its kind of export, declared on the module (`npm run export` reads it before any setup). */
const EXPORT_KINDS = requestExportKinds(requestExportLabels);

/** Requests for help: `/mentor-request`, its form, the request's buttons and group DM, and requests Slack refused to post. */
export function createRequestsFeature(ctx: FeatureContext) {
  const { stores } = ctx;
  const settings = settingsOf(ctx.config, requestSettings);
  const topics = requestTopicsIn(ctx);
  // A mentee's groups as the form reads them, kept briefly like a mentor's for check-ins (dropped when the roster changes here).
  const menteeGroups = createReadCache({ ttlMs: ROSTER_READ_TTL_MS });
  const deps = {
    ...kernelDeps(ctx),
    settings,
    requestNotifier: createRequestNotifier(ctx.messenger, topics),
    pairs: pairsOf(() => ctx.surfaces.pairTracks?.() ?? []),
    topics,
    menteeGroups: (menteeId: string, now: Date) => menteeGroups.through(menteeId, now, () => loadMenteeCircle(ctx.stores.roster, menteeId)),
  };
  const requestUseCases = createRequestHelp(deps);
  // The use cases say whose Home tabs show what changed; the Home feature redraws them (best effort).
  const redrawn = async <T extends object>(outcome: T, now: Date): Promise<T> => {
    if ('affected' in outcome && Array.isArray(outcome.affected) && outcome.affected.length > 0) await ctx.links.refreshHomes(outcome.affected, now);
    return outcome;
  };
  const useCases: typeof requestUseCases = {
    ...requestUseCases,
    sendRequest: async (stored, now) => redrawn(await requestUseCases.sendRequest(stored, now), now),
    submitRequest: async (input, now) => redrawn(await requestUseCases.submitRequest(input, now), now),
    actOnRequest: async (input, now) => redrawn(await requestUseCases.actOnRequest(input, now), now),
    noteConversationMessage: async (input, now) => redrawn(await requestUseCases.noteConversationMessage(input, now), now),
  };
  const openRequestForm = createRequestFormOpener(useCases);
  // The digests' count of requests mentors closed unanswered this week; the roster is read only when there are some.
  const readCloseDigestFacts = async (now: Date): Promise<CloseDigestFacts> => {
    const closes = closedUnansweredThisWeek(await stores.requests.findActiveSince(weekStart(now)), now);
    if (closes.length === 0) return { closes, menteesByGroup: new Map() };
    const snapshot = await loadSnapshot(stores.roster, { program: true });
    return { closes, menteesByGroup: new Map(snapshot.groups.map((g) => [g.id, snapshot.map.membersOf(g.id, 'mentee')])) };
  };
  return {
    name: 'requests',
    useCases,
    onProgramChanged: (store) => {
      if (store === 'roster') menteeGroups.drop();
    },
    register(app) {
      // A track's topics are declared in code: a mistake in them stops the app at start, naming it.
      const problems = topicDeclarationProblems(ctx.surfaces.tracks?.() ?? []);
      if (problems.length > 0) throw new Error(`request topics: ${problems.join('; ')}`);
      registerRequestViews(app, { services: useCases, logger: deps.logger, supportResourcesText: settings.supportResourcesText, topics });
      registerRequestActions(app, { services: useCases, closeBeforeRedraw: { actOnRequest: requestUseCases.actOnRequest, refreshHomes: ctx.links.refreshHomes } });
      registerRequestMessages(app, { services: useCases });
      registerRequestHomeButton(app, openRequestForm);
    },
    commands: [{ command: '/mentor-request', routes: requestCommandRoutes(useCases) }],
    help: [{ command: '/mentor-request', ...requestHelp }],
    digestLines: [createCloseDigestLines(readCloseDigestFacts)],
    exportTables: createRequestExportTables({ config: ctx.config, roster: stores.roster, requests: stores.requests, topics }, EXPORT_KINDS),
    // A request Slack refused to post goes out first, so that its nudges refer to something the mentors have seen.
    jobSteps: [
      {
        job: 'nudges',
        run: async (now) => {
          const { posted, finished } = await useCases.finishRequestDeliveries(now);
          return { requestsPosted: posted, requestDeliveriesFinished: finished };
        },
      },
    ],
    provides: {
      openRequestForm,
      moveAwaitingRequests: (input, now) => moveAwaitingRequests(deps, input, now),
    },
  } satisfies Feature & { useCases: unknown };
}

export const requestsFeature = { settings: requestSettings, exportKinds: Object.values(EXPORT_KINDS), create: createRequestsFeature } satisfies FeatureModule;
