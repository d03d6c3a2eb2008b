import { Writable } from 'node:stream';
import { loadConfig } from '../../src/config/env.js';
import { createAppLogger, wire, type Wiring } from '../../src/main.js';
import { uniqueDatabaseUri } from './database.js';
import { createAdminPolicy } from '../../src/program/policy.js';
import { createTestStores, useCasesOf, type TestStores, type UseCases } from './use-cases.js';
import { FakeSlack, type FakeUser } from './fake-slack/fake-slack.js';
import type { LogLine } from './test-app.js';

export interface Wired {
  readonly slack: FakeSlack;
  readonly wiring: Wiring;
  /** Every feature's use cases, as the listeners and jobs call them. */
  readonly services: UseCases;
  /** The program's stores, the claims and the zone checks, on the app's connection. */
  readonly stores: TestStores;
  readonly logs: LogLine[];
  stop(): Promise<void>;
}

/**
 * The app's own wiring (`wire()` from main.ts: stores, Slack adapters, services, jobs) on a database of its own and
 * a fake Slack, without the HTTP side: for use cases driven directly, as the command line drives them.
 */
export async function startWired(label: string, users: readonly FakeUser[], env: Readonly<Record<string, string>> = {}): Promise<Wired> {
  const slack = await new FakeSlack(users).start();
  const config = loadConfig({
    SLACK_BOT_TOKEN: slack.token,
    SLACK_SIGNING_SECRET: 'integration-signing-secret',
    SLACK_API_URL: slack.apiUrl,
    MONGODB_URI: uniqueDatabaseUri(label),
    NODE_ENV: 'production',
    LOG_LEVEL: 'info',
    ...env,
  });
  const logs: LogLine[] = [];
  const logStream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim() !== '') logs.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  const wiring = await wire(config, createAppLogger(config, { logStream }));
  await wiring.database.connection.syncIndexes();
  return {
    slack,
    wiring,
    services: useCasesOf(wiring.features, createAdminPolicy(config.adminUserIds, wiring.stores.roster)),
    stores: createTestStores(wiring.database.connection),
    logs,
    async stop() {
      await wiring.database.connection.dropDatabase().catch(() => undefined);
      await wiring.close();
      await slack.stop();
    },
  };
}
