import type { RosterStore } from '../../program/ports.js';
import { learningCommunityOf, type Group, type Person } from '../../program/roster.js';
import { COHORT_TRACK_NAME, holdsRoleIn } from '../../program/tracks.js';
import { MAX_GROUP_MENTEES } from './domain/capacities.js';

/** The program as the questionnaire and the match see it, read in three bulk queries. */
export interface MatchingWorld {
  readonly people: ReadonlyMap<string, Person>;
  /** Active cohort groups with at least one peer mentor: the groups that take mentees, by name. */
  readonly groups: readonly Group[];
  /** Each of those groups' current mentees and peer mentors. */
  readonly menteesOf: ReadonlyMap<string, readonly string[]>;
  readonly mentorsOf: ReadonlyMap<string, readonly string[]>;
  /** Active cohort mentees in no cohort group: the people to place. */
  readonly menteesToPlace: readonly Person[];
  /** Active cohort peer mentors of a group that takes mentees (the mentors a mentee may name). */
  readonly mentorIds: ReadonlySet<string>;
  /** Of those, the ones with a group that is not full (fewer than 15 mentees). */
  readonly openMentors: readonly Person[];
  /** The groups' Learning Communities (lower case), sorted. */
  readonly communities: readonly string[];
}

export async function readMatchingWorld(roster: Pick<RosterStore, 'findPeople' | 'findGroups' | 'findMemberships'>): Promise<MatchingWorld> {
  const [people, groups, memberships] = await Promise.all([roster.findPeople(), roster.findGroups(), roster.findMemberships({ current: true })]);
  const byId = new Map(people.map((p) => [p.id, p]));
  const active = (id: string) => byId.get(id)?.active === true;
  const cohort = new Map(groups.filter((g) => g.active && g.kind === 'cohort').map((g) => [g.id, g]));
  const inRole = (groupId: string, role: 'mentee' | 'peer_mentor') =>
    memberships.filter((m) => m.groupId === groupId && m.role === role && m.to === undefined && active(m.personId)).map((m) => m.personId);
  const menteesOf = new Map([...cohort.keys()].map((id) => [id, inRole(id, 'mentee')]));
  const mentorsOf = new Map([...cohort.keys()].map((id) => [id, inRole(id, 'peer_mentor')]));
  const taking = [...cohort.values()].filter((g) => (mentorsOf.get(g.id) ?? []).length > 0).sort((a, b) => a.name.localeCompare(b.name));
  const placed = new Set(memberships.filter((m) => m.role === 'mentee' && cohort.has(m.groupId)).map((m) => m.personId));
  const menteesToPlace = people.filter((p) => p.active && holdsRoleIn(p, 'mentee', COHORT_TRACK_NAME) && !placed.has(p.id)).sort((a, b) => a.id.localeCompare(b.id));
  const mentorIds = new Set(taking.flatMap((g) => mentorsOf.get(g.id) ?? []));
  const open = new Set(taking.filter((g) => (menteesOf.get(g.id) ?? []).length < MAX_GROUP_MENTEES).flatMap((g) => mentorsOf.get(g.id) ?? []));
  const openMentors = [...open].map((id) => byId.get(id)!).filter((p) => holdsRoleIn(p, 'peer_mentor', COHORT_TRACK_NAME));
  const communities = [...new Set(taking.map((g) => learningCommunityOf(g.name)))].sort();
  return { people: byId, groups: taking, menteesOf, mentorsOf, menteesToPlace, mentorIds, openMentors, communities };
}

/** Who the questionnaire is for: mentees to place and peer mentors whose group is not full. */
export function questionnaireAudience(world: MatchingWorld): readonly Person[] {
  return [...world.menteesToPlace, ...world.openMentors.filter((m) => !world.menteesToPlace.some((p) => p.id === m.id))];
}
