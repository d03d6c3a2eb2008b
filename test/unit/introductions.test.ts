import { describe, expect, it } from 'vitest';
import { CHANNEL_NAME_MAX, channelNameFor, groupsToIntroduce } from '../../src/features/roster/domain/introductions.js';
import type { Group, Membership, Person } from '../../src/program/roster.js';

describe('channel names', () => {
  it.each([
    ['Blue-Okafor', 'mentoring-blue-okafor'],
    ['MD-PhD', 'mentoring-md-phd'],
    ['Green  Adéyẹmí', 'mentoring-green-adeyemi'],
    ['Gold & Silver / 2026', 'mentoring-gold-silver-2026'],
    ['--Red__Team--', 'mentoring-red__team'],
    ['Ünïcødé Ωmega', 'mentoring-unic-de-mega'],
    ['!!!', 'mentoring-group'],
    ['under_score', 'mentoring-under_score'],
  ])('%s → %s', (group, name) => {
    expect(channelNameFor(group)).toBe(name);
    expect(name).toMatch(/^[a-z0-9_-]+$/);
  });

  it('adds -2, -3, … for later attempts (after name_taken)', () => {
    expect(channelNameFor('Blue-Okafor', 2)).toBe('mentoring-blue-okafor-2');
    expect(channelNameFor('Blue-Okafor', 13)).toBe('mentoring-blue-okafor-13');
  });

  it('stays within 80 characters, suffix included, and never ends in a hyphen before the suffix', () => {
    const long = 'A'.repeat(60) + '-' + 'b'.repeat(60);
    expect(channelNameFor(long)).toHaveLength(CHANNEL_NAME_MAX);
    expect(channelNameFor(long, 12)).toHaveLength(CHANNEL_NAME_MAX);
    expect(channelNameFor(long, 12).endsWith('-12')).toBe(true);
    const cutAtHyphen = 'x'.repeat(CHANNEL_NAME_MAX - 'mentoring-'.length - 3) + '-yyyyyy';
    expect(channelNameFor(cutAtHyphen, 2)).not.toMatch(/--2$/);
  });
});

describe('groups to introduce', () => {
  const group = (id: string, overrides: Partial<Group> = {}): Group => ({ id, name: id, kind: 'cohort', channelId: undefined, introducedAt: undefined, active: true, ...overrides });
  const person = (id: string, overrides: Partial<Person> = {}): Person => ({ id, name: id, email: undefined, roles: [], year: undefined, mdphd: false, timezone: undefined, active: true, ...overrides });
  const m = (groupId: string, personId: string, role: Membership['role'], to?: Date): Membership => ({ groupId, personId, role, from: new Date('2026-08-01'), to });

  it('lists active groups with active members, by role (faculty, peer mentors, mentees), each person once', () => {
    const people = [person('F'), person('P3', { year: 3 }), person('P4', { year: 4 }), person('Mb'), person('Ma'), person('GONE', { active: false }), person('LEFT')];
    const memberships = [
      m('G1', 'Mb', 'mentee'),
      m('G1', 'Ma', 'mentee'),
      m('G1', 'P4', 'peer_mentor'),
      m('G1', 'P3', 'peer_mentor'),
      m('G1', 'F', 'faculty'),
      m('G1', 'GONE', 'mentee'),
      m('G1', 'LEFT', 'mentee', new Date('2026-09-01')),
      m('G2', 'Ma', 'mentee'),
      m('EMPTY', 'GONE', 'mentee'),
    ];
    const out = groupsToIntroduce([group('G1'), group('G2', { active: false }), group('EMPTY')], memberships, people);
    expect(out.map((t) => t.group.id)).toEqual(['G1']);
    expect(out[0]!.everyone).toEqual([
      { id: 'F', role: 'faculty' },
      { id: 'P3', role: 'peer_mentor' },
      { id: 'P4', role: 'peer_mentor' },
      { id: 'Ma', role: 'mentee' },
      { id: 'Mb', role: 'mentee' },
    ]);
    expect(out[0]!.members.peerMentors).toEqual([{ id: 'P3', name: 'P3', year: 3 }, { id: 'P4', name: 'P4', year: 4 }]);
  });
});
