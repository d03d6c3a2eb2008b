import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimModel, type ClaimDoc } from '../../src/delivery/store/claim.model.js';
import { startApp, type AppHarness } from '../support/app-harness.js';

const DAY = 24 * 3_600_000;

describe('job housekeeping (through the app’s own wiring, on a real database)', () => {
  let w: AppHarness;
  beforeAll(async () => {
    w = await startApp({ label: 'housekeeping' });
  });
  afterAll(async () => {
    await w?.stop();
  });

  /** A claim as the store writes it, `ageDays` old by the real clock, done that long ago unless pending. */
  const aClaim = (key: string, state: ClaimDoc['state'], ageDays: number, windowed = true): ClaimDoc => {
    const at = new Date(Date.now() - ageDays * DAY);
    return {
      _id: key,
      state,
      attempts: 1,
      owner: `owner-${key}`,
      claimedAt: at,
      firstClaimedAt: at,
      availableAt: new Date(at.getTime() + 10 * 60_000),
      released: false,
      uncertain: false,
      holder: new Map(),
      ...(windowed ? { windowed } : {}),
      ...(state === 'done' ? { doneAt: at } : {}),
      result: new Map([['ts', '1700000000.000100']]),
    };
  };

  it('deletes the claims of scheduled messages done or abandoned more than 90 days ago, and keeps the rest, whatever --now says', async () => {
    await claimModel(w.database.connection).insertMany([
      aClaim('prompt:P1:2026-01', 'done', 200),
      aClaim('pulse:M1:2026-02', 'done', 91),
      aClaim('pulse:M1:2026-05', 'done', 89),
      aClaim('nudge:month-end:P1:2026-05:3', 'done', 1),
      // Abandoned in a window long closed: swept. Pending and recent: kept.
      aClaim('prompt:P2:2026-01', 'pending', 200),
      aClaim('prompt:P3:2026-05', 'pending', 1),
      // A step's or a click's claim would let the step happen again: kept, however old.
      aClaim('intro:dm:G1:U1', 'done', 200, false),
      aClaim('request:R1:respond', 'done', 200, false),
    ]);
    const job = w.jobs.get('housekeeping')!;
    expect(await job.run(new Date('2020-01-01T00:00:00Z'), w.logger)).toEqual({ claimsDeleted: 3 });
    const left = await claimModel(w.database.connection).find({}, { _id: 1 }).lean();
    expect(left.map((c) => c._id).sort()).toEqual(['intro:dm:G1:U1', 'nudge:month-end:P1:2026-05:3', 'prompt:P3:2026-05', 'pulse:M1:2026-05', 'request:R1:respond']);
    // A second run the same day finds nothing more to delete.
    expect(await job.run(new Date('2020-01-01T00:00:00Z'), w.logger)).toEqual({ claimsDeleted: 0 });
  });
});
