import { once } from '../../delivery/once.js';
import { dateInZone } from '../../program/calendar-date.js';
import { zoneOf } from '../../program/roster.js';
import { isMinorOn } from './domain/premed-age.js';
import { mayMessageMinor } from './minor-quiet-hours.js';
import { recordAgreement, type AgreementOutcome } from '../../program/agreements.js';
import { holdsRoleIn, type ImportedTrackRow } from '../../program/tracks.js';
import { pendingAgreements, planPremedPairs, waitingOn, type PendingAgreement } from './domain/premed-pairs.js';
import { readPremedRoster } from './domain/premed-rows.js';
import type { PremedPair } from './domain/premed-profile.js';
import { PREMED } from './domain/premed-track.js';
import { introducePremedPairs, type IntroducePairsDeps } from './introduce-pairs.js';
import type { AgreementStore } from './ports.js';

export interface PremedDeps extends IntroducePairsDeps {
  readonly agreements: AgreementStore;
  readonly agreementText: string;
}

/** Claim keys of the welcome DMs: one per person, ever. */
export const welcomeKey = (personId: string) => `premed:welcome:${personId}`;

/** Why a person's pair is not open yet, from their side. */
export type PremedWaiting = 'self' | 'mentor' | 'mentee';

export type PremedUseCases = ReturnType<typeof createPremedUseCases>;

/** The pre-med track's use cases: what it keeps of the roster, the welcomes with the agreement, *I agree*, the introductions. */
export function createPremedUseCases(deps: PremedDeps) {
  const introduce = (now: Date) => introducePremedPairs(deps, now);
  return {
    /** After a roster import naming the track: the profiles (parents' contacts included) and the pairs, in bulk. */
    async saveRosterRows(rows: readonly ImportedTrackRow[], now: Date): Promise<void> {
      const read = readPremedRoster(rows);
      await deps.profiles.saveProfiles(read.profiles);
      await deps.pairs.savePairs(planPremedPairs(await deps.pairs.findPairs(), read.pairs, now));
    },

    /**
     * Welcomes each person of an active pair not yet welcomed, with the agreement and *I agree*: each DM claimed
     * once. Then introduces the pairs both of whom have agreed. Part of the `introductions` job.
     */
    async welcomePremed(now: Date): Promise<{ premedWelcomesSent: number; premedWelcomesWaiting: number; premedWelcomesFailed: number } & Awaited<ReturnType<typeof introduce>>> {
      const pairs = await deps.pairs.findPairs({ active: true });
      const sides = pairs.flatMap((p) => [{ id: p.mentorId, role: 'peer_mentor' as const }, { id: p.menteeId, role: 'mentee' as const }]);
      const done = await deps.claims.findDoneKeys(sides.map((s) => welcomeKey(s.id)));
      const todo = sides.filter((s) => !done.has(welcomeKey(s.id)));
      const active = new Map((todo.length === 0 ? [] : await deps.roster.findPeople(todo.map((s) => s.id))).filter((p) => p.active).map((p) => [p.id, p]));
      const minors = await minorsAmong(deps, todo.filter((s) => s.role === 'mentee').map((s) => s.id), now);
      let sent = 0;
      let waiting = 0;
      let failed = 0;
      for (const side of todo) {
        if (!active.has(side.id)) continue;
        // A minor is welcomed outside MINOR_QUIET_HOURS in their zone; the next run after they end sends it.
        if (minors.has(side.id) && !mayMessageMinor(now, zoneOf(active.get(side.id), deps.programTimezone), deps.minorQuietHours)) {
          waiting += 1;
          continue;
        }
        try {
          const outcome = await once(deps.claims, welcomeKey(side.id), async () => ({ ts: await deps.sender.sendWelcome(side.id, side.role, deps.agreementText) }));
          if (outcome.status === 'done-now') sent += 1;
        } catch (error) {
          failed += 1;
          deps.logger.warn('a pre-med welcome DM failed; the next run tries it again', { user: side.id, error });
        }
      }
      return { premedWelcomesSent: sent, premedWelcomesWaiting: waiting, premedWelcomesFailed: failed, ...(await introduce(now)) };
    },

    /** *I agree* from a pre-med mentor or mentee: recorded once with its time; a pair both of whom agreed is introduced now. */
    async acceptAgreement(userId: string, now: Date): Promise<AgreementOutcome> {
      const outcome = await recordAgreement(deps, userId, now, (p) => holdsRoleIn(p, 'mentee', PREMED) || holdsRoleIn(p, 'peer_mentor', PREMED));
      if (outcome.status === 'recorded') await introduce(now);
      return outcome;
    },

    introducePairs: introduce,

    /** The active pairs still waiting for an agreement (the coordinators' Home). */
    async readPendingAgreements(): Promise<PendingAgreement[]> {
      const pairs = await deps.pairs.findPairs({ active: true });
      if (pairs.length === 0) return [];
      const agreed = await deps.agreements.findAgreements([...new Set(pairs.flatMap((p) => [p.mentorId, p.menteeId]))]);
      return pendingAgreements(pairs, new Set(agreed.map((a) => a.personId)));
    },

    /** Why this person's active pairs are not open yet (each pair's, from their side); empty when they are, or they have none. */
    async waitingFor(personId: string, side: 'mentee' | 'mentor'): Promise<PremedWaiting[]> {
      const pairs = await deps.pairs.findPairs({ active: true, ...(side === 'mentee' ? { menteeIds: [personId] } : { mentorIds: [personId] }) });
      return waitingOf(pairs, personId, new Set((await deps.agreements.findAgreements([...new Set(pairs.flatMap((p) => [p.mentorId, p.menteeId]))])).map((a) => a.personId)));
    },
  };
}

/** Which of these mentees are under 18 today (the program's date), by their profiles. */
async function minorsAmong(deps: PremedDeps, menteeIds: readonly string[], now: Date): Promise<ReadonlySet<string>> {
  if (menteeIds.length === 0) return new Set();
  const today = dateInZone(now, deps.programTimezone);
  return new Set((await deps.profiles.findProfiles(menteeIds)).flatMap((p) => (p.role === 'mentee' && isMinorOn(p.birthDate, today) ? [p.personId] : [])));
}

/** Each pair's wait, from `personId`'s side. */
function waitingOf(pairs: readonly PremedPair[], personId: string, agreed: ReadonlySet<string>): PremedWaiting[] {
  return pairs.flatMap((p) => {
    const on = waitingOn(p, personId, agreed);
    if (on === undefined) return [];
    if (on === 'self') return ['self' as const];
    return [personId === p.mentorId ? ('mentee' as const) : ('mentor' as const)];
  });
}
