import { programMonth } from '../../../program/calendar.js';
import type { CsvCell } from '../../../program/csv.js';
import { monthsBetween } from '../../../program/month-span.js';
import { pairMonths, type HoursContact, type PremedCalendar, type PremedPair } from './hours.js';

/**
 * The `hours` export: one row per pair and active month of the range, with the minutes logged that month and whether
 * they reached the 120 asked for. A pair is listed in the months it ran (`from`–`to`, program dates); months outside
 * the track's active months owe nothing and are left out. Names, flags and numbers only: never a note.
 */
export const HOURS_COLUMNS = ['month', 'mentor', 'mentee', 'minor', 'minutes', 'met_minimum'] as const;

/** A pair as the export reads it: the days it ran (program dates; `to` unset: still running). */
export interface HoursRowPair extends PremedPair {
  readonly from: string;
  readonly to: string | undefined;
}

const names = new Intl.Collator('en');

/** The rows for months `from`–`to` (YYYY-MM, inclusive), by month, then mentor, then mentee. */
export function hoursRows(pairs: readonly HoursRowPair[], months: { readonly from: string; readonly to: string }, contacts: readonly HoursContact[], calendar: Pick<PremedCalendar, 'activeMonths'>): CsvCell[][] {
  const rows: CsvCell[][] = [];
  for (const key of monthsBetween(months.from, months.to)) {
    const month = programMonth(key, calendar);
    if (!month.active) continue;
    const running = pairs
      .filter((p) => p.from <= month.to && (p.to === undefined || p.to >= month.from))
      .sort((a, b) => names.compare(a.mentorName, b.mentorName) || names.compare(a.menteeName, b.menteeName) || (a.menteeId < b.menteeId ? -1 : 1));
    for (const m of pairMonths(running, key, contacts, calendar)) {
      rows.push([m.month, m.pair.mentorName, m.pair.menteeName, m.pair.minor, m.minutes, m.metMinimum]);
    }
  }
  return rows;
}
