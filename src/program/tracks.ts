import type { Person, Role } from './roster.js';

/**
 * Program tracks: each shape of mentoring program the app runs is declared as data (who may hold each role, the shape
 * of its groups), and each role a person holds carries its track. The existing program is the `cohort` track, the
 * default wherever a track is not named (a roster without the `track` column, a person stored before tracks).
 */

/** The track a role is in when none is named. */
export const COHORT_TRACK_NAME = 'cohort';

/** Roster columns a track may require to read `yes` for a role (each a yes/no column of the roster file). */
export const YES_COLUMNS = ['core_done', 'good_standing'] as const;
export type YesColumn = (typeof YES_COLUMNS)[number];

/** Who may hold a role in a track. */
export interface RoleRule {
  /** Students' years allowed (the year is then required); `none`: the year is left blank; `any`: not checked. */
  readonly years: readonly number[] | 'none' | 'any';
  /** Whether a row in this role names a group (`required`) or leaves it blank (`blank`). */
  readonly group: 'required' | 'blank';
  /** Yes/no columns that must read yes, each with what it certifies (for the refusal). */
  readonly mustBeYes?: readonly { readonly column: YesColumn; readonly means: string }[];
}

/** A range of members a group holds in a role. */
export interface MemberRange {
  readonly min: number;
  readonly max: number;
}

/**
 * The shape of a track's groups. `roster`: named in the roster's `group` column (a cohort: its faculty mentor, a Pair
 * of peer mentors of the years given, and its mentees). `pairs`: the roster names no group; a mentor and a mentee
 * are paired by the track's own rules.
 */
export type GroupShape =
  | {
      readonly formed: 'roster';
      readonly faculty: MemberRange;
      readonly peerMentors: MemberRange & { readonly pairYears: readonly [number, number] };
      readonly mentees: MemberRange;
    }
  | { readonly formed: 'pairs' };

/**
 * A topic a track's mentees may ask about (`/mentor-request`'s form): its stored value (lower case, digits and `_`)
 * and the words people read. `wellbeing`: a request about it marked urgent brings the school's support resources at
 * once and alerts the mentee's stand-ins (the program's `balance_wellbeing`); a track whose list marks none has no such
 * topic.
 */
export interface RequestTopicDeclaration {
  readonly value: string;
  readonly label: string;
  readonly wellbeing?: boolean;
}

/** A track, declared as data. */
export interface TrackDeclaration {
  /** As the roster's `track` column gives it, in lower case. */
  readonly name: string;
  /** The word put before a role in messages about this track (`clinical` → "clinical mentees"); empty for the cohort track. */
  readonly adjective: string;
  /** The roles a person may hold in this track; a role not listed is refused. */
  readonly roles: Readonly<Partial<Record<Role, RoleRule>>>;
  readonly groups: GroupShape;
  /** The topics its mentees choose from when they ask for help, in the form's order; absent: the program's (program/request-topics.ts). */
  readonly requestTopics?: readonly RequestTopicDeclaration[];
  /**
   * Roster columns of the track's own (lower-case names, e.g. pre-med's `birth_date`): read as text into a row's
   * `cells` and checked by `checkRow`; a file may carry them whatever tracks its rows name.
   */
  readonly columns?: readonly string[];
  /** The track's own rules for one of its rows (its columns, by role); `today` is the import date (YYYY-MM-DD, program zone). */
  readonly checkRow?: (row: TrackRow, today: string) => readonly TrackRowProblem[];
  /** The track's own rules across its rows in one file (e.g. who each of its groups holds), each problem with its line. */
  readonly checkRows?: (rows: readonly TrackRow[]) => readonly (TrackRowProblem & { readonly line: number })[];
}

/** What is wrong with a row by a track's own rules: the column pointed at, and why (said to the admin importing). */
export interface TrackRowProblem {
  readonly column: string;
  readonly reason: string;
}

/** A roster row as a track's own rules read it. */
export interface TrackRow {
  readonly line: number;
  readonly role: Role;
  /** The `group` cell (spaces collapsed); undefined when blank. */
  readonly group: string | undefined;
  /** Who the row names, as written (the Slack id, else the e-mail address): rows of one person share it. */
  readonly who: string;
  /** The track's own columns' cells, trimmed; a blank cell is left out. */
  readonly cells: Readonly<Record<string, string>>;
}

/** A track's row after an import, with the person it names. */
export interface ImportedTrackRow extends TrackRow {
  readonly personId: string;
}

/**
 * What a track's feature keeps of its rows (e.g. pre-med's profiles and pairs, in its own collections), told after
 * each import of a file that names the track, once the roster is written. Never for a dry run or a refused file.
 */
export interface TrackImport {
  readonly track: string;
  saveRows(rows: readonly ImportedTrackRow[], now: Date): Promise<void>;
}

/** The existing program (SPEC §1, cohort peer mentoring): MS1/MS2 cohorts with a Mentor Pair and a Faculty Mentor. */
export const COHORT_TRACK: TrackDeclaration = {
  name: COHORT_TRACK_NAME,
  adjective: '',
  roles: {
    mentee: { years: [1, 2], group: 'required' },
    peer_mentor: { years: [3, 4], group: 'required' },
    faculty: { years: 'none', group: 'required' },
    admin: { years: 'any', group: 'blank' },
  },
  groups: {
    formed: 'roster',
    faculty: { min: 1, max: 1 },
    peerMentors: { min: 1, max: 2, pairYears: [3, 4] },
    mentees: { min: 12, max: 15 },
  },
};

/** The cohort track's group shape (its groups are formed from the roster). */
export const COHORT_GROUPS = COHORT_TRACK.groups as Extract<GroupShape, { formed: 'roster' }>;

/** A role a person holds, in its track. */
export interface TrackRole {
  readonly track: string;
  readonly role: Role;
}

/** Every role a person holds, each in its track: a person stored without tracks holds each of their roles in `cohort`. */
export function trackRolesOf(person: Pick<Person, 'roles' | 'tracks'>): readonly TrackRole[] {
  return person.tracks ?? person.roles.map((role) => ({ track: COHORT_TRACK_NAME, role }));
}

/** The roles a person holds in one track. */
export function rolesIn(person: Pick<Person, 'roles' | 'tracks'>, track: string): Role[] {
  return trackRolesOf(person).filter((t) => t.track === track).map((t) => t.role);
}

/** Whether the person holds the role in the track. */
export function holdsRoleIn(person: Pick<Person, 'roles' | 'tracks'>, role: Role, track: string): boolean {
  return trackRolesOf(person).some((t) => t.track === track && t.role === role);
}

/** The names of the tracks a person is in, in the order first held. */
export function tracksOf(person: Pick<Person, 'roles' | 'tracks'>): string[] {
  return [...new Set(trackRolesOf(person).map((t) => t.track))];
}

/**
 * A person's roles as stored: `roles` every role held in any track (what program-wide rules such as the admin rule
 * read), and `tracks` each role with its track, left out when every role is in `cohort` (the form people had before
 * tracks, so a cohort-only roster reads and compares as it always did).
 */
export function rolesWithTracks(held: Iterable<TrackRole>, order: readonly Role[]): Pick<Person, 'roles' | 'tracks'> {
  const seen = new Map<string, TrackRole>();
  for (const t of held) seen.set(`${t.track}|${t.role}`, t);
  const list = [...seen.values()].sort((a, b) => trackOrder(a.track) - trackOrder(b.track) || a.track.localeCompare(b.track) || order.indexOf(a.role) - order.indexOf(b.role));
  const roles = order.filter((r) => list.some((t) => t.role === r));
  return list.every((t) => t.track === COHORT_TRACK_NAME) ? { roles, tracks: undefined } : { roles, tracks: list };
}

const trackOrder = (track: string) => (track === COHORT_TRACK_NAME ? 0 : 1);

/** Whether two people hold the same roles in the same tracks. */
export function sameTrackRoles(a: Pick<Person, 'roles' | 'tracks'>, b: Pick<Person, 'roles' | 'tracks'>): boolean {
  const key = (p: Pick<Person, 'roles' | 'tracks'>) => new Set(trackRolesOf(p).map((t) => `${t.track}|${t.role}`));
  const [x, y] = [key(a), key(b)];
  return x.size === y.size && [...x].every((k) => y.has(k));
}
