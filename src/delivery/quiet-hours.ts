import { addDays, dateInZone } from '../program/calendar-date.js';
import { localTime, zonedInstant } from '../program/zoned-time.js';

export interface ClockTime {
  readonly hour: number;
  readonly minute: number;
}

/** Local hours in which nothing is sent to a person: from `start` until `end` (may cross midnight). */
export interface QuietHours {
  readonly start: ClockTime;
  readonly end: ClockTime;
}

const minutesOf = (t: ClockTime) => t.hour * 60 + t.minute;

/** True when `at` falls inside the quiet hours of someone in `zone`. */
export function isQuiet(at: Date, zone: string, quiet: QuietHours): boolean {
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  if (start === end) return false;
  const local = localTime(at, zone);
  const now = local.hour * 60 + local.minute;
  return start < end ? now >= start && now < end : now >= start || now < end;
}

/** `at` itself when it is not quiet for the person; otherwise the end of their quiet hours (e.g. 08:00 local). */
export function nextSendableTime(at: Date, zone: string, quiet: QuietHours): Date {
  if (!isQuiet(at, zone, quiet)) return at;
  const local = localTime(at, zone);
  const nowMinutes = local.hour * 60 + local.minute;
  const today = dateInZone(at, zone);
  // Before the end today (early morning, or a window within one day): today; otherwise tomorrow.
  const endDate = nowMinutes < minutesOf(quiet.end) ? today : addDays(today, 1);
  return zonedInstant(endDate, quiet.end.hour, quiet.end.minute, zone);
}

/** Parses `HH:MM-HH:MM` (or `off`); undefined when malformed. */
export function parseQuietHours(text: string): QuietHours | undefined {
  if (text.trim().toLowerCase() === 'off') return { start: { hour: 0, minute: 0 }, end: { hour: 0, minute: 0 } };
  const match = /^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$/.exec(text);
  if (match === null) return undefined;
  const [sh, sm, eh, em] = match.slice(1).map(Number) as [number, number, number, number];
  if ([sh, eh].some((h) => h > 23) || [sm, em].some((m) => m > 59)) return undefined;
  return { start: { hour: sh, minute: sm }, end: { hour: eh, minute: em } };
}
