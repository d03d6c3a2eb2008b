import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseQuietHours } from '../../src/delivery/quiet-hours.js';
import { createLogger } from '../../src/log/logger.js';
import { backoffMs, deliverOnce, MAX_ATTEMPTS, type Delivery, type DeliverDeps } from '../../src/delivery/deliver.js';
import { SendError } from '../../src/delivery/ports.js';
import { createClaimRepository } from '../../src/delivery/store/claim-repository.js';
import { connectDatabase, type Database } from '../../src/program/store/database.js';
import { uniqueDatabaseUri } from '../support/database.js';
import { createTestClock, type TestClock } from '../support/test-clock.js';

const quiet = createLogger({ level: 'error', json: true, secrets: [] });
// 15:00 UTC: 10:00 in Chicago, 00:00 in Tokyo (quiet).
const t0 = new Date('2026-09-14T15:00:00Z');
const after = (ms: number) => new Date(t0.getTime() + ms);
const d = (key: string, zone = 'America/Chicago'): Delivery => ({ key, recipientId: key.split(':')[1]!, zone });

describe('deliverOnce on a real database', () => {
  let db: Database;
  let deps: DeliverDeps;
  /** The real clock retry times are measured by; the job's `now` (t0, after(…)) only decides what is due and quiet. */
  let clock: TestClock;
  beforeAll(async () => {
    db = await connectDatabase({ uri: uniqueDatabaseUri('deliver'), dataDir: '.data', logger: quiet });
    await db.connection.syncIndexes();
    clock = createTestClock();
    deps = { claims: createClaimRepository(db.connection, { clock }), quietHours: parseQuietHours('21:00-08:00')!, logger: quiet };
  });
  afterAll(async () => {
    await db?.connection.dropDatabase();
    await db?.close();
  });

  it('sends each delivery once across two simultaneous runs and a rerun', async () => {
    const sent: string[] = [];
    const send = async (x: Delivery) => {
      sent.push(x.key);
      return { ts: `ts-${x.key}` };
    };
    const batch = [d('nudge:U1:r1'), d('nudge:U2:r1'), d('nudge:U3:r1')];
    const [a, b] = await Promise.all([deliverOnce(deps, batch, t0, send), deliverOnce(deps, batch, t0, send)]);
    expect(sent.sort()).toEqual(['nudge:U1:r1', 'nudge:U2:r1', 'nudge:U3:r1']);
    expect(a.sent + b.sent).toBe(3);
    const rerun = await deliverOnce(deps, batch, after(60_000), send);
    expect(rerun).toMatchObject({ sent: 0, alreadySent: 3 });
    expect(sent).toHaveLength(3);
  });

  it('holds a delivery during the recipient’s quiet hours and sends it after', async () => {
    const sent: string[] = [];
    const send = async (x: Delivery) => (sent.push(x.key), {});
    const night = await deliverOnce(deps, [d('nudge:U9:tokyo', 'Asia/Tokyo')], t0, send);
    expect(night).toMatchObject({ sent: 0, waitingForMorning: 1 });
    const morning = await deliverOnce(deps, [d('nudge:U9:tokyo', 'Asia/Tokyo')], new Date('2026-09-14T23:00:00Z'), send);
    expect(morning).toMatchObject({ sent: 1 });
    expect(sent).toEqual(['nudge:U9:tokyo']);
  });

  it('retries a failed send on a later run, after Slack’s Retry-After or a backoff, and then sends it once', async () => {
    let fail: SendError | undefined = new SendError('rate limited', 'ratelimited', false, 120);
    const sent: string[] = [];
    const send = async (x: Delivery) => {
      if (fail) throw fail;
      sent.push(x.key);
      return {};
    };
    expect(await deliverOnce(deps, [d('nudge:U4:r1')], t0, send)).toMatchObject({ failed: 1 });
    // However late the next run says it is, the retry waits for Retry-After in real time.
    expect(await deliverOnce(deps, [d('nudge:U4:r1')], after(3_600_000), send)).toMatchObject({ inProgress: 1 });
    clock.advance(121_000);
    fail = new SendError('HTTP 500', 'http_500', false);
    expect(await deliverOnce(deps, [d('nudge:U4:r1')], t0, send)).toMatchObject({ failed: 1 });
    clock.advance(backoffMs(2) - 1_000);
    expect(await deliverOnce(deps, [d('nudge:U4:r1')], t0, send)).toMatchObject({ inProgress: 1 });
    clock.advance(1_000);
    fail = undefined;
    expect(await deliverOnce(deps, [d('nudge:U4:r1')], t0, send)).toMatchObject({ sent: 1 });
    expect(sent).toEqual(['nudge:U4:r1']);
  });

  it('gives up at once on a permanent error, and after too many attempts otherwise', async () => {
    let calls = 0;
    const gone = async () => {
      calls += 1;
      throw new SendError('Slack answered user_not_found', 'user_not_found', true);
    };
    await deliverOnce(deps, [d('nudge:U5:r1')], t0, gone);
    clock.advance(86_400_000);
    expect(await deliverOnce(deps, [d('nudge:U5:r1')], after(86_400_000), gone)).toMatchObject({ alreadySent: 1 });
    expect(calls).toBe(1);

    let flaky = 0;
    const broken = async () => {
      flaky += 1;
      throw new SendError('HTTP 503', 'http_503', false);
    };
    for (let attempt = 1; attempt <= MAX_ATTEMPTS + 2; attempt += 1) {
      await deliverOnce(deps, [d('nudge:U6:r1')], t0, broken);
      clock.advance(backoffMs(attempt));
    }
    expect(flaky).toBe(MAX_ATTEMPTS);
  });
});
