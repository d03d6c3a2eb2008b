import { MDPHD_GROUP_NAME, type Group, type GroupKind, type GroupRole, type Membership, type Person } from '../../../program/roster.js';
import { checkGroupComposition } from './group-composition.js';
import type { MembershipsPlan } from './plan-memberships.js';
import type { FileRoster } from './read-file-roster.js';
import { groupKey, type ImportFindings } from './roster-import.js';

export interface GroupsPlan {
  /** Groups to create, by name. */
  readonly create: readonly { readonly name: string; readonly kind: GroupKind }[];
  /** Existing groups whose members change, or that are switched on or off. */
  readonly changed: readonly string[];
  readonly activate: readonly string[];
  /** Groups left with no members. */
  readonly deactivate: readonly string[];
}

/** A group once the plan is applied: its members by role. */
export interface GroupAfter {
  readonly name: string;
  readonly kind: GroupKind;
  readonly members: Map<GroupRole, Set<string>>;
}

const GROUP_ROLES: readonly GroupRole[] = ['faculty', 'peer_mentor', 'mentee'];

const kindOfKey = (key: string): GroupKind => (key === groupKey(MDPHD_GROUP_NAME) ? 'mdphd' : 'cohort');

/** Every group once the plan is applied (the stored ones and those the file names), by key, with its members. */
export function groupsAfter(
  groups: readonly Group[],
  memberships: readonly Membership[],
  groupNames: ReadonlyMap<string, string>,
  plan: MembershipsPlan,
): Map<string, GroupAfter> {
  const groupById = new Map(groups.map((g) => [g.id, g]));
  const after = new Map<string, GroupAfter>();
  const memberSet = (key: string, name: string, kind: GroupKind) => {
    let entry = after.get(key);
    if (entry === undefined) {
      entry = { name, kind, members: new Map(GROUP_ROLES.map((r) => [r, new Set<string>()])) };
      after.set(key, entry);
    }
    return entry;
  };
  for (const g of groups) memberSet(groupKey(g.name), g.name, g.kind);
  for (const [key, name] of groupNames) memberSet(key, name, kindOfKey(key));
  const closedKeys = new Set(plan.close.map((c) => `${c.groupId}|${c.personId}|${c.role}`));
  for (const m of memberships) {
    const group = groupById.get(m.groupId);
    if (m.to !== undefined || group === undefined || closedKeys.has(`${m.groupId}|${m.personId}|${m.role}`)) continue;
    after.get(groupKey(group.name))!.members.get(m.role)!.add(m.personId);
  }
  for (const o of plan.open) after.get(groupKey(o.groupName))!.members.get(o.role)!.add(o.personId);
  return after;
}

/**
 * The make-up rules on the groups the file names, as they will be: an error points at the first line of the role
 * it is about (else of the group), a warning names the group.
 */
export function checkGroupsAfter(
  after: ReadonlyMap<string, GroupAfter>,
  file: Pick<FileRoster, 'groupNames' | 'firstLineOfGroup' | 'firstLineOfRole'>,
  personAfter: (id: string) => Person | undefined,
  deactivated: ReadonlySet<string>,
  findings: ImportFindings,
): void {
  for (const [key, name] of file.groupNames) {
    const entry = after.get(key)!;
    const people = (role: GroupRole) => [...entry.members.get(role)!].flatMap((id) => {
      const p = personAfter(id);
      return p !== undefined && p.active && !deactivated.has(id) ? [p] : [];
    });
    const groupFindings = checkGroupComposition({ name, kind: entry.kind, faculty: people('faculty'), peerMentors: people('peer_mentor'), mentees: people('mentee') });
    for (const f of groupFindings) {
      const line = file.firstLineOfRole.get(`${key}|${f.role}`) ?? file.firstLineOfGroup.get(key)!;
      if (f.severity === 'error') findings.errors.push({ line, column: 'group', reason: f.message });
      else findings.warnings.push({ group: name, line: undefined, message: f.message });
    }
  }
}

/** The groups to create, to switch on (given members again), to switch off (left empty), and every stored group that changes. */
export function planGroups(
  groups: readonly Group[],
  groupNames: ReadonlyMap<string, string>,
  groupsByKey: ReadonlyMap<string, Group>,
  after: ReadonlyMap<string, GroupAfter>,
  plan: MembershipsPlan,
): GroupsPlan {
  const create = [...groupNames].filter(([key]) => !groupsByKey.has(key)).map(([key, name]) => ({ name, kind: kindOfKey(key) }));
  const activate = [...groupNames.keys()].flatMap((key) => {
    const g = groupsByKey.get(key);
    return g !== undefined && !g.active && [...after.get(key)!.members.values()].some((s) => s.size > 0) ? [g.name] : [];
  });
  const deactivate = groups
    .filter((g) => g.active && [...after.get(groupKey(g.name))!.members.values()].every((s) => s.size === 0))
    .filter((g) => plan.close.some((c) => c.groupId === g.id))
    .map((g) => g.name);
  const touched = new Set([...plan.open.map((o) => groupKey(o.groupName)), ...plan.close.map((c) => groupKey(c.groupName))]);
  const changed = groups.filter((g) => touched.has(groupKey(g.name)) || activate.includes(g.name) || deactivate.includes(g.name)).map((g) => g.name);
  return { create, changed, activate, deactivate };
}
