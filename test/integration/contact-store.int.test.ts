import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewContact } from '../../src/program/records/contact.js';
import { createLogger } from '../../src/log/logger.js';
import type { ContactStore } from '../../src/program/ports.js';
import { createContactRepository } from '../../src/program/store/contact-repository.js';
import { connectDatabase, type Database } from '../../src/program/store/database.js';
import { uniqueDatabaseUri } from '../support/database.js';

const quiet = createLogger({ level: 'error', json: true, secrets: [] });
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
  sourceKey: 'logged:V1',
  createdAt: new Date('2026-09-14T15:05:00Z'),
  ...overrides,
});

describe('the contact ledger', () => {
  let db: Database;
  let contacts: ContactStore;
  beforeAll(async () => {
    db = await connectDatabase({ uri: uniqueDatabaseUri('contacts'), dataDir: '.data', logger: quiet });
    contacts = createContactRepository(db.connection);
    await db.connection.syncIndexes();
  });
  afterAll(async () => {
    await db?.connection.dropDatabase();
    await db?.close();
  });

  it('stores a contact once per source key, however often it arrives', async () => {
    const results = await Promise.all(Array.from({ length: 5 }, () => contacts.record(aContact())));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.contact.id)).size).toBe(1);
  });

  it('finds a mentee’s contacts by program date, inclusive, group contacts included', async () => {
    await contacts.record(aContact({ sourceKey: 'k2', date: '2026-09-30', menteeIds: ['M1', 'M2'], group: true, kind: 'in_person' }));
    await contacts.record(aContact({ sourceKey: 'k3', date: '2026-10-01', menteeIds: ['M2'] }));
    const september = await contacts.findForMentees(['M2'], '2026-09-01', '2026-09-30');
    expect(september.map((c) => c.sourceKey)).toEqual(['k2']);
    expect((await contacts.findForMentees(['M1'], '2026-09-01', '2026-09-30')).map((c) => c.sourceKey)).toEqual(['logged:V1', 'k2']);
  });
});
