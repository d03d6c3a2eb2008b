import type { ExportProblem, ExportRequest } from './export.js';

/** The months an export covers: `to` defaults to the current program month, `from` to `to`. */
export function exportMonths(request: Pick<ExportRequest, 'from' | 'to'>, currentMonth: string): { readonly from: string; readonly to: string } | { readonly problem: ExportProblem } {
  const to = request.to ?? currentMonth;
  const from = request.from ?? to;
  if (from > to) return { problem: { code: 'from_after_to', from, to } };
  return { from, to };
}
