import type { CsvCell } from './csv.js';

/**
 * One kind of export (`npm run export -- <kind>`, `/mentor-admin export <kind>`), contributed by the feature whose
 * record it is: its header, and its rows for a range of program months (YYYY-MM, inclusive), read in bulk. Rows carry
 * ids, names, dates, kinds and statuses, never a note, a description or a reason.
 */
export interface ExportTable {
  readonly kind: string;
  /** What the table holds, in a few words (the export form's choices and the help). */
  readonly label: string;
  readonly header: readonly string[];
  rows(months: { readonly from: string; readonly to: string }, now: Date): Promise<CsvCell[][]>;
}
