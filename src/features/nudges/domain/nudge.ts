import type { ProgramMonth, ProgramSemester } from '../../../program/calendar.js';
import type { RequestFacts } from '../../../program/records/request.js';

export interface NudgeSettings {
  /** Share of a request's response window after which its mentors are reminded (0.75: at 18 h of 24 h). */
  readonly reminderShare: number;
  /** Hours after a missed deadline when the Faculty Mentor is told. */
  readonly escalationHours: number;
  /** Days before a program month ends when mentors get their mentees with no communication yet (e.g. 10 and 3). */
  readonly monthEndDays: readonly number[];
  /** Days before a semester ends when mentors get their mentees with no meeting yet (e.g. 30 and 14). */
  readonly semesterEndDays: readonly number[];
}

export const DEFAULT_NUDGE_SETTINGS: NudgeSettings = { reminderShare: 0.75, escalationHours: 24, monthEndDays: [10, 3], semesterEndDays: [30, 14] };

interface NudgeBase {
  /** Unique per nudge, recipient and window: claimed before sending, so it goes out once. */
  readonly key: string;
  readonly recipientId: string;
  /** The recipient's time zone (theirs, else the program's): for quiet hours and the times they read. */
  readonly zone: string;
}

export interface RequestNudge extends NudgeBase {
  /** At the reminder point, to the mentors the request is with; at the deadline, to them and the Pair; later, to faculty. */
  readonly kind: 'request-reminder' | 'request-overdue' | 'request-escalation';
  readonly request: RequestFacts;
  /** Whole hours until the deadline (reminder) or since it (overdue, escalation); at least 1 before it. */
  readonly hours: number;
  /** The mentors this recipient stands in for (away, or gone from the program); empty when it was theirs anyway. */
  readonly coveringFor: readonly string[];
}

export interface MonthEndNudge extends NudgeBase {
  readonly kind: 'month-end';
  readonly month: ProgramMonth;
  /** Days of the month left, today (in the program's zone) included. */
  readonly daysLeft: number;
  /** The recipient's mentees with no communication yet this month, by name (the first LIST_NAMES_MAX of them). */
  readonly menteeIds: readonly string[];
  /** How many of the recipient's mentees are missing in all. */
  readonly missing: number;
  /** The recipient is the mentees' faculty mentor, standing in while all their peer mentors are away. */
  readonly asFaculty: boolean;
}

export interface SemesterEndNudge extends NudgeBase {
  readonly kind: 'semester-end';
  readonly semester: ProgramSemester;
  readonly daysLeft: number;
  /** The recipient's mentees with no meeting yet this semester, by name (the first LIST_NAMES_MAX of them). */
  readonly menteeIds: readonly string[];
  /** How many of the recipient's mentees are missing in all. */
  readonly missing: number;
  readonly asFaculty: boolean;
}

export type ListNudge = MonthEndNudge | SemesterEndNudge;
export type Nudge = RequestNudge | ListNudge;

/**
 * Mentees a list names; the rest are counted. One message cannot show more, and a program-wide MD/PhD group can
 * give each of its mentors thousands: keeping every name would hold millions in memory for nothing.
 */
export const LIST_NAMES_MAX = 100;

export const nudgeKeys = {
  reminder: (requestId: string, recipientId: string) => `nudge:request-reminder:${requestId}:${recipientId}`,
  overdue: (requestId: string, recipientId: string) => `nudge:request-overdue:${requestId}:${recipientId}`,
  escalation: (requestId: string, facultyId: string) => `nudge:request-escalation:${requestId}:${facultyId}`,
  monthEnd: (recipientId: string, monthKey: string, days: number) => `nudge:month-end:${recipientId}:${monthKey}:${days}`,
  semesterEnd: (recipientId: string, semesterKey: string, days: number) => `nudge:semester-end:${recipientId}:${semesterKey}:${days}`,
};
