/** What every benchmark shares: arguments, a database of its own, a bare scan to compare with, and the figures' format. */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { parseArgs } from 'node:util';
import v8 from 'node:v8';
import vm from 'node:vm';
import type { Connection, Model } from 'mongoose';
import { loadConfig, type Config } from '../../src/config/env.js';
import { FEATURE_SETTINGS } from '../../src/features/index.js';
import { createLogger, type Logger } from '../../src/log/logger.js';
import { connectDatabase, type Database } from '../../src/program/store/database.js';

export const ZONE = 'America/Chicago';
/** The admin (ADMIN_USER_IDS) whose Home and program digest the benchmarks build. */
export const ADMIN_ID = 'UADMIN0001';

v8.setFlagsFromString('--expose-gc');
export const gc = vm.runInNewContext('gc') as () => void;

export const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
export const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(0)} MB`;
export const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
export const runsOf = (values: readonly number[]) => `[runs ${values.map(fmt).join(', ')}]`;

export interface BenchOptions {
  readonly mentees: number;
  readonly groups: number;
  readonly runs: number;
  readonly now: Date;
}

/** `--mentees 20000 --groups N --now ISO --runs 3`; undefined when they make no sense. */
export function parseBenchOptions(args: readonly string[]): { readonly name: string | undefined; readonly options: BenchOptions | undefined } {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { mentees: { type: 'string' }, groups: { type: 'string' }, now: { type: 'string' }, runs: { type: 'string' } },
    });
  } catch {
    return { name: undefined, options: undefined };
  }
  const { positionals, values } = parsed;
  const mentees = Number(values.mentees ?? 20_000);
  const groups = Number(values.groups ?? Math.round(mentees / (20_000 / 1_400)));
  const runs = Number(values.runs ?? 3);
  const now = new Date(values.now ?? '2026-12-28T15:00:00Z');
  const ok = [mentees, groups, runs].every((n) => Number.isInteger(n) && n > 0) && groups <= mentees && !Number.isNaN(now.getTime());
  return { name: positionals.length === 1 ? positionals[0] : undefined, options: ok ? { mentees, groups, runs, now } : undefined };
}

export interface BenchDatabase {
  readonly config: Config;
  readonly logger: Logger;
  readonly database: Database;
  /** Drops the database and closes the connection. */
  close(): Promise<void>;
}

/** A database of its own on MONGODB_URI (dropped by `close`), and the settings the app would run with. */
export async function openBenchDatabase(uri: string): Promise<BenchDatabase> {
  const target = new URL(uri);
  target.pathname = `/pm_bench_${randomBytes(4).toString('hex')}`;
  const logger = createLogger({ level: 'warn', json: false, secrets: [] });
  const config = loadConfig(
    { SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: 'bench-signing-secret', PROGRAM_TIMEZONE: ZONE, ADMIN_USER_IDS: ADMIN_ID, MONGODB_URI: target.toString() },
    FEATURE_SETTINGS,
  );
  const database = await connectDatabase({ uri: target.toString(), dataDir: '.data', logger });
  await database.connection.syncIndexes();
  return {
    config,
    logger,
    database,
    async close() {
      await database.connection.dropDatabase().catch(() => undefined);
      await database.close();
    },
  };
}

/** `find().lean()` over whole collections, one after the other: what reading the data at all costs. Returns the documents read. */
export function bareScanOf(connection: Connection, models: readonly ((connection: Connection) => unknown)[]): () => Promise<number> {
  const collections = models.map((model) => model(connection) as Model<Record<string, unknown>>);
  return async () => {
    let documents = 0;
    for (const Model of collections) documents += (await Model.find({}).lean()).length;
    return documents;
  };
}

/** Milliseconds `work` takes, and what it returned. */
export async function timed<T>(work: () => Promise<T>): Promise<{ readonly ms: number; readonly result: T }> {
  gc();
  const started = performance.now();
  const result = await work();
  return { ms: performance.now() - started, result };
}

/**
 * Runs a benchmark's cases alternately `runs` times after one warm-up each, so that caches and a shared machine's
 * load treat them alike; the milliseconds of each run, by case.
 */
export async function alternate(runs: number, cases: Readonly<Record<string, () => Promise<unknown>>>): Promise<Record<string, number[]>> {
  const out: Record<string, number[]> = {};
  for (const work of Object.values(cases)) await work();
  for (let i = 0; i < runs; i += 1) {
    for (const [name, work] of Object.entries(cases)) (out[name] ??= []).push((await timed(work)).ms);
  }
  return out;
}

/** The database's name and version: FerretDB says so in buildInfo; `scripts/mongo-java-server.sh` names itself in MONGODB_SERVER_NAME. */
export async function serverName(connection: Connection): Promise<string> {
  const named = process.env['MONGODB_SERVER_NAME'];
  if (named !== undefined && named !== '') return named;
  const info = (await connection.db!.admin().command({ buildInfo: 1 })) as { version?: string; ferretdbVersion?: string };
  return info.ferretdbVersion !== undefined ? `FerretDB ${info.ferretdbVersion} (MongoDB ${info.version ?? '?'} wire)` : `MongoDB ${info.version ?? '?'}`;
}

/** The first line of every report: the benchmark, the machine and the database that served it. */
export async function machineLine(name: string, connection: Connection): Promise<string> {
  const cpus = os.cpus();
  return `Peer Mentor benchmark: ${name} (Node ${process.version}, ${cpus.length} × ${cpus[0]?.model.trim() ?? 'CPU'}, ${mb(os.totalmem())} RAM; ${await serverName(connection)})`;
}
