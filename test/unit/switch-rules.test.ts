import { describe, expect, it } from 'vitest';
import type { Group } from '../../src/program/roster.js';
import { authorizeSwitchAsk, checkTarget, decideSwitchAction, defaultTarget, parseMention, rankTargetGroups, type GroupLoad, type SwitchAction } from '../../src/features/switching/domain/switch.js';
import type { SwitchStatus } from '../../src/program/records/switch-request.js';

const aGroup = (name: string, overrides: Partial<Group> = {}): Group => ({
  id: `g-${name}`,
  name,
  kind: 'cohort',
  channelId: undefined,
  introducedAt: undefined,
  active: true,
  ...overrides,
});
const load = (name: string, mentees: number, overrides: Partial<Group> = {}, mentors = 2): GroupLoad => ({ group: aGroup(name, overrides), mentees, mentors });
const names = (ranked: { group: Group }[]) => ranked.map((t) => t.group.name);

describe('rankTargetGroups', () => {
  const from = aGroup('Blue-Okafor');

  it('puts the same Learning Community first, then the fewest mentees, then the name', () => {
    const ranked = rankTargetGroups(
      from,
      [load('Green-Lee', 3), load('Blue-Adams', 12), load('Red-Ruiz', 3), load('blue-Chen', 9), load('Blue-Baker', 12), load('Green-Abe', 1)],
      15,
    );
    expect(names(ranked)).toEqual(['blue-Chen', 'Blue-Adams', 'Blue-Baker', 'Green-Abe', 'Green-Lee', 'Red-Ruiz']);
    expect(ranked.map((t) => t.sameCommunity)).toEqual([true, true, true, false, false, false]);
    expect(ranked[0]).toMatchObject({ mentees: 9 });
  });

  it.each([
    ['the current group', load('Blue-Okafor', 2)],
    ['a full group (capacity reached)', load('Blue-Full', 15)],
    ['an over-full group', load('Blue-Over', 16)],
    ['an inactive group', load('Blue-Old', 1, { active: false })],
    ['the MD/PhD group', load('MD-PhD', 1, { kind: 'mdphd' })],
    ['a group without a peer mentor', load('Blue-Empty', 0, {}, 0)],
  ])('leaves out %s', (_what, excluded) => {
    expect(names(rankTargetGroups(from, [excluded, load('Green-Lee', 14)], 15))).toEqual(['Green-Lee']);
  });

  it('counts room against the configured capacity', () => {
    expect(names(rankTargetGroups(from, [load('Green-Lee', 4), load('Green-Abe', 5)], 5))).toEqual(['Green-Lee']);
    expect(names(rankTargetGroups(from, [load('Green-Lee', 4)], 4))).toEqual([]);
  });

  it('treats a name without a hyphen as its own community, case-insensitively', () => {
    const ranked = rankTargetGroups(aGroup('Gold'), [load('gold-Two', 8), load('Silver', 1)], 15);
    expect(names(ranked)).toEqual(['gold-Two', 'Silver']);
  });

  it('without a current group, ranks by size alone', () => {
    expect(names(rankTargetGroups(undefined, [load('Blue-A', 5), load('Green-B', 2)], 15))).toEqual(['Green-B', 'Blue-A']);
  });
});

describe('defaultTarget and checkTarget', () => {
  const ranked = rankTargetGroups(aGroup('Blue-Okafor'), [load('Blue-Adams', 10), load('Green-Lee', 2)], 15);

  it('offers the mentee’s preference when it has room, else the best ranked', () => {
    expect(defaultTarget('g-Green-Lee', ranked)?.group.name).toBe('Green-Lee');
    expect(defaultTarget('g-Red-Full', ranked)?.group.name).toBe('Blue-Adams');
    expect(defaultTarget(undefined, ranked)?.group.name).toBe('Blue-Adams');
    expect(defaultTarget(undefined, [])).toBeUndefined();
  });

  it.each([
    ['g-Green-Lee', { ok: true }],
    ['g-Blue-Okafor', { ok: false, reason: 'same_group' }],
    ['g-Red-Full', { ok: false, reason: 'no_room' }],
    [undefined, { ok: false, reason: 'no_target' }],
  ] as const)('target %s → %o', (target, expected) => {
    expect(checkTarget('g-Blue-Okafor', target, ranked)).toMatchObject(expected);
  });
});

describe('authorizeSwitchAsk', () => {
  const circle = { menteeId: 'M1', groupId: 'g1', mentorIds: ['P3', 'P4'] };
  const noGroup = { menteeId: 'M1', groupId: undefined, mentorIds: [] };

  it.each([
    ['the mentee, for themself', 'M1', circle, { ok: true, as: 'mentee' }],
    ['a peer mentor of the mentee’s group', 'P3', circle, { ok: true, as: 'mentor' }],
    ['the other mentor of the Pair', 'P4', circle, { ok: true, as: 'mentor' }],
    ['someone else (another group’s mentor, faculty, a classmate)', 'P9', circle, { ok: false, reason: 'not_their_mentor' }],
    ['a person who is not a mentee, for themself', 'M1', noGroup, { ok: false, reason: 'not_a_mentee' }],
    ['a mentor, for someone who is not a mentee', 'P3', noGroup, { ok: false, reason: 'not_their_mentor' }],
  ] as const)('%s', (_who, actor, subject, expected) => {
    expect(authorizeSwitchAsk(actor, subject)).toEqual(expected);
  });
});

describe('decideSwitchAction', () => {
  const admin = { id: 'A1', isAdmin: true };
  const mentee = { id: 'M1', isAdmin: false };
  const mentor = { id: 'P3', isAdmin: false };
  const request = (status: SwitchStatus, requestedBy = 'M1') => ({ status, requestedBy });
  const cases: [string, SwitchStatus, SwitchAction, { id: string; isAdmin: boolean }, object][] = [
    ['an admin approves an open request', 'open', 'approve', admin, { ok: true }],
    ['an admin declines an open request', 'open', 'decline', admin, { ok: true }],
    ['a non-admin cannot approve', 'open', 'approve', mentor, { ok: false, reason: 'admins_only' }],
    ['the mentee cannot approve their own request', 'open', 'approve', mentee, { ok: false, reason: 'admins_only' }],
    ['a non-admin cannot decline', 'open', 'decline', mentee, { ok: false, reason: 'admins_only' }],
    ['a non-admin is refused even when it is decided', 'approved', 'approve', mentor, { ok: false, reason: 'admins_only' }],
    ['a second approval is refused', 'approved', 'approve', admin, { ok: false, reason: 'already_decided' }],
    ['a decline after an approval is refused', 'approved', 'decline', admin, { ok: false, reason: 'already_decided' }],
    ['an approval after a cancel is refused', 'cancelled', 'approve', admin, { ok: false, reason: 'already_decided' }],
    ['the requester cancels an open request', 'open', 'cancel', mentee, { ok: true }],
    ['an admin cannot cancel (they decline)', 'open', 'cancel', admin, { ok: false, reason: 'requester_only' }],
    ['a mentor cannot cancel the mentee’s request', 'open', 'cancel', mentor, { ok: false, reason: 'requester_only' }],
    ['a cancel after a decision is refused', 'declined', 'cancel', mentee, { ok: false, reason: 'already_decided' }],
    ['an admin finishes an approved move', 'approved', 'finish', admin, { ok: true }],
    ['finishing a declined request is refused', 'declined', 'finish', admin, { ok: false, reason: 'not_approved' }],
    ['a non-admin cannot finish', 'approved', 'finish', mentee, { ok: false, reason: 'admins_only' }],
  ];
  it.each(cases)('%s', (_what, status, action, actor, expected) => {
    expect(decideSwitchAction(request(status), action, actor)).toEqual(expected);
  });

  it('lets the mentor who asked cancel their own handover', () => {
    expect(decideSwitchAction(request('open', 'P3'), 'cancel', mentor)).toEqual({ ok: true });
    expect(decideSwitchAction(request('open', 'P3'), 'cancel', mentee)).toEqual({ ok: false, reason: 'requester_only' });
  });
});

describe('parseMention', () => {
  it.each([
    ['<@U0MENTEE01|ada>', 'U0MENTEE01'],
    ['<@U0MENTEE01>', 'U0MENTEE01'],
    ['  <@W0ENTERPR1|ada.l>  ', 'W0ENTERPR1'],
    ['U0MENTEE01', 'U0MENTEE01'],
    ['@ada', undefined],
    ['<#C0CHANNEL|general>', undefined],
    ['<@U0MENTEE01> <@U0MENTEE02>', undefined],
    ['', undefined],
  ])('%j → %s', (text, expected) => {
    expect(parseMention(text)).toBe(expected);
  });
});
