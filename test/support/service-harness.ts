import { Writable } from 'node:stream';
import { loadConfig } from '../../src/config/env.js';
import { createLogger, type Logger } from '../../src/log/logger.js';
import { WebClient } from '@slack/web-api';
import { createTestStores, createTestUseCases, type TestStores, type UseCases } from './use-cases.js';
import { createMessenger } from '../../src/delivery/slack/messenger.js';
import { connectDatabase, type Database } from '../../src/program/store/database.js';
import { uniqueDatabaseUri } from './database.js';
import { RecordingCheckinNotifier } from './recording-checkin-notifier.js';
import type { PersonHome } from '../../src/features/home/domain/home.js';

/** How many times each store method was called (to prove that bulk work stays bulk). */
export type CallCounts = Map<string, number>;

function counted<T extends object>(name: string, store: T, counts: CallCounts): T {
  return new Proxy(store, {
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
}

export interface ServiceHarness {
  readonly db: Database;
  readonly stores: TestStores;
  readonly notifier: RecordingCheckinNotifier;
  readonly services: UseCases;
  readonly logger: Logger;
  /** What the use cases logged (JSON lines, parsed). */
  readonly logs: Record<string, unknown>[];
  /** Store calls made through `services`. */
  readonly counts: CallCounts;
  /** Home tabs the use cases redrew (instead of views.publish), in order. */
  readonly homes: PersonHome[];
  close(): Promise<void>;
}

/** The real use cases on the real stores (a database of their own), with a recording notifier for Slack. */
export async function startServices(label: string, env: Readonly<Record<string, string>> = {}): Promise<ServiceHarness> {
  const logs: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim() !== '') logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const logger = createLogger({ level: 'info', json: true, secrets: [], stream });
  const db = await connectDatabase({ uri: uniqueDatabaseUri(label), dataDir: '.data', logger });
  await db.connection.syncIndexes();
  const counts: CallCounts = new Map();
  const notifier = new RecordingCheckinNotifier();
  const homes: PersonHome[] = [];
  const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'test-signing-secret', PROGRAM_TIMEZONE: 'America/Chicago', ...env });
  const raw = createTestStores(db.connection);
  const stores: TestStores = {
    claims: counted('claims', raw.claims, counts),
    roster: counted('roster', raw.roster, counts),
    contacts: counted('contacts', raw.contacts, counts),
    pulses: counted('pulses', raw.pulses, counts),
    requests: counted('requests', raw.requests, counts),
    away: counted('away', raw.away, counts),
    zoneChecks: counted('zoneChecks', raw.zoneChecks, counts),
    switches: counted('switches', raw.switches, counts),
  };
  // These tests reach Slack only through the recording notifiers; the other adapters point at a closed port.
  const messenger = createMessenger(new WebClient('xoxb-unused', { slackApiUrl: 'http://127.0.0.1:9/api/', retryConfig: { retries: 0 } }));
  const homeRefresher = {
    async publish(home: PersonHome) {
      homes.push(home);
    },
  };
  const services = createTestUseCases({ config, logger, database: db, stores, messenger, ports: { checkinNotifier: notifier, pulseNotifier: notifier, homeRefresher } });
  return {
    db,
    stores,
    notifier,
    services,
    logger,
    logs,
    counts,
    homes,
    async close() {
      await db.connection.dropDatabase();
      await db.close();
    },
  };
}
