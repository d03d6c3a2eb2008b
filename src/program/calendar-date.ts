/** Calendar dates as `YYYY-MM-DD` strings, and the date of an instant in a time zone. No clock: instants are passed in. */

import dayjs, { type Dayjs } from './dayjs.js';

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const DATE = 'YYYY-MM-DD';

/** A calendar date counted in UTC, where every day is 24 hours long: the machine's zone never shifts it. */
const day = (date: string): Dayjs => dayjs.utc(date);

/** True for a real calendar date written `YYYY-MM-DD` (so not 2026-02-30). */
export function isCalendarDate(text: string): boolean {
  // dayjs rolls 2026-02-30 over to 2 March, so a real date is one that reads back unchanged.
  return DATE_SHAPE.test(text) && day(text).format(DATE) === text;
}

/** One formatter per zone: building one costs far more than using it, and jobs ask for thousands of dates. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of `at` as a clock in `zone` (IANA) shows it. */
export function dateInZone(at: Date, zone: string): string {
  // Intl, not dayjs .tz(): .tz() costs ~100× this cached formatter per person, and misreads wall times in the machine's own DST gap.
  let format = dateFormats.get(zone);
  if (format === undefined) {
    // en-CA writes dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormats.set(zone, format);
  }
  return format.format(at);
}

/** `date` moved by `days` (negative: back). */
export function addDays(date: string, days: number): string {
  return day(date).add(days, 'day').format(DATE);
}

/** Whole days from `from` to `to` (0 when equal, negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return day(to).diff(day(from), 'day');
}

/** Every date from `from` to `to`, both included. */
export function datesFrom(from: string, to: string): string[] {
  const out: string[] = [];
  const last = day(to);
  for (let d = day(from); !d.isAfter(last); d = d.add(1, 'day')) out.push(d.format(DATE));
  return out;
}

/** The day of the ISO week a date falls on: 1 = Monday … 7 = Sunday. */
export function isoWeekdayOf(date: string): number {
  return day(date).day() || 7;
}

/** An ISO week: Monday to Sunday, named after the year of its Thursday (`2027-W01` may start in December 2026). */
export interface IsoWeek {
  /** `2026-W41` */
  readonly key: string;
  readonly monday: string;
  readonly sunday: string;
}

/** The ISO week a date falls in. */
export function isoWeekOf(date: string): IsoWeek {
  // Not dayjs's isoWeek plugin: it reads the clock (today's date) to find a year's first Thursday.
  const d = day(date);
  const monday = d.subtract((d.day() || 7) - 1, 'day');
  const thursday = monday.add(3, 'day');
  const week = Math.floor(thursday.diff(thursday.startOf('year'), 'day') / 7) + 1;
  return { key: `${thursday.format('YYYY')}-W${String(week).padStart(2, '0')}`, monday: monday.format(DATE), sunday: monday.add(6, 'day').format(DATE) };
}

/**
 * The point of `days` that is due when `daysLeft` days of a period remain (today included): the smallest configured
 * number not below `daysLeft`. With 10 and 3, the 10-day list is due while 10 to 4 days are left and the 3-day list
 * from then on, so the 10-day one is never sent once the 3-day one is due. Undefined before the first point,
 * and once the period is over (no day left).
 */
export function duePoint(daysLeft: number, days: readonly number[]): number | undefined {
  if (daysLeft < 1) return undefined;
  let due: number | undefined;
  for (const d of days) if (d >= daysLeft && (due === undefined || d < due)) due = d;
  return due;
}
