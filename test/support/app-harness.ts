import { Writable } from 'node:stream';
import { LogLevel, WebClient } from '@slack/web-api';
import { loadConfig, type Config } from '../../src/config/env.js';
import { createMessenger, type Messenger } from '../../src/delivery/slack/messenger.js';
import type { HomeRefresher, PersonHome } from '../../src/features/home/ports.js';
import { FEATURE_SETTINGS } from '../../src/features/index.js';
import type { Job } from '../../src/jobs/job.js';
import { createJobs } from '../../src/jobs/registry.js';
import { createLogger, type Logger } from '../../src/log/logger.js';
import { createAppLogger, startPeerMentor, wire } from '../../src/main.js';
import { createAdminPolicy } from '../../src/program/policy.js';
import { connectDatabase, type Database } from '../../src/program/store/database.js';
import { createWebClient } from '../../src/slack/create-slack-app.js';
import { fetchAnswer, SIGNING_SECRET, type HttpAnswer } from './actor.js';
import { uniqueDatabaseUri } from './database.js';
import { FakeSlack, type FakeUser } from '../../src/demo/slack-simulator/fake-slack.js';
import { RecordingCheckinNotifier } from './recording-checkin-notifier.js';
import { RecordingNudgeNotifier } from './recording-nudge-notifier.js';
import { createTestClock } from './test-clock.js';
import { createTestFeatures, createTestStores, useCasesOf, type TestStores, type UseCases } from './use-cases.js';

/**
 * The one app harness. By default: the app's own wiring (`wire()` from main.ts) on a database of its own and a fake
 * Slack, without HTTP, for use cases and jobs driven directly, as the command line drives them. Each test states only
 * how its app differs:
 * - `served`: the real composition root (`startPeerMentor`) over HTTP on port 0, requests signed with SIGNING_SECRET;
 *   tests speak to it through the actors (actor.ts). With `socketMode` too, it runs in Socket Mode instead (the fake
 *   Slack's app token, no signing secret): Slack's side is `slack.sendEnvelope`, and port 0 serves /healthz and pages.
 * - `recording`: no Slack at all; the features' Slack ports (check-in prompts and pulses, nudges, Home tabs) record what
 *   they would send, and every other Slack call meets a closed port.
 * - `counted`: every store call the use cases make is counted (to prove that bulk work stays bulk).
 */
export interface AppOptions {
  /** Names the database the harness makes (unless `mongoUri` is given). */
  readonly label: string;
  /** Settings on top of the harness's (the fake Slack, the database, JSON logs at info, no scheduler). */
  readonly env?: Readonly<Record<string, string>>;
  /** The fake Slack's people. */
  readonly users?: readonly FakeUser[];
  readonly served?: boolean;
  /** With `served`: Socket Mode (SLACK_APP_TOKEN) instead of HTTP. */
  readonly socketMode?: boolean;
  readonly recording?: boolean;
  readonly counted?: boolean;
  /** A database already in use (another instance's, or one behind a proxy): the harness neither makes nor drops it. */
  readonly mongoUri?: string;
}

export interface LogLine {
  readonly level: string;
  readonly message: string;
  readonly [key: string]: unknown;
}

/** How many times each store method was called, by `store.method`. */
export type CallCounts = Map<string, number>;

/** What every app under test has. */
interface Common {
  readonly config: Config;
  readonly mongoUri: string;
  /** The app's database: its own connection when in process, a second one when served. */
  readonly database: Database;
  /** The program's stores, the claims and the zone checks, on `database`: what tests seed and read back. */
  readonly stores: TestStores;
  /** What the app logged (JSON lines, parsed). */
  readonly logs: LogLine[];
  /** Stops the app, drops the database it made, stops the fake Slack. */
  stop(): Promise<void>;
}

/** An app in this process: its features, as the listeners, jobs and command line call them. */
interface InProcess {
  /** Every feature's use cases. */
  readonly useCases: UseCases;
  readonly jobs: ReadonlyMap<string, Job>;
  readonly logger: Logger;
  readonly messenger: Messenger;
  /** Store calls made through `useCases` (only with `counted`). */
  readonly counts: CallCounts;
}

/** An app served over HTTP. */
interface Served {
  readonly port: number;
  readonly baseUrl: string;
  get(path: string): Promise<HttpAnswer>;
}

interface OnFakeSlack {
  readonly slack: FakeSlack;
}

/** What the features would have sent to Slack. */
interface Recorded {
  /** Check-in prompts, confirmations, pulses and notices to mentors. */
  readonly notifier: RecordingCheckinNotifier;
  readonly nudges: RecordingNudgeNotifier;
  /** Home tabs redrawn (instead of views.publish), in order. */
  readonly homes: PersonHome[];
}

type Mode = Pick<AppOptions, 'served' | 'recording'>;

/** The app under test, with the parts its mode has. */
export type AppHarness<M extends Mode = Mode> = Common & (M extends { served: true } ? Served : InProcess) & (M extends { recording: true } ? Recorded : OnFakeSlack);
export type ServedApp = AppHarness<{ served: true }>;
export type RecordingApp = AppHarness<{ recording: true }>;

const quiet = createLogger({ level: 'error', json: true, secrets: [] });

/** Starts the app under test as the options say; `stop()` it when done. */
export async function startApp<const O extends AppOptions>(options: O): Promise<AppHarness<O>> {
  if (options.served === true && (options.recording === true || options.counted === true)) throw new Error('a served app neither records nor counts');
  if (options.socketMode === true && options.served !== true) throw new Error('only a served app runs in Socket Mode');
  const mongoUri = options.mongoUri ?? uniqueDatabaseUri(options.label);
  const slack = options.recording === true ? undefined : await new FakeSlack(options.users ?? []).start();
  const env = {
    SLACK_BOT_TOKEN: slack?.token ?? 'xoxb-test',
    ...(options.socketMode === true ? { SLACK_APP_TOKEN: slack!.appToken } : { SLACK_SIGNING_SECRET: SIGNING_SECRET }),
    ...(slack === undefined ? {} : { SLACK_API_URL: slack.apiUrl }),
    MONGODB_URI: mongoUri,
    PORT: '0',
    SCHEDULER_ENABLED: 'false',
    NODE_ENV: 'production',
    LOG_LEVEL: 'info',
    ...options.env,
  };
  const config = loadConfig(env, FEATURE_SETTINGS);
  const logs: LogLine[] = [];
  const logStream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim() !== '') logs.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  let app: App;
  try {
    app = options.served === true ? await serve(env, logStream, mongoUri) : await inProcess(config, options, createAppLogger(config, { logStream }), slack);
  } catch (error) {
    await slack?.stop();
    throw error;
  }
  await app.database.connection.syncIndexes();
  const { halt, close, ...parts } = app;
  const harness = {
    ...parts,
    config,
    mongoUri,
    logs,
    slack,
    async stop() {
      await halt();
      if (options.mongoUri === undefined) await app.database.connection.dropDatabase().catch(() => undefined);
      await close();
      await slack?.stop();
    },
  };
  return harness as unknown as AppHarness<O>;
}

/** The parts of the harness that depend on how the app is built. */
type App = {
  readonly database: Database;
  readonly stores: TestStores;
  /** Stops what runs on the database (the served app), before the harness drops it. */
  halt(): Promise<void>;
  /** Closes the database. */
  close(): Promise<void>;
} & (Served | (InProcess & Partial<Recorded>));

const nothing = async () => undefined;

/** The real composition root over HTTP, and a connection of the harness's own to its database. */
async function serve(env: Readonly<Record<string, string>>, logStream: Writable, mongoUri: string): Promise<App> {
  const running = await startPeerMentor(env, { logStream });
  const database = await connectDatabase({ uri: mongoUri, dataDir: '.data', logger: quiet }).catch(async (error: unknown) => {
    await running.stop();
    throw error;
  });
  const baseUrl = `http://127.0.0.1:${running.port}`;
  return {
    database,
    stores: createTestStores(database.connection),
    port: running.port,
    baseUrl,
    get: (path) => fetchAnswer(`${baseUrl}${path}`),
    halt: () => running.stop(),
    close: () => database.close(),
  };
}

/**
 * The features in this process. As they are, main's own wiring; with ports recorded or stores counted, the same features
 * built on those (the test composition of use-cases.ts).
 */
async function inProcess(config: Config, options: AppOptions, logger: Logger, slack: FakeSlack | undefined): Promise<App> {
  const counts: CallCounts = new Map();
  if (options.recording !== true && options.counted !== true) {
    const clock = createTestClock();
    const wiring = await wire(config, logger, clock);
    const useCases = useCasesOf(wiring.features, createAdminPolicy(config.adminUserIds, wiring.stores.roster));
    const { database, jobs, messenger } = wiring;
    return { database, stores: createTestStores(database.connection, clock), useCases, jobs, logger, messenger, counts, halt: nothing, close: () => wiring.close() };
  }
  const database = await connectDatabase({ uri: config.mongodbUri, dataDir: '.data', logger });
  const stores = createTestStores(database.connection);
  const recorded: Recorded | undefined = options.recording === true ? { notifier: new RecordingCheckinNotifier(), nudges: new RecordingNudgeNotifier(), homes: [] } : undefined;
  const homeRefresher: HomeRefresher | undefined = recorded && {
    async publish(home) {
      recorded.homes.push(home);
    },
  };
  const messenger = createMessenger(
    slack === undefined
      ? new WebClient('xoxb-unused', { slackApiUrl: 'http://127.0.0.1:9/api/', retryConfig: { retries: 0 }, logLevel: LogLevel.ERROR })
      : createWebClient(config, logger),
  );
  const features = createTestFeatures({
    config,
    logger,
    database,
    stores: options.counted === true ? countedStores(stores, counts) : stores,
    messenger,
    ports: recorded && { checkinNotifier: recorded.notifier, pulseNotifier: recorded.notifier, nudgeNotifier: recorded.nudges, homeRefresher },
  });
  const useCases = useCasesOf(features, createAdminPolicy(config.adminUserIds, stores.roster));
  const jobs = createJobs(Object.values(features));
  return { database, stores, useCases, jobs, logger, messenger, counts, ...recorded, halt: nothing, close: () => database.close() };
}

function countedStores(stores: TestStores, counts: CallCounts): TestStores {
  const counted = <T extends object>(name: string, store: T): T =>
    new Proxy(store, {
      get(target, property, receiver) {
        const value: unknown = Reflect.get(target, property, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          const key = `${name}.${String(property)}`;
          counts.set(key, (counts.get(key) ?? 0) + 1);
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
  return Object.fromEntries(Object.entries(stores).map(([name, store]) => [name, counted(name, store as object)])) as unknown as TestStores;
}
