import { daysBetween, duePoint } from '../../../program/calendar-date.js';
import { programDateOf, programMonthOf } from '../../../program/calendar.js';
import { minutesByPair, pairKeyOf, PREMED_MONTHLY_MINUTES, type HoursContact, type PremedCalendar, type PremedPair } from './hours.js';

/**
 * Month-end nudges of the hours rule: 10 and 3 days before an active month ends, each pair's mentor is told the minutes
 * logged with their mentee against the 120 asked for, once each (claimed by `hoursNudgeKey`), and not at all once the
 * minimum is met. Days are program dates (the program's zone), as the other month-end nudges count them: "10 days
 * before the month ends" opens at midnight there when 10 days, today included, are left (the 22nd of a 31-day month,
 * the 21st of a 30-day one, the 19th of February in a common year). A nudge stays due until the next point takes over
 * or the month ends, so a run held by the mentor's quiet hours (the shared send path holds it: `zone` is theirs) or a
 * failure still sends it, and never twice.
 */

/** Days before the month ends (today included) when the mentor of a pair under the minimum is nudged, largest first. */
export const HOURS_NUDGE_DAYS = [10, 3] as const;

/**
 * The claim key of a nudge: `nudge:premed-hours:<YYYY-MM>:<mentorId>:<menteeId>:<10|3>`. Unique per month, pair and
 * point, so each point is sent once however many runs and instances try. The shared send path (`deliverOnce`) claims it
 * as windowed, so housekeeping may drop it once it is old.
 */
export const hoursNudgeKey = (monthKey: string, mentorId: string, menteeId: string, days: number) => `nudge:premed-hours:${monthKey}:${mentorId}:${menteeId}:${days}`;

/** A pair the nudges may speak of: its mentor's zone (theirs, else the program's) decides their quiet hours. */
export interface NudgeablePair extends PremedPair {
  readonly mentorZone: string;
}

/** A month-end nudge to a pair's mentor: a Delivery of the shared send path (`key`, `recipientId`, `zone`). */
export interface HoursNudge {
  readonly key: string;
  /** The pair's mentor. */
  readonly recipientId: string;
  /** The mentor's zone: for their quiet hours. */
  readonly zone: string;
  readonly menteeId: string;
  readonly menteeName: string;
  /** YYYY-MM */
  readonly month: string;
  /** The point it is for: 10 or 3. */
  readonly days: number;
  /** Days of the month left, today (program date) included. */
  readonly daysLeft: number;
  readonly minutes: number;
  readonly required: number;
}

/**
 * The point due when `daysLeft` days of the month are left (today included): the smallest of 10 and 3 not below it, so
 * the 10-day nudge is due from 10 to 4 days left and the 3-day one from 3 to the last day. Undefined before 10.
 */
export function hoursPointDue(daysLeft: number): number | undefined {
  return duePoint(daysLeft, HOURS_NUDGE_DAYS);
}

/**
 * Every month-end nudge due at `now` for these pairs, given the contacts of this month. Pass the pairs that are
 * introduced (both have accepted the agreement) and whose people are active: a pair still waiting for an agreement
 * cannot meet yet, and the coordinators' digest lists it instead.
 */
export function dueHoursNudges(pairs: readonly NudgeablePair[], contacts: Iterable<HoursContact>, now: Date, calendar: PremedCalendar): HoursNudge[] {
  const today = programDateOf(now, calendar);
  const month = programMonthOf(today, calendar);
  if (!month.active) return [];
  const daysLeft = daysBetween(today, month.to) + 1;
  const days = hoursPointDue(daysLeft);
  if (days === undefined) return [];
  const minutes = minutesByPair(pairs, month, contacts);
  return pairs.flatMap((pair) => {
    const logged = minutes.get(pairKeyOf(pair)) ?? 0;
    if (logged >= PREMED_MONTHLY_MINUTES) return [];
    return [
      {
        key: hoursNudgeKey(month.key, pair.mentorId, pair.menteeId, days),
        recipientId: pair.mentorId,
        zone: pair.mentorZone,
        menteeId: pair.menteeId,
        menteeName: pair.menteeName,
        month: month.key,
        days,
        daysLeft,
        minutes: logged,
        required: PREMED_MONTHLY_MINUTES,
      },
    ];
  });
}
