import { EXPORT_MAX_MONTHS, type ExportProblem, type ExportRequest } from './export.js';

/** How many months from `from` to `to` (YYYY-MM), both included. */
export function monthCount(from: string, to: string): number {
  const index = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7));
  return index(to) - index(from) + 1;
}

/** The problem with a range of months, if any: the first after the last, or more months than one export covers. */
export function rangeProblem(from: string, to: string): ExportProblem | undefined {
  if (from > to) return { code: 'from_after_to', from, to };
  const months = monthCount(from, to);
  return months > EXPORT_MAX_MONTHS ? { code: 'too_long', from, to, months, max: EXPORT_MAX_MONTHS } : undefined;
}

/** The months an export covers: `to` defaults to the current program month, `from` to `to`; at most EXPORT_MAX_MONTHS. */
export function exportMonths(request: Pick<ExportRequest, 'from' | 'to'>, currentMonth: string): { readonly from: string; readonly to: string } | { readonly problem: ExportProblem } {
  const to = request.to ?? currentMonth;
  const from = request.from ?? to;
  const problem = rangeProblem(from, to);
  return problem === undefined ? { from, to } : { problem };
}
