/** The app's features on the benchmark's database, with a Slack client that is never called (nothing is sent). */
import { LogLevel, WebClient } from '@slack/web-api';
import { createClaimRepository } from '../../src/delivery/store/claim-repository.js';
import { createMessenger } from '../../src/delivery/slack/messenger.js';
import { createFeatures, type Features } from '../../src/features/index.js';
import { createAdminPolicy } from '../../src/program/policy.js';
import { createSlackDirectory } from '../../src/program/slack/slack-directory.js';
import { createStores, type ProgramStores } from '../../src/program/store/create-stores.js';
import type { BenchDatabase } from './common.js';

export interface OfflineApp {
  readonly stores: ProgramStores;
  readonly features: Features;
}

/** As main.ts wires them, without Slack: the benchmarks call the use cases the listeners and jobs call. */
export function createOfflineApp({ config, logger, database }: BenchDatabase): OfflineApp {
  const stores = createStores(database.connection);
  const client = new WebClient('xoxb-bench', { slackApiUrl: 'http://127.0.0.1:9/api/', retryConfig: { retries: 0 }, logLevel: LogLevel.ERROR });
  const messenger = createMessenger(client);
  const features = createFeatures({
    config,
    logger,
    database,
    stores,
    clock: () => new Date(),
    claims: createClaimRepository(database.connection),
    messenger,
    directory: createSlackDirectory(client),
    admins: createAdminPolicy(config.adminUserIds, stores.roster),
  });
  return { stores, features };
}
