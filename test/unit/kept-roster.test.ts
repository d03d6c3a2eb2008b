import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MembershipQuery, RosterStore } from '../../src/program/ports.js';
import type { Group, Membership, Person } from '../../src/program/roster.js';
import { ROSTER_READ_TTL_MS } from '../../src/program/read-cache.js';
import { FEW_VALUES } from '../../src/program/store/among.js';
import { keepRoster } from '../../src/program/store/kept-roster.js';

const person = (id: string, name = id): Person => ({ id, name, roles: ['mentee'], active: true }) as unknown as Person;

/** A roster of people by id that records which ids each findPeople asked for (answering as it was when asked). */
const recordingRoster = (people: Map<string, Person>) => {
  const asked: (readonly string[] | undefined)[] = [];
  let hold: Promise<void> | undefined;
  const roster = {
    async findPeople(ids?: readonly string[]) {
      asked.push(ids);
      const found = (ids ?? [...people.keys()]).flatMap((id) => (people.has(id) ? [people.get(id)!] : []));
      if (hold) await hold;
      return found;
    },
    async countCurrentMembers() {
      return people.size;
    },
  } as unknown as RosterStore;
  return { roster, asked, holdNext: (until: Promise<void>) => (hold = until), release: () => (hold = undefined) };
};

describe('the roster kept briefly for every feature', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-10-05T15:00:00Z') });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('reads each person once within the TTL, answers in the order asked, and asks only for those not kept', async () => {
    const people = new Map(['U1', 'U2', 'U3'].map((id) => [id, person(id)]));
    const { roster, asked } = recordingRoster(people);
    const kept = keepRoster(roster);
    expect((await kept.roster.findPeople(['U2', 'U1'])).map((p) => p.id)).toEqual(['U2', 'U1']);
    expect((await kept.roster.findPeople(['U3', 'U1', 'U2', 'U9'])).map((p) => p.id)).toEqual(['U3', 'U1', 'U2']);
    expect(asked).toEqual([['U2', 'U1'], ['U3', 'U9']]);
    // Someone who was not there is asked for again, and everyone past the TTL.
    vi.advanceTimersByTime(ROSTER_READ_TTL_MS);
    await kept.roster.findPeople(['U1', 'U9']);
    expect(asked.at(-1)).toEqual(['U1', 'U9']);
    // The store's other methods are its own.
    expect(await kept.roster.countCurrentMembers()).toBe(3);
  });

  it('shows a change at once after drop (a roster write in this instance), and keeps nothing read across it', async () => {
    const people = new Map([['U1', person('U1', 'Ada')]]);
    const { roster, asked, holdNext, release } = recordingRoster(people);
    const kept = keepRoster(roster);
    await kept.roster.findPeople(['U1']);
    people.set('U1', person('U1', 'Ada Lovelace'));
    kept.drop();
    let reads!: () => void;
    holdNext(new Promise((resolve) => (reads = resolve)));
    const during = kept.roster.findPeople(['U1']);
    people.set('U1', person('U1', 'A. L.'));
    kept.drop();
    release();
    reads();
    expect((await during)[0]!.name).toBe('Ada Lovelace');
    expect((await kept.roster.findPeople(['U1']))[0]!.name).toBe('A. L.');
    expect(asked).toHaveLength(3);
  });

  it('reads everyone, and many people at once (a job’s), from the store every time', async () => {
    const ids = Array.from({ length: FEW_VALUES + 1 }, (_, i) => `U${i}`);
    const { roster, asked } = recordingRoster(new Map(ids.map((id) => [id, person(id)])));
    const kept = keepRoster(roster);
    await kept.roster.findPeople(ids);
    await kept.roster.findPeople(ids);
    await kept.roster.findPeople();
    await kept.roster.findPeople();
    expect(asked).toEqual([ids, ids, undefined, undefined]);
  });
  it('keeps groups by id and the current memberships of a person or a group, answering as the store does', async () => {
    const groups: Group[] = [
      { id: 'G2', name: 'Blue', kind: 'cohort', active: true },
      { id: 'G1', name: 'Amber', kind: 'cohort', active: true },
    ] as unknown as Group[];
    const at = (day: number) => new Date(Date.UTC(2026, 7, day));
    const memberships: Membership[] = [
      { groupId: 'G1', personId: 'M1', role: 'mentee', from: at(3), to: undefined },
      { groupId: 'G1', personId: 'P1', role: 'peer_mentor', from: at(1), to: undefined },
      { groupId: 'G2', personId: 'M1', role: 'mentee', from: at(2), to: undefined },
    ];
    const asked: string[] = [];
    const roster = {
      async findGroups(ids?: readonly string[]) {
        asked.push(`groups ${String(ids)}`);
        return groups.filter((g) => ids === undefined || ids.includes(g.id)).sort((a, b) => a.name.localeCompare(b.name));
      },
      async findMemberships(query: MembershipQuery = {}) {
        asked.push(`memberships ${JSON.stringify(query)}`);
        return memberships
          .filter((m) => (query.personIds?.includes(m.personId) ?? true) && (query.groupIds?.includes(m.groupId) ?? true))
          .sort((a, b) => a.from.getTime() - b.from.getTime());
      },
    } as unknown as RosterStore;
    const kept = keepRoster(roster);

    expect((await kept.roster.findGroups(['G2', 'G1', 'G9'])).map((g) => g.name)).toEqual(['Amber', 'Blue']);
    expect((await kept.roster.findGroups(['G1'])).map((g) => g.id)).toEqual(['G1']);
    const ofM1 = await kept.roster.findMemberships({ current: true, personIds: ['M1'] });
    expect(ofM1.map((m) => m.groupId)).toEqual(['G2', 'G1']);
    // A group's members, one of them kept already as a person's: the group is read once, and in order of start.
    expect((await kept.roster.findMemberships({ current: true, groupIds: ['G1'] })).map((m) => m.personId)).toEqual(['P1', 'M1']);
    expect((await kept.roster.findMemberships({ current: true, groupIds: ['G2', 'G1'] })).map((m) => m.personId)).toEqual(['P1', 'M1', 'M1']);
    // Someone with no membership is kept as such.
    expect(await kept.roster.findMemberships({ current: true, personIds: ['X1'] })).toEqual([]);
    expect(await kept.roster.findMemberships({ current: true, personIds: ['X1'] })).toEqual([]);
    expect(asked).toEqual([
      'groups G2,G1,G9',
      'memberships {"current":true,"personIds":["M1"]}',
      'memberships {"current":true,"groupIds":["G1"]}',
      'memberships {"current":true,"groupIds":["G2"]}',
      'memberships {"current":true,"personIds":["X1"]}',
    ]);

    // History, both people and groups at once, and every group are the store's every time; so is all of it after drop.
    asked.length = 0;
    const month = { from: at(1), to: at(30) };
    await kept.roster.findMemberships({ current: true, personIds: ['M1'], groupIds: ['G1'] });
    await kept.roster.findMemberships({ personIds: ['M1'] });
    await kept.roster.findMemberships({ current: true, personIds: ['M1'], overlapping: month });
    await kept.roster.findGroups();
    kept.drop();
    await kept.roster.findGroups(['G1']);
    await kept.roster.findMemberships({ current: true, personIds: ['M1'] });
    expect(asked).toHaveLength(6);
  });
});
