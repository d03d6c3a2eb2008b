/**
 * The program calendar: program months and semesters, counted on calendar dates (YYYY-MM-DD) in the program's
 * time zone. Pure: instants are turned into dates with the zone given, never with the machine's clock or zone.
 * Dates in zones come from calendar-date.ts, wall-clock times from zoned-time.ts.
 */

import { addDays, dateInZone } from './calendar-date.js';
import dayjs from './dayjs.js';

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

const MONTH = /^(\d{4})-(\d{2})$/;

/** The date an instant counts on for the program: its date in the program's time zone. */
export function programDateOf(at: Date, calendar: Pick<ProgramCalendar, 'timezone'>): string {
  return dateInZone(at, calendar.timezone);
}

// Date.UTC, not dayjs, here and in ymd: semesterOf and firstActiveDayOf call them per person in hourly jobs (~25× faster).
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function ymd(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
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
  return dayjs.utc(`${monthKey}-01`).add(step, 'month').format('YYYY-MM');
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
