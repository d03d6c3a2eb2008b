import type { PairTrack, TrackPair } from '../../program/pairs.js';
import type { AgreementStore } from '../../program/agreements.js';
import { dateInZone } from '../../program/calendar-date.js';
import type { RosterStore } from '../../program/ports.js';
import { zoneOf } from '../../program/roster.js';
import { isMinorOn } from './domain/premed-age.js';
import { nextTimeForAll, type QuietRules } from './minor-quiet-hours.js';
import { safeguardsOf } from './introduce-pairs.js';
import { isPairReady } from './domain/premed-pairs.js';
import { PREMED } from './domain/premed-track.js';
import type { PremedPairStore, PremedProfileStore } from './ports.js';
import type { PremedUseCases, PremedWaiting } from './use-cases.js';

export interface PremedPairWords {
  readonly mentor: string;
  readonly waiting: string;
  readonly office: string;
  readonly noAlternatives: string;
  readonly label: (name: string) => string;
  readonly waitingFor: Readonly<Record<PremedWaiting, string>>;
}

/**
 * The pre-med pairs, for check-ins, requests and switching: an active pair is current once both people have accepted
 * the program agreement; until then it waits, and says why. Its pairs change on the roster (the coordinators' file),
 * so it offers no alternatives and makes no reassignment of its own.
 */
export function createPremedPairTrack(
  deps: {
    readonly pairs: PremedPairStore;
    readonly profiles: PremedProfileStore;
    readonly agreements: Pick<AgreementStore, 'findAgreements'>;
    readonly roster: Pick<RosterStore, 'findPeopleWithRole' | 'findPeople'>;
    /** QUIET_HOURS and MINOR_QUIET_HOURS: a conversation with a minor waits until it is quiet for none of its people. */
    readonly quiet: QuietRules;
    readonly useCases: Pick<PremedUseCases, 'waitingFor' | 'introducePairs'>;
    readonly programTimezone: string;
    readonly safeguardUserIds: readonly string[];
  },
  words: PremedPairWords,
): PairTrack {
  return {
    track: PREMED,
    words: { mentor: words.mentor, waiting: words.waiting, office: words.office, noAlternatives: words.noAlternatives },
    officeChannelId: undefined,
    async findCurrentPairs(filter, now) {
      const pairs = await deps.pairs.findPairs({ active: true, ...(filter.menteeIds !== undefined ? { menteeIds: filter.menteeIds } : {}), ...(filter.mentorIds !== undefined ? { mentorIds: filter.mentorIds } : {}) });
      if (pairs.length === 0) return [];
      const agreed = new Set((await deps.agreements.findAgreements([...new Set(pairs.flatMap((p) => [p.mentorId, p.menteeId]))])).map((a) => a.personId));
      const ready = pairs.filter((p) => isPairReady({ mentorAgreed: agreed.has(p.mentorId), menteeAgreed: agreed.has(p.menteeId) }));
      if (ready.length === 0) return [];
      // A minor's pair: the coordinators are in every conversation the app opens for it (its requests too).
      const [profiles, admins] = await Promise.all([deps.profiles.findProfiles(ready.map((p) => p.menteeId)), deps.roster.findPeopleWithRole('admin')]);
      const mentee = new Map(profiles.flatMap((p) => (p.role === 'mentee' ? [[p.personId, p] as const] : [])));
      const today = dateInZone(now, deps.programTimezone);
      return ready.map((p): TrackPair => {
        const witnessIds = safeguardsOf(mentee.get(p.menteeId), today, deps.safeguardUserIds, admins);
        return { track: PREMED, mentorId: p.mentorId, menteeId: p.menteeId, pairKey: p.key, version: p.version, label: words.label(p.name), ...(witnessIds.length > 0 ? { witnessIds } : {}) };
      });
    },
    rankAlternatives: () => Promise.resolve([]),
    // A change of pre-med mentor is made on the roster; nothing is reassigned here.
    reassign: () => Promise.resolve({ created: false }),
    async introduceNewPairs(now) {
      await deps.useCases.introducePairs(now);
    },
    async conversationOpensAt(personIds, now) {
      const today = dateInZone(now, deps.programTimezone);
      const minors = new Set((await deps.profiles.findProfiles(personIds)).flatMap((p) => (p.role === 'mentee' && isMinorOn(p.birthDate, today) ? [p.personId] : [])));
      // Only a conversation with a minor waits (adults' requests are posted when sent, as in every track).
      if (minors.size === 0) return undefined;
      const people = new Map((await deps.roster.findPeople(personIds)).map((p) => [p.id, p]));
      const addressees = personIds.map((id) => ({ zone: zoneOf(people.get(id), deps.programTimezone), minor: minors.has(id) }));
      const at = nextTimeForAll(now, addressees, deps.quiet);
      return at === undefined || at.getTime() <= now.getTime() ? undefined : at;
    },
    async waitingReasons(personId, side) {
      return [...new Set(await deps.useCases.waitingFor(personId, side))].map((w) => words.waitingFor[w]);
    },
  };
}
