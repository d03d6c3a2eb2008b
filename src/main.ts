import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { ConfigError, loadConfig, type Config } from './config/env.js';
import { createJobs } from './jobs/registry.js';
import type { Job } from './jobs/job.js';
import { startScheduler, type Scheduler } from './jobs/scheduler.js';
import { createLogger, type Logger } from './log/logger.js';
import { createClaimRepository } from './delivery/store/claim-repository.js';
import { createDmChannelRepository } from './delivery/store/dm-channel-repository.js';
import type { ClaimStore } from './delivery/ports.js';
import { createFeatures, FEATURE_SETTINGS, type Features } from './features/index.js';
import { createAdminPolicy } from './program/policy.js';
import { createSlackDirectory } from './program/slack/slack-directory.js';
import { createSendingClient, createSlackApp, identifyBot, SlackUnavailableError, type BotIdentity } from './slack/create-slack-app.js';
import type { PeopleLane } from './slack/people-lane.js';
import { createMessenger, type Messenger } from './delivery/slack/messenger.js';
import { createStores, type ProgramStores } from './program/store/create-stores.js';
import { connectDatabase, DatabaseUnavailableError, isDatabaseUnavailableError, type Database } from './program/store/database.js';

/** Where the embedded MongoDB keeps its data when MONGODB_URI is unset. */
const DATA_DIR = '.data';

export interface RunOptions {
  /** Where log lines go (tests capture them); standard error by default. */
  readonly logStream?: NodeJS.WritableStream;
}

/** Everything the app and the command-line tools share: config → logger → database → Slack identity → jobs. */
export interface Wiring {
  readonly config: Config;
  readonly logger: Logger;
  readonly database: Database;
  readonly bot: BotIdentity;
  readonly stores: ProgramStores;
  readonly claims: ClaimStore;
  readonly messenger: Messenger;
  /** The Web API lane of people's requests: what listeners' use cases send does not queue behind the jobs. */
  readonly lane: PeopleLane;
  /** The features, in the list's order; each exposes its use cases (the command-line tools call them). */
  readonly features: Features;
  readonly jobs: ReadonlyMap<string, Job>;
  close(): Promise<void>;
}

export function createAppLogger(config: Config, options: RunOptions = {}): Logger {
  return createLogger({
    level: config.logLevel,
    json: config.production,
    secrets: [config.slack.botToken, config.slack.signingSecret, config.slack.appToken].filter((s): s is string => s !== undefined),
    ...(options.logStream ? { stream: options.logStream } : {}),
  });
}

/** `clock`: the real clock leases are measured by and the app's pages take as now (tests move it on; the demo plays a semester by it). */
export async function wire(config: Config, logger: Logger, clock: () => Date = () => new Date()): Promise<Wiring> {
  const bot = await identifyBot(config, logger);
  const database = await connectDatabase({ uri: config.mongodbUri, dataDir: DATA_DIR, logger });
  const stores = createStores(database.connection);
  const sending = createSendingClient(config, logger);
  const messenger = createMessenger(sending.client, createDmChannelRepository(database.connection));
  const claims = createClaimRepository(database.connection, { clock });
  const admins = createAdminPolicy(config.adminUserIds, stores.roster);
  const directory = createSlackDirectory(messenger.client);
  const features = createFeatures({ config, logger, database, stores, claims, messenger, directory, admins, clock });
  const jobs = createJobs(Object.values(features));
  return {
    config,
    logger,
    database,
    bot,
    stores,
    claims,
    messenger,
    lane: sending.lane,
    features,
    jobs,
    close: () => database.close(),
  };
}

export interface RunningApp {
  /** The HTTP port bound (Slack requests in HTTP mode, /healthz in both modes). */
  readonly port: number;
  readonly logger: Logger;
  /**
   * Stops taking requests, waits for listener work started after `ack` (bounded), lets go of the claims this
   * process holds, stops the scheduler (bounded), lets go of claims again, and closes the database last.
   */
  stop(): Promise<void>;
}

/** How long a stop waits for each part; together well within STOP_DEADLINE_MS. */
export const STOP_BOUNDS = {
  /** Requests being answered, then the work their listeners do after `ack` (imports, moves, request posts). */
  requestsMs: 4_000,
  /** Scheduled runs in progress, once they can no longer claim work. */
  jobsMs: 3_000,
} as const;

/** The composition root: validates the environment, connects, and serves Slack until stopped. */
export async function startPeerMentor(env: Readonly<Record<string, string | undefined>>, options: RunOptions = {}): Promise<RunningApp> {
  const config = loadConfig(env, FEATURE_SETTINGS);
  const logger = createAppLogger(config, options);
  const wiring = await wire(config, logger);
  const slack = createSlackApp({
    config,
    logger,
    bot: wiring.bot,
    features: Object.values(wiring.features),
    isHealthy: () => wiring.database.ping(),
    isDatabaseAvailable: () => wiring.database.isAvailable(),
    isDatabaseUnavailableError,
    lane: wiring.lane,
  });
  let port: number;
  try {
    port = await slack.start();
  } catch (error) {
    await wiring.close();
    throw error;
  }
  const scheduler: Scheduler | undefined = config.schedulerEnabled
    ? startScheduler(wiring.jobs.values(), logger, () => new Date())
    : undefined;
  logger.info('Peer Mentor is running', {
    mode: config.slack.appToken === undefined ? 'http' : 'socket',
    port,
    scheduler: config.schedulerEnabled,
  });
  let stopping: Promise<void> | undefined;
  const letGo = () =>
    wiring.claims.letGo().catch((error: unknown) => {
      logger.error('could not let go of the claims; they are taken over when their lease runs out', { error });
      return 0;
    });
  return {
    port,
    logger,
    stop() {
      stopping ??= (async () => {
        const requestsBy = Date.now() + STOP_BOUNDS.requestsMs;
        scheduler?.halt();
        await slack.stop(STOP_BOUNDS.requestsMs);
        const requestsRunning = await slack.drain(requestsBy - Date.now());
        // From here no claim is taken: running jobs (and any listener still at work) stop taking new work.
        let claimsLetGo = await letGo();
        const jobsRunning = (await scheduler?.stop(STOP_BOUNDS.jobsMs)) ?? [];
        claimsLetGo += await letGo();
        await wiring.close();
        logger.info('Peer Mentor stopped', { requestsRunning, jobsRunning: jobsRunning.length, claimsLetGo });
      })();
      return stopping;
    },
  };
}

/** Startup failures a person can fix: printed as one clear message, no stack trace. */
export function isStartupError(error: unknown): error is Error {
  return error instanceof ConfigError || error instanceof DatabaseUnavailableError || error instanceof SlackUnavailableError;
}

/** Loads `.env` from the working directory when there is one (variables already set win). */
export function loadDotEnv(): void {
  if (existsSync('.env')) process.loadEnvFile('.env');
}

const STOP_DEADLINE_MS = 10_000;

async function main(): Promise<void> {
  loadDotEnv();
  let running: RunningApp;
  try {
    running = await startPeerMentor(process.env);
  } catch (error) {
    if (isStartupError(error)) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const shutdown = (signal: string) => {
    running.logger.info('stopping', { signal });
    const deadline = setTimeout(() => {
      running.logger.error('could not stop within 10 s; exiting');
      process.exit(1);
    }, STOP_DEADLINE_MS);
    deadline.unref();
    void running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        running.logger.error('error while stopping', { error });
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void main();
}
