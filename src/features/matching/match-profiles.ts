import { learningCommunityOf } from '../../program/roster.js';
import { MAX_GROUP_MENTEES } from './domain/capacities.js';
import type { GroupProfile, MenteeProfile } from './domain/compatibility.js';
import type { MatchInput } from './domain/plan-match.js';
import type { StoredQuestionnaire } from './ports.js';
import type { MatchingWorld } from './read-matching-world.js';

/**
 * The match's instance from the program and the round's answers: each mentee to place with their answers (none: an
 * empty profile, placed where there is room), each group with its peer mentors' answers together. Free text is
 * left out here, so nothing the match shows or exports can carry it.
 */
export function matchInputOf(world: MatchingWorld, answers: readonly StoredQuestionnaire[]): MatchInput {
  const answersOf = new Map(answers.map((a) => [a.userId, a.answers]));
  const mentees: MenteeProfile[] = world.menteesToPlace.map((p) => {
    const a = answersOf.get(p.id);
    return {
      id: p.id,
      name: p.name,
      specialties: a?.specialties ?? [],
      hobbies: a?.hobbies ?? [],
      learningCommunity: a?.learningCommunity,
      mdphd: a?.mdphd ?? p.mdphd,
      mentors: (a?.mentors ?? []).filter((id) => world.mentorIds.has(id)),
    };
  });
  // A full group takes no one: it is left out of the match (and of its preview).
  const open = world.groups.filter((g) => (world.menteesOf.get(g.id) ?? []).length < MAX_GROUP_MENTEES);
  const groups: GroupProfile[] = open.map((g) => {
    const mentors = world.mentorsOf.get(g.id) ?? [];
    const theirs = mentors.flatMap((id) => (answersOf.has(id) ? [answersOf.get(id)!] : []));
    return {
      id: g.id,
      name: g.name,
      learningCommunity: learningCommunityOf(g.name),
      mentorIds: mentors,
      specialties: [...new Set(theirs.flatMap((a) => a.specialties))],
      hobbies: [...new Set(theirs.flatMap((a) => a.hobbies))],
      mdphd: mentors.some((id) => answersOf.get(id)?.mdphd ?? world.people.get(id)?.mdphd === true),
      mentees: (world.menteesOf.get(g.id) ?? []).length,
    };
  });
  return { mentees, groups };
}
