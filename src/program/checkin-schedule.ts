import { firstActiveDayOf, isActiveMonth, monthKeyOf, type ProgramCalendar } from './calendar.js';
import type { LocalTime } from './zoned-time.js';

/** When prompts and pulses go out, on each person's own wall clock. */
export interface CheckinSchedule {
  /** Check-in prompts: from this hour on the first active day of each program month. */
  readonly promptHour: number;
  /** The pulse: from this day of each active month (a later day of the month still sends one not yet sent)… */
  readonly pulseDay: number;
  /** …and from this hour on that day. */
  readonly pulseHour: number;
}

export const DEFAULT_CHECKIN_SCHEDULE: CheckinSchedule = { promptHour: 9, pulseDay: 15, pulseHour: 10 };

/**
 * The month (YYYY-MM) whose check-in prompt is due for someone whose wall clock reads `local`: on the month's first
 * active day, from `promptHour` to the end of that day. Undefined when none is due.
 */
export function promptMonthDue(local: LocalTime, calendar: Pick<ProgramCalendar, 'activeMonths' | 'semesters'>, promptHour: number): string | undefined {
  const month = monthKeyOf(local.date);
  return firstActiveDayOf(month, calendar) === local.date && local.hour >= promptHour ? month : undefined;
}

/**
 * The month (YYYY-MM) whose pulse is due for someone whose wall clock reads `local`: in an active month, from
 * `pulseHour` on `pulseDay` until the month ends. Undefined when none is due.
 */
export function pulseMonthDue(local: LocalTime, calendar: Pick<ProgramCalendar, 'activeMonths'>, schedule: Pick<CheckinSchedule, 'pulseDay' | 'pulseHour'>): string | undefined {
  const month = monthKeyOf(local.date);
  if (!isActiveMonth(month, calendar)) return undefined;
  const day = Number(local.date.slice(8, 10));
  return day > schedule.pulseDay || (day === schedule.pulseDay && local.hour >= schedule.pulseHour) ? month : undefined;
}
