import type { Group, Membership, Person, Role } from '../../../program/roster.js';
import { COHORT_TRACK, COHORT_TRACK_NAME, type TrackDeclaration } from '../../../program/tracks.js';

/** The roster file's columns (SPEC §4, and the tracks' columns), in the order the help names them. */
export const ROSTER_COLUMNS = ['slack_id', 'email', 'name', 'role', 'year', 'group', 'mdphd', 'timezone', 'track', 'core_done', 'good_standing'] as const;
export type RosterColumn = (typeof ROSTER_COLUMNS)[number];

/** One validated row of a roster file. */
export interface RosterRow {
  readonly line: number;
  readonly slackId: string | undefined;
  /** Lower-cased. */
  readonly email: string | undefined;
  readonly name: string;
  readonly role: Role;
  readonly year: number | undefined;
  readonly group: string | undefined;
  /** Undefined when the cell is blank (read as "no"). */
  readonly mdphd: boolean | undefined;
  readonly timezone: string | undefined;
  /** The row's track, lower-cased; unset (a blank cell or no column) is the cohort track. */
  readonly track?: string | undefined;
  /** The yes/no columns a track may require (`core_done`, `good_standing`); unset when blank. */
  readonly coreDone?: boolean | undefined;
  readonly goodStanding?: boolean | undefined;
  /** The cells of the row's track's own columns (its declaration's `columns`), trimmed; blank ones left out. */
  readonly cells?: Readonly<Record<string, string>>;
}

/** The tracks a roster file may name when none are given: the cohort track alone. */
export const DEFAULT_TRACKS: readonly TrackDeclaration[] = [COHORT_TRACK];

/** The declaration of a row's track (the cohort track when it names none); undefined for a track not declared. */
export function trackOfRow(row: Pick<RosterRow, 'track'>, tracks: readonly TrackDeclaration[]): TrackDeclaration | undefined {
  const name = row.track ?? COHORT_TRACK_NAME;
  return tracks.find((t) => t.name === name);
}

/** What is wrong with a file, a row or a cell: every one is reported, and nothing is imported. */
export interface RowError {
  readonly line: number;
  /** A roster column, or a column of a track's own (`birth_date`). */
  readonly column: RosterColumn | (string & {}) | undefined;
  readonly reason: string;
}

/** Something an admin should look at; the import goes ahead. */
export interface RosterWarning {
  readonly group: string | undefined;
  readonly line: number | undefined;
  readonly message: string;
}

/** What planning an import finds, in the order found: errors (any one refuses the import) and warnings. */
export interface ImportFindings {
  readonly errors: RowError[];
  readonly warnings: RosterWarning[];
}

/** A Slack account as the directory reports it. */
export interface SlackAccount {
  readonly id: string;
  readonly timezone: string | undefined;
  readonly deleted: boolean;
  readonly isBot: boolean;
}

export interface PlanInput {
  readonly rows: readonly RosterRow[];
  /** Slack's answers for the e-mail addresses looked up (lower-cased); `undefined`: no such account. */
  readonly accountsByEmail: ReadonlyMap<string, SlackAccount | undefined>;
  /** Slack's answers for the ids looked up; `undefined`: no such account. */
  readonly accountsById: ReadonlyMap<string, SlackAccount | undefined>;
  /** Everyone stored, active or not. */
  readonly people: readonly Person[];
  readonly groups: readonly Group[];
  /** The open memberships. */
  readonly memberships: readonly Membership[];
  /** Deactivate active people missing from the file. */
  readonly prune: boolean;
  /** The tracks rows may name, with their rules (default: the cohort track alone). */
  readonly tracks?: readonly TrackDeclaration[];
}

export function formatRowError(error: RowError): string {
  return `line ${error.line}${error.column !== undefined ? `, column ${error.column}` : ''}: ${error.reason}`;
}

export function sortRowErrors(errors: readonly RowError[]): RowError[] {
  // A track's own columns come after the shared ones.
  const place = (column: string | undefined) => {
    const i = (ROSTER_COLUMNS as readonly string[]).indexOf(column ?? 'slack_id');
    return i === -1 ? ROSTER_COLUMNS.length : i;
  };
  return [...errors].sort((a, b) => a.line - b.line || place(a.column) - place(b.column));
}

/** The key groups are matched by: names are compared without regard to case or surrounding space. */
export function groupKey(name: string): string {
  return name.trim().toLowerCase();
}

/** E-mail addresses of rows without a Slack id that the stored roster does not already know (to ask Slack). */
export function emailsToLookUp(rows: readonly RosterRow[], people: readonly Person[]): string[] {
  const known = new Set(people.flatMap((p) => (p.email === undefined ? [] : [p.email.toLowerCase()])));
  return [...new Set(rows.filter((r) => r.slackId === undefined && r.email !== undefined && !known.has(r.email)).map((r) => r.email!))];
}

/** Slack ids given in the file that the stored roster does not know (to check with Slack that they exist). */
export function idsToLookUp(rows: readonly RosterRow[], people: readonly Person[]): string[] {
  const known = new Set(people.map((p) => p.id));
  return [...new Set(rows.flatMap((r) => (r.slackId !== undefined && !known.has(r.slackId) ? [r.slackId] : [])))];
}
