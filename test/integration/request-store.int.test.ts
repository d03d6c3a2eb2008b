import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewAway } from '../../src/program/records/away.js';
import type { NewHelpRequest } from '../../src/program/records/request.js';
import { createLogger } from '../../src/log/logger.js';
import type { AwayStore, RequestStore } from '../../src/program/ports.js';
import { createAwayRepository } from '../../src/program/store/away-repository.js';
import { connectDatabase, type Database } from '../../src/program/store/database.js';
import { createRequestRepository } from '../../src/program/store/request-repository.js';
import { uniqueDatabaseUri } from '../support/database.js';

const quiet = createLogger({ level: 'error', json: true, secrets: [] });
const t0 = new Date('2026-10-30T15:00:00Z');

const aNewRequest = (overrides: Partial<NewHelpRequest> = {}): NewHelpRequest => ({
  menteeId: 'M1',
  topic: 'study_tips',
  urgency: 'routine',
  reach: 'slack',
  description: 'How should I prepare for the anatomy practical?',
  audience: 'cohort',
  mentorIds: ['P3', 'P4'],
  routedTo: 'mentors',
  coveringFor: [],
  deadline: new Date(t0.getTime() + 24 * 3_600_000),
  createdAt: t0,
  sourceKey: 'view:V1',
  ...overrides,
});

const aNewAway = (overrides: Partial<NewAway> = {}): NewAway => ({
  mentorId: 'P3',
  start: '2026-11-02',
  end: '2026-11-06',
  timezone: 'America/Chicago',
  note: 'Step 1 week',
  tellMentees: false,
  createdAt: t0,
  sourceKey: 'view:VA1',
  ...overrides,
});

describe('the requests and away stores', () => {
  let db: Database;
  let requests: RequestStore;
  let away: AwayStore;
  beforeAll(async () => {
    db = await connectDatabase({ uri: uniqueDatabaseUri('requeststore'), dataDir: '.data', logger: quiet });
    requests = createRequestRepository(db.connection);
    away = createAwayRepository(db.connection);
    await db.connection.syncIndexes();
  });
  afterAll(async () => {
    await db?.connection.dropDatabase();
    await db?.close();
  });

  it('stores one request per source key, however many deliveries arrive at once', async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => requests.create(aNewRequest())));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.request.id)).size).toBe(1);
    const stored = await requests.find(results[0]!.request.id);
    expect(stored).toMatchObject({ menteeId: 'M1', mentorIds: ['P3', 'P4'], claimedBy: undefined, respondedBy: undefined, closedAs: undefined });
  });

  it('writes each step’s own fields, and finds requests by conversation and by who claimed them, in one query each', async () => {
    const { request: a } = await requests.create(aNewRequest({ sourceKey: 'view:V2' }));
    const { request: b } = await requests.create(aNewRequest({ sourceKey: 'view:V3' }));
    const { request: c } = await requests.create(aNewRequest({ sourceKey: 'view:V4', mentorIds: ['P9'] }));
    await requests.setMessage(a.id, 'G1', '1700000000.000100');
    await requests.setMessage(b.id, 'G1', '1700000000.000200');
    await requests.setMessage(c.id, 'G2', '1700000000.000300');
    await requests.markClaimed(a.id, 'P3', t0);
    await requests.markClaimed(b.id, 'P3', t0);
    await requests.markResponded(b.id, 'P4', t0);
    expect((await requests.findInConversation('G1')).map((r) => r.id)).toEqual([a.id, b.id]);
    expect((await requests.findAwaitingClaimedBy(['P3'])).map((r) => r.id)).toEqual([a.id]);
    await requests.markClosed(a.id, { as: 'cancelled', by: 'M1', at: t0, helped: undefined });
    expect(await requests.findAwaitingClaimedBy(['P3'])).toEqual([]);
    expect(await requests.find(a.id)).toMatchObject({ claimedBy: 'P3', closedAs: 'cancelled', closedBy: 'M1', helped: undefined });
    await requests.markClosed(b.id, { as: 'closed', by: 'M1', at: t0, helped: false });
    expect(await requests.find(b.id)).toMatchObject({ respondedBy: 'P4', closedAs: 'closed', helped: false });
    expect(await requests.find('not-an-id')).toBeUndefined();
  });

  it('stores time away once per source key, finds what has not ended, and ends it', async () => {
    const results = await Promise.all(Array.from({ length: 5 }, () => away.create(aNewAway())));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    await away.create(aNewAway({ sourceKey: 'view:VA2', mentorId: 'P4', start: '2026-10-20', end: '2026-10-29' }));
    await away.create(aNewAway({ sourceKey: 'view:VA3', mentorId: 'P4', start: '2026-11-05', end: '2026-11-09' }));
    const live = await away.findNotEnded(['P3', 'P4'], '2026-10-30');
    expect(live.map((w) => [w.mentorId, w.start])).toEqual([
      ['P3', '2026-11-02'],
      ['P4', '2026-11-05'],
    ]);
    expect(live[0]!.note).toBe('Step 1 week');
    await away.cancel([live[0]!.id], t0);
    expect((await away.findNotEnded(['P3', 'P4'], '2026-10-30')).map((w) => w.mentorId)).toEqual(['P4']);
  });
});
