import { daysBetween, duePoint } from '../../../program/calendar-date.js';
import { programDateOf, programMonthOf, semesterOf, type DateRange, type ProgramCalendar, type ProgramMonth, type ProgramSemester } from '../../../program/calendar.js';
import type { NudgeSettings } from './nudge.js';

/** A list window open at `now`: the period, and which of the configured days-before-the-end is due. */
export interface ListWindow<P extends DateRange> {
  readonly period: P;
  /** The configured number of days (part of the key): the nudge for the latest point passed. */
  readonly days: number;
  /** Days of the period left, today included. */
  readonly daysLeft: number;
}

export interface ListWindows {
  readonly month: ListWindow<ProgramMonth> | undefined;
  readonly semester: ListWindow<ProgramSemester> | undefined;
}


/**
 * The month-end and semester-end windows open at `now`. Periods are counted on dates in the program's time zone:
 * "3 days before the month ends" opens at midnight there when 3 days (today included) are left; quiet hours then
 * hold the message until morning in each recipient's zone. The monthly rule applies in active months only.
 */
export function listWindowsAt(now: Date, calendar: ProgramCalendar, settings: Pick<NudgeSettings, 'monthEndDays' | 'semesterEndDays'>): ListWindows {
  const today = programDateOf(now, calendar);
  const window = <P extends DateRange>(period: P | undefined, days: readonly number[]): ListWindow<P> | undefined => {
    if (period === undefined) return undefined;
    const daysLeft = daysBetween(today, period.to) + 1;
    const due = duePoint(daysLeft, days);
    return due === undefined ? undefined : { period, days: due, daysLeft };
  };
  const month = programMonthOf(today, calendar);
  return {
    month: month.active ? window(month, settings.monthEndDays) : undefined,
    semester: window(semesterOf(today, calendar), settings.semesterEndDays),
  };
}
