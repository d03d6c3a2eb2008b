import { groupsToIntroduce } from './domain/introductions.js';
import { ROLES, type Role } from '../../program/roster.js';
import { rosterWarnings } from './domain/group-composition.js';
import type { RosterWarning } from './domain/roster-import.js';
import type { RosterStore } from '../../program/ports.js';

export interface RosterStatus {
  readonly people: {
    readonly active: number;
    readonly inactive: number;
    /** Active people by role (a person with several roles counts in each). */
    readonly byRole: Readonly<Record<Role, number>>;
  };
  readonly groups: { readonly cohorts: number; readonly mdphd: number; readonly inactive: number };
  /** Active groups with members whose introduction has not been posted yet, by name. */
  readonly notIntroduced: readonly string[];
  /** People in introduced groups who have not been welcomed in the channel yet. */
  readonly awaitingWelcome: number;
  /** The program's rules checked against the stored roster. */
  readonly warnings: readonly RosterWarning[];
}

/** Counts of people and groups, what introductions still have to do, and the roster's warnings. Three bulk reads. */
export async function findRosterStatus(roster: RosterStore): Promise<RosterStatus> {
  const [people, groups, memberships] = await Promise.all([roster.findPeople(), roster.findGroups(), roster.findMemberships({ current: true })]);
  const active = people.filter((p) => p.active);
  const byRole = Object.fromEntries(ROLES.map((role) => [role, active.filter((p) => p.roles.includes(role)).length])) as Record<Role, number>;
  const targets = groupsToIntroduce(groups, memberships, people);
  return {
    people: { active: active.length, inactive: people.length - active.length, byRole },
    groups: {
      cohorts: groups.filter((g) => g.active && g.kind === 'cohort').length,
      mdphd: groups.filter((g) => g.active && g.kind === 'mdphd').length,
      inactive: groups.filter((g) => !g.active).length,
    },
    notIntroduced: targets.filter((t) => t.group.introducedAt === undefined).map((t) => t.group.name),
    awaitingWelcome: targets
      .filter((t) => t.group.introducedAt !== undefined)
      .reduce((n, t) => n + t.everyone.filter((m) => !(t.group.introducedMemberIds ?? []).includes(m.id)).length, 0),
    warnings: rosterWarnings(groups, memberships, people),
  };
}
