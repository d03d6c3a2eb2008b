import { recordAgreement, type AgreementStore } from '../../program/agreements.js';
import type { RosterStore } from '../../program/ports.js';
import { holdsRoleIn } from '../../program/tracks.js';
import { CLINICAL } from './domain/clinical-track.js';

export type AcceptOutcome =
  /** Recorded now, or (`already`) recorded before: the first acceptance and its time stand. */
  | { readonly status: 'recorded' | 'already'; readonly agreedAt: Date; /** The mentor's zone, to show the time in. */ readonly zone: string }
  /** The person is not an active clinical peer mentor: nothing was stored. */
  | { readonly status: 'not_clinical_mentor' };

/**
 * A clinical mentor's *I agree*: authorize (an active clinical peer mentor), then record the acceptance once. A
 * second click, a double click or a retried delivery finds the first one.
 */
export async function acceptAgreement(
  deps: { readonly roster: Pick<RosterStore, 'findPeople'>; readonly agreements: AgreementStore; readonly programTimezone: string },
  userId: string,
  now: Date,
): Promise<AcceptOutcome> {
  const outcome = await recordAgreement(deps, userId, now, (p) => holdsRoleIn(p, 'peer_mentor', CLINICAL));
  return outcome.status === 'not_allowed' ? { status: 'not_clinical_mentor' } : outcome;
}
