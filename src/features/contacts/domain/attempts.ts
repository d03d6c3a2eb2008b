import { dateInZone } from '../../../program/calendar-date.js';
import { isInRange, programMonth, type ProgramCalendar } from '../../../program/calendar.js';
import { monthlyStatuses } from '../../../program/records/compliance.js';
import type { Contact } from '../../../program/records/contact.js';

/** A mentor's *Couldn't reach* on a check-in prompt: a try, not a communication (it counts toward no rule). */
export interface ContactAttempt {
  readonly mentorId: string;
  readonly menteeId: string;
  /** When it was recorded. */
  readonly at: Date;
  /** Its date in the program's time zone: the month it counts in. */
  readonly date: string;
}

/** Tries in a month, without a communication, after which the Faculty Mentor is told the mentee was not reached. */
export const ATTEMPTS_BEFORE_ESCALATION = 2;

/** The date an attempt counts on: its day in the program's time zone (months are the program's, whoever tried). */
export function attemptDate(at: Date, calendar: Pick<ProgramCalendar, 'timezone'>): string {
  return dateInZone(at, calendar.timezone);
}

/**
 * The mentees not reached in a month (YYYY-MM, the program's): at least two attempts dated in it (one per mentor and
 * day: see the store), and no communication dated in it. A contact logged later in the month takes a mentee off.
 */
export function unreachedMentees(
  monthKey: string,
  calendar: Pick<ProgramCalendar, 'activeMonths'>,
  attempts: readonly Pick<ContactAttempt, 'menteeId' | 'date'>[],
  contacts: readonly Contact[],
): string[] {
  const month = programMonth(monthKey, calendar);
  const tries = new Map<string, number>();
  for (const attempt of attempts) {
    if (!isInRange(attempt.date, month)) continue;
    tries.set(attempt.menteeId, (tries.get(attempt.menteeId) ?? 0) + 1);
  }
  const candidates = [...tries].filter(([, n]) => n >= ATTEMPTS_BEFORE_ESCALATION).map(([id]) => id);
  const statuses = monthlyStatuses(candidates, month, contacts);
  return candidates.filter((id) => statuses.get(id)?.communicated !== true);
}
