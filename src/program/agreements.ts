import type { RosterStore } from './ports.js';
import { zoneOf, type Person } from './roster.js';

/**
 * A track's agreement that its people accept with *I agree* on their welcome DM (clinical: the mentors' honesty
 * agreement; pre-med: both people's professionalism agreement): recorded once per person, with its time.
 */
export interface Agreement {
  readonly personId: string;
  readonly agreedAt: Date;
}

/** One track's agreements accepted: one per person, the first acceptance stands (each track its own collection). */
export interface AgreementStore {
  /** Records the acceptance unless there is one; then `created` is false and the first one is returned. */
  recordAgreement(personId: string, at: Date): Promise<{ readonly agreement: Agreement; readonly created: boolean }>;
  /** The acceptances of these people (everyone's when undefined). */
  findAgreements(personIds?: readonly string[]): Promise<Agreement[]>;
}

export type AgreementOutcome =
  /** Recorded now, or (`already`) recorded before: the first acceptance and its time stand. */
  | { readonly status: 'recorded' | 'already'; readonly agreedAt: Date; /** The person's zone, to show the time in. */ readonly zone: string }
  /** The person may not accept this agreement (not active in the track's role): nothing was stored. */
  | { readonly status: 'not_allowed' };

/**
 * An *I agree*: authorize (`mayAgree`: an active person in the track's role), then record the acceptance once. A
 * second click, a double click or a retried delivery finds the first one.
 */
export async function recordAgreement(
  deps: { readonly roster: Pick<RosterStore, 'findPeople'>; readonly agreements: AgreementStore; readonly programTimezone: string },
  userId: string,
  now: Date,
  mayAgree: (person: Person) => boolean,
): Promise<AgreementOutcome> {
  const [person] = await deps.roster.findPeople([userId]);
  if (person === undefined || !person.active || !mayAgree(person)) return { status: 'not_allowed' };
  const { agreement, created } = await deps.agreements.recordAgreement(userId, now);
  return { status: created ? 'recorded' : 'already', agreedAt: agreement.agreedAt, zone: zoneOf(person, deps.programTimezone) };
}
