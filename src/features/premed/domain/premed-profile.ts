/**
 * What the pre-med track keeps of its people and pairs, in its own collections (never in the roster, never logged):
 * a mentee's level, birth date and (for a minor) their parent's or guardian's contact; a mentor's type; and the
 * pairs the roster's `group` column names, one mentor with one mentee.
 */

export const PREMED_LEVELS = ['high_school', 'college'] as const;
export type PremedLevel = (typeof PREMED_LEVELS)[number];

export const PREMED_MENTOR_TYPES = ['physician', 'medical_student'] as const;
export type PremedMentorType = (typeof PREMED_MENTOR_TYPES)[number];

/** A parent's or guardian's contact, as the roster gives it (at least one of e-mail and phone). Sensitive: never logged. */
export interface ParentContact {
  readonly name: string;
  readonly email: string | undefined;
  readonly phone: string | undefined;
  /** `parent_consent=yes` on the roster. */
  readonly consent: boolean;
}

/** A pre-med mentee's details. */
export interface PremedMenteeProfile {
  readonly personId: string;
  readonly role: 'mentee';
  readonly level: PremedLevel;
  /** YYYY-MM-DD. */
  readonly birthDate: string;
  /** Required on import for a mentee under 18; kept when given for an older one. */
  readonly parent: ParentContact | undefined;
}

/** A pre-med mentor's details. */
export interface PremedMentorProfile {
  readonly personId: string;
  readonly role: 'peer_mentor';
  readonly mentorType: PremedMentorType;
}

export type PremedProfile = PremedMenteeProfile | PremedMentorProfile;

/**
 * A pre-med pair: the roster group that names it (its key: the name in lower case), its mentor and mentee. `version`
 * grows when a file changes who is in the pair (its introduction is then sent again, once, for the new pair);
 * a pair the last file did not name is no longer `active`.
 */
export interface PremedPair {
  readonly key: string;
  /** The group's name as the roster writes it (e.g. "Pair-1"). */
  readonly name: string;
  readonly mentorId: string;
  readonly menteeId: string;
  readonly version: number;
  readonly active: boolean;
  /** When this version was written. */
  readonly formedAt: Date;
}
