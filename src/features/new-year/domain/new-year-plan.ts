import { previousAcademicYear, yearOpenedOn, type AcademicYear } from '../../../program/academic-year.js';
import type { Group, GroupRole, Membership, Person } from '../../../program/roster.js';
import { COHORT_GROUPS, COHORT_TRACK_NAME, holdsRoleIn, trackRolesOf, type TrackDeclaration } from '../../../program/tracks.js';

/**
 * The turn of the year (`/mentor-admin new-year`), as a plan computed from the roster as it stands: who graduates, who
 * leaves, whose year moves up, and which groups are left without a whole Pair. Pure: the date is passed in.
 *
 * Decisions (README, "The program year"):
 * - Only the cohort track's groups (the cohorts and the MD/PhD group) are memberships; the other tracks' pairs are
 *   their own features' and are left as they are.
 * - Graduating: active fourth-years holding a cohort peer-mentor role with an open peer-mentor membership. All their
 *   peer-mentor memberships end (their cohort and the MD/PhD group).
 * - Leaving: active second-years holding a cohort mentee role with an open mentee membership in a cohort group. Their
 *   cohort memberships end; an MD/PhD student keeps the MD/PhD group (its mentors mentor every MD/PhD student, in
 *   the PhD years too), and stays a second-year.
 * - Those whose every role is a cohort mentee or peer-mentor role are deactivated once their memberships end (they are
 *   no longer in the program; a later roster import that names them brings them back). Anyone who also holds another
 *   role (admin, faculty, a role in another track), and an MD/PhD student who keeps the MD/PhD group, stays active.
 * - Years move up, MS3→MS4 and MS1→MS2, for active people whose roles' tracks count medical school years: a role's
 *   rule lists the year they are in, and every role they hold with a list of years allows the next.
 */

export interface PlannedPerson {
  readonly personId: string;
  readonly name: string;
}

export interface PlannedEnding {
  readonly groupId: string;
  readonly personId: string;
  readonly role: GroupRole;
}

export interface YearMove extends PlannedPerson {
  readonly from: number;
  readonly to: number;
}

/** A cohort left without a whole Pair: the Pair's years it has no peer mentor of, once the turn is done. */
export interface IncompletePair {
  readonly groupId: string;
  readonly groupName: string;
  readonly missingYears: readonly number[];
}

/** What a turn does, as planned (`G`: how it keeps its graduates). */
export interface TurnLists<G extends PlannedPerson = PlannedPerson> {
  /** Graduating fourth-year peer mentors (each is thanked), by name. */
  readonly graduates: readonly G[];
  /** Second-year mentees leaving their cohort, by name. */
  readonly leavers: readonly PlannedPerson[];
  readonly endings: readonly PlannedEnding[];
  /** Years that move up, by name. */
  readonly moves: readonly YearMove[];
  /** People deactivated once their memberships end. */
  readonly deactivate: readonly string[];
  readonly incomplete: readonly IncompletePair[];
}

export interface NewYearPlan extends TurnLists {
  /** The academic year the turn opens, and the one it closes. */
  readonly opens: AcademicYear;
  readonly closes: AcademicYear;
}

export interface NewYearInput {
  readonly people: readonly Person[];
  readonly groups: readonly Group[];
  /** Open memberships (closed ones are ignored). */
  readonly memberships: readonly Membership[];
  readonly tracks: readonly TrackDeclaration[];
  /** Today, in the program's zone (YYYY-MM-DD). */
  readonly today: string;
}

const GRADUATING_YEAR = 4;
const LEAVING_YEAR = 2;
const MOVING_YEARS = [1, 3];

const byName = (a: PlannedPerson, b: PlannedPerson) => a.name.localeCompare(b.name) || (a.personId < b.personId ? -1 : 1);

/** The turn of the year as of `today`, from the roster as it stands. */
export function buildNewYearPlan(input: NewYearInput): NewYearPlan {
  const opens = yearOpenedOn(input.today);
  const groupById = new Map(input.groups.map((g) => [g.id, g]));
  const open = input.memberships.filter((m) => m.to === undefined && groupById.has(m.groupId));
  const openByPersonRole = groupBy(open, (m) => `${m.personId}|${m.role}`);
  const openOf = (personId: string, role: GroupRole) => openByPersonRole.get(`${personId}|${role}`) ?? [];
  const active = input.people.filter((p) => p.active);

  const graduates: PlannedPerson[] = [];
  const leavers: PlannedPerson[] = [];
  const endings: PlannedEnding[] = [];
  const deactivate: string[] = [];
  for (const person of active) {
    if (person.year === GRADUATING_YEAR && holdsRoleIn(person, 'peer_mentor', COHORT_TRACK_NAME)) {
      const serving = openOf(person.id, 'peer_mentor');
      if (serving.length === 0) continue;
      graduates.push({ personId: person.id, name: person.name });
      endings.push(...serving.map(toEnding));
      if (onlyCohortMentoring(person)) deactivate.push(person.id);
    } else if (person.year === LEAVING_YEAR && holdsRoleIn(person, 'mentee', COHORT_TRACK_NAME)) {
      const inGroups = openOf(person.id, 'mentee');
      const cohorts = inGroups.filter((m) => groupById.get(m.groupId)!.kind === 'cohort');
      if (cohorts.length === 0) continue;
      const ending = person.mdphd ? cohorts : inGroups;
      leavers.push({ personId: person.id, name: person.name });
      endings.push(...ending.map(toEnding));
      if (!person.mdphd && onlyCohortMentoring(person)) deactivate.push(person.id);
    }
  }

  const moves = active.flatMap((person): YearMove[] => {
    const year = person.year;
    if (year === undefined || !MOVING_YEARS.includes(year) || !countsSchoolYears(person, year, input.tracks)) return [];
    return [{ personId: person.id, name: person.name, from: year, to: year + 1 }];
  });

  return {
    opens,
    closes: previousAcademicYear(opens),
    graduates: graduates.sort(byName),
    leavers: leavers.sort(byName),
    endings,
    moves: moves.sort((a, b) => b.from - a.from || byName(a, b)),
    deactivate,
    incomplete: incompletePairs(input, open, endings, moves),
  };
}

const toEnding = (m: Membership): PlannedEnding => ({ groupId: m.groupId, personId: m.personId, role: m.role });

/** Every role the person holds is a cohort mentee or peer-mentor role. */
function onlyCohortMentoring(person: Person): boolean {
  return trackRolesOf(person).every((t) => t.track === COHORT_TRACK_NAME && (t.role === 'mentee' || t.role === 'peer_mentor'));
}

/** The person's year is a medical school year by their roles' tracks, and the next year suits every role they hold. */
function countsSchoolYears(person: Person, year: number, tracks: readonly TrackDeclaration[]): boolean {
  const rules = trackRolesOf(person).flatMap((t) => {
    const years = tracks.find((d) => d.name === t.track)?.roles[t.role]?.years;
    return Array.isArray(years) ? [years as readonly number[]] : [];
  });
  return rules.some((years) => years.includes(year)) && rules.every((years) => years.includes(year + 1));
}

/** Active cohorts whose peer mentors, once the turn is done, are not one of each of the Pair's years. */
function incompletePairs(input: NewYearInput, open: readonly Membership[], endings: readonly PlannedEnding[], moves: readonly YearMove[]): IncompletePair[] {
  const ended = new Set(endings.map((e) => `${e.groupId}|${e.personId}|${e.role}`));
  const yearOf = new Map(input.people.map((p) => [p.id, p.year]));
  for (const move of moves) yearOf.set(move.personId, move.to);
  const pairYears = COHORT_GROUPS.peerMentors.pairYears;
  const mentorsOf = groupBy(open.filter((m) => m.role === 'peer_mentor' && !ended.has(`${m.groupId}|${m.personId}|${m.role}`)), (m) => m.groupId);
  return input.groups
    .filter((g) => g.active && g.kind === 'cohort')
    .flatMap((group) => {
      const years = new Set((mentorsOf.get(group.id) ?? []).map((m) => yearOf.get(m.personId)));
      const missingYears = pairYears.filter((y) => !years.has(y));
      return missingYears.length === 0 ? [] : [{ groupId: group.id, groupName: group.name, missingYears }];
    })
    .sort((a, b) => a.groupName.localeCompare(b.groupName));
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list === undefined) out.set(k, [item]);
    else list.push(item);
  }
  return out;
}
