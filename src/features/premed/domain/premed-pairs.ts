import type { PremedPair } from './premed-profile.js';
import type { PremedRoster } from './premed-rows.js';

/**
 * The pairs to write after an import of a file naming the track (the file speaks for all pre-med pairs): a new pair
 * at version 1; a pair whose mentor or mentee changed at its next version (introduced again, once); one the file no
 * longer names, or names again, active as the file says. Pairs unchanged are left out.
 */
export function planPremedPairs(stored: readonly PremedPair[], named: PremedRoster['pairs'], now: Date): PremedPair[] {
  const byKey = new Map(stored.map((p) => [p.key, p]));
  const out: PremedPair[] = [];
  for (const n of named) {
    const before = byKey.get(n.key);
    if (before === undefined) out.push({ ...n, version: 1, active: true, formedAt: now });
    else if (before.mentorId !== n.mentorId || before.menteeId !== n.menteeId || !before.active) out.push({ ...n, version: before.version + 1, active: true, formedAt: now });
    else if (before.name !== n.name) out.push({ ...before, name: n.name });
  }
  const keys = new Set(named.map((n) => n.key));
  for (const p of stored) if (p.active && !keys.has(p.key)) out.push({ ...p, active: false });
  return out;
}

/** Who in a pair has not yet accepted the program agreement (both must before anything else happens). */
export interface PairAgreement {
  readonly mentorAgreed: boolean;
  readonly menteeAgreed: boolean;
}

/** Whether a pair may start: both have accepted the agreement. */
export function isPairReady(state: PairAgreement): boolean {
  return state.mentorAgreed && state.menteeAgreed;
}

/**
 * Why a person's pair cannot be used yet, from their side: `self` when they have not agreed (first), `other` when
 * the other person has not; undefined when both have.
 */
export function waitingOn(pair: Pick<PremedPair, 'mentorId' | 'menteeId'>, personId: string, agreed: ReadonlySet<string>): 'self' | 'other' | undefined {
  const other = personId === pair.mentorId ? pair.menteeId : pair.mentorId;
  if (!agreed.has(personId)) return 'self';
  return agreed.has(other) ? undefined : 'other';
}

/** An active pair still waiting for an agreement, as coordinators see it (names and who has agreed; nothing else). */
export interface PendingAgreement {
  readonly pairName: string;
  readonly mentorId: string;
  readonly menteeId: string;
  readonly mentorAgreed: boolean;
  readonly menteeAgreed: boolean;
}

/** The active pairs not both of whom have accepted the agreement, by pair name. */
export function pendingAgreements(pairs: readonly PremedPair[], agreed: ReadonlySet<string>): PendingAgreement[] {
  return pairs
    .filter((p) => p.active)
    .map((p) => ({ pairName: p.name, mentorId: p.mentorId, menteeId: p.menteeId, mentorAgreed: agreed.has(p.mentorId), menteeAgreed: agreed.has(p.menteeId) }))
    .filter((p) => !isPairReady(p))
    .sort((a, b) => a.pairName.localeCompare(b.pairName));
}
