import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Person } from '../../src/program/roster.js';
import { createLogger } from '../../src/log/logger.js';
import type { RosterStore } from '../../src/program/ports.js';
import { connectDatabase, type Database } from '../../src/program/store/database.js';
import { createRosterRepository } from '../../src/program/store/roster-repository.js';
import { uniqueDatabaseUri } from '../support/database.js';

const quiet = createLogger({ level: 'error', json: true, secrets: [] });
const person = (id: string, overrides: Partial<Person> = {}): Person => ({
  id,
  name: `Person ${id}`,
  email: `${id.toLowerCase()}@med.example`,
  roles: ['mentee'],
  year: 1,
  mdphd: false,
  timezone: undefined,
  active: true,
  ...overrides,
});

describe('the roster store', () => {
  let db: Database;
  let roster: RosterStore;
  beforeAll(async () => {
    db = await connectDatabase({ uri: uniqueDatabaseUri('roster'), dataDir: '.data', logger: quiet });
    roster = createRosterRepository(db.connection);
    await db.connection.syncIndexes();
  });
  afterAll(async () => {
    await db?.connection.dropDatabase();
    await db?.close();
  });

  it('saves and replaces people by Slack id, in bulk', async () => {
    await roster.savePeople([person('U1'), person('U2', { roles: ['peer_mentor', 'admin'], year: 3 })]);
    await roster.savePeople([person('U1', { name: 'Renamed', timezone: 'America/Chicago' })]);
    const people = await roster.findPeople(['U1', 'U2', 'U404']);
    expect(people.map((p) => [p.id, p.name, p.timezone, p.roles])).toEqual(
      expect.arrayContaining([
        ['U1', 'Renamed', 'America/Chicago', ['mentee']],
        ['U2', 'Person U2', undefined, ['peer_mentor', 'admin']],
      ]),
    );
    expect(people).toHaveLength(2);
  });

  it('saves the same new people from several runs at once without failing (a lost upsert race is retried)', async () => {
    const fresh = Array.from({ length: 20 }, (_, i) => person(`UNEW${String(i).padStart(3, '0')}`));
    await Promise.all(Array.from({ length: 6 }, () => roster.savePeople(fresh)));
    expect(await roster.findPeople(fresh.map((p) => p.id))).toHaveLength(20);
  });

  it('creates each named group once, however often it is asked', async () => {
    const first = await roster.ensureGroups([{ name: 'Blue-Okafor', kind: 'cohort' }]);
    const again = await Promise.all([
      roster.ensureGroups([{ name: 'Blue-Okafor', kind: 'cohort' }, { name: 'MD-PhD', kind: 'mdphd' }]),
      roster.ensureGroups([{ name: 'Blue-Okafor', kind: 'cohort' }]),
    ]);
    expect(again[0].find((g) => g.name === 'Blue-Okafor')?.id).toBe(first[0]!.id);
    expect((await roster.findGroups()).map((g) => g.name)).toEqual(['Blue-Okafor', 'MD-PhD']);
  });

  it('keeps membership history: a move closes one membership and opens another', async () => {
    const [blue, green] = await roster.ensureGroups([{ name: 'Blue-Okafor', kind: 'cohort' }, { name: 'Green-Adeyemi', kind: 'cohort' }]);
    const aug = new Date('2026-08-01T05:00:00Z');
    const oct = new Date('2026-10-10T15:00:00Z');
    await roster.openMemberships([{ groupId: blue!.id, personId: 'U1', role: 'mentee' }], aug);
    await roster.closeMemberships([{ groupId: blue!.id, personId: 'U1', role: 'mentee' }], oct);
    await roster.openMemberships([{ groupId: green!.id, personId: 'U1', role: 'mentee' }], oct);

    expect((await roster.findMemberships({ current: true, personIds: ['U1'] })).map((m) => m.groupId)).toEqual([green!.id]);
    const september = await roster.findMemberships({ personIds: ['U1'], overlapping: { from: new Date('2026-09-01'), to: new Date('2026-10-01') } });
    expect(september.map((m) => m.groupId)).toEqual([blue!.id]);
    const october = await roster.findMemberships({ personIds: ['U1'], overlapping: { from: new Date('2026-10-01'), to: new Date('2026-11-01') } });
    expect(october.map((m) => [m.groupId, m.to?.toISOString()])).toEqual([
      [blue!.id, oct.toISOString()],
      [green!.id, undefined],
    ]);
  });
});
