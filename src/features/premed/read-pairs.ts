import type { AgreementStore } from '../../program/agreements.js';
import { dateInZone } from '../../program/calendar-date.js';
import type { RosterStore } from '../../program/ports.js';
import { zoneOf, type Person } from '../../program/roster.js';
import type { NudgeablePair } from './domain/hours-nudges.js';
import { isMinorOn } from './domain/premed-age.js';
import type { PremedMenteeProfile, PremedPair as StoredPair } from './domain/premed-profile.js';
import type { PremedPairQuery, PremedPairStore, PremedProfileStore } from './ports.js';

export interface ReadPairsDeps {
  readonly pairs: PremedPairStore;
  readonly profiles: PremedProfileStore;
  readonly agreements: Pick<AgreementStore, 'findAgreements'>;
  readonly roster: Pick<RosterStore, 'findPeople'>;
  readonly programTimezone: string;
}

/** An active pre-med pair as the hours rule, nudges, digest and exports read it. */
export interface PairView extends NudgeablePair {
  readonly stored: StoredPair;
  /** Both have accepted the program agreement: the pair is introduced and its hours count. */
  readonly introduced: boolean;
  /** Both people are active on the roster. */
  readonly live: boolean;
  readonly menteeProfile: PremedMenteeProfile | undefined;
}

export interface PremedPairsState {
  readonly today: string;
  readonly pairs: readonly PairView[];
  readonly agreedIds: ReadonlySet<string>;
  readonly people: ReadonlyMap<string, Person>;
}

/**
 * The active pre-med pairs (all, or those of some mentors or mentees) with their people, agreements and mentees'
 * profiles, in bulk (four queries; one when there is no such pair).
 */
export async function readPremedPairs(deps: ReadPairsDeps, now: Date, whose: Omit<PremedPairQuery, 'active'> = {}): Promise<PremedPairsState> {
  const today = dateInZone(now, deps.programTimezone);
  const stored = await deps.pairs.findPairs({ ...whose, active: true });
  if (stored.length === 0) return { today, pairs: [], agreedIds: new Set(), people: new Map() };
  const ids = [...new Set(stored.flatMap((p) => [p.mentorId, p.menteeId]))];
  const [people, agreed, profiles] = await Promise.all([deps.roster.findPeople(ids), deps.agreements.findAgreements(ids), deps.profiles.findProfiles(stored.map((p) => p.menteeId))]);
  const byId = new Map(people.map((p) => [p.id, p]));
  const agreedIds = new Set(agreed.map((a) => a.personId));
  const mentee = new Map(profiles.flatMap((p) => (p.role === 'mentee' ? [[p.personId, p] as const] : [])));
  const pairs = stored.map((p): PairView => {
    const profile = mentee.get(p.menteeId);
    return {
      stored: p,
      mentorId: p.mentorId,
      menteeId: p.menteeId,
      minor: profile !== undefined && isMinorOn(profile.birthDate, today),
      mentorName: byId.get(p.mentorId)?.name ?? p.mentorId,
      menteeName: byId.get(p.menteeId)?.name ?? p.menteeId,
      mentorZone: zoneOf(byId.get(p.mentorId), deps.programTimezone),
      introduced: agreedIds.has(p.mentorId) && agreedIds.has(p.menteeId),
      live: byId.get(p.mentorId)?.active === true && byId.get(p.menteeId)?.active === true,
      menteeProfile: profile,
    };
  });
  return { today, pairs, agreedIds, people: byId };
}
