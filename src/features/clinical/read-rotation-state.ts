import { dateInZone } from '../../program/calendar-date.js';
import { NAMED_IN_A_QUERY_AT_MOST, peopleById } from '../../program/export-table.js';
import type { ContactStore, RosterStore } from '../../program/ports.js';
import type { Person } from '../../program/roster.js';
import { currentAssignments, type Assignment } from './domain/match.js';
import { obligationsFromSteps, type ObligationContact, type RotationObligations } from './domain/obligations.js';
import type { Rotation } from './domain/rotation.js';
import type { MatchStore, RotationStore } from './ports.js';

export interface RotationStateDeps {
  readonly roster: Pick<RosterStore, 'findPeople'>;
  readonly contacts: Pick<ContactStore, 'findForMentees' | 'findBetween'>;
  readonly rotations: Pick<RotationStore, 'findRotations'>;
  readonly matches: Pick<MatchStore, 'findHistory' | 'findCurrent'>;
  readonly programTimezone: string;
}

/** A mentee's upcoming rotation with its mentoring: every assignment step, the current one, and the obligations. */
export interface RotationView {
  readonly rotation: Rotation;
  readonly steps: readonly Assignment[];
  /** Its current mentor's assignment (the highest step); undefined while it has no mentor. */
  readonly current: Assignment | undefined;
  /** Undefined while it has no mentor. */
  readonly obligations: RotationObligations | undefined;
}

export interface RotationState {
  /** By mentee and first day. */
  readonly entries: readonly RotationView[];
  /** The mentees and every mentor of these rotations, by id. */
  readonly people: ReadonlyMap<string, Person>;
  /** Today in the program's zone: what the obligations were computed for. */
  readonly today: string;
}

/** Which mentee rotations: those of these mentees, or of these mentors' current mentees, dated to overlap [from, to]. */
export interface RotationScope {
  readonly menteeIds?: readonly string[];
  readonly mentorIds?: readonly string[];
  /** Program dates (YYYY-MM-DD), inclusive; a rotation is in scope when its days overlap them. */
  readonly from?: string;
  readonly to?: string;
}

/**
 * The mentees' upcoming rotations in scope, with their assignments and obligations as of `now`: one query for the
 * rotations, one or two for the assignments, one for the contacts (by the mentees, or by dates when they are many)
 * and one for the people. Contacts are read without their notes' ever reaching a rule.
 */
export async function readRotationState(deps: RotationStateDeps, scope: RotationScope, now: Date): Promise<RotationState> {
  const today = dateInZone(now, deps.programTimezone);
  let menteeIds = scope.menteeIds;
  let rotationIds: Set<string> | undefined;
  if (scope.mentorIds !== undefined) {
    const theirs = await deps.matches.findCurrent({ mentorIds: scope.mentorIds });
    rotationIds = new Set(theirs.map((a) => a.rotationId));
    menteeIds = [...new Set(theirs.map((a) => a.menteeId))];
  }
  const rotations = (menteeIds !== undefined && menteeIds.length === 0 ? [] : await deps.rotations.findRotations(menteeIds)).filter(
    (r) =>
      r.kind === 'upcoming' &&
      (rotationIds === undefined || rotationIds.has(r.id)) &&
      (scope.from === undefined || r.end >= scope.from) &&
      (scope.to === undefined || r.start <= scope.to),
  );
  const steps = rotations.length === 0 ? [] : await deps.matches.findHistory(rotations.map((r) => r.id));
  const stepsOf = new Map<string, Assignment[]>();
  for (const s of steps) stepsOf.set(s.rotationId, [...(stepsOf.get(s.rotationId) ?? []), s]);
  const current = new Map(currentAssignments(steps).map((a) => [a.rotationId, a]));
  const dateOf = (at: Date) => dateInZone(at, deps.programTimezone);

  const assigned = rotations.filter((r) => stepsOf.has(r.id));
  const contacts = await contactsFor(deps, assigned, stepsOf, dateOf);
  const views = rotations.map((rotation): RotationView => {
    const own = stepsOf.get(rotation.id) ?? [];
    return { rotation, steps: own, current: current.get(rotation.id), obligations: obligationsFromSteps(rotation, own, contacts, today, dateOf) };
  });
  const people = await peopleById(deps.roster, [...rotations.map((r) => r.personId), ...steps.map((s) => s.mentorId)]);
  return { entries: views.sort((a, b) => a.rotation.personId.localeCompare(b.rotation.personId) || a.rotation.start.localeCompare(b.rotation.start)), people, today };
}

/** The contacts that may count for these rotations: with their mentees, from the first assignment to the last day. */
async function contactsFor(
  deps: RotationStateDeps,
  rotations: readonly Rotation[],
  stepsOf: ReadonlyMap<string, readonly Assignment[]>,
  dateOf: (at: Date) => string,
): Promise<ObligationContact[]> {
  if (rotations.length === 0) return [];
  const from = rotations.flatMap((r) => stepsOf.get(r.id)!.map((s) => dateOf(s.assignedAt))).sort()[0]!;
  const to = rotations.map((r) => r.end).sort().at(-1)!;
  const menteeIds = [...new Set(rotations.map((r) => r.personId))];
  // Naming thousands in a query costs FerretDB more than reading by dates.
  const found =
    menteeIds.length > NAMED_IN_A_QUERY_AT_MOST
      ? (await deps.contacts.findBetween(from, to)).filter((c) => c.menteeIds.some((id) => menteeIds.includes(id)))
      : await deps.contacts.findForMentees(menteeIds, from, to);
  return found.map((c) => ({ mentorId: c.mentorId, menteeIds: c.menteeIds, date: c.date, kind: c.kind, minutes: c.minutes }));
}
