import { addDays, isoWeekOf, isoWeekdayOf } from '../../../program/calendar-date.js';
import { isActiveMonth, monthKeyOf, type ProgramCalendar } from '../../../program/calendar.js';
import type { LocalTime } from '../../../program/zoned-time.js';

/** When digests go out, on each reader's own wall clock: from `hour` on `day` (ISO: 1 = Monday … 7 = Sunday). */
export interface DigestSchedule {
  readonly day: number;
  readonly hour: number;
}

export const DEFAULT_DIGEST_SCHEDULE: DigestSchedule = { day: 1, hour: 8 };

export const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** `monday`, `Mon` or `1` (ISO, Monday first) → 1; undefined when it is no day of the week. */
export function parseWeekday(text: string): number | undefined {
  const word = text.trim().toLowerCase();
  if (/^[1-7]$/.test(word)) return Number(word);
  if (word.length < 3) return undefined;
  const index = WEEKDAY_NAMES.findIndex((name) => name.startsWith(word));
  return index === -1 ? undefined : index + 1;
}

/**
 * The ISO week (`2026-W41`) whose digest is due for a reader whose wall clock reads `local`: from the configured
 * day and hour until that week ends (a later run that week still sends one not yet sent), in weeks whose digest
 * day falls in a month the program runs. Undefined when none is due.
 */
export function digestWeekDue(local: LocalTime, calendar: Pick<ProgramCalendar, 'activeMonths'>, schedule: DigestSchedule): string | undefined {
  const week = isoWeekOf(local.date);
  const digestDay = addDays(week.monday, schedule.day - 1);
  if (!isActiveMonth(monthKeyOf(digestDay), calendar)) return undefined;
  const today = isoWeekdayOf(local.date);
  const due = today > schedule.day || (today === schedule.day && local.hour >= schedule.hour);
  return due ? week.key : undefined;
}
