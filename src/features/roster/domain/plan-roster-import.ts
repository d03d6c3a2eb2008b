import type { Person } from '../../../program/roster.js';
import { sameTrackRoles, trackRolesOf } from '../../../program/tracks.js';
import { checkGroupsAfter, groupsAfter, planGroups, type GroupsPlan } from './plan-groups.js';
import { planMemberships, type MembershipsPlan } from './plan-memberships.js';
import { readFileRoster } from './read-file-roster.js';
import { groupKey, sortRowErrors, type ImportFindings, type PlanInput, type RosterWarning, type RowError } from './roster-import.js';

export interface RosterPlan {
  /** Empty when the plan may be applied. */
  readonly errors: readonly RowError[];
  readonly warnings: readonly RosterWarning[];
  readonly people: {
    readonly create: readonly Person[];
    readonly update: readonly Person[];
    readonly unchanged: readonly Person[];
    /** Active people missing from the file (only with prune), as they will be stored (inactive). */
    readonly deactivate: readonly Person[];
  };
  readonly groups: GroupsPlan;
  readonly memberships: MembershipsPlan;
  /** The person each row names, by the row's line (for what tracks keep of their rows). */
  readonly personOfLine: ReadonlyMap<number, string>;
}

/**
 * Plans an import: who is created, updated, left alone or deactivated; which groups are created; which memberships
 * open and close; every error (with its line and column) and warning. Pure: the caller applies the plan only when
 * `errors` is empty. People in the file get exactly the file's roles and memberships; people missing from it are
 * left alone, or deactivated with `prune`.
 */
export function planRosterImport(input: PlanInput): RosterPlan {
  const findings: ImportFindings = { errors: [], warnings: [] };
  const stored = new Map(input.people.map((p) => [p.id, p]));
  const groupsByKey = new Map(input.groups.map((g) => [groupKey(g.name), g]));

  const file = readFileRoster(input, stored, groupsByKey, findings);
  const people = planPeople(file.people, stored, input, file.tracks);
  const deactivated = new Set(people.deactivate.map((p) => p.id));
  const memberships = planMemberships(input.groups, input.memberships, file, deactivated);
  const after = groupsAfter(input.groups, input.memberships, file.groupNames, memberships);
  checkGroupsAfter(after, file, (id) => file.people.get(id) ?? stored.get(id), deactivated, findings);
  const groups = planGroups(input.groups, file.groupNames, groupsByKey, after, memberships);

  return {
    errors: sortRowErrors(dedupeErrors(findings.errors)),
    warnings: findings.warnings,
    people,
    groups,
    memberships,
    personOfLine: file.personOfLine,
  };
}

/** People: created, updated, unchanged, and (with prune) the active people missing from the file, deactivated. */
function planPeople(inFile: ReadonlyMap<string, Person>, stored: ReadonlyMap<string, Person>, input: Pick<PlanInput, 'people' | 'prune'>, fileTracks: ReadonlySet<string>): RosterPlan['people'] {
  const create: Person[] = [];
  const update: Person[] = [];
  const unchanged: Person[] = [];
  for (const person of inFile.values()) {
    const before = stored.get(person.id);
    if (before === undefined) create.push(person);
    else if (samePerson(before, person)) unchanged.push(before);
    else update.push(person);
  }
  // A file speaks for the tracks it names: prune leaves alone anyone holding a role in another track.
  const onlyInFileTracks = (p: Person) => trackRolesOf(p).every((t) => fileTracks.has(t.track));
  const deactivate = input.prune ? input.people.filter((p) => p.active && !inFile.has(p.id) && onlyInFileTracks(p)).map((p) => ({ ...p, active: false })) : [];
  return { create, update, unchanged, deactivate };
}

function samePerson(a: Person, b: Person): boolean {
  return (
    a.name === b.name &&
    a.email === b.email &&
    a.year === b.year &&
    a.mdphd === b.mdphd &&
    a.timezone === b.timezone &&
    a.active === b.active &&
    a.roles.length === b.roles.length &&
    a.roles.every((r) => b.roles.includes(r)) &&
    sameTrackRoles(a, b)
  );
}

function dedupeErrors(errors: readonly RowError[]): RowError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.line}|${e.column ?? ''}|${e.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
