import { once } from '../../delivery/once.js';
import type { ClaimStore } from '../../delivery/ports.js';
import type { QuietHours } from '../../delivery/quiet-hours.js';
import type { Logger } from '../../log/logger.js';
import type { AgreementStore } from '../../program/agreements.js';
import { dateInZone } from '../../program/calendar-date.js';
import { officeOf } from '../../program/pairs.js';
import type { RosterStore } from '../../program/ports.js';
import { zoneOf, type Person } from '../../program/roster.js';
import { isMinorOn } from './domain/premed-age.js';
import { isPairReady } from './domain/premed-pairs.js';
import type { PremedMenteeProfile, PremedPair } from './domain/premed-profile.js';
import { PREMED } from './domain/premed-track.js';
import { mayMessageAll } from './minor-quiet-hours.js';
import type { PremedPairStore, PremedProfileStore, PremedSender } from './ports.js';

export interface IntroducePairsDeps {
  readonly roster: Pick<RosterStore, 'findPeople' | 'findPeopleWithRole'>;
  readonly pairs: PremedPairStore;
  readonly profiles: PremedProfileStore;
  readonly agreements: Pick<AgreementStore, 'findAgreements'>;
  readonly claims: ClaimStore;
  readonly sender: PremedSender;
  readonly logger: Logger;
  readonly quietHours: QuietHours;
  /** MINOR_QUIET_HOURS: for a mentee under 18, instead of QUIET_HOURS. */
  readonly minorQuietHours: QuietHours;
  readonly programTimezone: string;
  /** PREMED_SAFEGUARD_USER_IDS; empty: the pre-med admins. */
  readonly safeguardUserIds: readonly string[];
}

/** Claim keys of the pairs' introductions: one per pair and version (a pair the roster changes is introduced again). */
export const introductionKey = (pair: Pick<PremedPair, 'key' | 'version'>) => `premed:intro:${pair.key}:${pair.version}`;

/**
 * Who is in every conversation the app opens for a pair whose mentee is a minor on `today`: the safeguarding
 * coordinators configured, else the active pre-med admins (the outreach coordinators). Empty for an adult mentee.
 */
export function safeguardsOf(profile: PremedMenteeProfile | undefined, today: string, safeguardUserIds: readonly string[], people: Iterable<Person>): string[] {
  if (profile === undefined || !isMinorOn(profile.birthDate, today)) return [];
  return safeguardUserIds.length > 0 ? [...safeguardUserIds] : officeOf(people, PREMED);
}

/**
 * Introduces every active pre-med pair whose mentor and mentee have both accepted the agreement and that is not yet
 * introduced: one group DM of the two (with the outreach coordinators when the mentee is a minor), naming a minor's
 * parent to the mentor; claimed once per pair and version, so reruns, two instances or two *I agree* clicks at once
 * send it once. It waits while it is quiet for anyone in the conversation (a minor's MINOR_QUIET_HOURS included).
 */
export async function introducePremedPairs(deps: IntroducePairsDeps, now: Date): Promise<{ premedIntroductionsSent: number; premedIntroductionsWaiting: number; premedIntroductionsFailed: number }> {
  const count = { premedIntroductionsSent: 0, premedIntroductionsWaiting: 0, premedIntroductionsFailed: 0 };
  const active = await deps.pairs.findPairs({ active: true });
  const done = await deps.claims.findDoneKeys(active.map(introductionKey));
  const todo = active.filter((p) => !done.has(introductionKey(p)));
  if (todo.length === 0) return count;
  const ids = [...new Set(todo.flatMap((p) => [p.mentorId, p.menteeId]))];
  const [agreed, profiles, admins] = await Promise.all([deps.agreements.findAgreements(ids), deps.profiles.findProfiles(todo.map((p) => p.menteeId)), deps.roster.findPeopleWithRole('admin')]);
  const agreedIds = new Set(agreed.map((a) => a.personId));
  const ready = todo.filter((p) => isPairReady({ mentorAgreed: agreedIds.has(p.mentorId), menteeAgreed: agreedIds.has(p.menteeId) }));
  if (ready.length === 0) return count;
  const today = dateInZone(now, deps.programTimezone);
  const menteeProfile = new Map(profiles.flatMap((p) => (p.role === 'mentee' ? [[p.personId, p] as const] : [])));
  const people = new Map((await deps.roster.findPeople([...new Set([...ready.flatMap((p) => [p.mentorId, p.menteeId]), ...deps.safeguardUserIds])])).map((p) => [p.id, p]));
  for (const a of admins) people.set(a.id, a);
  for (const pair of ready) {
    if (deps.claims.stopped()) break;
    if (people.get(pair.mentorId)?.active !== true || people.get(pair.menteeId)?.active !== true) continue;
    const profile = menteeProfile.get(pair.menteeId);
    const coordinatorIds = safeguardsOf(profile, today, deps.safeguardUserIds, admins);
    // Quiet for none of them: the program's quiet hours for the adults, MINOR_QUIET_HOURS for a mentee under 18.
    const addressees = [pair.mentorId, pair.menteeId, ...coordinatorIds].map((id) => ({ zone: zoneOf(people.get(id), deps.programTimezone), minor: id === pair.menteeId && coordinatorIds.length > 0 }));
    if (!mayMessageAll(now, addressees, { quietHours: deps.quietHours, minorQuietHours: deps.minorQuietHours })) {
      count.premedIntroductionsWaiting += 1;
      continue;
    }
    const parent = coordinatorIds.length > 0 && profile?.parent !== undefined ? { name: profile.parent.name, email: profile.parent.email, phone: profile.parent.phone } : undefined;
    try {
      const outcome = await once(deps.claims, introductionKey(pair), () => deps.sender.sendIntroduction({ pair, coordinatorIds, parent }));
      if (outcome.status === 'done-now') count.premedIntroductionsSent += 1;
    } catch (error) {
      count.premedIntroductionsFailed += 1;
      // The pair's key only: never a parent's contact.
      deps.logger.warn('a pre-med introduction failed; the next run tries it again', { pair: pair.key, error });
    }
  }
  return count;
}
