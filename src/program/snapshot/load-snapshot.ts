import type { RosterStore } from '../ports.js';
import { buildMentoringMap, type Group, type GroupKind, type GroupRole, type Membership, type MentoringMap, type Person } from '../roster.js';

/** Whose part of the roster to read: the whole program, some groups, or the groups a person belongs to (in a role). */
export type SnapshotScope =
  | { readonly program: true }
  | { readonly groupIds: readonly string[] }
  /**
   * `prefer`: only the person's groups of this kind, when they have any (a cohort mentor's Pair, not the MD/PhD group).
   * `mentorsOnly`: of the groups' people, read only the person and the groups' mentors and faculty, not their mentees
   * (a mentee's circle: a dozen people fewer to read for each request form).
   */
  | { readonly personId: string; readonly role: GroupRole; readonly prefer?: GroupKind; readonly mentorsOnly?: true };

/** The roster as the rules read it: active groups in scope, their current memberships, their people. */
export interface RosterSnapshot {
  /** Everyone in scope (all people for the program; with `mentorsOnly`, no mentee but the person), active or not. */
  readonly people: ReadonlyMap<string, Person>;
  /** Active groups in scope. */
  readonly groups: readonly Group[];
  /** Current memberships of those groups. */
  readonly memberships: readonly Membership[];
  readonly map: MentoringMap;
}

const EMPTY: RosterSnapshot = { people: new Map(), groups: [], memberships: [], map: buildMentoringMap([], []) };

/**
 * The one roster read: three or four bulk queries whatever the size of the groups (the person's own memberships,
 * their groups, the groups' current memberships, their people), the groups asked by id. Only active groups count.
 */
export async function loadSnapshot(roster: Pick<RosterStore, 'findPeople' | 'findGroups' | 'findMemberships'>, scope: SnapshotScope): Promise<RosterSnapshot> {
  if ('program' in scope) {
    const [people, groups, memberships] = await Promise.all([roster.findPeople(), roster.findGroups(), roster.findMemberships({ current: true })]);
    const active = groups.filter((g) => g.active);
    const ids = new Set(active.map((g) => g.id));
    const current = memberships.filter((m) => ids.has(m.groupId));
    return { people: new Map(people.map((p) => [p.id, p])), groups: active, memberships: current, map: buildMentoringMap(current, active) };
  }
  const wanted =
    'personId' in scope
      ? (await roster.findMemberships({ current: true, personIds: [scope.personId] })).filter((m) => m.role === scope.role).map((m) => m.groupId)
      : scope.groupIds;
  const inScope = wanted.length === 0 ? [] : (await roster.findGroups(wanted)).filter((g) => g.active);
  const preferred = 'prefer' in scope ? inScope.filter((g) => g.kind === scope.prefer) : [];
  const read = 'mentorsOnly' in scope ? (m: Membership) => m.role !== 'mentee' || m.personId === scope.personId : undefined;
  return loadGroupsRoster(roster, preferred.length > 0 ? preferred : inScope, [], read);
}

/**
 * The roster of these groups, read already (active ones, in their order): their current memberships and their
 * people (those of the memberships `read`, when given), but for those `known` (read already too: the person whose
 * groups they are).
 */
export async function loadGroupsRoster(
  roster: Pick<RosterStore, 'findPeople' | 'findMemberships'>,
  groups: readonly Group[],
  known: readonly Person[] = [],
  read: (membership: Membership) => boolean = () => true,
): Promise<RosterSnapshot> {
  if (groups.length === 0) return EMPTY;
  const memberships = await roster.findMemberships({ current: true, groupIds: groups.map((g) => g.id) });
  const ids = [...new Set(memberships.filter(read).map((m) => m.personId))];
  const have = new Map(known.map((p) => [p.id, p]));
  const found = await roster.findPeople(ids.filter((id) => !have.has(id)));
  if (have.size === 0) return { people: new Map(found.map((p) => [p.id, p])), groups, memberships, map: buildMentoringMap(memberships, groups) };
  for (const p of found) have.set(p.id, p);
  // In the members' order, as the store answers a few ids.
  const people = new Map(ids.flatMap((id) => (have.has(id) ? [[id, have.get(id)!] as const] : [])));
  return { people, groups, memberships, map: buildMentoringMap(memberships, groups) };
}
