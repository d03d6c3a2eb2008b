import type { RosterStore } from '../../program/ports.js';
import type { Person } from '../../program/roster.js';
import { loadSnapshot, type RosterSnapshot } from '../../program/snapshot/load-snapshot.js';
import { isConcerned, type Survey } from './domain/survey.js';

/** The roster once for every survey: everyone, the active groups and their current memberships. */
export const readProgram = (roster: RosterStore): Promise<RosterSnapshot> => loadSnapshot(roster, { program: true });

/** The people a survey concerns now. */
export const audienceOf = (survey: Survey, people: Iterable<Person>): Person[] => [...people].filter((p) => isConcerned(p, survey.audience));

/** A person's cohort group (as a mentee, else a peer mentor, else a Faculty Mentor), kept with their answer for results by group. */
export function cohortGroupOf(snapshot: RosterSnapshot, personId: string): string | undefined {
  const cohort = new Set(snapshot.groups.filter((g) => g.kind === 'cohort').map((g) => g.id));
  for (const role of ['mentee', 'peer_mentor', 'faculty'] as const) {
    const group = snapshot.map.groupsOf(personId, role).find((g) => cohort.has(g));
    if (group !== undefined) return group;
  }
  return undefined;
}
