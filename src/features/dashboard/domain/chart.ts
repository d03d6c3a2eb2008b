/** A chart of the dashboard: what it draws, and the table behind it (shown under it, and its CSV download). */

export type TableCell = string | number | undefined;

export interface ChartTable {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly TableCell[])[];
}

/** A grid of shares (0–1) by row and column, e.g. groups by month; undefined where nothing was counted. */
export interface HeatmapDrawing {
  readonly kind: 'heatmap';
  readonly rowLabels: readonly string[];
  readonly columnLabels: readonly string[];
  readonly shares: readonly (readonly (number | undefined)[])[];
}

/** Bars by label, one per series (e.g. overdue and escalated requests by month); undefined where there is nothing to measure. */
export interface BarsDrawing {
  readonly kind: 'bars';
  readonly series: readonly string[];
  readonly bars: readonly { readonly label: string; readonly values: readonly (number | undefined)[] }[];
  /** What a value counts, after the number (e.g. `h` for hours); none for plain counts. */
  readonly unit?: string;
}

export interface Chart {
  /** Its anchor and CSV name: lower-case words joined by dashes. */
  readonly id: string;
  readonly title: string;
  /** One sentence: what it counts, and over what. */
  readonly caption: string;
  readonly drawing: HeatmapDrawing | BarsDrawing;
  readonly table: ChartTable;
}

/** A table's cells by column name, from an export's header (a column the export lacks reads undefined). */
export function cellReader(header: readonly string[]) {
  const at = new Map(header.map((name, index) => [name, index]));
  return <R extends readonly unknown[]>(row: R, column: string): R[number] | undefined => {
    const index = at.get(column);
    return index === undefined ? undefined : row[index];
  };
}

/** Whether an export's yes/no cell says yes (the rows carry booleans; their CSV `yes`). */
export const isYes = (cell: unknown): boolean => cell === true || cell === 'yes';
export const isNo = (cell: unknown): boolean => cell === false || cell === 'no';

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A share as a whole percentage, for tables (undefined when nothing was counted). */
export const percent = (part: number, whole: number): number | undefined => (whole === 0 ? undefined : Math.round((part / whole) * 100));

/** Counts by key, in first-seen order. */
export function tally<T>(items: Iterable<T>, keyOf: (item: T) => string | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const key = keyOf(item);
    if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
