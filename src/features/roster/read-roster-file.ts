import { z } from 'zod';
import { parseCsv } from '../../program/csv.js';
import { ROLES, type Role } from '../../program/roster.js';
import { DEFAULT_TRACKS, ROSTER_COLUMNS, sortRowErrors, trackOfRow, type RosterColumn, type RosterRow, type RosterWarning, type RowError } from './domain/roster-import.js';
import { isTimeZone } from '../../program/zoned-time.js';
import type { TrackDeclaration, TrackRow } from '../../program/tracks.js';

export interface RosterFile {
  readonly rows: readonly RosterRow[];
  /** Every problem with the file, its header and its rows; the file is refused when there is any. */
  readonly errors: readonly RowError[];
  readonly warnings: readonly RosterWarning[];
}

const REQUIRED_HINT = 'The first line names the columns: slack_id or email, name, role, year, group, mdphd, timezone (any order).';

function yesNo() {
  return optionalCell(
    z
      .string()
      .trim()
      .toLowerCase()
      .refine((v) => YES.includes(v) || NO.includes(v), { error: 'expected yes or no' })
      .transform((v) => YES.includes(v)),
  );
}

const YES = ['yes', 'y', 'true', '1'];
const NO = ['no', 'n', 'false', '0'];

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optionalCell = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
const collapse = (value: string) => value.trim().replace(/\s+/g, ' ');

/** One schema per column: each cell is checked on its own, so a row reports every bad cell at once. */
const cellSchemas = {
  slack_id: optionalCell(
    z.string().trim().toUpperCase().regex(/^[UW][A-Z0-9]{2,}$/, { error: 'expected a Slack user id such as U012ABCDEF (Slack profile → ⋮ → Copy member ID)' }),
  ),
  email: optionalCell(z.string().trim().toLowerCase().pipe(z.email({ error: 'expected an e-mail address such as ada@med.example' }))),
  name: z.preprocess(
    blankToUndefined,
    z.string({ error: 'the person’s name is required' }).transform(collapse).pipe(z.string().max(120, { error: 'a name has at most 120 characters' })),
  ),
  role: z.preprocess(
    (v) => (typeof v === 'string' ? blankToUndefined(v.trim().toLowerCase().replace(/[\s-]+/g, '_')) : v),
    z.enum(ROLES, { error: `expected one of ${ROLES.join(', ')}` }),
  ),
  year: optionalCell(
    z
      .string()
      .trim()
      .regex(/^[1-4]$/, { error: 'expected a year from 1 to 4' })
      .transform(Number),
  ),
  group: optionalCell(z.string().transform(collapse).pipe(z.string().max(80, { error: 'a group name has at most 80 characters' }))),
  mdphd: yesNo(),
  timezone: optionalCell(z.string().trim().refine(isTimeZone, { error: 'expected an IANA time zone such as America/Chicago' })),
  // Checked against the declared tracks in checkRow (the list is the app's, not the column's).
  track: optionalCell(z.string().trim().toLowerCase()),
  core_done: yesNo(),
  good_standing: yesNo(),
} satisfies Record<RosterColumn, z.ZodType>;

type Cells = { -readonly [C in RosterColumn]: z.output<(typeof cellSchemas)[C]> };

/** Rules across a row's cells, by the rules of its track; `bad` are the columns already reported (not required again). */
function checkRow(row: Partial<Cells>, bad: ReadonlySet<RosterColumn>, tracks: readonly TrackDeclaration[]): { column: RosterColumn; reason: string }[] {
  const out: { column: RosterColumn; reason: string }[] = [];
  const given = (c: RosterColumn) => row[c] !== undefined || bad.has(c);
  if (!given('slack_id') && !given('email')) out.push({ column: 'slack_id', reason: 'give the person’s Slack id (slack_id) or e-mail address (email)' });
  const track = trackOfRow(row, tracks);
  if (track === undefined) {
    const names = tracks.map((t) => t.name);
    out.push({ column: 'track', reason: `there is no track “${row.track!}”: expected ${names.slice(0, -1).join(', ')}${names.length > 1 ? ' or ' : ''}${names.at(-1)!} (blank means cohort)` });
  }
  const role = row.role;
  if (role === undefined || track === undefined) return out;
  const rule = track.roles[role];
  const who = (plural: boolean) => `${track.adjective === '' ? '' : `${track.adjective} `}${label(role)}${plural ? 's' : ''}`;
  if (rule === undefined) {
    const allowed = Object.keys(track.roles).join(', ');
    out.push({ column: 'role', reason: `the ${track.name} track has no ${label(role)}s: a ${track.name} row’s role is one of ${allowed}` });
    return out;
  }
  if (Array.isArray(rule.years) && !given('year')) out.push({ column: 'year', reason: `a ${who(false)}’s year (${rule.years.join(' or ')}) is required` });
  if (rule.years === 'none' && row.year !== undefined) out.push({ column: 'year', reason: `${who(true)} have no year: leave it blank` });
  if (rule.group === 'required' && !given('group')) {
    const example = track.groups.formed === 'roster' ? 'for a cohort, e.g. Blue-Okafor' : 'it names the pair, e.g. Pair-1';
    out.push({ column: 'group', reason: `a ${who(false)}’s group is required (${example})` });
  }
  if (rule.group === 'blank' && row.group !== undefined) {
    out.push({
      column: 'group',
      reason:
        role === 'admin' && track.adjective === ''
          ? 'admins belong to no group: leave it blank, and add another line for the person’s role in a group'
          : `${who(true)} belong to no group: leave group blank on ${track.name} rows`,
    });
  }
  for (const need of rule.mustBeYes ?? []) {
    const value = need.column === 'core_done' ? row.core_done : row.good_standing;
    if (value !== true && !bad.has(need.column)) out.push({ column: need.column, reason: `${who(true)} must ${need.means}: ${need.column} must be yes` });
  }
  return out;
}

function label(role: Role): string {
  return role === 'peer_mentor' ? 'peer mentor' : role === 'faculty' ? 'faculty mentor' : role;
}

/** The header's name for a column, forgiving case, spaces and hyphens (`Slack ID` → `slack_id`). */
function columnOf(header: string): string {
  return header.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/** A row as its track's own rules read it. */
function trackRowOf(row: RosterRow): TrackRow {
  return { line: row.line, role: row.role, group: row.group, who: row.slackId ?? row.email ?? '', cells: row.cells ?? {} };
}

/** The rules tracks declare of their own, on each of their rows (with the import date) and across them. */
function checkTrackRules(rows: readonly RosterRow[], tracks: readonly TrackDeclaration[], today: string | undefined): RowError[] {
  const errors: RowError[] = [];
  for (const track of tracks) {
    const own = rows.filter((r) => trackOfRow(r, tracks) === track).map(trackRowOf);
    if (own.length === 0) continue;
    // A caller that reads a file of such a track passes the import date (a bug otherwise, not a bad file).
    if (track.checkRow !== undefined && today === undefined) throw new Error(`reading ${track.name} rows needs the import date`);
    for (const row of own) for (const p of track.checkRow?.(row, today!) ?? []) errors.push({ line: row.line, ...p });
    for (const p of track.checkRows?.(own) ?? []) errors.push(p);
  }
  return errors;
}

/**
 * Reads a roster CSV: the header (any order, any case), then each row validated (zod) into a {@link RosterRow}, and
 * the tracks' own rules (`today` is the import date, YYYY-MM-DD in the program's zone). Every problem is returned
 * with its line and column; nothing is read from Slack or the database here.
 */
export function readRosterFile(text: string, tracks: readonly TrackDeclaration[] = DEFAULT_TRACKS, today?: string): RosterFile {
  const csv = parseCsv(text);
  const errors: RowError[] = csv.problems.map((p) => ({ line: p.line, column: undefined, reason: p.reason }));
  const warnings: RosterWarning[] = [];
  const [header, ...records] = csv.records;
  if (header === undefined) {
    if (errors.length === 0) errors.push({ line: 1, column: undefined, reason: `the file is empty. ${REQUIRED_HINT}` });
    return { rows: [], errors, warnings };
  }

  const columns = header.cells.map(columnOf);
  const index = new Map<RosterColumn, number>();
  const trackColumns = new Set(tracks.flatMap((t) => t.columns ?? []));
  const ownIndex = new Map<string, number>();
  columns.forEach((name, i) => {
    if (name === '') return;
    if (trackColumns.has(name)) {
      if (ownIndex.has(name)) errors.push({ line: header.line, column: name, reason: `the column ${name} appears twice` });
      else ownIndex.set(name, i);
      return;
    }
    if (!(ROSTER_COLUMNS as readonly string[]).includes(name)) {
      warnings.push({ group: undefined, line: header.line, message: `The column “${header.cells[i]}” is not a roster column; it was ignored.` });
      return;
    }
    const column = name as RosterColumn;
    if (index.has(column)) errors.push({ line: header.line, column, reason: `the column ${column} appears twice` });
    else index.set(column, i);
  });
  const missing: string[] = (['name', 'role'] as const).filter((c) => !index.has(c));
  if (!index.has('slack_id') && !index.has('email')) missing.unshift('slack_id or email');
  if (missing.length > 0) {
    errors.push({ line: header.line, column: undefined, reason: `the header has no ${missing.join(', no ')} column. ${REQUIRED_HINT}` });
    return { rows: [], errors: sortRowErrors(errors), warnings };
  }
  if (records.length === 0 && csv.problems.length === 0) errors.push({ line: header.line, column: undefined, reason: 'the file has a header but no people' });

  const rows: RosterRow[] = [];
  for (const record of records) {
    const extra = record.cells.slice(columns.length).filter((c) => c.trim() !== '');
    if (extra.length > 0) {
      errors.push({ line: record.line, column: undefined, reason: `this line has ${record.cells.length} cells but the header names ${columns.length} columns (is a comma missing its quotes?)` });
      continue;
    }
    const cells: Partial<Cells> = {};
    const bad = new Set<RosterColumn>();
    for (const column of ROSTER_COLUMNS) {
      const i = index.get(column);
      const parsed = cellSchemas[column].safeParse(i === undefined ? '' : (record.cells[i] ?? ''));
      if (parsed.success) {
        (cells as Record<string, unknown>)[column] = parsed.data;
      } else {
        bad.add(column);
        errors.push({ line: record.line, column, reason: parsed.error.issues[0]?.message ?? 'not valid' });
      }
    }
    const crossErrors = checkRow(cells, bad, tracks);
    for (const e of crossErrors) errors.push({ line: record.line, ...e });
    if (bad.size > 0 || crossErrors.length > 0) continue;
    const own = [...(trackOfRow(cells, tracks)?.columns ?? [])].flatMap((c) => {
      const value = record.cells[ownIndex.get(c) ?? -1]?.trim() ?? '';
      return value === '' ? [] : [[c, value] as const];
    });
    rows.push({
      line: record.line,
      slackId: cells.slack_id,
      email: cells.email,
      name: cells.name!,
      role: cells.role!,
      year: cells.year,
      group: cells.group,
      mdphd: cells.mdphd,
      timezone: cells.timezone,
      // Left unset for the cohort track and blank cells, so a file from before tracks reads as it always did.
      ...(cells.track !== undefined ? { track: cells.track } : {}),
      ...(cells.core_done !== undefined ? { coreDone: cells.core_done } : {}),
      ...(cells.good_standing !== undefined ? { goodStanding: cells.good_standing } : {}),
      ...(own.length > 0 ? { cells: Object.fromEntries(own) } : {}),
    });
  }
  errors.push(...checkTrackRules(rows, tracks, today));
  return { rows, errors: sortRowErrors(errors), warnings };
}
