import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { App, HTTPReceiver, type CustomRoute, type Receiver } from '@slack/bolt';
import { WebClient } from '@slack/web-api';
import type { Config } from '../config/env.js';
import type { Feature } from '../features/feature.js';
import { registerCommands } from './command-router.js';
import { createBoltLogger } from './bolt-logger.js';
import { onlyRetryRateLimits } from '../delivery/slack/send-errors.js';
import type { Logger } from '../log/logger.js';
import { createWorkTracker } from './work-tracker.js';
import { createErrorBoundary } from './error-boundary.js';
import { guardListeners } from './listener-guard.js';
import { createPeopleLane, type PeopleLane } from './people-lane.js';
import { onlyThisWorkspace } from './workspace-guard.js';
import type { HttpRoute } from './http-route.js';
import { createSocketMode, type SocketMode } from './socket-mode.js';

export interface SlackAppDeps {
  readonly config: Config;
  readonly logger: Logger;
  /** Whether the database answers; /healthz says 200 or 503 from it. */
  readonly isHealthy: () => Promise<boolean>;
  /** False while the database is known to be away (no I/O): requests that need it are answered at once. Default: true. */
  readonly isDatabaseAvailable?: () => boolean;
  /** Whether an error says the database could not be reached (the person is told nothing was saved). */
  readonly isDatabaseUnavailableError?: (error: unknown) => boolean;
  /** The lane of people's requests (see `createSendingClient`): every listener runs in it. */
  readonly lane?: PeopleLane;
  readonly bot: BotIdentity;
  /** The features, each registering its listeners and contributing its command forms and help. */
  readonly features: readonly Feature[];
}

export interface BotIdentity {
  readonly botId: string;
  readonly botUserId: string;
  readonly teamId: string;
  /** The Enterprise Grid org the workspace is in, if any. */
  readonly enterpriseId?: string | undefined;
}

export interface SlackApp {
  readonly app: App;
  /** Starts taking requests; resolves to the bound HTTP port (the health endpoint's in Socket Mode). */
  start(): Promise<number>;
  /**
   * Stops taking requests: no new connection, /healthz answers 503 on those still open. Resolves once the requests
   * already in have been answered (acked) and their connections closed, or after `timeoutMs`, cutting the rest.
   * The work listeners do after `ack` goes on: wait for it with `drain`. In Socket Mode the socket is closed at once
   * (Bolt's receiver does not wait for acks), and the stop resolves once Slack has answered the close and the HTTP
   * server of /healthz has closed.
   */
  stop(timeoutMs: number): Promise<void>;
  /** Waits for listener work in flight (before and after `ack`) up to `timeoutMs`; resolves to how many still run. */
  drain(timeoutMs: number): Promise<number>;
}

/**
 * Web API client options shared by Bolt and the jobs: our base URL; a call that hangs fails after 30 s; and only
 * 429s are retried by the client (after Retry-After), since any other failure may have reached Slack and is the
 * claim's to retry, looking first.
 */
export function slackClientOptions(config: Config, logger: Logger) {
  return {
    slackApiUrl: config.slack.apiUrl,
    logger: createBoltLogger(logger),
    timeout: 30_000,
    retryConfig: { retries: 3, factor: 2, minTimeout: 250, maxTimeout: 4_000, randomize: true, onFailedAttempt: onlyRetryRateLimits },
  };
}

/** A plain Web API client on our settings, without the lane of people's requests. */
export function createWebClient(config: Config, logger: Logger): WebClient {
  return new WebClient(config.slack.botToken, slackClientOptions(config, logger));
}

/**
 * The Web API client use cases send through (jobs and notifications), and the lane of people's requests: what a
 * listener's use case sends goes through a queue of its own, never behind a job's. Listeners reply through Bolt's own.
 */
export function createSendingClient(config: Config, logger: Logger): { readonly client: WebClient; readonly lane: PeopleLane } {
  return createPeopleLane(config.slack.botToken, slackClientOptions(config, logger));
}

/** Asks Slack who the bot is (auth.test); a refused token stops the start with a clear message. */
export async function identifyBot(config: Config, logger: Logger): Promise<BotIdentity> {
  const client = new WebClient(config.slack.botToken, { ...slackClientOptions(config, logger), retryConfig: { retries: 1 } });
  try {
    const auth = await client.auth.test();
    if (auth.bot_id === undefined || auth.user_id === undefined || auth.team_id === undefined) {
      throw new Error('auth.test did not name a bot: is SLACK_BOT_TOKEN a bot token?');
    }
    return { botId: auth.bot_id, botUserId: auth.user_id, teamId: auth.team_id, enterpriseId: auth.enterprise_id || undefined };
  } catch (error) {
    const reason = (error as { data?: { error?: string } }).data?.error ?? (error as Error).message;
    throw new SlackUnavailableError(
      `Slack did not accept SLACK_BOT_TOKEN at ${config.slack.apiUrl} (auth.test: ${reason}). Check the token, and SLACK_API_URL if you set it.`,
    );
  }
}

export class SlackUnavailableError extends Error {
  override name = 'SlackUnavailableError';
}

/** A Socket Mode start that Slack refused (apps.connections.open) as a clear startup error; any other as it is. */
function socketModeStartError(error: unknown, config: Config): unknown {
  const refused = (error as { data?: { error?: string } }).data?.error;
  if (refused === undefined) return error;
  return new SlackUnavailableError(
    `Slack did not accept SLACK_APP_TOKEN at ${config.slack.apiUrl} (apps.connections.open: ${refused}). Check the app-level token (scope connections:write), and SLACK_API_URL if you set it.`,
  );
}

export function createSlackApp(deps: SlackAppDeps): SlackApp {
  const { config, logger } = deps;
  const boltLogger = createBoltLogger(logger);
  const work = createWorkTracker();
  let stopping = false;
  const healthRoute: CustomRoute = {
    path: '/healthz',
    method: ['GET'],
    handler: (_req: IncomingMessage, res: ServerResponse) => {
      if (stopping) {
        res.writeHead(503, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ status: 'stopping' }));
        return;
      }
      void deps.isHealthy().then((healthy) => {
        res.writeHead(healthy ? 200 : 503, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ status: healthy ? 'ok' : 'unavailable', database: healthy ? 'up' : 'down' }));
      });
    },
  };

  const customRoutes = [healthRoute, ...deps.features.flatMap((f) => f.httpRoutes ?? []).map((route) => mountRoute(route, logger))];

  let server: Server | undefined;
  let receiver: Receiver;
  let socketMode: SocketMode | undefined;
  if (config.slack.appToken !== undefined) {
    socketMode = createSocketMode({ appToken: config.slack.appToken, logger: boltLogger, customRoutes, port: config.port, clientOptions: slackClientOptions(config, logger) });
    receiver = socketMode.receiver;
    server = socketMode.server;
  } else {
    receiver = new HTTPReceiver({
      signingSecret: config.slack.signingSecret!,
      endpoints: ['/slack/events'],
      customRoutes,
      logger: boltLogger,
    });
  }

  const app = new App({
    receiver,
    token: config.slack.botToken,
    botId: deps.bot.botId,
    botUserId: deps.bot.botUserId,
    logger: boltLogger,
    clientOptions: slackClientOptions(config, logger),
    // No listener keeps conversation state: Bolt's default store would look each conversation up (and build an error
    // for every miss) on every request.
    convoStore: false,
  });
  // One workspace: a request from another is dropped before anything acts on it with this workspace's token.
  app.use(onlyThisWorkspace({ teamId: deps.bot.teamId, enterpriseId: deps.bot.enterpriseId }, logger));
  // Global middleware resolves only when every listener has finished, work after ack included: counted for drain().
  const lane = deps.lane;
  app.use(async ({ next }) => {
    await (lane === undefined ? work.track(next) : lane.run(() => work.track(next)));
  });

  // Every listener is registered through the error boundary: a failure, before or after ack, is answered to the person.
  const isDatabaseAvailable = deps.isDatabaseAvailable ?? (() => true);
  const guarded = guardListeners(
    app,
    createErrorBoundary({ logger, isDatabaseAvailable, isDatabaseUnavailableError: deps.isDatabaseUnavailableError ?? (() => false) }),
  );
  const { features } = deps;
  registerCommands(guarded, features.flatMap((f) => f.commands ?? []), features.flatMap((f) => f.help ?? []), { isDatabaseAvailable });
  for (const feature of features) feature.register?.(guarded);

  // Listeners' own failures are answered by the boundary; what reaches here failed around them (e.g. in middleware).
  app.error(async (error) => {
    logger.error('unhandled error in a Slack listener', { error });
  });

  return {
    app,
    async start() {
      let port: number;
      if (socketMode === undefined) {
        server = (await app.start(config.port)) as Server;
        const address = server.address();
        port = typeof address === 'object' && address !== null ? address.port : config.port;
      } else {
        port = await socketMode.start(app).catch((error: unknown) => {
          throw socketModeStartError(error, config);
        });
      }
      // While stopping, a connection whose request has been answered is closed at once rather than kept alive.
      const started = server!;
      started.on('request', (_req: IncomingMessage, res: ServerResponse) => {
        res.once('finish', () => {
          if (stopping) started.closeIdleConnections();
        });
      });
      return port;
    },
    async stop(timeoutMs) {
      stopping = true;
      // Socket Mode: closed once the HTTP server has closed and the socket's closing handshake is over.
      const { closed: closing, cut } = socketMode?.stop(app) ?? { closed: app.stop(), cut: undefined };
      // Keep-alive sockets with no request in flight would hold server.close() open until they time out.
      server?.closeIdleConnections();
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), timeoutMs)));
      try {
        if ((await Promise.race([closing, late])) === 'late') {
          server?.closeAllConnections();
          await (cut ?? closing);
        }
      } finally {
        clearTimeout(timer);
      }
    },
    drain: (timeoutMs) => work.drain(timeoutMs),
  };
}

/** A feature's route as a Bolt custom route: a failure its handler leaves unanswered is logged and answered 500. */
function mountRoute(route: HttpRoute, logger: Logger): CustomRoute {
  return {
    path: route.path,
    method: [route.method],
    handler: (req: IncomingMessage, res: ServerResponse) => {
      route.handler(req, res).catch((error: unknown) => {
        logger.error('an HTTP route failed', { path: route.path, error });
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Something went wrong on our side. Please try again in a minute.');
      });
    },
  };
}
