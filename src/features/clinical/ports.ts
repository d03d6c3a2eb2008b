import type { NewRotation, Rotation } from './domain/rotation.js';

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

/** A clinical mentor's acceptance of the honesty agreement. */
export interface Agreement {
  readonly personId: string;
  readonly agreedAt: Date;
}

/** The honesty agreements accepted: one per person, the first acceptance stands. */
export interface AgreementStore {
  /** Records the acceptance unless there is one; then `created` is false and the first one is returned. */
  recordAgreement(personId: string, at: Date): Promise<{ readonly agreement: Agreement; readonly created: boolean }>;
  /** The acceptances of these people (everyone's when undefined). */
  findAgreements(personIds?: readonly string[]): Promise<Agreement[]>;
}

/** The Slack side of the clinical track's welcomes. */
export interface ClinicalWelcomeSender {
  /** A clinical mentor's welcome DM with the honesty agreement and its *I agree* button; resolves to the message ts. */
  sendMentorWelcome(mentorId: string, agreementText: string): Promise<string>;
}
