import type { QuietHours } from '../../delivery/quiet-hours.js';
import type { ClaimStore } from '../../delivery/ports.js';
import type { Logger } from '../../log/logger.js';
import type { RosterStore } from '../../program/ports.js';
import type { Person } from '../../program/roster.js';
import { holdsRoleIn } from '../../program/tracks.js';
import { CLINICAL } from './domain/clinical-track.js';
import type { MatchingState } from './domain/matching.js';
import type { Rotation } from './domain/rotation.js';
import type { AgreementStore, ClinicalMatchSender, MatchStore, RotationStore } from './ports.js';

/** What matching, choosing and introducing are built on. */
export interface MatchingDeps {
  readonly roster: Pick<RosterStore, 'findPeople' | 'findPeopleWithRole'>;
  readonly rotations: Pick<RotationStore, 'findRotations'>;
  readonly agreements: Pick<AgreementStore, 'findAgreements'>;
  readonly matches: MatchStore;
  readonly claims: ClaimStore;
  readonly matchSender: ClinicalMatchSender;
  readonly logger: Logger;
  readonly quietHours: QuietHours;
  readonly programTimezone: string;
  readonly settings: { readonly matchDays: number; readonly mentorCapacity: number };
}

export interface LoadedMatching {
  readonly state: MatchingState;
  /** The clinical mentees and eligible mentors, by id. */
  readonly people: ReadonlyMap<string, Person>;
  /** The mentees' upcoming rotations, by id. */
  readonly rotationsById: ReadonlyMap<string, Rotation>;
}

/**
 * Everything matching reads, in a few bulk queries: active clinical mentees and their upcoming rotations; eligible
 * mentors (active clinical peer mentors who accepted the honesty agreement) with the rotations they completed; every
 * current assignment and offer. Mentors who have not accepted the agreement are left out here: they are never matched.
 */
export async function loadMatching(deps: MatchingDeps): Promise<LoadedMatching> {
  const [peerMentors, mentees, current, offers] = await Promise.all([
    deps.roster.findPeopleWithRole('peer_mentor'),
    deps.roster.findPeopleWithRole('mentee'),
    deps.matches.findCurrent(),
    deps.matches.findOffers(),
  ]);
  const clinicalMentors = peerMentors.filter((p) => p.active && holdsRoleIn(p, 'peer_mentor', CLINICAL));
  const clinicalMentees = mentees.filter((p) => p.active && holdsRoleIn(p, 'mentee', CLINICAL));
  const [agreements, rotations] = await Promise.all([
    deps.agreements.findAgreements(clinicalMentors.map((p) => p.id)),
    deps.rotations.findRotations([...clinicalMentors, ...clinicalMentees].map((p) => p.id)),
  ]);
  const agreed = new Set(agreements.map((a) => a.personId));
  const eligible = clinicalMentors.filter((p) => agreed.has(p.id));
  const menteeIds = new Set(clinicalMentees.map((p) => p.id));
  const menteeRotations = rotations.filter((r) => r.kind === 'upcoming' && menteeIds.has(r.personId));
  const completed = new Map<string, Rotation[]>();
  for (const r of rotations) if (r.kind === 'completed') completed.set(r.personId, [...(completed.get(r.personId) ?? []), r]);
  return {
    state: { menteeRotations, mentors: eligible.map((p) => ({ id: p.id, completed: completed.get(p.id) ?? [] })), current, offers },
    people: new Map([...eligible, ...clinicalMentees].map((p) => [p.id, p])),
    rotationsById: new Map(menteeRotations.map((r) => [r.id, r])),
  };
}

/** Claim keys of matching's sends: one offer DM per rotation, one introduction per step of a rotation's mentoring. */
export const matchKeys = {
  offer: (rotationId: string) => `clinical:offer:${rotationId}`,
  introduction: (rotationId: string, step: number) => `clinical:intro:${rotationId}:${step}`,
} as const;
