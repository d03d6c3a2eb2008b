/** The program's people and groups, as the rules see them. Slack user ids identify people. */

export const ROLES = ['mentee', 'peer_mentor', 'faculty', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Roles a person holds in a group (admin is program-wide, not a membership). */
export type GroupRole = Exclude<Role, 'admin'>;

export interface Person {
  /** Slack user id. */
  readonly id: string;
  readonly name: string;
  readonly email: string | undefined;
  /** Program-wide roles from the roster (a person may hold several): every role held, in any track. */
  readonly roles: readonly Role[];
  /**
   * Each role with the track it is held in (see program/tracks.ts); unset when every role is in the `cohort` track
   * (the default, and the form people had before tracks).
   */
  readonly tracks?: readonly { readonly track: string; readonly role: Role }[];
  /** 1–4 for students. */
  readonly year: number | undefined;
  readonly mdphd: boolean;
  /** IANA zone: from the roster, else from Slack (users.info), else unknown (the program's zone applies). */
  readonly timezone: string | undefined;
  readonly active: boolean;
}

export type GroupKind = 'cohort' | 'mdphd';

/** The name of the program-wide MD/PhD group formed from peer mentors and mentees marked MD/PhD. */
export const MDPHD_GROUP_NAME = 'MD-PhD';

export interface Group {
  readonly id: string;
  /** As in the roster, e.g. `Blue-Okafor`; unique. */
  readonly name: string;
  readonly kind: GroupKind;
  /** The group's private channel, once introductions created it. */
  readonly channelId: string | undefined;
  /** When the full introduction was posted. */
  readonly introducedAt: Date | undefined;
  readonly active: boolean;
  /** Who the channel has introduced (the full introduction, or a welcome when they joined later). */
  readonly introducedMemberIds?: readonly string[];
}

/** Who belonged to which group in which role, from when until when (`to` unset: still a member). */
export interface Membership {
  readonly groupId: string;
  readonly personId: string;
  readonly role: GroupRole;
  readonly from: Date;
  readonly to: Date | undefined;
}

/** The zone a person's dates and hours are counted in: their own (roster or Slack), else the program's. */
export function zoneOf(person: Pick<Person, 'timezone'> | undefined, programTimezone: string): string {
  return person?.timezone ?? programTimezone;
}

/** The Learning Community of a cohort group: its name up to the first hyphen (`Blue-Okafor` → `Blue`). */
export function learningCommunityOf(groupName: string): string {
  const cut = groupName.indexOf('-');
  return (cut > 0 ? groupName.slice(0, cut) : groupName).trim().toLowerCase();
}

/** True when the membership was current at `at`. */
export function isMemberAt(membership: Membership, at: Date): boolean {
  return membership.from.getTime() <= at.getTime() && (membership.to === undefined || membership.to.getTime() > at.getTime());
}

/** True when the membership overlaps [from, to). */
export function overlaps(membership: Membership, from: Date, to: Date): boolean {
  return membership.from.getTime() < to.getTime() && (membership.to === undefined || membership.to.getTime() > from.getTime());
}

/** Who mentors whom, derived from current memberships in one pass. */
export interface MentoringMap {
  /** The peer mentors of each mentee, across the mentee's groups (cohort first, then MD/PhD). */
  mentorsOf(menteeId: string): string[];
  /** The mentees of each peer mentor, across their groups. */
  menteesOf(mentorId: string): string[];
  /** The faculty mentors of the mentee's cohort group(s). */
  facultyOf(menteeId: string): string[];
  /** The groups a person belongs to in a role. */
  groupsOf(personId: string, role: GroupRole): string[];
  /** The members of a group in a role. */
  membersOf(groupId: string, role: GroupRole): string[];
}

export function buildMentoringMap(memberships: readonly Membership[], groups: readonly Group[]): MentoringMap {
  const kindOf = new Map(groups.map((g) => [g.id, g.kind]));
  // Sets keep insertion order and stay linear for large groups (a program-wide MD/PhD group has thousands of members).
  const byGroupRole = new Map<string, Set<string>>();
  const byPersonRole = new Map<string, Set<string>>();
  const push = (map: Map<string, Set<string>>, key: string, value: string) => {
    const set = map.get(key);
    if (set === undefined) map.set(key, new Set([value]));
    else set.add(value);
  };
  for (const m of memberships) {
    if (m.to !== undefined) continue;
    push(byGroupRole, `${m.groupId}|${m.role}`, m.personId);
    push(byPersonRole, `${m.personId}|${m.role}`, m.groupId);
  }
  const cohortFirst = (groupIds: Iterable<string>) =>
    [...groupIds].sort((a, b) => Number(kindOf.get(a) === 'mdphd') - Number(kindOf.get(b) === 'mdphd'));
  const across = (groupIds: Iterable<string>, role: GroupRole, except: string) => {
    const out = new Set<string>();
    for (const g of cohortFirst(groupIds)) for (const p of byGroupRole.get(`${g}|${role}`) ?? []) if (p !== except) out.add(p);
    return [...out];
  };
  const groupsIn = (personId: string, role: GroupRole) => byPersonRole.get(`${personId}|${role}`) ?? [];
  return {
    mentorsOf: (menteeId) => across(groupsIn(menteeId, 'mentee'), 'peer_mentor', menteeId),
    menteesOf: (mentorId) => across(groupsIn(mentorId, 'peer_mentor'), 'mentee', mentorId),
    facultyOf: (menteeId) => across([...groupsIn(menteeId, 'mentee')].filter((g) => kindOf.get(g) === 'cohort'), 'faculty', menteeId),
    groupsOf: (personId, role) => cohortFirst(groupsIn(personId, role)),
    membersOf: (groupId, role) => [...(byGroupRole.get(`${groupId}|${role}`) ?? [])],
  };
}
