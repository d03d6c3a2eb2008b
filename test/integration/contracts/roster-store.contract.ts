import { describe, expect, it } from 'vitest';
import type { Group, GroupRole, Person } from '../../../src/program/roster.js';
import type { MembershipChange, RosterStore } from '../../../src/program/ports.js';
import { freshStorePerTest, type MakeStore } from './store-contract.js';

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

const member = (groupId: string, personId: string, role: GroupRole = 'mentee'): MembershipChange => ({ groupId, personId, role });

const aug = new Date('2026-08-01T05:00:00Z');
const oct = new Date('2026-10-10T15:00:00Z');
const named = (groups: readonly Group[], name: string): Group => {
  const group = groups.find((g) => g.name === name);
  if (group === undefined) throw new Error(`no group named ${name}`);
  return group;
};

/** The RosterStore contract: people, groups and membership history, each method one bulk operation. */
export function describeRosterStoreContract(name: string, makeStore: MakeStore<RosterStore>): void {
  describe(`${name} (RosterStore contract)`, () => {
    const roster = freshStorePerTest(makeStore);

    it('saves and replaces people by Slack id, in bulk', async () => {
      await roster().savePeople([person('U1'), person('U2', { roles: ['peer_mentor', 'admin'], year: 3 })]);
      await roster().savePeople([person('U1', { name: 'Renamed', timezone: 'America/Chicago' })]);
      const people = await roster().findPeople(['U1', 'U2', 'U404']);
      expect(people.map((p) => [p.id, p.name, p.timezone, p.roles])).toEqual(
        expect.arrayContaining([
          ['U1', 'Renamed', 'America/Chicago', ['mentee']],
          ['U2', 'Person U2', undefined, ['peer_mentor', 'admin']],
        ]),
      );
      expect(people).toHaveLength(2);
    });

    it('replaces the whole person: what the new roster leaves out is gone', async () => {
      await roster().savePeople([person('U1', { roles: ['mentee', 'admin'], timezone: 'America/Chicago', year: 2, mdphd: true })]);
      const replaced = person('U1', { email: undefined, roles: ['mentee'], year: undefined, timezone: undefined, active: false });
      await roster().savePeople([replaced]);
      expect(await roster().findPeople(['U1'])).toEqual([replaced]);
    });

    it('finds everyone when no ids are given', async () => {
      await roster().savePeople([person('U1'), person('U2', { active: false }), person('U3', { roles: ['faculty'] })]);
      expect((await roster().findPeople()).map((p) => p.id).sort()).toEqual(['U1', 'U2', 'U3']);
      expect(await roster().findPeople([])).toEqual([]);
    });

    it('saves the same new people from several runs at once without failing (a lost upsert race is retried)', async () => {
      const fresh = Array.from({ length: 20 }, (_, i) => person(`UNEW${String(i).padStart(3, '0')}`));
      await Promise.all(Array.from({ length: 6 }, () => roster().savePeople(fresh)));
      expect(await roster().findPeople(fresh.map((p) => p.id))).toHaveLength(20);
    });

    it('finds a few people, or many, and their memberships in order of their start, whichever way it asks', async () => {
      const many = Array.from({ length: 30 }, (_, i) => person(`UMANY${String(i).padStart(3, '0')}`));
      await roster().savePeople(many);
      const days = many.map((_, i) => new Date(Date.UTC(2026, 7, 30 - i)));
      for (const [i, p] of many.entries()) await roster().openMemberships([member(i % 2 === 0 ? 'G1' : 'G2', p.id)], days[i]!);
      for (const ids of [many.slice(0, 3).map((p) => p.id), many.map((p) => p.id)]) {
        expect((await roster().findPeople([...ids, ids[0]!, 'U404'])).map((p) => p.id).sort()).toEqual([...ids].sort());
        const memberships = await roster().findMemberships({ current: true, personIds: ids });
        expect(memberships.map((m) => m.personId)).toEqual([...ids].reverse());
      }
      const g2 = await roster().findMemberships({ groupIds: ['G2', 'G1'], personIds: many.slice(0, 4).map((p) => p.id) });
      expect(g2.map((m) => m.from)).toEqual([days[3], days[2], days[1], days[0]]);
    });

    it('creates each named group once, however often it is asked', async () => {
      const first = await roster().ensureGroups([{ name: 'Blue-Okafor', kind: 'cohort' }]);
      const again = await Promise.all([
        roster().ensureGroups([{ name: 'Blue-Okafor', kind: 'cohort' }, { name: 'MD-PhD', kind: 'mdphd' }]),
        roster().ensureGroups([{ name: 'Blue-Okafor', kind: 'cohort' }]),
      ]);
      expect(again[0].find((g) => g.name === 'Blue-Okafor')?.id).toBe(first[0]!.id);
      expect((await roster().findGroups()).map((g) => g.name)).toEqual(['Blue-Okafor', 'MD-PhD']);
    });

    it('returns every group named, new ones active and without a channel, and leaves existing ones as they were', async () => {
      const [blue] = await roster().ensureGroups([{ name: 'Blue-Okafor', kind: 'cohort' }]);
      await roster().setGroupsActive([blue!.id], false);
      await roster().ensureGroups([{ name: 'Gold-Lee', kind: 'cohort' }]);
      const groups = await roster().ensureGroups([{ name: 'Blue-Okafor', kind: 'mdphd' }, { name: 'MD-PhD', kind: 'mdphd' }]);
      expect(groups.map((g) => g.name).sort()).toEqual(['Blue-Okafor', 'MD-PhD']);
      expect(named(groups, 'Blue-Okafor')).toMatchObject({ id: blue!.id, kind: 'cohort', active: false });
      expect(named(groups, 'MD-PhD')).toMatchObject({ kind: 'mdphd', active: true, channelId: undefined, introducedAt: undefined });
      expect(named(groups, 'MD-PhD').introducedMemberIds ?? []).toEqual([]);
    });

    it('switches groups on and off, only those named', async () => {
      const groups = await roster().ensureGroups([
        { name: 'Blue-Okafor', kind: 'cohort' },
        { name: 'Green-Adeyemi', kind: 'cohort' },
        { name: 'MD-PhD', kind: 'mdphd' },
      ]);
      await roster().setGroupsActive([named(groups, 'Blue-Okafor').id, named(groups, 'MD-PhD').id], false);
      await roster().setGroupsActive([], true);
      expect((await roster().findGroups()).map((g) => [g.name, g.active])).toEqual([
        ['Blue-Okafor', false],
        ['Green-Adeyemi', true],
        ['MD-PhD', false],
      ]);
      await roster().setGroupsActive([named(groups, 'MD-PhD').id], true);
      expect((await roster().findGroups()).map((g) => g.active)).toEqual([false, true, true]);
    });

    it('finds only the groups asked by id, by name, active or not, each once', async () => {
      const groups = await roster().ensureGroups([
        { name: 'Blue-Okafor', kind: 'cohort' },
        { name: 'Green-Adeyemi', kind: 'cohort' },
        { name: 'MD-PhD', kind: 'mdphd' },
      ]);
      const [blue, mdphd] = [named(groups, 'Blue-Okafor'), named(groups, 'MD-PhD')];
      await roster().setGroupsActive([blue.id], false);
      const found = await roster().findGroups([mdphd.id, blue.id, mdphd.id, '000000000000000000000000', 'not-a-group']);
      expect(found.map((g) => [g.name, g.active])).toEqual([
        ['Blue-Okafor', false],
        ['MD-PhD', true],
      ]);
      expect(await roster().findGroups([])).toEqual([]);
    });

    it('records a group’s channel and introduction, and whom the channel has introduced, as a set', async () => {
      const [blue, green] = [...(await roster().ensureGroups([{ name: 'Blue-Okafor', kind: 'cohort' }, { name: 'Green-Adeyemi', kind: 'cohort' }]))].sort((a, b) => a.name.localeCompare(b.name));
      await roster().setGroupChannel(blue!.id, 'C-BLUE');
      await roster().markGroupIntroduced(blue!.id, aug);
      await roster().addIntroducedMembers(blue!.id, ['U1', 'U2']);
      await roster().addIntroducedMembers(blue!.id, ['U2', 'U3']);
      await roster().addIntroducedMembers(blue!.id, []);
      const [storedBlue, storedGreen] = await roster().findGroups();
      expect(storedBlue).toMatchObject({ id: blue!.id, channelId: 'C-BLUE', introducedAt: aug });
      expect([...(storedBlue!.introducedMemberIds ?? [])].sort()).toEqual(['U1', 'U2', 'U3']);
      expect(storedGreen).toMatchObject({ id: green!.id, channelId: undefined, introducedAt: undefined });
      expect(storedGreen!.introducedMemberIds ?? []).toEqual([]);
    });

    it('keeps membership history: a move closes one membership and opens another', async () => {
      const groups = await roster().ensureGroups([{ name: 'Blue-Okafor', kind: 'cohort' }, { name: 'Green-Adeyemi', kind: 'cohort' }]);
      const blue = named(groups, 'Blue-Okafor');
      const green = named(groups, 'Green-Adeyemi');
      await roster().openMemberships([{ groupId: blue.id, personId: 'U1', role: 'mentee' }], aug);
      await roster().closeMemberships([{ groupId: blue.id, personId: 'U1', role: 'mentee' }], oct);
      await roster().openMemberships([{ groupId: green.id, personId: 'U1', role: 'mentee' }], oct);

      expect((await roster().findMemberships({ current: true, personIds: ['U1'] })).map((m) => m.groupId)).toEqual([green.id]);
      const september = await roster().findMemberships({ personIds: ['U1'], overlapping: { from: new Date('2026-09-01'), to: new Date('2026-10-01') } });
      expect(september.map((m) => m.groupId)).toEqual([blue.id]);
      const october = await roster().findMemberships({ personIds: ['U1'], overlapping: { from: new Date('2026-10-01'), to: new Date('2026-11-01') } });
      expect(october.map((m) => [m.groupId, m.to?.toISOString()])).toEqual([
        [blue.id, oct.toISOString()],
        [green.id, undefined],
      ]);
    });

    it('closes only the memberships named, keeps what it closed, and finds memberships by group', async () => {
      await roster().openMemberships([member('G1', 'U1'), member('G1', 'P1', 'peer_mentor'), member('G1', 'F1', 'faculty'), member('G2', 'U1', 'peer_mentor')], aug);
      await roster().closeMemberships([member('G1', 'U1'), member('G1', 'P1', 'faculty')], oct);
      await roster().closeMemberships([], oct);
      const g1 = await roster().findMemberships({ groupIds: ['G1'] });
      expect(g1.map((m) => [m.personId, m.role, m.from, m.to]).sort()).toEqual([
        ['F1', 'faculty', aug, undefined],
        ['P1', 'peer_mentor', aug, undefined],
        ['U1', 'mentee', aug, oct],
      ]);
      expect((await roster().findMemberships({ current: true, groupIds: ['G1', 'G2'] })).map((m) => `${m.groupId}:${m.personId}`).sort()).toEqual([
        'G1:F1',
        'G1:P1',
        'G2:U1',
      ]);
      expect(await roster().findMemberships()).toHaveLength(4);
    });

    it('keeps each ending to follow, with its id, until it is marked followed; a closing that follows itself (a switch) is not kept', async () => {
      await roster().openMemberships([member('G1', 'U1'), member('G1', 'P1', 'peer_mentor'), member('G2', 'U2')], aug);
      await roster().closeMemberships([member('G1', 'P1', 'peer_mentor')], oct);
      await roster().closeMemberships([member('G1', 'U1')], new Date('2026-10-11T15:00:00Z'));
      await roster().closeMemberships([member('G2', 'U2')], oct, { followUp: false });
      const endings = await roster().findEndingsToFollow();
      expect(endings.map((e) => [e.groupId, e.personId, e.role, e.from, e.to])).toEqual([
        ['G1', 'P1', 'peer_mentor', aug, oct],
        ['G1', 'U1', 'mentee', aug, new Date('2026-10-11T15:00:00Z')],
      ]);
      expect(new Set(endings.map((e) => e.id)).size).toBe(2);
      await roster().markEndingsFollowed([endings[0]!.id]);
      await roster().markEndingsFollowed([]);
      expect((await roster().findEndingsToFollow()).map((e) => e.id)).toEqual([endings[1]!.id]);
      // The history is kept as it was.
      expect((await roster().findMemberships({ personIds: ['P1'] })).map((m) => [m.from, m.to])).toEqual([[aug, oct]]);
    });

    it('keeps one open membership per person, group and role however many openings race, and opens it again once closed', async () => {
      const nov = new Date('2026-11-02T15:00:00Z');
      await Promise.all(Array.from({ length: 6 }, () => roster().openMemberships([member('G1', 'U1'), member('G1', 'U2')], aug)));
      // The same membership twice in one call, next to one that is new: the new one opens, the other stays as it was.
      await roster().openMemberships([member('G1', 'U1'), member('G1', 'U1'), member('G1', 'U1', 'faculty')], oct);
      expect((await roster().findMemberships({ current: true, groupIds: ['G1'] })).map((m) => [m.personId, m.role, m.from]).sort()).toEqual([
        ['U1', 'faculty', oct],
        ['U1', 'mentee', aug],
        ['U2', 'mentee', aug],
      ]);

      await roster().closeMemberships([member('G1', 'U1')], oct);
      await Promise.all(Array.from({ length: 6 }, () => roster().openMemberships([member('G1', 'U1')], nov)));
      const history = (await roster().findMemberships({ personIds: ['U1'] })).filter((m) => m.role === 'mentee');
      expect(history.map((m) => [m.from, m.to])).toEqual([
        [aug, oct],
        [nov, undefined],
      ]);
    });

    it('keeps a membership that ended before a range out of it, and one still open in it', async () => {
      await roster().openMemberships([member('G1', 'U1'), member('G2', 'U2')], aug);
      await roster().closeMemberships([member('G1', 'U1')], new Date('2026-09-01T00:00:00Z'));
      await roster().openMemberships([member('G3', 'U3')], new Date('2026-10-01T00:00:00Z'));
      const september = await roster().findMemberships({ overlapping: { from: new Date('2026-09-01T00:00:00Z'), to: new Date('2026-10-01T00:00:00Z') } });
      expect(september.map((m) => m.groupId)).toEqual(['G2']);
    });

    it('stores time zones learnt from Slack for the people named, and invents nobody', async () => {
      await roster().savePeople([person('U1'), person('U2', { timezone: 'America/Denver' })]);
      await roster().setTimezones(new Map([['U1', 'America/Chicago'], ['U404', 'Europe/Paris']]));
      await roster().setTimezones(new Map());
      const people = await roster().findPeople();
      expect(people.map((p) => [p.id, p.timezone]).sort()).toEqual([
        ['U1', 'America/Chicago'],
        ['U2', 'America/Denver'],
      ]);
    });

    it('finds the active people holding a program-wide role', async () => {
      await roster().savePeople([
        person('A1', { roles: ['admin'] }),
        person('A2', { roles: ['peer_mentor', 'admin'] }),
        person('A3', { roles: ['admin'], active: false }),
        person('P1', { roles: ['peer_mentor'] }),
      ]);
      expect((await roster().findPeopleWithRole('admin')).map((p) => p.id).sort()).toEqual(['A1', 'A2']);
      expect(await roster().findPeopleWithRole('faculty')).toEqual([]);
    });

    it('counts each group’s current members per role, leaving closed memberships out', async () => {
      const members = [member('G1', 'U1'), member('G1', 'U2'), member('G1', 'U3'), member('G1', 'P1', 'peer_mentor'), member('G2', 'U4'), member('G3', 'U5')];
      await roster().openMemberships(members, aug);
      await roster().closeMemberships([member('G1', 'U3'), member('G3', 'U5')], oct);
      const counts = await roster().countCurrentMembers();
      expect(counts.map((c) => [c.groupId, c.role, c.count]).sort()).toEqual([
        ['G1', 'mentee', 2],
        ['G1', 'peer_mentor', 1],
        ['G2', 'mentee', 1],
      ]);
    });
  });
}
