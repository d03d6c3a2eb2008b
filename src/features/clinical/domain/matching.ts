import { addDays, dateInZone } from '../../../program/calendar-date.js';
import { zonedInstant } from '../../../program/zoned-time.js';
import type { Assignment, Offer } from './match.js';
import type { Rotation, RotationSubject } from './rotation.js';

/**
 * Matching mentors to mentees' upcoming rotations (pure rules). A mentor is *eligible* for a rotation when they are an
 * active clinical peer mentor who accepted the honesty agreement and completed a rotation of the same subject; the
 * caller passes only such mentors (`MentorCandidate`). They are ranked by what they share with the rotation, then by
 * how few mentees they have (so mentors fill toward the program's minimum of 3), then by id (a stable order).
 */

/** Suggestions a mentee's offer DM carries at most. */
export const SUGGESTIONS_MAX = 3;
/** A mentee who has not chosen is assigned the best-ranked mentor this long after the offer… */
export const CHOICE_DAYS = 3;
/** …or this many days before the rotation starts (midnight in the program's zone), whichever comes first. */
export const ASSIGN_DAYS_BEFORE_START = 7;

/** 1: same subject, site and preceptor; 2: subject and site; 3: subject and preceptor; 4: the subject alone. */
export type MatchRank = 1 | 2 | 3 | 4;

/** What a mentor's completed rotation shares with the mentee's: the subject always; site and preceptor as the mentee's rotation names them. */
export interface Shared {
  readonly subject: RotationSubject;
  readonly site?: string;
  readonly preceptor?: string;
}

/** An eligible mentor: an active clinical peer mentor with the agreement accepted, and the rotations they completed. */
export interface MentorCandidate {
  readonly id: string;
  readonly completed: readonly Rotation[];
}

export interface RankedMentor {
  readonly mentorId: string;
  readonly rank: MatchRank;
  readonly shared: Shared;
  /** Their mentees now (see `mentorLoads`). */
  readonly mentees: number;
  /** At capacity: not suggested, not assigned. */
  readonly full: boolean;
}

/** A site or preceptor as compared: case, surrounding and repeated spaces aside; blank is nothing (it matches nothing). */
export function comparable(text: string | undefined): string | undefined {
  const t = text?.trim().toLowerCase().replace(/\s+/g, ' ');
  return t === undefined || t === '' ? undefined : t;
}

const same = (a: string | undefined, b: string | undefined) => comparable(a) !== undefined && comparable(a) === comparable(b);

/** How well one completed rotation matches the mentee's rotation; undefined when the subjects differ. */
export function rankOf(wanted: Rotation, completed: Rotation): { readonly rank: MatchRank; readonly shared: Shared } | undefined {
  if (completed.subject !== wanted.subject) return undefined;
  const site = same(wanted.site, completed.site);
  const preceptor = same(wanted.preceptor, completed.preceptor);
  const rank: MatchRank = site && preceptor ? 1 : site ? 2 : preceptor ? 3 : 4;
  return {
    rank,
    shared: { subject: wanted.subject, ...(site ? { site: wanted.site! } : {}), ...(preceptor ? { preceptor: wanted.preceptor! } : {}) },
  };
}

/**
 * Each mentor's count of mentees: the distinct mentees whose current assignment names them and whose rotation has not
 * ended by `today` (a calendar date). Assignments of rotations no longer stored count for nobody.
 */
export function mentorLoads(current: readonly Assignment[], rotationsById: ReadonlyMap<string, Rotation>, today: string): Map<string, number> {
  return new Map([...menteesOfMentors(current, rotationsById, today)].map(([id, set]) => [id, set.size]));
}

function menteesOfMentors(current: readonly Assignment[], rotationsById: ReadonlyMap<string, Rotation>, today: string): Map<string, Set<string>> {
  const mentees = new Map<string, Set<string>>();
  for (const a of current) {
    const rotation = rotationsById.get(a.rotationId);
    if (rotation === undefined || rotation.end < today) continue;
    addTo(mentees, a.mentorId, a.menteeId);
  }
  return mentees;
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set === undefined) map.set(key, new Set([value]));
  else set.add(value);
}

/** Every eligible mentor who completed the rotation's subject, best first: rank, then fewer mentees, then id. Full ones are marked. */
export function rankMentors(rotation: Rotation, mentors: readonly MentorCandidate[], loads: ReadonlyMap<string, number>, capacity: number): RankedMentor[] {
  const ranked: RankedMentor[] = [];
  for (const mentor of mentors) {
    if (mentor.id === rotation.personId) continue;
    let best: ReturnType<typeof rankOf>;
    for (const done of mentor.completed) {
      const match = rankOf(rotation, done);
      if (match !== undefined && (best === undefined || match.rank < best.rank)) best = match;
    }
    if (best === undefined) continue;
    const mentees = loads.get(mentor.id) ?? 0;
    ranked.push({ mentorId: mentor.id, rank: best.rank, shared: best.shared, mentees, full: mentees >= capacity });
  }
  return ranked.sort((a, b) => a.rank - b.rank || a.mentees - b.mentees || (a.mentorId < b.mentorId ? -1 : a.mentorId > b.mentorId ? 1 : 0));
}

/** The mentors to suggest: the best-ranked ones not full, at most three. */
export function suggestionsOf(ranked: readonly RankedMentor[]): RankedMentor[] {
  return ranked.filter((m) => !m.full).slice(0, SUGGESTIONS_MAX);
}

/**
 * When the best-ranked mentor is assigned to a mentee who has not chosen: `CHOICE_DAYS` after the offer, or at
 * midnight (in `zone`) `ASSIGN_DAYS_BEFORE_START` days before the rotation starts, whichever comes first. Without an
 * offer (none could be sent yet), the second alone.
 */
export function assignmentDeadline(offeredAt: Date | undefined, start: string, zone: string): Date {
  const beforeStart = zonedInstant(addDays(start, -ASSIGN_DAYS_BEFORE_START), 0, 0, zone);
  if (offeredAt === undefined) return beforeStart;
  const afterOffer = new Date(offeredAt.getTime() + CHOICE_DAYS * 86_400_000);
  return afterOffer < beforeStart ? afterOffer : beforeStart;
}

/** True when an upcoming rotation is one matching looks at on `today`: it starts today or within `days` days. */
export function isInMatchWindow(rotation: Pick<Rotation, 'kind' | 'start'>, today: string, days: number): boolean {
  return rotation.kind === 'upcoming' && rotation.start >= today && rotation.start <= addDays(today, days);
}

export interface MatchingState {
  /** Upcoming rotations of active clinical mentees. */
  readonly menteeRotations: readonly Rotation[];
  readonly mentors: readonly MentorCandidate[];
  /** Every rotation's current assignment. */
  readonly current: readonly Assignment[];
  readonly offers: readonly Offer[];
}

export interface MatchSettings {
  /** The program's zone: calendar dates and the deadline before the start are counted in it. */
  readonly zone: string;
  readonly matchDays: number;
  readonly capacity: number;
}

export interface MatchPlan {
  /** Rotations to offer mentors for, soonest first, each with its suggestions (1 to 3). */
  readonly offers: readonly { readonly rotation: Rotation; readonly suggestions: readonly RankedMentor[] }[];
  /** Rotations past their deadline with no mentor: the best-ranked eligible mentor is assigned (`offered`: an offer DM was sent). */
  readonly assign: readonly { readonly rotation: Rotation; readonly mentor: RankedMentor; readonly offered: boolean }[];
  /** Rotations in the window with no mentor and no eligible mentor to offer or assign. */
  readonly unmatched: readonly Rotation[];
}

/**
 * What matching does now: for each mentee rotation in the window with no mentor, soonest first, either assign the
 * best-ranked mentor (its deadline has passed), offer up to 3 (no offer yet), or nothing (waiting for the mentee's
 * choice, or no eligible mentor). Each assignment counts toward its mentor's capacity for the rotations after it.
 */
export function planMatching(state: MatchingState, now: Date, settings: MatchSettings): MatchPlan {
  const today = dateInZone(now, settings.zone);
  const byId = new Map(state.menteeRotations.map((r) => [r.id, r]));
  const assigned = new Set(state.current.map((a) => a.rotationId));
  const offers = new Map(state.offers.map((o) => [o.rotationId, o]));
  const mentees = menteesOfMentors(state.current, byId, today);
  const plan = { offers: [] as MatchPlan['offers'][number][], assign: [] as MatchPlan['assign'][number][], unmatched: [] as Rotation[] };
  const waiting = [...state.menteeRotations]
    .filter((r) => !assigned.has(r.id) && isInMatchWindow(r, today, settings.matchDays))
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1));
  for (const rotation of waiting) {
    const offer = offers.get(rotation.id);
    const loads = new Map([...mentees].map(([id, set]) => [id, set.size]));
    const best = suggestionsOf(rankMentors(rotation, state.mentors, loads, settings.capacity));
    if (now.getTime() >= assignmentDeadline(offer?.offeredAt, rotation.start, settings.zone).getTime()) {
      const mentor = best[0];
      if (mentor === undefined) {
        plan.unmatched.push(rotation);
        continue;
      }
      plan.assign.push({ rotation, mentor, offered: offer !== undefined });
      addTo(mentees, mentor.mentorId, rotation.personId);
    } else if (offer === undefined) {
      if (best.length === 0) plan.unmatched.push(rotation);
      else plan.offers.push({ rotation, suggestions: best });
    }
  }
  return plan;
}
