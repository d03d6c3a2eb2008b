import { addDays } from './calendar-date.js';
import { programMonth, shiftMonth, type ProgramCalendar } from './calendar.js';
import { zonedInstant } from './zoned-time.js';

/** Every month key from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let month = from; month <= to; month = shiftMonth(month, 1)) out.push(month);
  return out;
}

/** The instants a range of months spans in the program's zone: [first day 00:00, day after the last 00:00). */
export function monthSpan(from: string, to: string, calendar: ProgramCalendar): { readonly start: Date; readonly end: Date } {
  const first = programMonth(from, calendar);
  const last = programMonth(to, calendar);
  return { start: zonedInstant(first.from, 0, 0, calendar.timezone), end: zonedInstant(addDays(last.to, 1), 0, 0, calendar.timezone) };
}
