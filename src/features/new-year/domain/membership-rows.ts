import { dateInZone } from '../../../program/calendar-date.js';
import type { CsvCell } from '../../../program/csv.js';
import { nameOf } from '../../../program/export-cells.js';
import type { Group, Membership, Person } from '../../../program/roster.js';

/** The `memberships` export: who was in which group, in which role, from when to when (blank: still a member). */
export const MEMBERSHIP_COLUMNS = ['group', 'group_kind', 'person_id', 'person_name', 'role', 'from', 'to'] as const;

const ROLE_ORDER = ['faculty', 'peer_mentor', 'mentee'];

/**
 * The memberships overlapping the months asked (history: `--year 2025-26` gives the groups as they were that year),
 * by group, role and name. Dates in the program's zone.
 */
export function membershipRows(memberships: readonly Membership[], groups: readonly Group[], people: ReadonlyMap<string, Person>, programZone: string): CsvCell[][] {
  const groupById = new Map(groups.map((g) => [g.id, g]));
  const name = (id: string) => nameOf(people, id) ?? '';
  return memberships
    .filter((m) => groupById.has(m.groupId))
    .map((m) => ({ m, group: groupById.get(m.groupId)! }))
    .sort(
      (a, b) =>
        a.group.name.localeCompare(b.group.name) ||
        ROLE_ORDER.indexOf(a.m.role) - ROLE_ORDER.indexOf(b.m.role) ||
        name(a.m.personId).localeCompare(name(b.m.personId)) ||
        a.m.from.getTime() - b.m.from.getTime(),
    )
    .map(({ m, group }) => [group.name, group.kind, m.personId, name(m.personId), m.role, dateInZone(m.from, programZone), m.to === undefined ? '' : dateInZone(m.to, programZone)]);
}
