import { formatCsv, type CsvCell } from '../../../program/csv.js';
import type { ExportKind } from '../../../program/export-table.js';

/**
 * The program's record as CSV (SPEC §3.11), in the kinds the features contribute (`Feature.exportTables`): contacts,
 * requests, compliance by month and semester, switch requests. Rows carry ids, names, dates, kinds and statuses —
 * never a contact's note, a request's description or any reason text.
 */

export interface ExportRequest {
  /** One of the contributed tables' kinds. */
  readonly kind: string;
  /** YYYY-MM; undefined: the same as `to`. */
  readonly from: string | undefined;
  /** YYYY-MM; undefined: the current program month. */
  readonly to: string | undefined;
  /** `--id`: the record to export, for a kind that needs one. */
  readonly id?: string;
}

export type ExportProblem =
  | { readonly code: 'no_kind' }
  | { readonly code: 'unknown_kind'; readonly word: string }
  | { readonly code: 'missing_month'; readonly option: 'from' | 'to' }
  | { readonly code: 'bad_month'; readonly option: 'from' | 'to'; readonly value: string }
  | { readonly code: 'bad_year'; readonly value: string }
  | { readonly code: 'year_with_months' }
  | { readonly code: 'unexpected'; readonly word: string }
  | { readonly code: 'missing_id'; readonly kind: string }
  | { readonly code: 'from_after_to'; readonly from: string; readonly to: string }
  | { readonly code: 'too_long'; readonly from: string; readonly to: string; readonly months: number; readonly max: number };

/**
 * The most months one export covers: two academic years. A wider range would read years of the ledger into memory at
 * once; an admin who needs more exports it in parts.
 */
export const EXPORT_MAX_MONTHS = 24;

/** A finished export: its file name, its CSV text and how many rows it has. */
export interface ExportFile {
  readonly kind: string;
  readonly from: string;
  readonly to: string;
  readonly filename: string;
  readonly csv: string;
  readonly rows: number;
}

/** The contributed tables (or declared kinds) in the order people read them (by `order`, ties in the features list's order); a kind is contributed once. */
export function orderTables<T extends ExportKind>(tables: readonly T[]): T[] {
  const seen = new Set<string>();
  for (const table of tables) {
    if (seen.has(table.kind)) throw new Error(`two features contribute the export kind “${table.kind}”`);
    seen.add(table.kind);
  }
  return [...tables].sort((a, b) => a.order - b.order);
}

/** The file name an export is saved under, e.g. `peer-mentor-contacts-2026-09-to-2026-10.csv`. */
export function exportFileName(kind: string, from: string, to: string): string {
  return from === to ? `peer-mentor-${kind}-${from}.csv` : `peer-mentor-${kind}-${from}-to-${to}.csv`;
}

export function toExportFile(kind: string, from: string, to: string, header: readonly string[], rows: readonly CsvCell[][]): ExportFile {
  return { kind, from, to, filename: exportFileName(kind, from, to), csv: formatCsv(header, rows), rows: rows.length };
}
