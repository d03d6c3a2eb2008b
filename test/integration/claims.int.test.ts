import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log/logger.js';
import { once } from '../../src/delivery/once.js';
import type { ClaimStore } from '../../src/delivery/ports.js';
import { createClaimRepository } from '../../src/delivery/store/claim-repository.js';
import { connectDatabase, type Database } from '../../src/program/store/database.js';
import { uniqueDatabaseUri } from '../support/database.js';

const quiet = createLogger({ level: 'error', json: true, secrets: [] });
const t0 = new Date('2026-09-01T12:00:00Z');
const later = (ms: number) => new Date(t0.getTime() + ms);

describe('claims on a real MongoDB-compatible server', () => {
  let db: Database;
  let claims: ClaimStore;
  beforeAll(async () => {
    db = await connectDatabase({ uri: uniqueDatabaseUri('claims'), dataDir: '.data', logger: quiet });
    claims = createClaimRepository(db.connection);
    await db.connection.syncIndexes();
  });
  afterAll(async () => {
    await db?.connection.dropDatabase();
    await db?.close();
  });

  it('answers a ping', async () => {
    expect(await db.ping()).toBe(true);
  });

  it('lets exactly one of many simultaneous callers hold a key', async () => {
    const results = await Promise.all(Array.from({ length: 12 }, () => claims.claim('intro:group-1', t0)));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await claims.find('intro:group-1')).toMatchObject({ state: 'pending', attempts: 1 });
  });

  it('never gives a done key again, and keeps what the work produced', async () => {
    expect(await claims.claim('dm:U1:2026-09', t0)).toBe(true);
    await claims.complete('dm:U1:2026-09', t0, { ts: '1700000000.000100' });
    expect(await claims.claim('dm:U1:2026-09', later(24 * 3_600_000))).toBe(false);
    expect(await claims.find('dm:U1:2026-09')).toMatchObject({ state: 'done', result: { ts: '1700000000.000100' } });
  });

  it('lets a later run take over a pending claim only once it is stale (the first run died)', async () => {
    expect(await claims.claim('nudge:R1:75', t0)).toBe(true);
    expect(await claims.claim('nudge:R1:75', later(60_000))).toBe(false);
    const takeovers = await Promise.all(Array.from({ length: 8 }, () => claims.claim('nudge:R1:75', later(11 * 60_000))));
    expect(takeovers.filter(Boolean)).toHaveLength(1);
    expect(await claims.find('nudge:R1:75')).toMatchObject({ attempts: 2 });
  });

  it('gives a released key to the next caller (a failed send is retried)', async () => {
    expect(await claims.claim('dm:U2:2026-09', t0)).toBe(true);
    await claims.release('dm:U2:2026-09');
    expect(await claims.claim('dm:U2:2026-09', later(1))).toBe(true);
  });

  it('lists the done keys under a prefix in one query', async () => {
    await claims.claim('welcome:G1:U1', t0);
    await claims.complete('welcome:G1:U1', t0);
    await claims.claim('welcome:G1:U2', t0);
    await claims.claim('welcome:G2:U1', t0);
    await claims.complete('welcome:G2:U1', t0);
    expect(await claims.findDone('welcome:G1:')).toEqual(new Set(['welcome:G1:U1']));
  });
});

describe('claims across generations', () => {
  it('can take over a stale claim again after it was released and claimed anew', async () => {
    const db = await connectDatabase({ uri: uniqueDatabaseUri('claimgen'), dataDir: '.data', logger: quiet });
    const claims = createClaimRepository(db.connection);
    await db.connection.syncIndexes();
    try {
      expect(await claims.claim('k', t0)).toBe(true);
      expect(await claims.claim('k', later(11 * 60_000))).toBe(true);
      await claims.release('k');
      expect(await claims.claim('k', later(12 * 60_000))).toBe(true);
      expect(await claims.claim('k', later(23 * 60_000))).toBe(true);
    } finally {
      await db.connection.dropDatabase();
      await db.close();
    }
  });
});

describe('claims postponed after a failed send', () => {
  it('are not retried before the time given, and are retried by one caller after it', async () => {
    const db = await connectDatabase({ uri: uniqueDatabaseUri('claimwait'), dataDir: '.data', logger: quiet });
    const claims = createClaimRepository(db.connection);
    await db.connection.syncIndexes();
    try {
      expect(await claims.claim('digest:F1:2026-W37', t0)).toBe(true);
      await claims.postpone('digest:F1:2026-W37', later(30 * 60_000));
      expect(await claims.claim('digest:F1:2026-W37', later(15 * 60_000))).toBe(false);
      const retries = await Promise.all(Array.from({ length: 4 }, () => claims.claim('digest:F1:2026-W37', later(30 * 60_000))));
      expect(retries.filter(Boolean)).toHaveLength(1);
      expect(await claims.find('digest:F1:2026-W37')).toMatchObject({ state: 'pending', attempts: 2 });
    } finally {
      await db.connection.dropDatabase();
      await db.close();
    }
  });
});

describe('once', () => {
  it('does the work for one caller, hands its result to later ones, and lets a failure be retried', async () => {
    const db = await connectDatabase({ uri: uniqueDatabaseUri('once'), dataDir: '.data', logger: quiet });
    const claims = createClaimRepository(db.connection);
    await db.connection.syncIndexes();
    try {
      let runs = 0;
      const work = async () => {
        runs += 1;
        return { channel: 'C123' };
      };
      const outcomes = await Promise.all(Array.from({ length: 6 }, () => once(claims, 'intro:channel:G1', t0, work)));
      expect(runs).toBe(1);
      expect(outcomes.filter((o) => o.status === 'done-now')).toHaveLength(1);
      expect(await once(claims, 'intro:channel:G1', later(1), work)).toEqual({ status: 'done-before', result: { channel: 'C123' } });

      await expect(once(claims, 'intro:post:G1', t0, () => Promise.reject(new Error('slack down')))).rejects.toThrow('slack down');
      expect(await once(claims, 'intro:post:G1', later(1), async () => ({ ts: '1.2' }))).toEqual({ status: 'done-now', result: { ts: '1.2' } });
    } finally {
      await db.connection.dropDatabase();
      await db.close();
    }
  });
});
