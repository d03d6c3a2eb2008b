import type { CsvCell } from './csv.js';
import type { RosterStore } from './ports.js';
import type { Person } from './roster.js';

/**
 * One kind of export (`npm run export -- <kind>`, `/mentor-admin export <kind>`), contributed by the feature whose
 * record it is: its header, and its rows for a range of program months (YYYY-MM, inclusive), read in bulk. Rows carry
 * ids, names, dates, kinds and statuses, never a note, a description or a reason.
 */
export interface ExportTable {
  readonly kind: string;
  /** What the table holds, in a few words (the export form's choices). */
  readonly label: string;
  /** Where the kind stands among the others (lowest first) in the form, the help and the messages; ties keep the features list's order. */
  readonly order: number;
  readonly header: readonly string[];
  rows(months: { readonly from: string; readonly to: string }, now: Date): Promise<CsvCell[][]>;
}

/** The people named in a table's rows, by id, in one query. */
export async function peopleById(roster: Pick<RosterStore, 'findPeople'>, ids: Iterable<string>): Promise<ReadonlyMap<string, Person>> {
  return new Map((await roster.findPeople([...new Set(ids)])).map((p) => [p.id, p]));
}
