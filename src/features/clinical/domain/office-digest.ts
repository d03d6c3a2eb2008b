import { addDays } from '../../../program/calendar-date.js';
import type { Person } from '../../../program/roster.js';
import { holdsRoleIn } from '../../../program/tracks.js';
import { CLINICAL } from './clinical-track.js';
import type { Assignment } from './match.js';
import { ROTATION_MINUTES, type ObligationStatus, type RotationObligations } from './obligations.js';
import type { Rotation } from './rotation.js';

/**
 * The Clinical Office at a glance (its weekly digest and its Home): counts and dates only, never what anyone wrote.
 * Meetings and minutes are counted over the *recent* mentee rotations with a mentor: those whose days overlap the
 * last four weeks or the next 14 days (running now, ended within four weeks, or starting soon).
 */

/** Rotations starting within this many days without a mentor are listed. */
export const UNASSIGNED_HORIZON_DAYS = 14;
/** Rotations ended within this many days still count among the recent ones. */
export const RECENT_DAYS = 28;
/** Each clinical mentor takes at least this many mentees. */
export const MIN_MENTEES = 3;

export type StatusCounts = Readonly<Record<ObligationStatus, number>>;

export interface OfficeDigest {
  readonly today: string;
  /** Rotations starting from today to 14 days on with no mentor: how many, and how many on each first day. */
  readonly unassignedSoon: { readonly count: number; readonly byStart: readonly { readonly date: string; readonly count: number }[] };
  /** Recent rotations with a mentor. */
  readonly recent: number;
  readonly pre: StatusCounts;
  readonly mid: StatusCounts;
  /** Mentees with a recent rotation that has begun and has had under 120 minutes (so far, or in all when it has ended). */
  readonly menteesUnderMinutes: number;
  /** …of whom this many in a rotation that has ended. */
  readonly menteesUnderMinutesEnded: number;
  /** Active clinical mentors, and those with fewer than 3 current mentees (mentees of rotations not yet ended). */
  readonly mentors: number;
  readonly mentorsUnderMin: number;
  /** Active clinical mentors who have not accepted the honesty agreement, by name. */
  readonly pendingAgreementIds: readonly string[];
}

export interface OfficeDigestInput {
  readonly today: string;
  /** Mentee rotations ending on or after `today − RECENT_DAYS` (every one after, too). */
  readonly rotations: readonly { readonly rotation: Rotation; readonly current: Assignment | undefined; readonly obligations: RotationObligations | undefined }[];
  /** Everyone the roster knows (clinical mentors are picked from them). */
  readonly people: readonly Person[];
  /** Who has accepted the honesty agreement. */
  readonly agreedIds: ReadonlySet<string>;
}

const zero = (): Record<ObligationStatus, number> => ({ done: 0, missing: 0, upcoming: 0 });

export function buildOfficeDigest(input: OfficeDigestInput): OfficeDigest {
  const { today } = input;
  const horizon = addDays(today, UNASSIGNED_HORIZON_DAYS);
  const recentFrom = addDays(today, -RECENT_DAYS);
  const starts = new Map<string, number>();
  const pre = zero();
  const mid = zero();
  const under = new Set<string>();
  const underEnded = new Set<string>();
  const menteesOf = new Map<string, Set<string>>();
  for (const { rotation, current, obligations } of input.rotations) {
    if (current === undefined) {
      if (rotation.start >= today && rotation.start <= horizon) starts.set(rotation.start, (starts.get(rotation.start) ?? 0) + 1);
      continue;
    }
    if (rotation.end >= today) menteesOf.set(current.mentorId, (menteesOf.get(current.mentorId) ?? new Set()).add(rotation.personId));
    if (obligations === undefined || rotation.end < recentFrom || rotation.start > horizon) continue;
    pre[obligations.pre.status] += 1;
    mid[obligations.mid.status] += 1;
    if (rotation.start <= today && obligations.minutes.minutes < ROTATION_MINUTES) {
      under.add(rotation.personId);
      if (rotation.end < today) underEnded.add(rotation.personId);
    }
  }
  const names = new Intl.Collator('en');
  const mentors = input.people.filter((p) => p.active && holdsRoleIn(p, 'peer_mentor', CLINICAL)).sort((a, b) => names.compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
  const byStart = [...starts].sort(([a], [b]) => a.localeCompare(b)).map(([date, count]) => ({ date, count }));
  return {
    today,
    unassignedSoon: { count: byStart.reduce((n, s) => n + s.count, 0), byStart },
    recent: pre.done + pre.missing + pre.upcoming,
    pre,
    mid,
    menteesUnderMinutes: under.size,
    menteesUnderMinutesEnded: underEnded.size,
    mentors: mentors.length,
    mentorsUnderMin: mentors.filter((m) => (menteesOf.get(m.id)?.size ?? 0) < MIN_MENTEES).length,
    pendingAgreementIds: mentors.filter((m) => !input.agreedIds.has(m.id)).map((m) => m.id),
  };
}
