import { isInRange, programDateOf } from '../calendar.js';
import { isUrgentWellbeing, requestStatus, type RequestFacts, type RequestStatus } from '../records/request.js';
import { zonedInstant } from '../zoned-time.js';
import { periodsOf, type DigestSettings } from './periods-of.js';

/** A request still waiting for an answer (open or claimed), or an urgent well-being one sent this week. */
export interface RequestLine {
  readonly requestId: string;
  readonly menteeId: string;
  readonly status: RequestStatus;
  readonly createdAt: Date;
  readonly deadline: Date;
  /** Still waiting for an answer and past its deadline. */
  readonly overdue: boolean;
  /** Whole hours since it was sent. */
  readonly ageHours: number;
  readonly urgentWellbeing: boolean;
}

export interface RequestSummary {
  /** Waiting for an answer (open or claimed), oldest first. */
  readonly waiting: readonly RequestLine[];
  readonly overdue: number;
  /** First answers given this week (the reader's Monday 00:00 until now). */
  readonly answeredThisWeek: number;
  /** First answers given this program month, and the median time they took. */
  readonly answeredThisMonth: number;
  readonly medianResponseMinutes: number | undefined;
}

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

/** The median of some numbers, undefined for none. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export const isWaiting = (r: Pick<RequestFacts, 'respondedBy' | 'closedAs'>): boolean => r.respondedBy === undefined && r.closedAs === undefined;

function requestLine(r: RequestFacts, now: Date): RequestLine {
  return {
    requestId: r.id,
    menteeId: r.menteeId,
    status: requestStatus(r),
    createdAt: r.createdAt,
    deadline: r.deadline,
    overdue: isWaiting(r) && r.deadline.getTime() <= now.getTime(),
    ageHours: Math.max(0, Math.floor((now.getTime() - r.createdAt.getTime()) / HOUR_MS)),
    urgentWellbeing: isUrgentWellbeing(r),
  };
}

const byCreated = (a: RequestLine, b: RequestLine) => a.createdAt.getTime() - b.createdAt.getTime();

/** The requests of some mentees as counts and statuses. */
export function summarizeRequests(requests: readonly RequestFacts[], menteeIds: ReadonlySet<string>, now: Date, settings: DigestSettings): RequestSummary & { urgent: RequestLine[] } {
  const { month, week } = periodsOf(now, settings);
  const weekStart = zonedInstant(week.monday, 0, 0, settings.zone).getTime();
  const mine = requests.filter((r) => menteeIds.has(r.menteeId) && r.createdAt.getTime() <= now.getTime());
  const waiting = mine.filter(isWaiting).map((r) => requestLine(r, now)).sort(byCreated);
  const answered = mine.filter((r) => r.respondedAt !== undefined && r.respondedAt.getTime() <= now.getTime());
  const answeredThisMonth = answered.filter((r) => isInRange(programDateOf(r.respondedAt!, settings.calendar), month));
  const urgent = mine
    .filter((r) => isUrgentWellbeing(r) && (isWaiting(r) || r.createdAt.getTime() >= weekStart))
    .map((r) => requestLine(r, now))
    .sort(byCreated);
  return {
    waiting,
    overdue: waiting.filter((r) => r.overdue).length,
    answeredThisWeek: answered.filter((r) => r.respondedAt!.getTime() >= weekStart).length,
    answeredThisMonth: answeredThisMonth.length,
    medianResponseMinutes: median(answeredThisMonth.map((r) => Math.round((r.respondedAt!.getTime() - r.createdAt.getTime()) / MINUTE_MS))),
    urgent,
  };
}
