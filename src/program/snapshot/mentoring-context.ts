import { buildMentoringMap, type MentoringMap, type Person } from '../roster.js';
import type { RosterStore } from '../ports.js';

/** Whether someone may log contacts at all: an active peer mentor. Mentees, faculty and admins may not. */
export function isMentor(person: Person | undefined): person is Person {
  return person !== undefined && person.active && person.roles.includes('peer_mentor');
}

export interface MentorContext {
  /** The person acting, if the roster knows them. */
  readonly actor: Person | undefined;
  /** Their current mentees who are active, by name. */
  readonly mentees: readonly Person[];
}

/**
 * A mentor and their current, active mentees, in a handful of bulk queries whatever the group sizes:
 * the actor, the actor's memberships, the groups, those groups' memberships, and the mentees.
 */
export async function loadMentorContext(roster: RosterStore, actorId: string): Promise<MentorContext> {
  const [actor] = await roster.findPeople([actorId]);
  if (!isMentor(actor)) return { actor, mentees: [] };
  const [own, groups] = await Promise.all([roster.findMemberships({ current: true, personIds: [actorId] }), roster.findGroups()]);
  const activeGroups = new Set(groups.filter((g) => g.active).map((g) => g.id));
  const groupIds = [...new Set(own.filter((m) => m.role === 'peer_mentor' && activeGroups.has(m.groupId)).map((m) => m.groupId))];
  if (groupIds.length === 0) return { actor, mentees: [] };
  const memberships = await roster.findMemberships({ current: true, groupIds });
  const menteeIds = buildMentoringMap(memberships, groups).menteesOf(actorId);
  const people = await roster.findPeople(menteeIds);
  const byId = new Map(people.filter((p) => p.active).map((p) => [p.id, p]));
  return { actor, mentees: menteeIds.flatMap((id) => byId.get(id) ?? []) };
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
  const [people, groups, memberships] = await Promise.all([roster.findPeople(), roster.findGroups(), roster.findMemberships({ current: true })]);
  const byId = new Map(people.map((p) => [p.id, p]));
  const activeGroups = new Set(groups.filter((g) => g.active).map((g) => g.id));
  const map = buildMentoringMap(memberships.filter((m) => activeGroups.has(m.groupId)), groups);
  const isActive = (id: string) => byId.get(id)?.active === true;
  const menteesOf = (mentorId: string) => map.menteesOf(mentorId).filter(isActive).map((id) => byId.get(id)!);
  const mentorIds = [...new Set(memberships.filter((m) => m.role === 'peer_mentor' && activeGroups.has(m.groupId)).map((m) => m.personId))].filter(
    (id) => isMentor(byId.get(id)) && menteesOf(id).length > 0,
  );
  const menteeIds = [...new Set(memberships.filter((m) => m.role === 'mentee' && activeGroups.has(m.groupId)).map((m) => m.personId))].filter(isActive);
  return { people: byId, map, mentorIds, menteeIds, menteesOf };
}
