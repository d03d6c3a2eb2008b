import { daysBetween } from '../../../program/calendar-date.js';
import { programMonthOf } from '../../../program/calendar.js';
import { minutesByPair, pairKeyOf, PREMED_MONTHLY_MINUTES, type HoursContact, type PremedCalendar, type PremedPair } from './hours.js';
import type { FirstSession } from './parent-present.js';

/**
 * The outreach coordinators' weekly figures: pairs under the 120 minutes this month, agreements pending, first sessions
 * with a minor that no parent or guardian attended. Counts, minutes and names only: never a note or anything anyone
 * wrote. A pair still waiting for an agreement is listed under the agreements, not under the minutes (it has not been
 * introduced yet); outside the track's active months no minimum applies and none is listed.
 */

export interface CoordinatorDigestInput {
  /** Today's program date (the program's zone). */
  readonly today: string;
  readonly calendar: Pick<PremedCalendar, 'activeMonths'>;
  /** The track's current pairs whose people are active. */
  readonly pairs: readonly PremedPair[];
  /** Contacts of this month (others are ignored). */
  readonly contacts: Iterable<HoursContact>;
  /** Who has accepted the program agreement. */
  readonly agreedIds: ReadonlySet<string>;
  /** First sessions with minors as recorded (those of pairs no longer current are ignored). */
  readonly firstSessions: readonly FirstSession[];
}

export interface PairLine {
  readonly mentorId: string;
  readonly menteeId: string;
  readonly mentorName: string;
  readonly menteeName: string;
}

export interface CoordinatorDigest {
  readonly today: string;
  /** YYYY-MM */
  readonly month: string;
  /** Whether the hours rule applies this month. */
  readonly active: boolean;
  /** Days of the month left, today included. */
  readonly daysLeft: number;
  readonly pairs: number;
  readonly required: number;
  /** Introduced pairs under the minimum this month, fewest minutes first (empty outside active months). */
  readonly underMinimum: readonly (PairLine & { readonly minutes: number })[];
  /** Pairs waiting for one or both agreements, and whose. */
  readonly pendingAgreements: readonly (PairLine & { readonly mentorPending: boolean; readonly menteePending: boolean })[];
  /** First sessions of current pairs that no parent or guardian attended, latest first. */
  readonly withoutParent: readonly (PairLine & { readonly date: string })[];
}

const names = new Intl.Collator('en');
const byNames = (a: PairLine, b: PairLine) => names.compare(a.menteeName, b.menteeName) || names.compare(a.mentorName, b.mentorName) || (a.menteeId < b.menteeId ? -1 : 1);
const lineOf = (p: PremedPair): PairLine => ({ mentorId: p.mentorId, menteeId: p.menteeId, mentorName: p.mentorName, menteeName: p.menteeName });

export function buildCoordinatorDigest(input: CoordinatorDigestInput): CoordinatorDigest {
  const month = programMonthOf(input.today, input.calendar);
  const agreed = (id: string) => input.agreedIds.has(id);
  const pending = input.pairs
    .filter((p) => !agreed(p.mentorId) || !agreed(p.menteeId))
    .map((p) => ({ ...lineOf(p), mentorPending: !agreed(p.mentorId), menteePending: !agreed(p.menteeId) }))
    .sort(byNames);
  const introduced = input.pairs.filter((p) => agreed(p.mentorId) && agreed(p.menteeId));
  const minutes = minutesByPair(introduced, month, input.contacts);
  const under = month.active
    ? introduced
        .map((p) => ({ ...lineOf(p), minutes: minutes.get(pairKeyOf(p)) ?? 0 }))
        .filter((p) => p.minutes < PREMED_MONTHLY_MINUTES)
        .sort((a, b) => a.minutes - b.minutes || byNames(a, b))
    : [];
  const current = new Map(input.pairs.map((p) => [pairKeyOf(p), p]));
  const withoutParent = input.firstSessions
    .flatMap((s) => {
      const pair = current.get(pairKeyOf(s));
      return pair === undefined || s.parentPresent ? [] : [{ ...lineOf(pair), date: s.date }];
    })
    .sort((a, b) => b.date.localeCompare(a.date) || byNames(a, b));
  return {
    today: input.today,
    month: month.key,
    active: month.active,
    daysLeft: daysBetween(input.today, month.to) + 1,
    pairs: input.pairs.length,
    required: PREMED_MONTHLY_MINUTES,
    underMinimum: under,
    pendingAgreements: pending,
    withoutParent,
  };
}
