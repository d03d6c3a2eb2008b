import type { Assignment, ChosenBy, Offer } from './domain/match.js';
import type { RankedMentor } from './domain/matching.js';
import type { PostedMessage } from '../../delivery/ports.js';
import type { NewRotation, Rotation } from './domain/rotation.js';
import type { RotationNudge } from './domain/rotation-nudges.js';

/** The clinical rotations people listed (the rotations file). Every method is one bulk operation. */
export interface RotationStore {
  /** The rotations of these people (everyone's when `personIds` is undefined), by person and first day. */
  findRotations(personIds?: readonly string[]): Promise<Rotation[]>;
  /**
   * Creates rotations, or updates the one with the same person, kind, subject and first day (its site, preceptor and
   * last day). However many writers race, there is one rotation per key.
   */
  saveRotations(rotations: readonly NewRotation[]): Promise<void>;
  removeRotations(ids: readonly string[]): Promise<void>;
}

/** The clinical mentors' honesty agreements accepted (the tracks' shared agreement store, in `clinical_agreements`). */
export type { Agreement, AgreementStore } from '../../program/agreements.js';

/** Who for: the rotations, mentees or mentors asked about (all of them when a list is left out; an empty list matches none). */
export interface MatchFilter {
  readonly rotationIds?: readonly string[];
  readonly menteeIds?: readonly string[];
  readonly mentorIds?: readonly string[];
}

/** Offers and assignments of mentors to mentees' rotations (see domain/match.ts). Every method is one or two bulk operations. */
export interface MatchStore {
  /** Records the offer unless the rotation has one; then `created` is false and the first one is returned. */
  recordOffer(offer: Offer): Promise<{ readonly offer: Offer; readonly created: boolean }>;
  /** The offers of these rotations (everyone's when undefined). */
  findOffers(rotationIds?: readonly string[]): Promise<Offer[]>;
  /**
   * Records the assignment's step unless someone recorded that step of the rotation first: then `created` is false
   * and theirs is returned. Step 1 is the first mentor; an Office change writes current step + 1.
   */
  assign(assignment: Assignment): Promise<{ readonly assignment: Assignment; readonly created: boolean }>;
  /** The current assignment (highest step) of each rotation that matches; a mentor filter matches current mentors only. */
  findCurrent(filter?: MatchFilter): Promise<Assignment[]>;
  /** Every step of the rotations asked about, replaced ones included, by rotation and step (the export's history). */
  findHistory(rotationIds?: readonly string[]): Promise<Assignment[]>;
}

/** The Slack side of the clinical track's welcomes. */
export interface ClinicalWelcomeSender {
  /** A clinical mentor's welcome DM with the honesty agreement and its *I agree* button; resolves to the message ts. */
  sendMentorWelcome(mentorId: string, agreementText: string): Promise<string>;
}

/** A mentee's offer DM: their rotation, up to 3 suggested mentors, and when one is assigned if they do not choose. */
export interface OfferNotice {
  readonly menteeId: string;
  readonly rotation: Rotation;
  readonly suggestions: readonly RankedMentor[];
  readonly deadline: Date;
  /** The mentee's zone, to show the deadline in. */
  readonly zone: string;
}

/** A rotation's mentor, as the offer DM shows it once decided. */
export interface AssignedNotice {
  readonly rotation: Rotation;
  readonly mentorId: string;
  readonly chosenBy: ChosenBy;
}

/** The introduction of a mentor and a mentee for one step of a rotation's mentoring. */
export interface IntroductionNotice extends AssignedNotice {
  readonly menteeId: string;
  readonly step: number;
}

/** The Slack side of matching. */
export interface ClinicalMatchSender {
  /** The offer DM to the mentee, with *Choose* for each suggestion and *Assign for me*. */
  sendOffer(offer: OfferNotice): Promise<{ readonly channel: string; readonly ts: string }>;
  /** The offer DM redrawn once its rotation has a mentor (no buttons left). */
  showAssigned(message: { readonly channel: string; readonly ts: string }, assigned: AssignedNotice): Promise<void>;
  /** One group DM of the mentor and the mentee (and the app), with the introduction. */
  sendIntroduction(intro: IntroductionNotice): Promise<{ readonly channel: string; readonly ts: string }>;
}

/** What the clinical nudges say in Slack (slack/rotation-nudge-sender.ts). */
export interface RotationNudgeSender {
  /** DMs one nudge to its mentor (the mentee named by `menteeName`); rejects with a SendError when Slack refuses. */
  sendRotationNudge(nudge: RotationNudge, menteeName: string): Promise<PostedMessage>;
}
