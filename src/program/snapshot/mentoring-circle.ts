import type { Group, Person } from '../roster.js';
import type { RosterStore } from '../ports.js';
import { loadSnapshot } from './load-snapshot.js';

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

/** The mentee's groups from the one roster read (four bulk queries; of the people, the mentee and their mentors). */
export async function loadMenteeCircle(roster: RosterStore, menteeId: string): Promise<MenteeCircle> {
  const { groups, map, people } = await loadSnapshot(roster, { personId: menteeId, role: 'mentee', mentorsOnly: true });
  if (groups.length === 0 || people.get(menteeId)?.active === false) return { isMentee: false, cohortMentors: [], mdphdMentors: [], faculty: [], people };
  const ofKind = (kind: Group['kind']) =>
    groups.filter((g) => g.kind === kind).flatMap((g) => map.membersOf(g.id, 'peer_mentor')).filter((id, i, all) => id !== menteeId && all.indexOf(id) === i);
  const live = isLive(people);
  return { isMentee: true, cohortMentors: ofKind('cohort').filter(live), mdphdMentors: ofKind('mdphd').filter(live), faculty: map.facultyOf(menteeId).filter(live), people };
}

/** The mentor's cohort group(s), else their MD/PhD group, from the one roster read (of the people, the mentors). */
export async function loadMentorCircle(roster: RosterStore, mentorId: string): Promise<MentorCircle> {
  const { groups, map, people } = await loadSnapshot(roster, { personId: mentorId, role: 'peer_mentor', prefer: 'cohort', mentorsOnly: true });
  if (groups.length === 0 || people.get(mentorId)?.active === false) return { isMentor: false, partners: [], faculty: [], groups: [], people };
  const unique = (ids: string[]) => ids.filter((id, i) => id !== mentorId && ids.indexOf(id) === i);
  const live = isLive(people);
  const partners = unique(groups.flatMap((g) => map.membersOf(g.id, 'peer_mentor')));
  const faculty = unique(groups.flatMap((g) => map.membersOf(g.id, 'faculty')));
  return { isMentor: true, partners: partners.filter(live), faculty: faculty.filter(live), groups: [...groups], people };
}
