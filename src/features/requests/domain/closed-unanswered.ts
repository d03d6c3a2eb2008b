import { CLOSE_REASONS, type CloseReason, type RequestFacts } from '../../../program/records/request.js';

const WEEK_MS = 7 * 24 * 3_600_000;

/** A request a mentor closed before anyone answered it: whose it was and why (counts only: never what it said). */
export interface ClosedUnanswered {
  readonly menteeId: string;
  readonly reason: CloseReason;
}

/** The requests closed unanswered, with a reason, in the 7 days before `now`. */
export function closedUnansweredThisWeek(requests: readonly RequestFacts[], now: Date): ClosedUnanswered[] {
  const since = now.getTime() - WEEK_MS;
  return requests.flatMap((r) =>
    r.closeReason !== undefined && r.closedAt !== undefined && r.closedAt.getTime() >= since && r.closedAt.getTime() <= now.getTime()
      ? [{ menteeId: r.menteeId, reason: r.closeReason }]
      : [],
  );
}

/** How many of these closes were of these mentees' requests (or of everyone's), by reason in `CLOSE_REASONS` order. */
export function countCloseReasons(closes: readonly ClosedUnanswered[], mentees: ReadonlySet<string> | 'all'): { readonly total: number; readonly byReason: readonly (readonly [CloseReason, number])[] } {
  const counted = closes.filter((c) => mentees === 'all' || mentees.has(c.menteeId));
  const byReason = CLOSE_REASONS.map((reason) => [reason, counted.filter((c) => c.reason === reason).length] as const).filter(([, n]) => n > 0);
  return { total: counted.length, byReason };
}

/** Since when the digest's week reads requests (every request closed since then is among those active since then). */
export function weekStart(now: Date): Date {
  return new Date(now.getTime() - WEEK_MS);
}
