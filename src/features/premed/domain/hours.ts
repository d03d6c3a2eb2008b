import { isActiveMonth, isInRange, programMonth, type DateRange, type ProgramCalendar } from '../../../program/calendar.js';
import { isCounted } from '../../../program/records/compliance.js';
import type { Contact } from '../../../program/records/contact.js';

/**
 * The pre-med track's hours rule: at least 120 minutes of contact per pair per month, in the track's active months
 * (PREMED_ACTIVE_MONTHS, October to May by default). Minutes are counted on each contact's program date (its calendar
 * date in the program's zone, as the contact ledger records it); undone contacts never count; a group contact counts
 * its full minutes for each mentee it names, as the contact ledger's other rules do.
 */

/** Minutes of contact each pair owes each active month. */
export const PREMED_MONTHLY_MINUTES = 120;

/** A pre-med pair as these rules read it: one mentor, one mentee, whether the mentee is under 18, and their names. */
export interface PremedPair {
  readonly mentorId: string;
  readonly menteeId: string;
  /** The mentee was under 18 (as the roster's `birth_date` says) when the pair was read. */
  readonly minor: boolean;
  readonly mentorName: string;
  readonly menteeName: string;
}

/** What the hours rule needs of a contact from the ledger. */
export type HoursContact = Pick<Contact, 'mentorId' | 'menteeIds' | 'date' | 'minutes'> & Partial<Pick<Contact, 'undoneAt'>>;

/** The track's calendar: the program's zone with the track's own active months. */
export type PremedCalendar = Pick<ProgramCalendar, 'timezone' | 'activeMonths'>;

/** One key per pair, for maps: the mentor and the mentee. */
export const pairKeyOf = (pair: Pick<PremedPair, 'mentorId' | 'menteeId'>) => `${pair.mentorId}:${pair.menteeId}`;

/** A pair's counted minutes in a range of program dates (a month). */
export function pairMinutesIn(pair: Pick<PremedPair, 'mentorId' | 'menteeId'>, range: DateRange, contacts: Iterable<HoursContact>): number {
  let minutes = 0;
  for (const c of contacts) {
    if (isCounted(c) && c.mentorId === pair.mentorId && c.menteeIds.includes(pair.menteeId) && isInRange(c.date, range)) minutes += c.minutes;
  }
  return minutes;
}

/** Every pair's counted minutes in a range, by `pairKeyOf`, in one pass over the contacts (0 for a pair with none). */
export function minutesByPair(pairs: readonly Pick<PremedPair, 'mentorId' | 'menteeId'>[], range: DateRange, contacts: Iterable<HoursContact>): Map<string, number> {
  const found = new Map(pairs.map((p) => [pairKeyOf(p), 0]));
  for (const c of contacts) {
    if (!isCounted(c) || !isInRange(c.date, range)) continue;
    for (const menteeId of new Set(c.menteeIds)) {
      const key = pairKeyOf({ mentorId: c.mentorId, menteeId });
      const sum = found.get(key);
      if (sum !== undefined) found.set(key, sum + c.minutes);
    }
  }
  return found;
}

/** A pair's standing in one month. */
export interface PairMonth<P extends PremedPair = PremedPair> {
  readonly pair: P;
  /** YYYY-MM */
  readonly month: string;
  readonly minutes: number;
  readonly required: number;
  /** False in a month the track does not run in: no minimum applies then. */
  readonly active: boolean;
  /** At least the required minutes (always true outside active months: nothing is owed). */
  readonly metMinimum: boolean;
}

/** Each pair's minutes in a month (YYYY-MM), against the minimum when the month is one of the track's. */
export function pairMonths<P extends PremedPair>(pairs: readonly P[], monthKey: string, contacts: Iterable<HoursContact>, calendar: Pick<PremedCalendar, 'activeMonths'>): PairMonth<P>[] {
  const month = programMonth(monthKey, calendar);
  const minutes = minutesByPair(pairs, month, contacts);
  return pairs.map((pair) => {
    const logged = minutes.get(pairKeyOf(pair)) ?? 0;
    return { pair, month: monthKey, minutes: logged, required: PREMED_MONTHLY_MINUTES, active: month.active, metMinimum: !month.active || logged >= PREMED_MONTHLY_MINUTES };
  });
}

/** True when the hours rule applies in a month (YYYY-MM). */
export const isHoursMonth = (monthKey: string, calendar: Pick<PremedCalendar, 'activeMonths'>) => isActiveMonth(monthKey, calendar);
