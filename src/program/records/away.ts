import { addDays, dateInZone, datesFrom, daysBetween, isCalendarDate } from '../calendar-date.js';

/** A mentor's time away and how requests are routed around it. */

/** The longest time away one entry may cover, in days (first and last day included). */
export const AWAY_MAX_DAYS = 60;
export const AWAY_NOTE_MAX = 500;
/** The flag word that, in `/mentor-away` text, asks for the mentees to be told in the group channel. */
export const TELL_MENTEES_FLAG = 'tell-mentees';

export interface Away {
  readonly id: string;
  readonly mentorId: string;
  /** First and last day away, both included, as calendar dates in `timezone`. */
  readonly start: string;
  readonly end: string;
  /** The mentor's zone when they marked it: the days begin and end by its clock. */
  readonly timezone: string;
  /** Private: seen only by the mentor; never logged or shown to others. */
  readonly note: string | undefined;
  readonly tellMentees: boolean;
  readonly createdAt: Date;
  /** Set when the mentor ended it early (or called it off): it no longer counts from then on. */
  readonly cancelledAt: Date | undefined;
  /** Unique: the modal's view id or the command's trigger id. */
  readonly sourceKey: string;
}

export type NewAway = Omit<Away, 'id' | 'cancelledAt'>;

export type AwayProblem =
  /** Not `YYYY-MM-DD YYYY-MM-DD [tell-mentees] [note]`. */
  | 'format'
  | 'not_a_date'
  | 'end_before_start'
  | 'start_in_past'
  | 'too_long'
  | 'note_too_long';

export interface AwayRequest {
  readonly start: string;
  readonly end: string;
  readonly tellMentees: boolean;
  readonly note: string | undefined;
}

const DATE_LIKE = /^\d{4}-\d{1,2}-\d{1,2}$/;

/** Reads `/mentor-away` text: `YYYY-MM-DD YYYY-MM-DD [tell-mentees] [note]`. */
export function parseAwayText(text: string): { readonly ok: true; readonly away: AwayRequest } | { readonly ok: false; readonly problem: AwayProblem } {
  const match = /^(\S+)\s+(\S+)(?:\s+([\s\S]*))?$/.exec(text.trim());
  if (match === null || !DATE_LIKE.test(match[1]!) || !DATE_LIKE.test(match[2]!)) return { ok: false, problem: 'format' };
  const start = match[1]!;
  const end = match[2]!;
  if (!isCalendarDate(start) || !isCalendarDate(end)) return { ok: false, problem: 'not_a_date' };
  let rest = (match[3] ?? '').trim();
  let tellMentees = false;
  const flag = new RegExp(`^${TELL_MENTEES_FLAG}(\\s+|$)`, 'i');
  if (flag.test(rest)) {
    tellMentees = true;
    rest = rest.replace(flag, '').trim();
  }
  if (rest.length > AWAY_NOTE_MAX) return { ok: false, problem: 'note_too_long' };
  return { ok: true, away: { start, end, tellMentees, note: rest === '' ? undefined : rest } };
}

/** What is wrong with a window, if anything: it must end on or after its start, start today or later, and last at most 60 days. */
export function checkAwayWindow(start: string, end: string, today: string): AwayProblem | undefined {
  if (!isCalendarDate(start) || !isCalendarDate(end)) return 'not_a_date';
  if (end < start) return 'end_before_start';
  if (start < today) return 'start_in_past';
  if (daysBetween(start, end) + 1 > AWAY_MAX_DAYS) return 'too_long';
  return undefined;
}

/** True when the mentor is away at `now`: today (by their zone's clock) is within the window, and it was not ended before `now`. */
export function isAwayAt(away: Pick<Away, 'start' | 'end' | 'timezone' | 'cancelledAt'>, now: Date): boolean {
  if (away.cancelledAt !== undefined && away.cancelledAt.getTime() <= now.getTime()) return false;
  const today = dateInZone(now, away.timezone);
  return away.start <= today && today <= away.end;
}

/** The mentors away at `now`. */
export function mentorsAwayAt(windows: readonly Away[], now: Date): Set<string> {
  return new Set(windows.filter((w) => isAwayAt(w, now)).map((w) => w.mentorId));
}

/** Windows that still count (not called off) and have not ended by `today`. */
export function isCurrentOrUpcoming(away: Pick<Away, 'end' | 'cancelledAt'>, today: string): boolean {
  return away.cancelledAt === undefined && away.end >= today;
}

/**
 * The days of [start, end] on which every partner is away too (or every day, when the mentor has no partner):
 * on those days requests go to the faculty mentor.
 */
export function daysWithoutCover(start: string, end: string, partnerIds: readonly string[], partnerWindows: readonly Away[]): string[] {
  const live = partnerWindows.filter((w) => w.cancelledAt === undefined);
  return datesFrom(start, end).filter((day) => partnerIds.every((p) => live.some((w) => w.mentorId === p && w.start <= day && day <= w.end)));
}

/** Consecutive days as ranges: ['2026-11-03','2026-11-04','2026-11-07'] → [[03,04],[07,07]]. */
export function toRanges(days: readonly string[]): [string, string][] {
  const ranges: [string, string][] = [];
  for (const day of [...days].sort()) {
    const last = ranges[ranges.length - 1];
    if (last !== undefined && addDays(last[1], 1) === day) last[1] = day;
    else ranges.push([day, day]);
  }
  return ranges;
}

/** A group DM holds at most 8 people besides the app: the mentee and up to seven responders. */
export const MAX_RESPONDERS = 7;

export interface Route {
  /** Who gets the request (and may claim and respond to it). */
  readonly responders: string[];
  readonly routedTo: 'mentors' | 'partner' | 'faculty';
  /** The mentors left out because they are away. */
  readonly coveringFor: string[];
}

/**
 * Where a new request goes: to every mentor not away; while one of the Pair is away, to the partner alone; when
 * all are away (or there are none), to the faculty mentor. Undefined when there is nobody at all.
 */
export function routeRequest(mentorIds: readonly string[], away: ReadonlySet<string>, facultyIds: readonly string[]): Route | undefined {
  const present = mentorIds.filter((m) => !away.has(m));
  const coveringFor = mentorIds.filter((m) => away.has(m));
  if (present.length > 0) {
    return { responders: present.slice(0, MAX_RESPONDERS), routedTo: coveringFor.length > 0 ? 'partner' : 'mentors', coveringFor };
  }
  const faculty = facultyIds.filter((f) => !away.has(f));
  if (faculty.length === 0) return undefined;
  return { responders: faculty.slice(0, MAX_RESPONDERS), routedTo: 'faculty', coveringFor };
}
