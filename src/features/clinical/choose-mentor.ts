import { dateInZone } from '../../program/calendar-date.js';
import { zoneOf } from '../../program/roster.js';
import { assignmentDeadline, mentorLoads, rankMentors, suggestionsOf } from './domain/matching.js';
import { introduceAssignments } from './introduce-assignments.js';
import { loadMatching, type MatchingDeps } from './load-matching.js';
import type { AssignedNotice, OfferNotice } from './ports.js';

export type ChooseOutcome =
  /** The mentor is the rotation's mentor now; the introduction follows (now, or after quiet hours). */
  | { readonly status: 'assigned'; readonly assigned: AssignedNotice }
  /** The rotation had its mentor already (chosen before, or assigned at the deadline): nothing changed. */
  | { readonly status: 'already'; readonly assigned: AssignedNotice }
  /**
   * The chosen mentor cannot take the mentee now (`full`: at capacity; `not_eligible`: no longer an active clinical
   * mentor with the agreement and the subject): nothing changed, the offer stays open with the mentors who can.
   */
  | { readonly status: 'unavailable'; readonly mentorId: string; readonly reason: 'full' | 'not_eligible'; readonly offer: OfferNotice }
  /** *Assign for me*, and no eligible mentor can take a mentee now. */
  | { readonly status: 'none_available' }
  /** The rotation is no longer listed (a later rotations file), or its mentee is no longer active. */
  | { readonly status: 'gone' }
  /** Only the mentee the offer was made to may choose. */
  | { readonly status: 'not_yours' };

export interface ChooseInput {
  readonly userId: string;
  readonly rotationId: string;
  /** The mentor chosen; undefined for *Assign for me* (the best-ranked). */
  readonly mentorId: string | undefined;
}

/**
 * *Choose* or *Assign for me* on an offer DM: authorize (the offer's mentee), check the mentor is still eligible and
 * under capacity, then write the rotation's first step once (if the deadline's assignment came first, say who it
 * is), and introduce them.
 */
export async function chooseMentor(deps: MatchingDeps, input: ChooseInput, now: Date): Promise<ChooseOutcome> {
  const [offer] = await deps.matches.findOffers([input.rotationId]);
  if (offer === undefined || offer.menteeId !== input.userId) return { status: 'not_yours' };
  const loaded = await loadMatching(deps);
  const rotation = loaded.rotationsById.get(input.rotationId);
  if (rotation === undefined) return { status: 'gone' };
  const current = loaded.state.current.find((a) => a.rotationId === rotation.id);
  if (current !== undefined) return { status: 'already', assigned: { rotation, mentorId: current.mentorId, chosenBy: current.chosenBy } };

  const tz = deps.programTimezone;
  const loads = mentorLoads(loaded.state.current, loaded.rotationsById, dateInZone(now, tz));
  const ranked = rankMentors(rotation, loaded.state.mentors, loads, deps.settings.mentorCapacity);
  const available = suggestionsOf(ranked);
  const pick = input.mentorId === undefined ? available[0] : ranked.find((m) => m.mentorId === input.mentorId && !m.full);
  if (pick === undefined) {
    if (input.mentorId === undefined) return { status: 'none_available' };
    const full = ranked.some((m) => m.mentorId === input.mentorId && m.full);
    const zone = zoneOf(loaded.people.get(rotation.personId), tz);
    return {
      status: 'unavailable',
      mentorId: input.mentorId,
      reason: full ? 'full' : 'not_eligible',
      offer: { menteeId: rotation.personId, rotation, suggestions: available, deadline: assignmentDeadline(offer.offeredAt, rotation.start, tz), zone },
    };
  }

  const { assignment, created } = await deps.matches.assign({
    rotationId: rotation.id,
    menteeId: rotation.personId,
    mentorId: pick.mentorId,
    assignedAt: now,
    chosenBy: 'mentee',
    step: 1,
  });
  const assigned: AssignedNotice = { rotation, mentorId: assignment.mentorId, chosenBy: assignment.chosenBy };
  if (!created) return { status: 'already', assigned };
  try {
    await introduceAssignments(deps, now);
  } catch (error) {
    deps.logger.warn('introductions after a mentee’s choice failed; the next rotations run sends them', { rotation: rotation.id, error });
  }
  return { status: 'assigned', assigned };
}
