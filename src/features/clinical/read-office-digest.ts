import { addDays, dateInZone } from '../../program/calendar-date.js';
import type { RosterStore } from '../../program/ports.js';
import { buildOfficeDigest, RECENT_DAYS, type OfficeDigest } from './domain/office-digest.js';
import type { AgreementStore } from './ports.js';
import { readRotationState, type RotationStateDeps } from './read-rotation-state.js';

export type OfficeDigestDeps = RotationStateDeps & {
  readonly roster: Pick<RosterStore, 'findPeople' | 'findPeopleWithRole'>;
  readonly agreements: Pick<AgreementStore, 'findAgreements'>;
};

/**
 * The Clinical Office at a glance as of `now` (its weekly digest, its Home): the mentee rotations ending four weeks
 * ago or later with their mentors and obligations, the peer mentors and the agreements, each read in bulk.
 */
export async function readOfficeDigest(deps: OfficeDigestDeps, now: Date): Promise<OfficeDigest> {
  const today = dateInZone(now, deps.programTimezone);
  const [state, mentors, agreements] = await Promise.all([
    readRotationState(deps, { from: addDays(today, -RECENT_DAYS) }, now),
    deps.roster.findPeopleWithRole('peer_mentor'),
    deps.agreements.findAgreements(),
  ]);
  return buildOfficeDigest({ today, rotations: state.entries, people: mentors, agreedIds: new Set(agreements.map((a) => a.personId)) });
}
