import type { RosterStore } from '../../program/ports.js';
import type { Person } from '../../program/roster.js';
import { loadSnapshot, type RosterSnapshot } from '../../program/snapshot/load-snapshot.js';
import type { Survey } from './domain/survey.js';
import { isInAudience } from '../../program/audience.js';

/** The roster once for every survey: everyone, the active groups and their current memberships. */
export const readProgram = (roster: RosterStore): Promise<RosterSnapshot> => loadSnapshot(roster, { program: true });

/** The people a survey concerns now. */
export const audienceOf = (survey: Survey, people: Iterable<Person>): Person[] => [...people].filter((p) => isInAudience(p, survey.audience));

/** A person's active cohort group (as a mentee, else a peer mentor, else a Faculty Mentor), kept with their answer for results by group. */
export async function cohortGroupOf(roster: RosterStore, personId: string): Promise<string | undefined> {
  const [own, groups] = await Promise.all([roster.findMemberships({ current: true, personIds: [personId] }), roster.findGroups()]);
  const cohort = new Set(groups.filter((g) => g.active && g.kind === 'cohort').map((g) => g.id));
  for (const role of ['mentee', 'peer_mentor', 'faculty'] as const) {
    const group = own.find((m) => m.role === role && cohort.has(m.groupId));
    if (group !== undefined) return group.groupId;
  }
  return undefined;
}
