/**
 * The program calendar: program months and semesters, counted on calendar dates (YYYY-MM-DD) in the program's
 * time zone. Pure: instants are turned into dates with the zone given, never with the machine's clock or zone.
 */

/** A day of the year, e.g. { month: 8, day: 1 } for 1 August. */
export interface MonthDay {
  readonly month: number;
  readonly day: number;
}

/** A semester as configured: a name and the days it starts and ends on, every year (it may run over New Year). */
export interface SemesterRule {
  readonly name: string;
  readonly start: MonthDay;
  readonly end: MonthDay;
}

export interface ProgramCalendar {
  /** IANA zone in which dates, months and semesters are counted. */
  readonly timezone: string;
  /** Months (1–12) in which the monthly communication rule applies and prompts and pulses go out. */
  readonly activeMonths: readonly number[];
  readonly semesters: readonly SemesterRule[];
}

/** August to May. */
export const DEFAULT_ACTIVE_MONTHS: readonly number[] = [8, 9, 10, 11, 12, 1, 2, 3, 4, 5];

/** Fall 1 Aug–31 Dec, Spring 1 Jan–31 May. */
export const DEFAULT_SEMESTERS: readonly SemesterRule[] = [
  { name: 'Fall', start: { month: 8, day: 1 }, end: { month: 12, day: 31 } },
  { name: 'Spring', start: { month: 1, day: 1 }, end: { month: 5, day: 31 } },
];

/** Calendar dates from `from` to `to`, both included (YYYY-MM-DD). */
export interface DateRange {
  readonly from: string;
  readonly to: string;
}

export interface ProgramMonth extends DateRange {
  /** YYYY-MM */
  readonly key: string;
  /** Whether the program runs this month (the monthly rule applies, prompts and pulses go out). */
  readonly active: boolean;
}

export interface ProgramSemester extends DateRange {
  /** Unique across years: `2026-Fall`, `2027-Spring` (the year it starts in). */
  readonly key: string;
  readonly name: string;
  /** For people: `Fall 2026`. */
  readonly label: string;
}

/** A moment as a person in a zone sees it. */
export interface LocalTime {
  /** YYYY-MM-DD */
  readonly date: string;
  readonly hour: number;
  readonly minute: number;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timezone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timezone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(timezone, formatter);
  }
  return formatter;
}

/** The date, hour and minute on the wall clock of `timezone` at the instant `at` (daylight saving included). */
export function localTimeOf(at: Date, timezone: string): LocalTime {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timezone).formatToParts(at)) parts[part.type] = part.value;
  return {
    date: `${parts['year']}-${parts['month']}-${parts['day']}`,
    hour: Number(parts['hour']),
    minute: Number(parts['minute']),
  };
}

/** The calendar date of the instant `at` in `timezone`: 2026-11-01T04:30Z is 2026-10-31 in America/Chicago. */
export function localDateOf(at: Date, timezone: string): string {
  return localTimeOf(at, timezone).date;
}

/** The date an instant counts on for the program: its date in the program's time zone. */
export function programDateOf(at: Date, calendar: Pick<ProgramCalendar, 'timezone'>): string {
  return localDateOf(at, calendar.timezone);
}

export function isValidDate(date: string): boolean {
  const match = DATE.exec(date);
  if (match === null) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(match[1]), month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toUtc(date: string): Date {
  const match = DATE.exec(date);
  if (match === null) throw new RangeError(`not a date: ${date}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

function fromUtc(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function ymd(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `date` moved by `days` calendar days (negative: back). */
export function addDays(date: string, days: number): string {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

export function isInRange(date: string, range: DateRange): boolean {
  return date >= range.from && date <= range.to;
}

/** YYYY-MM of a date. */
export function monthKeyOf(date: string): string {
  return date.slice(0, 7);
}

export function isActiveMonth(monthKey: string, calendar: Pick<ProgramCalendar, 'activeMonths'>): boolean {
  return calendar.activeMonths.includes(Number(monthKey.slice(5, 7)));
}

/** A program month by its key (YYYY-MM): its first and last dates and whether the program runs in it. */
export function programMonth(monthKey: string, calendar: Pick<ProgramCalendar, 'activeMonths'>): ProgramMonth {
  const match = MONTH.exec(monthKey);
  if (match === null) throw new RangeError(`not a month: ${monthKey}`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  return { key: monthKey, from: ymd(year, month, 1), to: ymd(year, month, daysInMonth(year, month)), active: isActiveMonth(monthKey, calendar) };
}

/** The program month a date falls in. */
export function programMonthOf(date: string, calendar: Pick<ProgramCalendar, 'activeMonths'>): ProgramMonth {
  return programMonth(monthKeyOf(date), calendar);
}

/** The month after (or, with a negative step, before) a month key. */
export function shiftMonth(monthKey: string, step: number): string {
  const year = Number(monthKey.slice(0, 4));
  const month = Number(monthKey.slice(5, 7)) - 1 + step;
  const y = year + Math.floor(month / 12);
  const m = ((month % 12) + 12) % 12;
  return `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}`;
}

/** A day of `year`, with 29 February moved to the 28th in years without it. */
function dayIn(year: number, monthDay: MonthDay): string {
  return ymd(year, monthDay.month, Math.min(monthDay.day, daysInMonth(year, monthDay.month)));
}

function runsOverNewYear(rule: SemesterRule): boolean {
  return rule.end.month < rule.start.month || (rule.end.month === rule.start.month && rule.end.day < rule.start.day);
}

/** The semester `rule` describes, starting in `year`. */
export function semesterStartingIn(rule: SemesterRule, year: number): ProgramSemester {
  const endYear = runsOverNewYear(rule) ? year + 1 : year;
  return { key: `${year}-${rule.name}`, name: rule.name, label: `${rule.name} ${year}`, from: dayIn(year, rule.start), to: dayIn(endYear, rule.end) };
}

/** The semester a date falls in, or undefined between semesters (e.g. summer). */
export function semesterOf(date: string, calendar: Pick<ProgramCalendar, 'semesters'>): ProgramSemester | undefined {
  const year = Number(date.slice(0, 4));
  for (const rule of calendar.semesters) {
    for (const start of [year, year - 1]) {
      const semester = semesterStartingIn(rule, start);
      if (isInRange(date, semester)) return semester;
    }
  }
  return undefined;
}

/**
 * The first day of an active month on which the program runs: the first day inside a semester, or the 1st when no
 * semester covers the month. Undefined for a month the program does not run in.
 */
export function firstActiveDayOf(monthKey: string, calendar: Pick<ProgramCalendar, 'activeMonths' | 'semesters'>): string | undefined {
  const month = programMonth(monthKey, calendar);
  if (!month.active) return undefined;
  for (let date = month.from; date <= month.to; date = addDays(date, 1)) {
    if (semesterOf(date, calendar) !== undefined) return date;
  }
  return month.from;
}

/** The smallest range covering all the ranges given. */
export function spanOf(ranges: readonly DateRange[]): DateRange {
  if (ranges.length === 0) throw new RangeError('spanOf needs at least one range');
  return {
    from: ranges.reduce((min, r) => (r.from < min ? r.from : min), ranges[0]!.from),
    to: ranges.reduce((max, r) => (r.to > max ? r.to : max), ranges[0]!.to),
  };
}

/** The offset of `timezone` from UTC at the instant `at`, in whole minutes (Chicago in summer: -300). */
export function zoneOffsetMinutes(at: Date, timezone: string): number {
  const local = localTimeOf(at, timezone);
  const asUtc = Date.UTC(Number(local.date.slice(0, 4)), Number(local.date.slice(5, 7)) - 1, Number(local.date.slice(8, 10)), local.hour, local.minute);
  const atMinute = Math.floor(at.getTime() / 60_000) * 60_000;
  return Math.round((asUtc - atMinute) / 60_000);
}

/**
 * The instant the wall clock of `timezone` reads `date` `hour`:`minute`. On a daylight-saving change, a time that
 * exists twice is the first of the two, and one that does not exist moves forward by the gap (02:30 → 03:30).
 */
export function instantAt(date: string, hour: number, minute: number, timezone: string): Date {
  const wall = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)), hour, minute);
  const before = zoneOffsetMinutes(new Date(wall - 86_400_000), timezone);
  const after = zoneOffsetMinutes(new Date(wall + 86_400_000), timezone);
  const candidates = [...new Set([before, after])].map((offset) => wall - offset * 60_000);
  const exact = candidates.filter((c) => {
    const local = localTimeOf(new Date(c), timezone);
    return local.date === date && local.hour === hour && local.minute === minute;
  });
  if (exact.length > 0) return new Date(Math.min(...exact));
  return new Date(wall - before * 60_000);
}
