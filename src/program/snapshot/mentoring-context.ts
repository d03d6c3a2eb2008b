import type { GroupRole, MentoringMap, Person } from '../roster.js';
import { loadSnapshot } from './load-snapshot.js';
import type { RosterStore } from '../ports.js';
import type { Pairs } from '../pairs.js';

/** Whether someone may log contacts at all: an active peer mentor. Mentees, faculty and admins may not. */
export function isMentor(person: Person | undefined): person is Person {
  return person !== undefined && person.active && person.roles.includes('peer_mentor');
}

export interface MentorContext {
  /** The person acting, if the roster knows them. */
  readonly actor: Person | undefined;
  /** Their current mentees who are active: those of their groups, then those paired with them by a track (see pairs.ts). */
  readonly mentees: readonly Person[];
  /** Of `mentees`, those paired with them outside the roster's groups (e.g. clinical rotation mentees). */
  readonly pairedIds: ReadonlySet<string>;
}

/**
 * A mentor and their current, active mentees: the actor, the one roster read of their groups, and the tracks' pairs,
 * side by side.
 */
export async function loadMentorContext(roster: RosterStore, actorId: string, paired?: { readonly pairs: Pairs; readonly now: Date }): Promise<MentorContext> {
  // Read together, not one after the other: a mentor waits for this answer (a check-in), and most who ask are mentors.
  const [[actor], { map, people }, pairs] = await Promise.all([
    roster.findPeople([actorId]),
    loadSnapshot(roster, { personId: actorId, role: 'peer_mentor' }),
    paired === undefined ? [] : paired.pairs.ofMentors([actorId], paired.now),
  ]);
  if (!isMentor(actor)) return { actor, mentees: [], pairedIds: new Set() };
  const inGroups = map.menteesOf(actorId);
  const pairedIds = new Set(pairs.map((p) => p.menteeId).filter((id) => id !== actorId && !inGroups.includes(id)));
  const others = pairedIds.size === 0 ? [] : (await roster.findPeople([...pairedIds])).filter((p) => p.active);
  const mentees = [...inGroups.flatMap((id) => (people.get(id)?.active === true ? [people.get(id)!] : [])), ...others];
  return { actor, mentees, pairedIds: new Set(others.map((p) => p.id)) };
}

/** The whole program's current mentoring, in three bulk queries: people, groups and current memberships. */
export interface ProgramSnapshot {
  readonly people: ReadonlyMap<string, Person>;
  readonly map: MentoringMap;
  /** Active peer mentors with at least one active current mentee. */
  readonly mentorIds: readonly string[];
  /** Active people who are a current mentee in some group. */
  readonly menteeIds: readonly string[];
  /** A mentor's active current mentees. */
  menteesOf(mentorId: string): Person[];
}

export async function loadProgramSnapshot(roster: RosterStore): Promise<ProgramSnapshot> {
  const { people: byId, map, memberships } = await loadSnapshot(roster, { program: true });
  const isActive = (id: string) => byId.get(id)?.active === true;
  const menteesOf = (mentorId: string) => map.menteesOf(mentorId).filter(isActive).map((id) => byId.get(id)!);
  const inRole = (role: GroupRole) => [...new Set(memberships.filter((m) => m.role === role).map((m) => m.personId))];
  const mentorIds = inRole('peer_mentor').filter((id) => isMentor(byId.get(id)) && menteesOf(id).length > 0);
  return { people: byId, map, mentorIds, menteeIds: inRole('mentee').filter(isActive), menteesOf };
}
