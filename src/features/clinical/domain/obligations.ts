import { addDays, daysBetween } from '../../../program/calendar-date.js';
import { isMeeting, type ContactKind } from '../../../program/records/contact.js';
import type { Assignment } from './match.js';
import type { Rotation } from './rotation.js';

/**
 * What a clinical mentor owes each mentee rotation they are assigned to, from the contact ledger (the issue's
 * "obligations"): a *pre-rotation meeting* (a video or in-person contact dated from the assignment to the day before
 * the rotation starts), a *mid-rotation meeting* (a meeting dated within 3 days of the rotation's midpoint), and *at
 * least 120 minutes* (the minutes of every contact dated from the assignment to the rotation's last day). Dates are
 * calendar dates in the program's time zone (a contact's `date`); `today` is passed in.
 *
 * A contact counts for a rotation when it names the mentee, was logged by one of the rotation's mentors (any step:
 * a mentor the Office replaced keeps what they did) and is dated from the day of the first assignment on. A group
 * contact counts fully for each mentee it names.
 */

/** The minutes a mentor spends with each mentee per rotation (the program's 2-hour rule). */
export const ROTATION_MINUTES = 120;
/** A mid-rotation meeting is one dated this many days or fewer from the midpoint. */
export const MID_WINDOW_DAYS = 3;
/** The minutes nudge comes at this share of the rotation. */
export const MINUTES_CHECK_SHARE = 0.75;

/** `done`: met; `missing`: its window has passed without it; `upcoming`: its window is still ahead or open. */
export type ObligationStatus = 'done' | 'missing' | 'upcoming';

/** What the obligations read of a contact: no note, ever. */
export interface ObligationContact {
  readonly mentorId: string;
  readonly menteeIds: readonly string[];
  /** Program date, YYYY-MM-DD. */
  readonly date: string;
  readonly kind: ContactKind;
  readonly minutes: number;
}

export interface MeetingObligation {
  readonly status: ObligationStatus;
  /** The first meeting that counts, when there is one. */
  readonly date: string | undefined;
  /** The window's first and last day (the pre-rotation window is empty, `from` after `to`, when the assignment came on or after the start). */
  readonly from: string;
  readonly to: string;
}

export interface MinutesObligation {
  readonly status: ObligationStatus;
  /** Minutes logged so far in its window. */
  readonly minutes: number;
  readonly required: number;
}

export interface RotationObligations {
  readonly pre: MeetingObligation;
  readonly mid: MeetingObligation;
  readonly minutes: MinutesObligation;
}

/** The rotation's midpoint: the day halfway from its first to its last day (rounded down). */
export function midpointOf(rotation: Pick<Rotation, 'start' | 'end'>): string {
  return addDays(rotation.start, Math.floor(daysBetween(rotation.start, rotation.end) / 2));
}

/** The day the minutes are checked: 75 % of the rotation's days have begun (Jan 4 to Feb 26, 54 days: day 40, Feb 13). */
export function minutesCheckDateOf(rotation: Pick<Rotation, 'start' | 'end'>): string {
  return addDays(rotation.start, Math.floor(MINUTES_CHECK_SHARE * (daysBetween(rotation.start, rotation.end) + 1)));
}

/**
 * The rotation's obligations as of `today`. `steps` are the rotation's assignments (every step; the first gives the
 * day the windows open); `assignedDate` is the first step's date in the program's zone. `contacts` may hold any
 * contacts: those that do not count for the rotation are left out here.
 */
export function obligationsOf(
  rotation: Pick<Rotation, 'personId' | 'start' | 'end'>,
  mentorIds: readonly string[],
  assignedDate: string,
  contacts: readonly ObligationContact[],
  today: string,
): RotationObligations {
  const mentors = new Set(mentorIds);
  const counted = contacts
    .filter((c) => mentors.has(c.mentorId) && c.menteeIds.includes(rotation.personId) && c.date >= assignedDate)
    .sort((a, b) => a.date.localeCompare(b.date));
  const meeting = (from: string, to: string): MeetingObligation => {
    const date = counted.find((c) => isMeeting(c.kind) && c.date >= from && c.date <= to)?.date;
    const status = date !== undefined ? 'done' : today > to ? 'missing' : 'upcoming';
    return { status, date, from, to };
  };
  const mid = midpointOf(rotation);
  const minutes = counted.filter((c) => c.date <= rotation.end).reduce((sum, c) => sum + c.minutes, 0);
  return {
    pre: meeting(assignedDate, addDays(rotation.start, -1)),
    mid: meeting(maxDate(assignedDate, addDays(mid, -MID_WINDOW_DAYS)), addDays(mid, MID_WINDOW_DAYS)),
    minutes: { status: minutes >= ROTATION_MINUTES ? 'done' : today > rotation.end ? 'missing' : 'upcoming', minutes, required: ROTATION_MINUTES },
  };
}

const maxDate = (a: string, b: string) => (a > b ? a : b);

/** A rotation's obligations from its assignment steps: its mentors, and the first step's date in the program's zone. */
export function obligationsFromSteps(
  rotation: Pick<Rotation, 'personId' | 'start' | 'end'>,
  steps: readonly Pick<Assignment, 'mentorId' | 'assignedAt' | 'step'>[],
  contacts: readonly ObligationContact[],
  today: string,
  dateOf: (at: Date) => string,
): RotationObligations | undefined {
  if (steps.length === 0) return undefined;
  const first = steps.reduce((a, b) => (b.step < a.step ? b : a));
  return obligationsOf(rotation, [...new Set(steps.map((s) => s.mentorId))], dateOf(first.assignedAt), contacts, today);
}
