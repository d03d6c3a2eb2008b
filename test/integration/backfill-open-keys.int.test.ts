import { afterAll, describe, expect, it } from 'vitest';
import { Types } from 'mongoose';
import { createLogger } from '../../src/log/logger.js';
import { createRosterRepository } from '../../src/program/store/roster-repository.js';
import { connectDatabase, type Database } from '../../src/program/store/database.js';
import { uniqueDatabaseUri } from '../support/database.js';

const quiet = createLogger({ level: 'error', json: true, secrets: [] });

const aug = new Date('2026-08-03T14:00:00Z');
const sep = new Date('2026-09-01T14:00:00Z');
const oct = new Date('2026-10-12T14:00:00Z');
const nov = new Date('2026-11-02T14:00:00Z');

describe('memberships stored by an earlier version, at start-up', () => {
  const uri = uniqueDatabaseUri('backfill');
  const opened: Database[] = [];
  const start = async () => {
    const db = await connectDatabase({ uri, dataDir: '.data', logger: quiet });
    opened.push(db);
    return db;
  };
  afterAll(async () => {
    await opened.at(-1)?.connection.dropDatabase();
    for (const db of opened) await db.close();
  });
  const ids = { moved: new Types.ObjectId(), oldest: new Types.ObjectId(), twin: new Types.ObjectId(), other: new Types.ObjectId(), faculty: new Types.ObjectId() };
  const stored = async (db: Database) => (await db.connection.db!.collection('memberships').find({}).sort({ _id: 1 }).toArray()).map((d) => JSON.stringify(d));

  it('gives every membership its key, keeps the oldest of a membership open twice, and the unique guard holds from then on', async () => {
    // The earlier version's database: no openKey, no unique index, and one mentee open twice in Blue (two imports raced).
    const before = await start();
    await before.connection.db!.collection('memberships').insertMany([
      { _id: ids.moved, groupId: 'GREEN', personId: 'U1', role: 'mentee', from: aug, to: sep },
      { _id: ids.oldest, groupId: 'BLUE', personId: 'U1', role: 'mentee', from: sep, to: null },
      { _id: ids.twin, groupId: 'BLUE', personId: 'U1', role: 'mentee', from: oct, to: null },
      { _id: ids.other, groupId: 'BLUE', personId: 'U2', role: 'mentee', from: sep, to: null },
      { _id: ids.faculty, groupId: 'BLUE', personId: 'U2', role: 'faculty', from: sep, to: null },
    ]);
    await before.close();

    const db = await start();
    const roster = createRosterRepository(db.connection);
    // The unique index builds: no two memberships share a key any more.
    await db.connection.syncIndexes();
    const indexes = await db.connection.db!.collection('memberships').indexes();
    expect(indexes.find((i) => i.key['openKey'] === 1)).toMatchObject({ unique: true });

    const keys = new Map((await db.connection.db!.collection('memberships').find({}).toArray()).map((d) => [String(d._id), d['openKey'] as unknown]));
    expect(Object.fromEntries(keys)).toEqual({
      [String(ids.moved)]: String(ids.moved),
      [String(ids.oldest)]: 'U1:BLUE:mentee',
      [String(ids.twin)]: String(ids.twin),
      [String(ids.other)]: 'U2:BLUE:mentee',
      [String(ids.faculty)]: 'U2:BLUE:faculty',
    });
    expect((await roster.findMemberships({ current: true })).map((m) => [m.personId, m.groupId, m.role, m.from]).sort()).toEqual([
      ['U1', 'BLUE', 'mentee', sep],
      ['U2', 'BLUE', 'faculty', sep],
      ['U2', 'BLUE', 'mentee', sep],
    ]);
    // The twin is closed at its own start: the oldest already covered that time, so no one counts twice.
    expect((await roster.findMemberships({ personIds: ['U1'] })).map((m) => [m.groupId, m.from, m.to])).toEqual([
      ['GREEN', aug, sep],
      ['BLUE', sep, undefined],
      ['BLUE', oct, oct],
    ]);

    await Promise.all([roster.openMemberships([{ groupId: 'BLUE', personId: 'U1', role: 'mentee' }], nov), roster.openMemberships([{ groupId: 'BLUE', personId: 'U1', role: 'mentee' }], nov)]);
    expect((await roster.findMemberships({ current: true, personIds: ['U1'] })).map((m) => m.from)).toEqual([sep]);
  });

  it('changes nothing when the app starts again', async () => {
    const before = await stored(opened.at(-1)!);
    const again = await start();
    expect(await stored(again)).toEqual(before);
  });
});
