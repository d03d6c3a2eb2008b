import { officeOf, type Pairs } from '../../program/pairs.js';
import type { RosterStore } from '../../program/ports.js';
import type { RequestAudience } from '../../program/records/request.js';
import type { Person } from '../../program/roster.js';
import { loadMenteeCircle } from '../../program/snapshot/mentoring-circle.js';
import { holdsRoleIn } from '../../program/tracks.js';

/** One audience a mentee may send a request to, with whom it reaches. */
export interface AudienceOption {
  readonly audience: RequestAudience;
  /** The mentors it goes to (those not away). */
  readonly mentorIds: readonly string[];
  /**
   * Who takes it while every mentor is away, is alerted to an urgent well-being request and is told when it stays
   * unanswered: the faculty mentor of a group; a pair track's office (its admins: for clinical, the Clinical Office).
   */
  readonly standInIds: readonly string[];
  /** A pair track's word for the mentor ("rotation mentor"); undefined for a group audience. */
  readonly mentorWord: string | undefined;
  /** Also in the request's conversation, not answering it (a pair's safeguards); empty for most. */
  readonly witnessIds?: readonly string[];
}

/** Whom a person's request can go to. */
export interface RequestCircle {
  /** In the order offered: the cohort group, the MD/PhD mentors, then each pair track with a current pair. Empty: not a mentee. */
  readonly options: readonly AudienceOption[];
  /** For a mentee of a pair track with no current pair: the track's words on what happens next (one per track). */
  readonly waiting: readonly string[];
  /** The mentee, their mentors and stand-ins, by id (for time zones). */
  readonly people: ReadonlyMap<string, Person>;
}

const unique = (ids: readonly string[]) => [...new Set(ids)];

/**
 * Whom a mentee's request can go to: their groups' mentors (as always), and their current mentors in the tracks that
 * pair people by their own rules. Bulk reads: the roster snapshot of their groups, every pair track's pairs of the
 * mentee, and (only when they have pairs) the people named and the admins.
 */
export async function loadRequestCircle(deps: { readonly roster: RosterStore; readonly pairs: Pairs }, menteeId: string, now: Date): Promise<RequestCircle> {
  const [circle, pairs, [person]] = await Promise.all([loadMenteeCircle(deps.roster, menteeId), deps.pairs.ofMentees([menteeId], now), deps.roster.findPeople([menteeId])]);
  const options: AudienceOption[] = [];
  if (circle.isMentee) {
    options.push({ audience: 'cohort', mentorIds: circle.cohortMentors, standInIds: circle.faculty, mentorWord: undefined });
    if (circle.mdphdMentors.length > 0) options.push({ audience: 'mdphd', mentorIds: circle.mdphdMentors, standInIds: circle.faculty, mentorWord: undefined });
  }
  const people = new Map(circle.people);
  if (person === undefined || !person.active) return { options, waiting: [], people };
  people.set(person.id, person);
  const tracks = deps.pairs.tracks().filter((t) => holdsRoleIn(person, 'mentee', t.track));
  if (tracks.length === 0) return { options, waiting: [], people };
  const mine = pairs.filter((p) => p.menteeId === menteeId && p.mentorId !== menteeId);
  const [mentors, admins] = await Promise.all([
    mine.length === 0 ? [] : deps.roster.findPeople(unique(mine.map((p) => p.mentorId))),
    mine.length === 0 ? [] : deps.roster.findPeopleWithRole('admin'),
  ]);
  for (const p of [...mentors, ...admins]) people.set(p.id, p);
  const waiting: string[] = [];
  for (const track of tracks) {
    const mentorIds = unique(mine.filter((p) => p.track === track.track).map((p) => p.mentorId)).filter((id) => people.get(id)?.active === true);
    if (mentorIds.length > 0) {
      const witnessIds = unique(mine.filter((p) => p.track === track.track).flatMap((p) => p.witnessIds ?? []));
      options.push({ audience: track.track, mentorIds, standInIds: officeOf(admins, track.track), mentorWord: track.words.mentor, witnessIds });
      continue;
    }
    // A pair formed but not open yet (pre-med: an agreement to accept) says why; else the track's words on what comes next.
    const reasons = (await track.waitingReasons?.(menteeId, 'mentee', now)) ?? [];
    waiting.push(reasons[0] ?? track.words.waiting);
  }
  return { options, waiting, people };
}

/**
 * The audience a submission goes to: the one asked for when the mentee has it, else the first offered (a cohort
 * mentee's Mentor Pair, as before tracks). Undefined when the person is no one's mentee.
 */
export function chooseAudience(options: readonly AudienceOption[], asked: RequestAudience | undefined): AudienceOption | undefined {
  return options.find((o) => o.audience === asked) ?? options[0];
}
