import { z } from 'zod';
import { isCalendarDate } from '../../program/calendar-date.js';
import { parseCsv } from '../../program/csv.js';
import { ROTATION_KINDS, ROTATION_SUBJECTS, subjectNamed, type RotationSubject } from './domain/rotation.js';
import { sortFileErrors, ROTATION_COLUMNS, type FileError, type RotationColumn, type RotationRow } from './domain/plan-rotations-import.js';

export interface RotationsFile {
  readonly rows: readonly RotationRow[];
  /** Every problem with the file, its header and its rows; the file is refused when there is any. */
  readonly errors: readonly FileError[];
  /** Columns the file has that are not rotation columns (ignored). */
  readonly ignoredColumns: readonly string[];
}

const HINT = 'The first line names the columns: slack_id or email, kind, subject, site, preceptor, start, end (any order).';

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optionalCell = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
const collapse = (value: string) => value.trim().replace(/\s+/g, ' ');
const date = (what: string) =>
  z.preprocess(
    blankToUndefined,
    z.string({ error: `the rotation’s ${what} day is required (YYYY-MM-DD)` }).trim().refine(isCalendarDate, { error: `expected the ${what} day as YYYY-MM-DD, e.g. 2027-01-04` }),
  );

/** One schema per column: each cell is checked on its own, so a row reports every bad cell at once. */
const cellSchemas = {
  slack_id: optionalCell(z.string().trim().toUpperCase().regex(/^[UW][A-Z0-9]{2,}$/, { error: 'expected a Slack user id such as U012ABCDEF' })),
  email: optionalCell(z.string().trim().toLowerCase().pipe(z.email({ error: 'expected an e-mail address such as ada@med.example' }))),
  kind: z.preprocess(
    (v) => (typeof v === 'string' ? blankToUndefined(v.trim().toLowerCase()) : v),
    z.enum(ROTATION_KINDS, { error: 'expected completed (a mentor’s past rotation) or upcoming (a mentee’s next one)' }),
  ),
  subject: z.preprocess(
    blankToUndefined,
    z.string({ error: 'the rotation’s subject is required' }).transform((text, ctx): RotationSubject => {
      const subject = subjectNamed(text);
      if (subject !== undefined) return subject;
      ctx.addIssue({ code: 'custom', message: `expected one of ${ROTATION_SUBJECTS.join(', ')}` });
      return z.NEVER;
    }),
  ),
  site: optionalCell(z.string().transform(collapse).pipe(z.string().max(120, { error: 'a site has at most 120 characters' }))),
  preceptor: optionalCell(z.string().transform(collapse).pipe(z.string().max(120, { error: 'a preceptor’s name has at most 120 characters' }))),
  start: date('first'),
  end: date('last'),
} satisfies Record<RotationColumn, z.ZodType>;

type Cells = { -readonly [C in RotationColumn]: z.output<(typeof cellSchemas)[C]> };

const columnOf = (header: string) => header.trim().toLowerCase().replace(/[\s-]+/g, '_');

/**
 * Reads a rotations CSV: the header (any order, any case), then each row checked (zod) into a {@link RotationRow}.
 * Every problem comes with its line and column; nothing is read from the database here.
 */
export function readRotationsFile(text: string): RotationsFile {
  const csv = parseCsv(text);
  const errors: FileError[] = csv.problems.map((p) => ({ line: p.line, column: undefined, reason: p.reason }));
  const [header, ...records] = csv.records;
  if (header === undefined) {
    if (errors.length === 0) errors.push({ line: 1, column: undefined, reason: `the file is empty. ${HINT}` });
    return { rows: [], errors, ignoredColumns: [] };
  }
  const columns = header.cells.map(columnOf);
  const index = new Map<RotationColumn, number>();
  const ignoredColumns: string[] = [];
  columns.forEach((name, i) => {
    if (name === '') return;
    if (!(ROTATION_COLUMNS as readonly string[]).includes(name)) {
      ignoredColumns.push(header.cells[i]!);
      return;
    }
    const column = name as RotationColumn;
    if (index.has(column)) errors.push({ line: header.line, column, reason: `the column ${column} appears twice` });
    else index.set(column, i);
  });
  const missing: string[] = (['kind', 'subject', 'start', 'end'] as const).filter((c) => !index.has(c));
  if (!index.has('slack_id') && !index.has('email')) missing.unshift('slack_id or email');
  if (missing.length > 0) {
    errors.push({ line: header.line, column: undefined, reason: `the header has no ${missing.join(', no ')} column. ${HINT}` });
    return { rows: [], errors: sortFileErrors(errors), ignoredColumns };
  }
  if (records.length === 0 && csv.problems.length === 0) errors.push({ line: header.line, column: undefined, reason: 'the file has a header but no rotations' });

  const rows: RotationRow[] = [];
  for (const record of records) {
    if (record.cells.slice(columns.length).some((c) => c.trim() !== '')) {
      errors.push({ line: record.line, column: undefined, reason: `this line has ${record.cells.length} cells but the header names ${columns.length} columns (is a comma missing its quotes?)` });
      continue;
    }
    const cells: Partial<Cells> = {};
    const bad = new Set<RotationColumn>();
    for (const column of ROTATION_COLUMNS) {
      const i = index.get(column);
      const parsed = cellSchemas[column].safeParse(i === undefined ? '' : (record.cells[i] ?? ''));
      if (parsed.success) (cells as Record<string, unknown>)[column] = parsed.data;
      else {
        bad.add(column);
        errors.push({ line: record.line, column, reason: parsed.error.issues[0]?.message ?? 'not valid' });
      }
    }
    if (cells.slack_id === undefined && cells.email === undefined && !bad.has('slack_id') && !bad.has('email')) {
      bad.add('slack_id');
      errors.push({ line: record.line, column: 'slack_id', reason: 'give the person’s Slack id (slack_id) or e-mail address (email)' });
    }
    if (cells.start !== undefined && cells.end !== undefined && cells.end < cells.start) {
      bad.add('end');
      errors.push({ line: record.line, column: 'end', reason: `the rotation ends (${cells.end}) before it starts (${cells.start})` });
    }
    if (bad.size > 0) continue;
    rows.push({
      line: record.line,
      slackId: cells.slack_id,
      email: cells.email,
      kind: cells.kind!,
      subject: cells.subject!,
      site: cells.site,
      preceptor: cells.preceptor,
      start: cells.start!,
      end: cells.end!,
    });
  }
  return { rows, errors: sortFileErrors(errors), ignoredColumns };
}
