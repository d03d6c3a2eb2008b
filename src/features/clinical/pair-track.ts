import { dateInZone } from '../../program/calendar-date.js';
import type { PairTrack, TrackPair } from '../../program/pairs.js';
import type { RosterStore } from '../../program/ports.js';
import { holdsRoleIn } from '../../program/tracks.js';
import { CLINICAL } from './domain/clinical-track.js';
import { isCurrentPair } from './domain/clinical-pairs.js';
import { mentorLoads, rankMentors, type Shared } from './domain/matching.js';
import type { Rotation } from './domain/rotation.js';
import type { AgreementStore, MatchStore, RotationStore } from './ports.js';
import type { ClinicalSettings } from './settings.js';

/** The clinical track's words in the shared features (from its copy). */
export interface ClinicalPairWords {
  readonly mentor: string;
  readonly waiting: string;
  readonly office: string;
  readonly noAlternatives: string;
  /** A mentee's rotation, in a few words. */
  label(rotation: Rotation): string;
  /** What a mentor shares with the rotation (the subject; the site and preceptor when theirs were the same). */
  fit(shared: Shared): string;
}

export interface ClinicalPairDeps {
  readonly roster: Pick<RosterStore, 'findPeople' | 'findPeopleWithRole'>;
  readonly rotations: RotationStore;
  readonly agreements: AgreementStore;
  readonly matches: MatchStore;
  readonly settings: ClinicalSettings;
  readonly programTimezone: string;
  /** Introduces every current assignment step not yet introduced (the matching's introduction). */
  readonly introduceAssignments: (now: Date) => Promise<void>;
}

const unique = (ids: readonly string[]) => [...new Set(ids)];

/**
 * The clinical track's pairs for the shared features: each mentee rotation's current mentor (its highest assignment
 * step) while the rotation is current; the ranked other mentors for the Clinical Office; its change of mentor, the
 * rotation's next step (chosen by the office), written once.
 */
export function createClinicalPairTrack(deps: ClinicalPairDeps, words: ClinicalPairWords): PairTrack {
  const rotationOf = async (pair: TrackPair) => (await deps.rotations.findRotations([pair.menteeId])).find((r) => r.id === pair.pairKey);
  return {
    track: CLINICAL,
    words: { mentor: words.mentor, waiting: words.waiting, office: words.office, noAlternatives: words.noAlternatives },
    officeChannelId: deps.settings.officeChannelId,
    async findCurrentPairs(filter, now) {
      const current = await deps.matches.findCurrent(filter);
      if (current.length === 0) return [];
      const rotations = new Map((await deps.rotations.findRotations(unique(current.map((a) => a.menteeId)))).map((r) => [r.id, r]));
      const today = dateInZone(now, deps.programTimezone);
      return current
        .flatMap((a) => {
          const rotation = rotations.get(a.rotationId);
          if (rotation === undefined || !isCurrentPair(rotation, today)) return [];
          return [{ rotation, pair: { track: CLINICAL, mentorId: a.mentorId, menteeId: a.menteeId, pairKey: a.rotationId, version: a.step, label: words.label(rotation) } }];
        })
        .sort((a, b) => a.rotation.start.localeCompare(b.rotation.start) || a.pair.pairKey.localeCompare(b.pair.pairKey))
        .map(({ pair }) => pair);
    },
    async rankAlternatives(pair, now) {
      const rotation = await rotationOf(pair);
      if (rotation === undefined) return [];
      const mentors = (await deps.roster.findPeopleWithRole('peer_mentor')).filter((p) => p.active && holdsRoleIn(p, 'peer_mentor', CLINICAL));
      const mentorIds = mentors.map((m) => m.id);
      const [completed, agreements, current] = await Promise.all([
        deps.rotations.findRotations(mentorIds),
        deps.agreements.findAgreements(mentorIds),
        deps.matches.findCurrent({ mentorIds }),
      ]);
      const theirRotations = new Map((await deps.rotations.findRotations(unique(current.map((a) => a.menteeId)))).map((r) => [r.id, r]));
      const loads = mentorLoads(current, theirRotations, dateInZone(now, deps.programTimezone));
      const agreed = new Set(agreements.map((a) => a.personId));
      // The matching's own ranking and capacity (domain/matching.ts), over the eligible mentors other than the current one.
      const candidates = mentors
        .filter((m) => agreed.has(m.id) && m.id !== pair.mentorId)
        .map((m) => ({ id: m.id, completed: completed.filter((r) => r.personId === m.id && r.kind === 'completed') }));
      return rankMentors(rotation, candidates, loads, deps.settings.mentorCapacity)
        .filter((r) => !r.full)
        .map((r) => ({ mentorId: r.mentorId, fit: words.fit(r.shared), mentees: r.mentees }));
    },
    async reassign(pair, mentorId, now) {
      const { created } = await deps.matches.assign({ rotationId: pair.pairKey, menteeId: pair.menteeId, mentorId, assignedAt: now, chosenBy: 'office', step: pair.version + 1 });
      return { created };
    },
    introduceNewPairs: (now) => deps.introduceAssignments(now),
  };
}
