import type { Person } from '../../../program/roster.js';
import { holdsRoleIn } from '../../../program/tracks.js';
import { CLINICAL } from './clinical-track.js';
import { rotationKey, type NewRotation, type Rotation, type RotationKind, type RotationSubject } from './rotation.js';

/** The rotations file's columns, in the order the help names them. */
export const ROTATION_COLUMNS = ['slack_id', 'email', 'kind', 'subject', 'site', 'preceptor', 'start', 'end'] as const;
export type RotationColumn = (typeof ROTATION_COLUMNS)[number];

/** What is wrong with a file, a row or a cell: every one is reported, and nothing is imported. */
export interface FileError {
  readonly line: number;
  readonly column: RotationColumn | undefined;
  readonly reason: string;
}

/** One checked row of a rotations file. */
export interface RotationRow {
  readonly line: number;
  readonly slackId: string | undefined;
  /** Lower-cased. */
  readonly email: string | undefined;
  readonly kind: RotationKind;
  readonly subject: RotationSubject;
  readonly site: string | undefined;
  readonly preceptor: string | undefined;
  readonly start: string;
  readonly end: string;
}

export function sortFileErrors(errors: readonly FileError[]): FileError[] {
  return [...errors].sort((a, b) => a.line - b.line || ROTATION_COLUMNS.indexOf(a.column ?? 'slack_id') - ROTATION_COLUMNS.indexOf(b.column ?? 'slack_id'));
}

export function formatFileError(error: FileError): string {
  return `line ${error.line}${error.column !== undefined ? `, column ${error.column}` : ''}: ${error.reason}`;
}

export interface RotationsPlan {
  /** Empty when the plan may be applied. */
  readonly errors: readonly FileError[];
  readonly create: readonly NewRotation[];
  /** Rotations stored before whose site, preceptor or last day the file changes. */
  readonly update: readonly NewRotation[];
  readonly unchanged: number;
  /** Stored rotations of the people in the file that the file no longer lists. */
  readonly remove: readonly Rotation[];
  /** How many people the file names. */
  readonly people: number;
}

/** Who lists which kind: clinical peer mentors their completed rotations, clinical mentees their upcoming ones. */
const LISTED_BY = { completed: 'peer_mentor', upcoming: 'mentee' } as const;

/** E-mail addresses of rows without a Slack id that no one on the roster has (to ask Slack whose they are). */
export function emailsToLookUp(rows: readonly RotationRow[], people: readonly Person[]): string[] {
  const known = new Set(people.flatMap((p) => (p.email === undefined ? [] : [p.email.toLowerCase()])));
  return [...new Set(rows.flatMap((r) => (r.slackId === undefined && r.email !== undefined && !known.has(r.email) ? [r.email] : [])))];
}

/**
 * Plans a rotations import against the stored roster and rotations. People are found on the roster by Slack id or
 * e-mail address; each person the file names gets exactly the file's rotations (a rotation is the same one when its
 * person, kind, subject and first day are: its site, preceptor and last day are updated); everyone else keeps theirs.
 * Pure: the caller writes the plan only when `errors` is empty.
 */
export function planRotationsImport(input: {
  readonly rows: readonly RotationRow[];
  readonly people: readonly Person[];
  readonly rotations: readonly Rotation[];
  /** Slack's answers for e-mail addresses the roster does not hold (users.lookupByEmail): the account's id, if any. */
  readonly idsByEmail?: ReadonlyMap<string, string | undefined>;
}): RotationsPlan {
  const errors: FileError[] = [];
  const byId = new Map(input.people.map((p) => [p.id, p]));
  const byEmail = new Map(input.people.flatMap((p) => (p.email === undefined ? [] : [[p.email.toLowerCase(), p] as const])));
  const wanted = new Map<string, NewRotation & { line: number }>();
  const named = new Set<string>();
  for (const row of input.rows) {
    const person = row.slackId !== undefined ? byId.get(row.slackId) : (byEmail.get(row.email!) ?? byId.get(input.idsByEmail?.get(row.email!) ?? ''));
    const column = row.slackId !== undefined ? 'slack_id' : 'email';
    if (person === undefined || !person.active) {
      const who = row.slackId ?? row.email!;
      errors.push({ line: row.line, column, reason: `no one ${person === undefined ? '' : 'active '}on the roster is ${who}: import them in the roster first, with track clinical` });
      continue;
    }
    const role = LISTED_BY[row.kind];
    if (!holdsRoleIn(person, role, CLINICAL)) {
      const listed = row.kind === 'completed' ? 'clinical peer mentors list the rotations they completed' : 'clinical mentees list their upcoming rotations';
      errors.push({ line: row.line, column: 'kind', reason: `${listed}, and ${person.name} is not a clinical ${role === 'peer_mentor' ? 'peer mentor' : 'mentee'} on the roster` });
      continue;
    }
    named.add(person.id);
    const rotation = { personId: person.id, kind: row.kind, subject: row.subject, site: row.site, preceptor: row.preceptor, start: row.start, end: row.end, line: row.line };
    const before = wanted.get(rotationKey(rotation));
    if (before !== undefined) {
      errors.push({ line: row.line, column: 'start', reason: `line ${before.line} already lists ${person.name}’s ${row.subject} rotation starting ${row.start}` });
      continue;
    }
    const overlapping = [...wanted.values()].find((w) => w.personId === person.id && w.kind === row.kind && w.start <= row.end && row.start <= w.end);
    if (overlapping !== undefined) {
      errors.push({ line: row.line, column: 'start', reason: `it overlaps ${person.name}’s ${overlapping.subject} rotation on line ${overlapping.line} (${overlapping.start} to ${overlapping.end})` });
      continue;
    }
    wanted.set(rotationKey(rotation), rotation);
  }

  const stored = new Map(input.rotations.filter((r) => named.has(r.personId)).map((r) => [rotationKey(r), r]));
  const create: NewRotation[] = [];
  const update: NewRotation[] = [];
  let unchanged = 0;
  for (const [key, { line: _line, ...rotation }] of wanted) {
    const before = stored.get(key);
    if (before === undefined) create.push(rotation);
    else if (before.site === rotation.site && before.preceptor === rotation.preceptor && before.end === rotation.end) unchanged += 1;
    else update.push(rotation);
  }
  const remove = [...stored].filter(([key]) => !wanted.has(key)).map(([, r]) => r);
  return { errors: sortFileErrors(errors), create, update, unchanged, remove, people: named.size };
}
