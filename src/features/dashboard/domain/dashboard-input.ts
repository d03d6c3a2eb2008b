import type { CsvCell } from '../../../program/csv.js';

/** An export's table as the dashboard reads it: its header and rows (the export's own read, in bulk). */
export interface ExportedTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly CsvCell[])[];
}

/** What the dashboard's charts are built from, already read for the whole program (filtered to the scope here). */
export interface DashboardInput {
  /** Program months shown, oldest first (YYYY-MM). */
  readonly months: readonly string[];
  /** Today in the program's zone (YYYY-MM-DD). */
  readonly today: string;
  /** The people the reader may see, by id; undefined: everyone. */
  readonly inScope: ReadonlySet<string> | undefined;
  /** Their names (rows that carry names, not ids); undefined: everyone. */
  readonly namesInScope: ReadonlySet<string> | undefined;
  /** The groups the reader may see, by name; undefined: every group. */
  readonly groupNames: ReadonlySet<string> | undefined;
  /** Each mentee's current groups, by name (requests by group). */
  readonly groupsOfMentee: ReadonlyMap<string, readonly string[]>;
  /** The exports of the features present (by kind): compliance, requests, switches, trainings, rotations. */
  readonly exports: ReadonlyMap<string, ExportedTable>;
  /** This month's pulse answers. */
  readonly pulses: readonly { readonly menteeId: string; readonly score: number }[];
  /** Mentors' time away not ended nor called off (dates only, never its note). */
  readonly away: readonly { readonly mentorId: string; readonly mentorName: string; readonly start: string; readonly end: string }[];
}

/** Whether a person's row is the reader's to see. */
export const seen = (input: Pick<DashboardInput, 'inScope'>, personId: unknown): boolean => input.inScope === undefined || (typeof personId === 'string' && input.inScope.has(personId));
