import { parseAcademicYear } from '../../../program/academic-year.js';
import type { ExportProblem, ExportRequest } from './export.js';
import { rangeProblem } from './export-months.js';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
/** Slack turns `--` into a dash as people type: `—from` and `–from` count as `--from`. */
const OPTION = /^(?:--|—|–)(from|to|id|year)(?:=(.*))?$/i;
/** An id as the features give them: letters, digits, `-` and `_`. */
const ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Reads `<kind> [--from YYYY-MM] [--to YYYY-MM] [--year YYYY-YY] [--id ID]` (command-line arguments, or the words after
 * `/mentor-admin export`); `--year 2026-27` is the academic year's months, July 2026 to June 2027 (not with --from/--to);
 * `kinds` are the ones the features contribute. A range of both months is checked here (the first not after the
 * last, at most EXPORT_MAX_MONTHS); one that ends this month is checked when the export runs (`exportMonths`).
 */
export function parseExportArgs(args: readonly string[], kinds: readonly string[]): { readonly ok: true; readonly request: ExportRequest } | { readonly ok: false; readonly problem: ExportProblem } {
  let kind: string | undefined;
  const months: { from?: string; to?: string } = {};
  let id: string | undefined;
  let year: { from: string; to: string } | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const word = args[i]!.trim();
    if (word === '') continue;
    const option = OPTION.exec(word);
    if (option !== null) {
      const name = option[1]!.toLowerCase() as 'from' | 'to' | 'id' | 'year';
      const value = option[2] ?? args[++i]?.trim();
      if (name === 'year') {
        const academic = value === undefined ? undefined : parseAcademicYear(value);
        if (academic === undefined) return { ok: false, problem: { code: 'bad_year', value: value ?? '' } };
        year = { from: academic.firstMonth, to: academic.lastMonth };
        continue;
      }
      if (name === 'id') {
        if (value === undefined || !ID.test(value)) return { ok: false, problem: value === undefined || value === '' ? { code: 'missing_id', kind: kind ?? '' } : { code: 'unexpected', word: value } };
        id = value;
        continue;
      }
      if (value === undefined || value === '') return { ok: false, problem: { code: 'missing_month', option: name } };
      if (!MONTH.test(value)) return { ok: false, problem: { code: 'bad_month', option: name, value } };
      months[name] = value;
    } else if (/^[-—–]/.test(word)) {
      return { ok: false, problem: { code: 'unexpected', word } };
    } else if (kind === undefined) {
      const lower = word.toLowerCase();
      if (!kinds.includes(lower)) return { ok: false, problem: { code: 'unknown_kind', word } };
      kind = lower;
    } else {
      return { ok: false, problem: { code: 'unexpected', word } };
    }
  }
  if (kind === undefined) return { ok: false, problem: { code: 'no_kind' } };
  if (year !== undefined) {
    if (months.from !== undefined || months.to !== undefined) return { ok: false, problem: { code: 'year_with_months' } };
    Object.assign(months, year);
  }
  const problem = months.from !== undefined && months.to !== undefined ? rangeProblem(months.from, months.to) : undefined;
  if (problem !== undefined) return { ok: false, problem };
  return { ok: true, request: { kind, from: months.from, to: months.to, ...(id === undefined ? {} : { id }) } };
}
