import mongoose from 'mongoose';
import { WebClient } from '@slack/web-api';
import { loadConfig } from '../../src/config/env.js';
import { createMessenger } from '../../src/delivery/slack/messenger.js';
import type { FeatureContext, Surfaces } from '../../src/features/feature.js';
import { createFeatures, type Features } from '../../src/features/index.js';
import { createLogger } from '../../src/log/logger.js';
import { createAdminPolicy } from '../../src/program/policy.js';
import { createTestStores } from './use-cases.js';

const unused = () => Promise.reject(new Error('not called by a test that only reads what the features contribute'));

/**
 * What a feature is built from, on a connection that never opens and a Slack client that is never called: for unit
 * tests that read what features contribute (export tables, help, jobs) or run them on stand-in contributions.
 */
export function offlineContext(surfaces: Surfaces): FeatureContext {
  const connection = mongoose.createConnection();
  const stores = createTestStores(connection);
  return {
    config: loadConfig({ SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'test-signing-secret' }),
    logger: createLogger({ level: 'error', json: true, secrets: [] }),
    database: { connection, ping: () => Promise.resolve(false), isAvailable: () => false, close: unused },
    stores,
    claims: stores.claims,
    clock: () => new Date(),
    messenger: createMessenger(new WebClient('xoxb-unused')),
    directory: { findByEmails: unused, findByIds: unused },
    admins: createAdminPolicy([], { findPeople: unused, findPeopleWithRole: unused }),
    links: { refreshHomes: unused, programChanged: () => undefined, openRequestForm: unused, moveAwaitingRequests: unused, followMemberships: unused },
    surfaces,
  };
}

/** Every feature of the list, built offline and linked as main.ts links them. */
export function offlineFeatures(): Features {
  return createFeatures(offlineContext({ exportTables: () => [], homeSections: () => [] }));
}
