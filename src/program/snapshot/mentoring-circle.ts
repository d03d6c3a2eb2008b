import { buildMentoringMap, type Group, type Person } from '../roster.js';
import type { RosterStore } from '../ports.js';

/** The people around a mentee, from current memberships in active groups. */
export interface MenteeCircle {
  /** False when the person has no current mentee membership: they may not ask for help. */
  readonly isMentee: boolean;
  /** Peer mentors of the mentee's cohort group(s): the Mentor Pair. */
  readonly cohortMentors: string[];
  /** Peer mentors of the MD/PhD group(s) the mentee belongs to (empty for others). */
  readonly mdphdMentors: string[];
  readonly faculty: string[];
  /** Everyone above, and the mentee, by id. */
  readonly people: ReadonlyMap<string, Person>;
}

/** The people around a peer mentor: their Pair partner(s), faculty mentor and groups. */
export interface MentorCircle {
  readonly isMentor: boolean;
  /** The other peer mentors of the mentor's cohort group(s) (of their MD/PhD group when they have no cohort). */
  readonly partners: string[];
  readonly faculty: string[];
  /** The groups whose mentees they mentor (cohort first): where mentees are told. */
  readonly groups: Group[];
  readonly people: ReadonlyMap<string, Person>;
}

const isLive = (people: ReadonlyMap<string, Person>) => (id: string) => people.get(id)?.active !== false;

/** Four bulk queries, whatever the size of the groups. */
export async function loadMenteeCircle(roster: RosterStore, menteeId: string): Promise<MenteeCircle> {
  const own = (await roster.findMemberships({ current: true, personIds: [menteeId] })).filter((m) => m.role === 'mentee');
  const groups = (await roster.findGroups()).filter((g) => g.active && own.some((m) => m.groupId === g.id));
  if (groups.length === 0) return { isMentee: false, cohortMentors: [], mdphdMentors: [], faculty: [], people: new Map() };
  const memberships = await roster.findMemberships({ current: true, groupIds: groups.map((g) => g.id) });
  const map = buildMentoringMap(memberships, groups);
  const ofKind = (kind: Group['kind']) =>
    groups.filter((g) => g.kind === kind).flatMap((g) => map.membersOf(g.id, 'peer_mentor')).filter((id, i, all) => id !== menteeId && all.indexOf(id) === i);
  const cohortMentors = ofKind('cohort');
  const mdphdMentors = ofKind('mdphd');
  const faculty = map.facultyOf(menteeId);
  const people = new Map((await roster.findPeople([menteeId, ...cohortMentors, ...mdphdMentors, ...faculty])).map((p) => [p.id, p]));
  if (people.get(menteeId)?.active === false) return { isMentee: false, cohortMentors: [], mdphdMentors: [], faculty: [], people };
  const live = isLive(people);
  return { isMentee: true, cohortMentors: cohortMentors.filter(live), mdphdMentors: mdphdMentors.filter(live), faculty: faculty.filter(live), people };
}

export async function loadMentorCircle(roster: RosterStore, mentorId: string): Promise<MentorCircle> {
  const own = (await roster.findMemberships({ current: true, personIds: [mentorId] })).filter((m) => m.role === 'peer_mentor');
  const all = (await roster.findGroups()).filter((g) => g.active && own.some((m) => m.groupId === g.id));
  const cohorts = all.filter((g) => g.kind === 'cohort');
  const groups = cohorts.length > 0 ? cohorts : all;
  if (groups.length === 0) return { isMentor: false, partners: [], faculty: [], groups: [], people: new Map() };
  const memberships = await roster.findMemberships({ current: true, groupIds: groups.map((g) => g.id) });
  const map = buildMentoringMap(memberships, groups);
  const unique = (ids: string[]) => ids.filter((id, i) => id !== mentorId && ids.indexOf(id) === i);
  const partners = unique(groups.flatMap((g) => map.membersOf(g.id, 'peer_mentor')));
  const faculty = unique(groups.flatMap((g) => map.membersOf(g.id, 'faculty')));
  const people = new Map((await roster.findPeople([mentorId, ...partners, ...faculty])).map((p) => [p.id, p]));
  if (people.get(mentorId)?.active === false) return { isMentor: false, partners: [], faculty: [], groups: [], people };
  const live = isLive(people);
  return { isMentor: true, partners: partners.filter(live), faculty: faculty.filter(live), groups, people };
}
