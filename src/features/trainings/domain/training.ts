import { isInAudience, type Audience } from '../../../program/audience.js';
import type { Person } from '../../../program/roster.js';

/** A training as an admin set it up: what, when, where, and who must attend. */
export interface Training {
  readonly id: string;
  readonly title: string;
  readonly startsAt: Date;
  /** A room or a link; undefined when the admin left it blank. */
  readonly place: string | undefined;
  readonly audience: Audience;
  /** Whether attending is required (Home lists those who missed a required one). */
  readonly required: boolean;
  readonly createdBy: string;
  readonly createdAt: Date;
  /** The admin's time zone when they set it up (the times they typed were read in it). */
  readonly zone: string;
  /** The training's message in the admin's DM, once posted. */
  readonly adminMessage: { readonly channel: string; readonly ts: string } | undefined;
}

export type Answer = 'yes' | 'no';

/** One person asked to attend one training: their answer, and whether an admin marked them as attending. */
export interface Invitee {
  readonly trainingId: string;
  readonly personId: string;
  readonly addedAt: Date;
  /** When their invitation went out (kept here too: the claims of sent messages are swept after 90 days). */
  readonly invitedAt: Date | undefined;
  readonly answer: Answer | undefined;
  readonly answeredAt: Date | undefined;
  readonly attended: boolean;
  readonly attendanceBy: string | undefined;
  readonly attendanceAt: Date | undefined;
}

/** The people a training concerns, in the roster's order. */
export function concernedPeople<P extends Pick<Person, 'active' | 'roles' | 'tracks'>>(people: readonly P[], audience: Audience): P[] {
  return people.filter((p) => isInAudience(p, audience));
}

/** Claim keys: one invitation and one reminder per training and person, ever. */
export const trainingKeys = {
  invitation: (trainingId: string, personId: string) => `training:invite:${trainingId}:${personId}`,
  reminder: (trainingId: string, personId: string) => `training:remind:${trainingId}:${personId}`,
  adminMessage: (trainingId: string) => `training:admin:${trainingId}`,
} as const;
