import type { Group, GroupRole, Membership, Person } from '../../../program/roster.js';
import type { GroupByRole } from './group-composition.js';

/** Slack's limit on a channel name. */
export const CHANNEL_NAME_MAX = 80;
const CHANNEL_PREFIX = 'mentoring-';

/**
 * The private channel's name for a group: `mentoring-` and the group's name in lower case, letters without accents,
 * anything else but digits, `-` and `_` turned into `-`, at most 80 characters. `attempt` 2, 3, … adds `-2`, `-3`, …
 * (after `name_taken`).
 */
export function channelNameFor(groupName: string, attempt = 1): string {
  const slug = groupName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '');
  const suffix = attempt > 1 ? `-${attempt}` : '';
  const base = `${CHANNEL_PREFIX}${slug === '' ? 'group' : slug}`;
  return `${base.slice(0, CHANNEL_NAME_MAX - suffix.length).replace(/[-_]+$/, '')}${suffix}`;
}

export interface MemberRef {
  readonly id: string;
  readonly name: string;
  readonly year: number | undefined;
}

/** A group as its introduction shows it: who is in it, by role. */
export interface IntroducedGroup extends GroupByRole<MemberRef> {
  readonly id: string;
}

export interface GroupToIntroduce {
  readonly group: Group;
  readonly members: IntroducedGroup;
  /** Everyone in the group now, each once, with their role in it (faculty, then peer mentors, then mentees). */
  readonly everyone: readonly { readonly id: string; readonly role: GroupRole }[];
}

/** The active groups with at least one active member, each with its current members by role. */
export function groupsToIntroduce(groups: readonly Group[], memberships: readonly Membership[], people: readonly Person[]): GroupToIntroduce[] {
  const byId = new Map(people.map((p) => [p.id, p]));
  const out: GroupToIntroduce[] = [];
  for (const group of groups) {
    if (!group.active) continue;
    const seen = new Set<string>();
    const of = (role: GroupRole): MemberRef[] =>
      memberships
        .filter((m) => m.groupId === group.id && m.role === role && m.to === undefined)
        .flatMap((m) => {
          const p = byId.get(m.personId);
          if (p === undefined || !p.active || seen.has(p.id)) return [];
          seen.add(p.id);
          return [{ id: p.id, name: p.name, year: p.year }];
        })
        .sort((a, b) => a.name.localeCompare(b.name));
    const faculty = of('faculty');
    const peerMentors = of('peer_mentor');
    const mentees = of('mentee');
    const everyone = [
      ...faculty.map((m) => ({ id: m.id, role: 'faculty' as const })),
      ...peerMentors.map((m) => ({ id: m.id, role: 'peer_mentor' as const })),
      ...mentees.map((m) => ({ id: m.id, role: 'mentee' as const })),
    ];
    if (everyone.length === 0) continue;
    out.push({ group, members: { id: group.id, name: group.name, kind: group.kind, faculty, peerMentors, mentees }, everyone });
  }
  return out;
}

/** Claim keys of the introduction steps: each step is done once per group (and person). */
export const introductionKeys = {
  prefix: 'intro:',
  channel: (groupId: string) => `intro:${groupId}:channel`,
  purpose: (groupId: string) => `intro:${groupId}:purpose`,
  /** Invitations of one set of members: a new member makes a new set, so the invitations run again. */
  invite: (groupId: string, memberSetDigest: string) => `intro:${groupId}:invite:${memberSetDigest}`,
  message: (groupId: string) => `intro:${groupId}:message`,
  joined: (groupId: string, personId: string) => `intro:${groupId}:joined:${personId}`,
  /** The re-introduction of one set of peer mentors (a new Pair), once. */
  pair: (groupId: string, mentorSetDigest: string) => `intro:${groupId}:pair:${mentorSetDigest}`,
  dm: (groupId: string, personId: string) => `intro:${groupId}:dm:${personId}`,
} as const;
