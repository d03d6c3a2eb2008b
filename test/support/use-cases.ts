import type { Config } from '../../src/config/env.js';
import type { Messenger } from '../../src/delivery/slack/messenger.js';
import type { CheckinNotifier } from '../../src/features/contacts/ports.js';
import { createContactsFeature } from '../../src/features/contacts/index.js';
import { createHomeFeature } from '../../src/features/home/index.js';
import type { HomeRefresher } from '../../src/features/home/ports.js';
import { createNudgesFeature } from '../../src/features/nudges/index.js';
import type { NudgeNotifier } from '../../src/features/nudges/ports.js';
import { createPulseFeature } from '../../src/features/pulse/index.js';
import type { PulseNotifier } from '../../src/features/pulse/ports.js';
import { buildEach, createFeatures, type FeatureBase } from '../../src/features/index.js';
import type { Feature, FeatureContext } from '../../src/features/feature.js';
import type { Logger } from '../../src/log/logger.js';
import { createAdminPolicy } from '../../src/program/policy.js';
import { createSlackDirectory } from '../../src/program/slack/slack-directory.js';
import type { Database } from '../../src/program/store/database.js';
import type { Connection } from 'mongoose';
import type { ClaimStore } from '../../src/delivery/ports.js';
import { createClaimRepository } from '../../src/delivery/store/claim-repository.js';
import { createTestClock, type TestClock } from './test-clock.js';
import type { Features } from '../../src/features/index.js';
import type { ZoneCheckStore } from '../../src/features/nudges/ports.js';
import { createZoneCheckRepository } from '../../src/features/nudges/store/zone-check-repository.js';
import type { AdminPolicy } from '../../src/program/policy.js';
import { createStores, type ProgramStores } from '../../src/program/store/create-stores.js';

/** Every feature's use cases in one object, for tests that drive them directly as listeners and jobs do. */
export function useCasesOf(features: Features, admins: AdminPolicy) {
  const f = features;
  return {
    ...f.roster.useCases,
    ...f.requests.useCases,
    ...f.away.useCases,
    ...f.contacts.useCases,
    ...f.pulse.useCases,
    ...f.nudges.useCases,
    ...f.digests.useCases,
    ...f.home.useCases,
    ...f.exports.useCases,
    ...f.switching.useCases,
    ...f.clinical.useCases,
    ...f.goals.useCases,
    ...f.person.useCases,
    ...f.dashboard.useCases,
    isAdmin: (userId: string) => admins.isAdmin(userId),
  };
}

export type UseCases = ReturnType<typeof useCasesOf>;

/** The program's stores, and the claims and zone checks, on one connection: what tests read and seed. */
export type TestStores = ProgramStores & { readonly claims: ClaimStore; readonly zoneChecks: ZoneCheckStore; readonly clock: TestClock };

/** `clock`: what claims measure leases by (real time, which a test may move on past a lease). */
export function createTestStores(connection: Connection, clock: TestClock = createTestClock()): TestStores {
  return { ...createStores(connection), claims: createClaimRepository(connection, { clock }), zoneChecks: createZoneCheckRepository(connection), clock };
}

export interface TestWiring {
  readonly config: Config;
  readonly logger: Logger;
  readonly database: Database;
  readonly stores: TestStores;
  readonly messenger: Messenger;
  /** Recording stand-ins for a feature's Slack port. */
  readonly ports?: {
    readonly checkinNotifier?: CheckinNotifier;
    readonly pulseNotifier?: PulseNotifier;
    readonly nudgeNotifier?: NudgeNotifier;
    readonly homeRefresher?: HomeRefresher;
  };
  /** Features of the test's own, after the list's (e.g. a track declared only for a test), built on the same context. */
  readonly extraFeatures?: (ctx: FeatureContext) => Readonly<Record<string, Feature>>;
}

/** The real features on the stores given (e.g. counted), with recording ports where given: the app harness's test composition. */
export function createTestFeatures(w: TestWiring): Features {
  const { ports = {} } = w;
  const admins = createAdminPolicy(w.config.adminUserIds, w.stores.roster);
  const base: FeatureBase = {
    config: w.config,
    logger: w.logger,
    database: w.database,
    stores: w.stores,
    claims: w.stores.claims,
    clock: w.stores.clock,
    messenger: w.messenger,
    directory: createSlackDirectory(w.messenger.client),
    admins,
  };
  return createFeatures(base, (ctx) => ({
    ...buildEach(ctx),
    home: createHomeFeature(ctx, ports),
    contacts: createContactsFeature(ctx, ports),
    pulse: createPulseFeature(ctx, ports),
    nudges: createNudgesFeature(ctx, ports),
    ...w.extraFeatures?.(ctx),
  }));
}
