import { formatCsv, type CsvCell } from '../../../program/csv.js';

/**
 * The program's record as CSV (SPEC §3.11): contacts, requests, and compliance by month and semester. Rows carry
 * ids, names, dates, kinds and statuses — never a contact's note, a request's description or any reason text.
 */

export const EXPORT_KINDS = ['contacts', 'requests', 'compliance', 'switches'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export interface ExportRequest {
  readonly kind: ExportKind;
  /** YYYY-MM; undefined: the same as `to`. */
  readonly from: string | undefined;
  /** YYYY-MM; undefined: the current program month. */
  readonly to: string | undefined;
}

export type ExportProblem =
  | { readonly code: 'no_kind' }
  | { readonly code: 'unknown_kind'; readonly word: string }
  | { readonly code: 'missing_month'; readonly option: 'from' | 'to' }
  | { readonly code: 'bad_month'; readonly option: 'from' | 'to'; readonly value: string }
  | { readonly code: 'unexpected'; readonly word: string }
  | { readonly code: 'from_after_to'; readonly from: string; readonly to: string };

/** A finished export: its file name, its CSV text and how many rows it has. */
export interface ExportFile {
  readonly kind: ExportKind;
  readonly from: string;
  readonly to: string;
  readonly filename: string;
  readonly csv: string;
  readonly rows: number;
}

/** The file name an export is saved under, e.g. `peer-mentor-contacts-2026-09-to-2026-10.csv`. */
export function exportFileName(kind: ExportKind, from: string, to: string): string {
  return from === to ? `peer-mentor-${kind}-${from}.csv` : `peer-mentor-${kind}-${from}-to-${to}.csv`;
}

export function toExportFile(kind: ExportKind, from: string, to: string, header: readonly string[], rows: readonly CsvCell[][]): ExportFile {
  return { kind, from, to, filename: exportFileName(kind, from, to), csv: formatCsv(header, rows), rows: rows.length };
}
