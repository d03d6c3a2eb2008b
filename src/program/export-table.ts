import type { CsvCell } from './csv.js';
import type { RosterStore } from './ports.js';
import type { Person } from './roster.js';

/**
 * One kind of export (`npm run export -- <kind>`, `/mentor-admin export <kind>`) as its feature module declares it,
 * known without building anything (`npm run export`'s usage and arguments read it before any setup): its name, label,
 * place and header.
 */
export interface ExportKind {
  readonly kind: string;
  /** What the table holds, in a few words (the export form's choices). */
  readonly label: string;
  /** Where the kind stands among the others (lowest first) in the form, the help and the messages; ties keep the features list's order. */
  readonly order: number;
  readonly header: readonly string[];
  /** The kind exports one record named by `--id` (e.g. a survey): the id is required then, and refused for other kinds. */
  readonly needsId?: boolean;
}

/** What an export names besides its months: the record, for a kind that `needsId`. */
export interface ExportOptions {
  readonly id?: string;
}

/** A table's rows for a range of program months (YYYY-MM, inclusive), read in bulk. */
export type ExportRows = (months: { readonly from: string; readonly to: string }, now: Date, options: ExportOptions) => Promise<CsvCell[][]>;

/**
 * One kind of export, contributed by the built feature whose record it is: its declared kind, and its rows. Rows carry
 * ids, names, dates, kinds and statuses, never a note, a description or a reason.
 */
export interface ExportTable extends ExportKind {
  readonly rows: ExportRows;
}

/** A feature's tables: each kind its module declares, with the rows its built feature reads (one for each, as the types require). */
export function exportTablesFor<K extends string>(kinds: Readonly<Record<K, ExportKind>>, rows: Readonly<Record<NoInfer<K>, ExportRows>>): ExportTable[] {
  return (Object.keys(kinds) as K[]).map((key) => ({ ...kinds[key], rows: rows[key] }));
}

/**
 * Past this many people, a table reads the whole roster and keeps those it names: a query naming thousands costs more
 * than the roster itself (FerretDB matches an $in list document by document).
 */
export const NAMED_IN_A_QUERY_AT_MOST = 1_000;

/** The people named in a table's rows, by id, in one query. */
export async function peopleById(roster: Pick<RosterStore, 'findPeople'>, ids: Iterable<string>): Promise<ReadonlyMap<string, Person>> {
  const wanted = new Set(ids);
  const people = wanted.size > NAMED_IN_A_QUERY_AT_MOST ? (await roster.findPeople()).filter((p) => wanted.has(p.id)) : await roster.findPeople([...wanted]);
  return new Map(people.map((p) => [p.id, p]));
}
