import { isInRange, programDateOf, type ProgramMonth } from '../calendar.js';
import { requestStatus, type RequestFacts, type RequestStatus } from '../records/request.js';
import { PROGRAM_TOPICS } from '../request-topics.js';
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

function requestLine(r: RequestFacts, now: Date, periods: Pick<RequestPeriods, 'isUrgentWellbeing'>): RequestLine {
  return {
    requestId: r.id,
    menteeId: r.menteeId,
    status: requestStatus(r),
    createdAt: r.createdAt,
    deadline: r.deadline,
    overdue: isWaiting(r) && r.deadline.getTime() <= now.getTime(),
    ageHours: Math.max(0, Math.floor((now.getTime() - r.createdAt.getTime()) / HOUR_MS)),
    urgentWellbeing: periods.isUrgentWellbeing(r),
  };
}

const byCreated = (a: RequestLine, b: RequestLine) => a.createdAt.getTime() - b.createdAt.getTime();

/** What request summaries count by: the program month, and the start of the reader's week. */
export interface RequestPeriods {
  readonly month: ProgramMonth;
  readonly weekStart: number;
  /** Whether a request was first answered this program month (worked out once per request: it takes a zone's calendar). */
  readonly answeredThisMonth: (request: RequestFacts & { readonly respondedAt: Date }) => boolean;
  /** An urgent request about a well-being topic (of its track's topics). */
  readonly isUrgentWellbeing: (request: RequestFacts) => boolean;
}

export function requestPeriodsOf(now: Date, settings: DigestSettings): RequestPeriods {
  const { month, week } = periodsOf(now, settings);
  const known = new Map<RequestFacts, boolean>();
  const answeredThisMonth = (r: RequestFacts & { readonly respondedAt: Date }) => {
    let yes = known.get(r);
    if (yes === undefined) known.set(r, (yes = isInRange(programDateOf(r.respondedAt, settings.calendar), month)));
    return yes;
  };
  const topics = settings.requestTopics ?? PROGRAM_TOPICS;
  return { month, weekStart: zonedInstant(week.monday, 0, 0, settings.zone).getTime(), answeredThisMonth, isUrgentWellbeing: (r) => topics.isUrgentWellbeing(r) };
}

/** The requests of some mentees as counts and statuses. */
export function summarizeRequests(requests: readonly RequestFacts[], menteeIds: ReadonlySet<string>, now: Date, settings: DigestSettings): RequestSummary & { urgent: RequestLine[] } {
  return summarizeTheirRequests(requests.filter((r) => menteeIds.has(r.menteeId)), now, requestPeriodsOf(now, settings));
}

/** The same, for requests already picked as some mentees' (in the state's order), with the periods worked out once. */
export function summarizeTheirRequests(requests: readonly RequestFacts[], now: Date, periods: RequestPeriods): RequestSummary & { urgent: RequestLine[] } {
  const { weekStart } = periods;
  const mine = requests.filter((r) => r.createdAt.getTime() <= now.getTime());
  const waiting = mine.filter(isWaiting).map((r) => requestLine(r, now, periods)).sort(byCreated);
  const answered = mine.filter((r): r is RequestFacts & { respondedAt: Date } => r.respondedAt !== undefined && r.respondedAt.getTime() <= now.getTime());
  const answeredThisMonth = answered.filter(periods.answeredThisMonth);
  const urgent = mine
    .filter((r) => periods.isUrgentWellbeing(r) && (isWaiting(r) || r.createdAt.getTime() >= weekStart))
    .map((r) => requestLine(r, now, periods))
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
