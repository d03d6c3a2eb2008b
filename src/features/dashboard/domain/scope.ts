import type { Group, Membership, Person } from '../../../program/roster.js';
import { COHORT_TRACK_NAME, trackRolesOf } from '../../../program/tracks.js';

/**
 * What a person may see on the dashboard: the whole program (admins), or their own cohort groups (Faculty Mentors)
 * and their tracks (a track's coordinators: the admin role held in a track other than the cohort track). Nothing
 * for anyone else.
 */
export type DashboardScope = { readonly all: true } | { readonly all: false; readonly groupIds: readonly string[]; readonly tracks: readonly string[] };

export const NOTHING: DashboardScope = { all: false, groupIds: [], tracks: [] };

export interface ScopeInput {
  /** Named in ADMIN_USER_IDS. */
  readonly configuredAdmin: boolean;
  /** The person as the roster has them, if at all. */
  readonly person: Person | undefined;
  /** The person's current memberships and the groups they name. */
  readonly memberships: readonly Membership[];
  readonly groups: readonly Group[];
}

export function dashboardScopeOf(input: ScopeInput): DashboardScope {
  if (input.configuredAdmin) return { all: true };
  const { person } = input;
  if (person === undefined || !person.active) return NOTHING;
  const held = trackRolesOf(person);
  if (held.some((t) => t.role === 'admin' && t.track === COHORT_TRACK_NAME)) return { all: true };
  const tracks = [...new Set(held.filter((t) => t.role === 'admin').map((t) => t.track))];
  const active = new Set(input.groups.filter((g) => g.active && g.kind === 'cohort').map((g) => g.id));
  const groupIds = [...new Set(input.memberships.filter((m) => m.personId === person.id && m.role === 'faculty' && active.has(m.groupId)).map((m) => m.groupId))];
  return { all: false, groupIds, tracks };
}

export const seesNothing = (scope: DashboardScope): boolean => !scope.all && scope.groupIds.length === 0 && scope.tracks.length === 0;

/**
 * The people a scope shows, by id (undefined: everyone): the members of its groups, and whoever holds a role in its
 * tracks. Counts are of these people only.
 */
export function peopleInScope(scope: DashboardScope, people: Iterable<Person>, memberships: readonly Membership[]): ReadonlySet<string> | undefined {
  if (scope.all) return undefined;
  const groups = new Set(scope.groupIds);
  const tracks = new Set(scope.tracks);
  const ids = new Set(memberships.filter((m) => groups.has(m.groupId)).map((m) => m.personId));
  for (const p of people) if (trackRolesOf(p).some((t) => tracks.has(t.track))) ids.add(p.id);
  return ids;
}
