/**
 * The compatibility score of a mentee and a group, the one number both sides rank by. A group's profile is its peer
 * mentors' answers together (specialties, hobbies chosen from the list, MD/PhD) and its Learning Community.
 */

/** Points per item shared (documented in the README's "Questionnaire matching"). */
export const SCORE_POINTS = {
  /** Each specialty of interest the mentee shares with one of the group's mentors. */
  specialty: 3,
  /** Each hobby (from the list) the mentee shares with one of the group's mentors. */
  hobby: 2,
  /** The mentee's Learning Community is the group's. */
  community: 4,
  /** Each mentor the mentee named who mentors in the group. */
  namedMentor: 6,
  /** The mentee is MD/PhD and the group has an MD/PhD mentor. */
  mdphd: 3,
} as const;

/** A mentee to place, as the match sees them (no free text). */
export interface MenteeProfile {
  readonly id: string;
  readonly name: string;
  readonly specialties: readonly string[];
  readonly hobbies: readonly string[];
  /** Undefined when they have not answered. */
  readonly learningCommunity: string | undefined;
  readonly mdphd: boolean;
  readonly mentors: readonly string[];
}

/** A group that takes mentees, as the match sees it. */
export interface GroupProfile {
  readonly id: string;
  readonly name: string;
  readonly learningCommunity: string;
  readonly mentorIds: readonly string[];
  readonly specialties: readonly string[];
  readonly hobbies: readonly string[];
  readonly mdphd: boolean;
  /** Its mentees now, before the match. */
  readonly mentees: number;
}

/** Why a mentee and a group fit: the shared items (never free text), and the score they add up to. */
export interface Compatibility {
  readonly score: number;
  readonly specialties: readonly string[];
  readonly hobbies: readonly string[];
  readonly sameCommunity: boolean;
  readonly namedMentors: readonly string[];
  readonly mdphd: boolean;
}

export function scoreCompatibility(mentee: MenteeProfile, group: GroupProfile): Compatibility {
  const specialties = mentee.specialties.filter((s) => group.specialties.includes(s));
  const hobbies = mentee.hobbies.filter((h) => group.hobbies.includes(h));
  const sameCommunity = mentee.learningCommunity !== undefined && mentee.learningCommunity === group.learningCommunity;
  const namedMentors = mentee.mentors.filter((m) => group.mentorIds.includes(m));
  const mdphd = mentee.mdphd && group.mdphd;
  const score =
    SCORE_POINTS.specialty * specialties.length +
    SCORE_POINTS.hobby * hobbies.length +
    (sameCommunity ? SCORE_POINTS.community : 0) +
    SCORE_POINTS.namedMentor * namedMentors.length +
    (mdphd ? SCORE_POINTS.mdphd : 0);
  return { score, specialties, hobbies, sameCommunity, namedMentors, mdphd };
}

/**
 * A deterministic tie-break between equal scores: a hash of the pair (FNV-1a), so that ties do not always favour the
 * same group or the same mentee (as an order by name would), yet the same input always gives the same match.
 */
export function tieBreak(menteeId: string, groupId: string): number {
  let hash = 0x811c9dc5;
  for (const char of `${menteeId}|${groupId}`) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
