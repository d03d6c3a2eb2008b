import { parseQuietHours, type QuietHours } from '../delivery/quiet-hours.js';
import { daysInMonth, type MonthDay, type SemesterRule } from '../program/calendar.js';

/**
 * The program calendar's settings in text form, as the environment gives them:
 *   PROGRAM_ACTIVE_MONTHS=8-5                                   August to May (a range may run over New Year)
 *   PROGRAM_ACTIVE_MONTHS=9,10,11,1-4                           single months and ranges, comma-separated
 *   PROGRAM_SEMESTERS=Fall:08-01..12-31,Spring:01-01..05-31     name:MM-DD..MM-DD, comma-separated
 * Each parser returns the value or a message saying what is wrong and what is expected.
 */

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

const ACTIVE_MONTHS_EXAMPLE = 'expected months 1–12 as ranges or single months, e.g. 8-5 (August to May) or 9,10,11,1-4';

export function parseActiveMonths(text: string): Parsed<number[]> {
  const months: number[] = [];
  const parts = text.split(',').map((p) => p.trim());
  for (const part of parts) {
    const match = /^(\d{1,2})(?:\s*-\s*(\d{1,2}))?$/.exec(part);
    if (match === null) return { ok: false, error: `${ACTIVE_MONTHS_EXAMPLE} (could not read "${part}")` };
    const first = Number(match[1]);
    const last = match[2] === undefined ? first : Number(match[2]);
    if (first < 1 || first > 12 || last < 1 || last > 12) return { ok: false, error: `${ACTIVE_MONTHS_EXAMPLE} ("${part}" is not a month)` };
    for (let m = first; ; m = (m % 12) + 1) {
      if (!months.includes(m)) months.push(m);
      if (m === last) break;
    }
  }
  return { ok: true, value: months };
}

const SEMESTERS_EXAMPLE = 'expected name:MM-DD..MM-DD separated by commas, e.g. Fall:08-01..12-31,Spring:01-01..05-31';

function parseMonthDay(text: string): MonthDay | undefined {
  const match = /^(\d{2})-(\d{2})$/.exec(text.trim());
  if (match === null) return undefined;
  const month = Number(match[1]);
  const day = Number(match[2]);
  // A leap year, so that 02-29 is accepted (it falls on the 28th in other years).
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(2028, month)) return undefined;
  return { month, day };
}

/** Every MM-DD a semester covers, in a leap year, to find overlaps. */
function daysCovered(rule: SemesterRule): Set<string> {
  const days = new Set<string>();
  let { month, day } = rule.start;
  for (let i = 0; i < 366; i += 1) {
    days.add(`${month}-${day}`);
    if (month === rule.end.month && day === rule.end.day) break;
    day += 1;
    if (day > daysInMonth(2028, month)) {
      day = 1;
      month = (month % 12) + 1;
    }
  }
  return days;
}

export function parseSemesters(text: string): Parsed<SemesterRule[]> {
  const rules: SemesterRule[] = [];
  for (const part of text.split(',').map((p) => p.trim())) {
    const match = /^([A-Za-z][A-Za-z0-9 _]{0,29}):([^.]+)\.\.(.+)$/.exec(part);
    if (match === null) return { ok: false, error: `${SEMESTERS_EXAMPLE} (could not read "${part}")` };
    const name = match[1]!.trim();
    const start = parseMonthDay(match[2]!);
    const end = parseMonthDay(match[3]!);
    if (start === undefined || end === undefined) return { ok: false, error: `${SEMESTERS_EXAMPLE} ("${part}" has a date that is not MM-DD)` };
    if (rules.some((r) => r.name.toLowerCase() === name.toLowerCase())) return { ok: false, error: `${SEMESTERS_EXAMPLE} (the name "${name}" is used twice)` };
    const rule = { name, start, end };
    const days = daysCovered(rule);
    const clash = rules.find((r) => [...daysCovered(r)].some((d) => days.has(d)));
    if (clash !== undefined) return { ok: false, error: `${SEMESTERS_EXAMPLE} (${clash.name} and ${name} overlap)` };
    rules.push(rule);
  }
  return { ok: true, value: rules };
}

/** QUIET_HOURS: HH:MM-HH:MM, nothing sent in between in each recipient's zone, or `off`. */
export function readQuietHours(text: string): Parsed<QuietHours> {
  const quiet = parseQuietHours(text);
  return quiet === undefined
    ? { ok: false, error: 'expected local hours as HH:MM-HH:MM, e.g. 21:00-08:00 (nothing sent from 21:00 until 08:00), or off' }
    : { ok: true, value: quiet };
}
