import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import mongoose from 'mongoose';
import type { Logger } from '../../log/logger.js';
import { backfillOpenKeys } from './backfill-open-keys.js';

export interface Database {
  readonly connection: mongoose.Connection;
  /** True when the server answers a ping within `timeoutMs`. */
  ping(timeoutMs?: number): Promise<boolean>;
  /**
   * False while the driver knows the server is away (its heartbeat failed, an operation could not connect or lost its
   * connection): no I/O, so a listener can say so at once instead of waiting out server selection. True again once it
   * answers.
   */
  isAvailable(): boolean;
  close(): Promise<void>;
}

/**
 * How long an operation waits for a server to be selected before it fails. Short, so that a person is told within
 * Slack's 3 seconds that nothing was saved when the database is away; jobs and claims fail as fast and are retried by
 * their next run (a claim not settled is taken over when its lease runs out).
 */
export const SERVER_SELECTION_TIMEOUT_MS = 1_000;
/** How often the driver checks the server: how soon an outage, and the server's return, are noticed without traffic. */
export const HEARTBEAT_FREQUENCY_MS = 1_000;
/** At start the server may still be coming up (a container starting beside ours): keep trying this long. */
export const CONNECT_WITHIN_MS = 5_000;

/** Errors that mean the database could not be reached (not that it refused what was asked). */
const UNAVAILABLE_ERRORS = new Set([
  'DatabaseUnavailableError',
  'MongoServerSelectionError',
  'MongooseServerSelectionError',
  'MongoNetworkError',
  'MongoNetworkTimeoutError',
  'MongoNotConnectedError',
  'MongoTopologyClosedError',
  'MongoPoolClearedError',
]);

/** Whether `error` (or what caused it) says the database could not be reached. */
export function isDatabaseUnavailableError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth += 1) {
    if (UNAVAILABLE_ERRORS.has(e.name)) return true;
  }
  return false;
}

/** The database could not be reached or started; the message says what to do. */
export class DatabaseUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseUnavailableError';
  }
}

export interface DatabaseOptions {
  /** Unset: start an embedded MongoDB (mongodb-memory-server) keeping its data in `dataDir`. */
  readonly uri: string | undefined;
  readonly dataDir: string;
  readonly logger: Logger;
}

interface EmbeddedServer {
  getUri(): string;
  stop(options?: { doCleanup?: boolean }): Promise<boolean>;
}

export async function connectDatabase(options: DatabaseOptions): Promise<Database> {
  const embedded = options.uri === undefined ? await startEmbeddedMongo(options.dataDir, options.logger) : undefined;
  const uri = options.uri ?? `${embedded!.getUri()}peer-mentor`;
  let connection: mongoose.Connection;
  try {
    connection = await connectWithin(uri, CONNECT_WITHIN_MS);
  } catch (error) {
    await embedded?.stop({ doCleanup: false });
    throw new DatabaseUnavailableError(
      `Peer Mentor cannot reach MongoDB at ${redactUri(uri)}: ${(error as Error).message}. Check MONGODB_URI and that the server is running.`,
      { cause: error },
    );
  }
  options.logger.info('database connected', { database: connection.name, embedded: embedded !== undefined });
  await migrate(connection, options.logger).catch(async (error: unknown) => {
    await connection.close().catch(() => undefined);
    await embedded?.stop({ doCleanup: false });
    throw error;
  });
  // An operation that cannot open a connection says the server is away at once; the driver itself marks it unknown only
  // at its next heartbeat (up to a second later, while other listeners would each wait out server selection).
  let unreachable = false;
  const client = connection.getClient();
  client.on('connectionCheckOutFailed', (event) => {
    if (event.reason === 'connectionError') unreachable = true;
  });
  // An operation that lost its connection (the server went away under it): the driver clears the pool at once.
  client.on('connectionPoolCleared', () => {
    unreachable = true;
  });
  client.on('serverHeartbeatSucceeded', () => {
    unreachable = false;
  });
  return {
    connection,
    async ping(timeoutMs = 2_000) {
      const db = connection.db;
      if (connection.readyState !== mongoose.ConnectionStates.connected || db === undefined) return false;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      try {
        return await Promise.race([db.command({ ping: 1 }).then((r) => r['ok'] === 1), timeout]);
      } catch {
        return false;
      } finally {
        clearTimeout(timer);
      }
    },
    // Mongoose follows the driver's view of the server: disconnected when it is unknown, connected again when it answers.
    isAvailable: () => !unreachable && connection.readyState === mongoose.ConnectionStates.connected,
    async close() {
      await connection.close();
      await embedded?.stop({ doCleanup: false });
    },
  };
}

/** Opens a connection, trying again until `withinMs` has passed (each try waits one server-selection timeout). */
async function connectWithin(uri: string, withinMs: number): Promise<mongoose.Connection> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const connection = mongoose.createConnection(uri, {
      serverSelectionTimeoutMS: SERVER_SELECTION_TIMEOUT_MS,
      heartbeatFrequencyMS: HEARTBEAT_FREQUENCY_MS,
      // Fail fast instead of queueing operations while the server is away: listeners, /healthz and jobs report it.
      bufferCommands: false,
      autoIndex: true,
    });
    try {
      return await connection.asPromise();
    } catch (error) {
      await connection.close().catch(() => undefined);
      if (!isDatabaseUnavailableError(error) || Date.now() + SERVER_SELECTION_TIMEOUT_MS > deadline) throw error;
    }
  }
}

/**
 * Brings documents written by earlier versions up to date, before any model is built: models build their indexes
 * (autoIndex) when first made, and a new unique index needs every document to have its key first. Idempotent.
 */
async function migrate(connection: mongoose.Connection, logger: Logger): Promise<void> {
  const backfill = await backfillOpenKeys(connection);
  if (backfill.keyed > 0) logger.info('memberships given their open key', { ...backfill });
  if (backfill.closed > 0) logger.warn('duplicate open memberships found and closed; the oldest of each stays open', { closed: backfill.closed });
}

function redactUri(uri: string): string {
  return uri.replace(/(mongodb(?:\+srv)?:\/\/)[^@/\s]+@/, '$1[redacted]@');
}

const EMBEDDED_HELP =
  'Set MONGODB_URI to a MongoDB (or MongoDB-compatible) server, for example mongodb://127.0.0.1:27017/peer-mentor; ' +
  'on a machine without internet, scripts/ferretdb.sh starts one locally (see the README).';

async function startEmbeddedMongo(dataDir: string, logger: Logger): Promise<EmbeddedServer> {
  let memoryServer: typeof import('mongodb-memory-server');
  try {
    memoryServer = await import('mongodb-memory-server');
  } catch {
    throw new DatabaseUnavailableError(
      `MONGODB_URI is not set and the embedded MongoDB (the mongodb-memory-server package) is not installed here. ${EMBEDDED_HELP}`,
    );
  }
  const dbPath = path.resolve(dataDir, 'mongodb');
  await mkdir(dbPath, { recursive: true });
  logger.info('MONGODB_URI is not set: starting an embedded MongoDB', { dbPath });
  try {
    // Fetch (or find) the mongod binary first: this throws a plain error offline, where create() would print a stack.
    const binary = await memoryServer.MongoBinary.getPath();
    return await memoryServer.MongoMemoryServer.create({ binary: { systemBinary: binary }, instance: { dbPath, storageEngine: 'wiredTiger' } });
  } catch (error) {
    throw new DatabaseUnavailableError(
      'MONGODB_URI is not set and the embedded MongoDB could not be started: its mongod binary is downloaded on first use, ' +
        `and that failed (${firstLine(error)}). ${EMBEDDED_HELP}`,
      { cause: error },
    );
  }
}

function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).replace(/\s+/g, ' ').trim().slice(0, 300);
}
