import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewContact } from '../../src/program/records/contact.js';
import { createLogger } from '../../src/log/logger.js';
import type { ClaimStore } from '../../src/delivery/ports.js';
import type { ContactStore, PulseStore } from '../../src/program/ports.js';
import { createClaimRepository } from '../../src/delivery/store/claim-repository.js';
import { createContactRepository } from '../../src/program/store/contact-repository.js';
import { connectDatabase, type Database } from '../../src/program/store/database.js';
import { createPulseRepository } from '../../src/program/store/pulse-repository.js';
import { uniqueDatabaseUri } from '../support/database.js';

const quiet = createLogger({ level: 'error', json: true, secrets: [] });
let seq = 0;
const aContact = (overrides: Partial<NewContact> = {}): NewContact => ({
  mentorId: 'P3',
  menteeIds: ['M1'],
  at: new Date('2026-09-14T15:00:00Z'),
  date: '2026-09-14',
  kind: 'call',
  group: false,
  minutes: 20,
  note: undefined,
  source: 'logged',
  sourceKey: `key-${++seq}`,
  createdAt: new Date('2026-09-14T15:05:00Z'),
  ...overrides,
});

describe('the ledger, pulse and claim stores on a real MongoDB-compatible server', () => {
  let db: Database;
  let contacts: ContactStore;
  let pulses: PulseStore;
  let claims: ClaimStore;
  beforeAll(async () => {
    db = await connectDatabase({ uri: uniqueDatabaseUri('ledger'), dataDir: '.data', logger: quiet });
    contacts = createContactRepository(db.connection);
    pulses = createPulseRepository(db.connection);
    claims = createClaimRepository(db.connection);
    await db.connection.syncIndexes();
  });
  afterAll(async () => {
    await db?.connection.dropDatabase();
    await db?.close();
  });

  it('finds contacts by mentor and by date range in one query each, leaving out undone ones', async () => {
    const a = await contacts.record(aContact({ mentorId: 'Q1', date: '2026-10-01' }));
    await contacts.record(aContact({ mentorId: 'Q2', date: '2026-10-15', menteeIds: ['M7', 'M8'], group: true }));
    await contacts.record(aContact({ mentorId: 'Q1', date: '2026-11-01' }));
    const undone = await contacts.record(aContact({ mentorId: 'Q1', date: '2026-10-20' }));
    await contacts.markUndone(undone.contact.id, new Date('2026-10-21T00:00:00Z'));
    expect((await contacts.findByMentors(['Q1', 'Q2'], '2026-10-01', '2026-10-31')).map((c) => [c.mentorId, c.date])).toEqual([
      ['Q1', '2026-10-01'],
      ['Q2', '2026-10-15'],
    ]);
    expect((await contacts.findBetween('2026-10-01', '2026-10-31')).map((c) => c.id)).toContain(a.contact.id);
    expect((await contacts.findBetween('2026-10-01', '2026-10-31')).map((c) => c.id)).not.toContain(undone.contact.id);
  });

  it('marks a contact undone once, keeps the first time, and still finds it by id', async () => {
    const { contact } = await contacts.record(aContact({ note: 'private words' }));
    const first = await contacts.markUndone(contact.id, new Date('2026-09-15T10:00:00Z'));
    const second = await contacts.markUndone(contact.id, new Date('2026-09-16T10:00:00Z'));
    expect(first?.undoneAt?.toISOString()).toBe('2026-09-15T10:00:00.000Z');
    expect(second?.undoneAt?.toISOString()).toBe('2026-09-15T10:00:00.000Z');
    expect(await contacts.findById(contact.id)).toMatchObject({ id: contact.id, note: 'private words', undoneAt: first?.undoneAt });
    expect(await contacts.findForMentees(['M1'], '2026-09-14', '2026-09-14')).not.toContainEqual(expect.objectContaining({ id: contact.id }));
  });

  it('answers "not found" for ids that do not exist or are not ids at all', async () => {
    expect(await contacts.findById('not-an-id')).toBeUndefined();
    expect(await contacts.findById('0123456789abcdef01234567')).toBeUndefined();
    expect(await contacts.markUndone('not-an-id', new Date())).toBeUndefined();
  });

  it('keeps one pulse answer per mentee and month, the first, however many arrive at once', async () => {
    const at = new Date('2026-09-15T15:00:00Z');
    const results = await Promise.all([1, 2, 3, 4, 5, 2].map((score) => pulses.recordAnswer({ menteeId: 'M1', month: '2026-09', score: score as 1, answeredAt: at })));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    const stored = await pulses.findAnswer('M1', '2026-09');
    expect(results.every((r) => r.answer.score === stored!.score)).toBe(true);
    expect((await pulses.recordAnswer({ menteeId: 'M1', month: '2026-10', score: 4, answeredAt: at })).created).toBe(true);
  });

  it('records sharing once and lists a month’s answers for digests', async () => {
    await pulses.recordAnswer({ menteeId: 'M2', month: '2026-09', score: 1, answeredAt: new Date('2026-09-15T15:00:00Z') });
    await pulses.markShared('M2', '2026-09', new Date('2026-09-15T15:01:00Z'));
    await pulses.markShared('M2', '2026-09', new Date('2026-09-15T16:00:00Z'));
    expect((await pulses.findAnswer('M2', '2026-09'))?.sharedAt?.toISOString()).toBe('2026-09-15T15:01:00.000Z');
    expect((await pulses.findAnswers('2026-09')).map((a) => a.menteeId)).toEqual(['M1', 'M2']);
    expect((await pulses.findAnswers('2026-09', ['M2', 'M9'])).map((a) => a.menteeId)).toEqual(['M2']);
  });

  it('tells which of many claim keys are done, in one query', async () => {
    const now = new Date('2026-09-01T14:00:00Z');
    await claims.claim('prompt:P1:2026-09', now);
    await claims.complete('prompt:P1:2026-09', now);
    await claims.claim('prompt:P2:2026-09', now);
    expect(await claims.findDoneKeys(['prompt:P1:2026-09', 'prompt:P2:2026-09', 'prompt:P3:2026-09'])).toEqual(new Set(['prompt:P1:2026-09']));
    expect(await claims.findDoneKeys([])).toEqual(new Set());
  });
});
