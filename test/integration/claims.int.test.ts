import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log/logger.js';
import { once } from '../../src/delivery/once.js';
import { createClaimRepository } from '../../src/delivery/store/claim-repository.js';
import { connectDatabase } from '../../src/program/store/database.js';
import { uniqueDatabaseUri } from '../support/database.js';

const quiet = createLogger({ level: 'error', json: true, secrets: [] });

describe('the database connection', () => {
  it('answers a ping', async () => {
    const db = await connectDatabase({ uri: uniqueDatabaseUri('ping'), dataDir: '.data', logger: quiet });
    try {
      expect(await db.ping()).toBe(true);
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
      const outcomes = await Promise.all(Array.from({ length: 6 }, () => once(claims, 'intro:channel:G1', work)));
      expect(runs).toBe(1);
      expect(outcomes.filter((o) => o.status === 'done-now')).toHaveLength(1);
      expect(await once(claims, 'intro:channel:G1', work)).toEqual({ status: 'done-before', result: { channel: 'C123' } });

      await expect(once(claims, 'intro:post:G1', () => Promise.reject(new Error('slack down')))).rejects.toThrow('slack down');
      expect(await once(claims, 'intro:post:G1', async () => ({ ts: '1.2' }))).toEqual({ status: 'done-now', result: { ts: '1.2' } });
    } finally {
      await db.connection.dropDatabase();
      await db.close();
    }
  });
});
