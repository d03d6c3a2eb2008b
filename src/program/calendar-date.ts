/** Calendar dates as `YYYY-MM-DD` strings, and the date of an instant in a time zone. No clock: instants are passed in. */

const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** True for a real calendar date written `YYYY-MM-DD` (so not 2026-02-30). */
export function isCalendarDate(text: string): boolean {
  const match = DATE_SHAPE.exec(text);
  if (match === null) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** One formatter per zone: building one costs far more than using it, and jobs ask for thousands of dates. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar date of `at` as a clock in `zone` (IANA) shows it. */
export function dateInZone(at: Date, zone: string): string {
  let format = dateFormats.get(zone);
  if (format === undefined) {
    // en-CA writes dates as YYYY-MM-DD.
    format = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormats.set(zone, format);
  }
  return format.format(at);
}

function toUtcMs(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

/** `date` moved by `days` (negative: back). */
export function addDays(date: string, days: number): string {
  return new Date(toUtcMs(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (0 when equal, negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** Every date from `from` to `to`, both included. */
export function datesFrom(from: string, to: string): string[] {
  const out: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) out.push(day);
  return out;
}

/** The day of the ISO week a date falls on: 1 = Monday … 7 = Sunday. */
export function isoWeekdayOf(date: string): number {
  const day = new Date(toUtcMs(date)).getUTCDay();
  return day === 0 ? 7 : day;
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
  const monday = addDays(date, 1 - isoWeekdayOf(date));
  const thursday = addDays(monday, 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(`${thursday.slice(0, 4)}-01-01`, thursday) / 7) + 1;
  return { key: `${String(year).padStart(4, '0')}-W${String(week).padStart(2, '0')}`, monday, sunday: addDays(monday, 6) };
}
