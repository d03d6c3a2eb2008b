import { addDays, daysBetween } from '../../../program/calendar-date.js';
import { semesterOf, semesterStartingIn, type ProgramCalendar, type ProgramSemester } from '../../../program/calendar.js';

/** When goals are revisited: a semester's midpoint, and its last month. */
export type RevisitKind = 'mid' | 'end';

export interface RevisitPoint {
  /** Unique across years: `2026-Fall:mid`. */
  readonly key: string;
  readonly kind: RevisitKind;
  readonly semester: ProgramSemester;
}

/** The middle day of a semester (the earlier one of two when its length is even). */
export function semesterMidpoint(semester: Pick<ProgramSemester, 'from' | 'to'>): string {
  return addDays(semester.from, Math.floor(daysBetween(semester.from, semester.to) / 2));
}

/** The first day of the month a semester ends in (the month its last day is in). */
export function lastMonthStart(semester: Pick<ProgramSemester, 'to'>): string {
  return `${semester.to.slice(0, 7)}-01`;
}

/**
 * The revisit point open on a program date: from the semester's midpoint until its last month begins (`mid`), then
 * through its last day (`end`); none between semesters or before the midpoint. A semester whose midpoint falls in its
 * last month has only its `end` point.
 */
export function revisitPointOn(date: string, calendar: Pick<ProgramCalendar, 'semesters'>): RevisitPoint | undefined {
  const semester = semesterOf(date, calendar);
  if (semester === undefined) return undefined;
  const point = (kind: RevisitKind): RevisitPoint => ({ key: `${semester.key}:${kind}`, kind, semester });
  if (date >= lastMonthStart(semester)) return point('end');
  if (date >= semesterMidpoint(semester)) return point('mid');
  return undefined;
}

/** The revisit point a key names (`2026-Fall:mid`), for a semester the calendar has; undefined otherwise. */
export function revisitPointOfKey(key: string, calendar: Pick<ProgramCalendar, 'semesters'>): RevisitPoint | undefined {
  const match = /^(\d{4})-(.+):(mid|end)$/.exec(key);
  if (match === null) return undefined;
  const rule = calendar.semesters.find((s) => s.name === match[2]);
  if (rule === undefined) return undefined;
  return { key, kind: match[3] as RevisitKind, semester: semesterStartingIn(rule, Number(match[1])) };
}
