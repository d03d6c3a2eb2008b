import { addDays } from '../../../program/calendar-date.js';
import { programMonth, shiftMonth, type ProgramCalendar } from '../../../program/calendar.js';
import { zonedInstant } from '../../../program/zoned-time.js';
import type { ExportProblem, ExportRequest } from './export.js';

/** The months an export covers: `to` defaults to the current program month, `from` to `to`. */
export function exportMonths(request: Pick<ExportRequest, 'from' | 'to'>, currentMonth: string): { readonly from: string; readonly to: string } | { readonly problem: ExportProblem } {
  const to = request.to ?? currentMonth;
  const from = request.from ?? to;
  if (from > to) return { problem: { code: 'from_after_to', from, to } };
  return { from, to };
}

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
