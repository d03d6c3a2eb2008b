import type { Group, GroupRole, Membership } from '../../../program/roster.js';
import type { FileRoster } from './read-file-roster.js';
import { groupKey } from './roster-import.js';

export interface PlannedMembership {
  /** The group's name as it will be stored (existing spelling, or the file's for a new group). */
  readonly groupName: string;
  readonly personId: string;
  readonly role: GroupRole;
}

export interface ClosedMembership {
  readonly groupId: string;
  readonly groupName: string;
  readonly personId: string;
  readonly role: GroupRole;
}

export interface MembershipsPlan {
  readonly open: readonly PlannedMembership[];
  readonly close: readonly ClosedMembership[];
}

/** Memberships: people in the file get exactly theirs; pruned people lose theirs; the others keep theirs. */
export function planMemberships(
  groups: readonly Group[],
  memberships: readonly Membership[],
  file: Pick<FileRoster, 'wanted' | 'groupNames'>,
  deactivated: ReadonlySet<string>,
): MembershipsPlan {
  const groupById = new Map(groups.map((g) => [g.id, g]));
  const open: PlannedMembership[] = [];
  const close: ClosedMembership[] = [];
  const current = new Map<string, Set<string>>();
  for (const m of memberships) {
    if (m.to !== undefined) continue;
    const group = groupById.get(m.groupId);
    if (group === undefined) continue;
    const key = `${groupKey(group.name)}|${m.role}`;
    const set = current.get(m.personId) ?? new Set<string>();
    set.add(key);
    current.set(m.personId, set);
    const leaves = deactivated.has(m.personId) || (file.wanted.has(m.personId) && !file.wanted.get(m.personId)!.has(key));
    if (leaves) close.push({ groupId: group.id, groupName: group.name, personId: m.personId, role: m.role });
  }
  for (const [personId, keys] of file.wanted) {
    for (const key of keys) {
      if (current.get(personId)?.has(key)) continue;
      const [gKey, role] = key.split('|') as [string, GroupRole];
      open.push({ groupName: file.groupNames.get(gKey)!, personId, role });
    }
  }
  return { open, close };
}
