import { addDays, daysBetween, duePoint } from '../../../program/calendar-date.js';
import { midpointOf, minutesCheckDateOf, MID_WINDOW_DAYS, type RotationObligations } from './obligations.js';
import type { Rotation } from './rotation.js';

/**
 * Nudges to a clinical mentor about one mentee rotation, each once (claimed by its key): 7 and then 2 days before the
 * start while there has been no pre-rotation meeting, 2 days before the midpoint while there has been no mid-rotation
 * meeting, and at 75 % of the rotation while under 120 minutes. Days are program dates (`today` in the program's zone):
 * a nudge is due from midnight there on its day, and stays due until its cause is gone, its window closes or a later
 * nudge of its series takes over, so a run held by quiet hours or a failure still sends it, and never twice. The
 * mentor's zone decides only the quiet hours.
 */

/** Days before the start when a mentor with no pre-rotation meeting is nudged, largest first. */
export const PRE_NUDGE_DAYS = [7, 2] as const;
/** Days before the midpoint when a mentor with no mid-rotation meeting is nudged. */
export const MID_NUDGE_DAYS = 2;

export type RotationNudgeKind = 'pre' | 'mid' | 'minutes';

export interface RotationNudge {
  readonly kind: RotationNudgeKind;
  /** Unique per rotation, mentor and point: claimed before sending, so it goes out once. */
  readonly key: string;
  /** The rotation's current mentor. */
  readonly recipientId: string;
  /** The mentor's zone (theirs, else the program's): for quiet hours. */
  readonly zone: string;
  readonly menteeId: string;
  readonly rotation: Pick<Rotation, 'id' | 'subject' | 'start' | 'end'>;
  /** `pre`: 7 or 2 (days before the start it is for); `mid`: 2; `minutes`: 0. */
  readonly days: number;
  /** Days from today to the start (`pre`) or the midpoint (`mid`); 0 for `minutes`. */
  readonly daysLeft: number;
  /** The day it is about: the start (`pre`), the midpoint (`mid`), the last day (`minutes`). */
  readonly date: string;
  /** `minutes`: the minutes so far and those asked for. */
  readonly minutes: number;
  readonly required: number;
}

export const rotationNudgeKey = (kind: RotationNudgeKind, rotationId: string, mentorId: string, days: number) =>
  `nudge:clinical-${kind}:${rotationId}:${mentorId}:${days}`;

/** A mentee rotation with a current mentor, as nudges read it. */
export interface NudgeableRotation {
  readonly rotation: Pick<Rotation, 'id' | 'personId' | 'subject' | 'start' | 'end'>;
  readonly mentorId: string;
  readonly mentorZone: string;
  readonly obligations: RotationObligations;
}

/** The pre-rotation point due when `daysLeft` days remain before the start: the smallest of 7 and 2 not below it. */
export function prePointDue(daysLeft: number): number | undefined {
  return duePoint(daysLeft, PRE_NUDGE_DAYS);
}

/** Every nudge due `today` (program date) for these rotations. */
export function dueRotationNudges(rotations: readonly NudgeableRotation[], today: string): RotationNudge[] {
  const out: RotationNudge[] = [];
  for (const { rotation, mentorId, mentorZone, obligations } of rotations) {
    const base = { recipientId: mentorId, zone: mentorZone, menteeId: rotation.personId, rotation, minutes: obligations.minutes.minutes, required: obligations.minutes.required };
    const toStart = daysBetween(today, rotation.start);
    const pre = prePointDue(toStart);
    if (pre !== undefined && obligations.pre.status !== 'done') {
      out.push({ ...base, kind: 'pre', key: rotationNudgeKey('pre', rotation.id, mentorId, pre), days: pre, daysLeft: toStart, date: rotation.start });
    }
    const mid = midpointOf(rotation);
    const toMid = daysBetween(today, mid);
    if (toMid <= MID_NUDGE_DAYS && toMid >= -MID_WINDOW_DAYS && today >= rotation.start && obligations.mid.status !== 'done') {
      out.push({ ...base, kind: 'mid', key: rotationNudgeKey('mid', rotation.id, mentorId, MID_NUDGE_DAYS), days: MID_NUDGE_DAYS, daysLeft: toMid, date: mid });
    }
    if (today >= minutesCheckDateOf(rotation) && today <= rotation.end && obligations.minutes.status !== 'done') {
      out.push({ ...base, kind: 'minutes', key: rotationNudgeKey('minutes', rotation.id, mentorId, 0), days: 0, daysLeft: 0, date: rotation.end });
    }
  }
  return out;
}

/** The last day any nudge of a rotation can be due: its last day. Rotations ended before `today` need no reading. */
export const lastNudgeDateOf = (rotation: Pick<Rotation, 'end'>) => rotation.end;

/** The first day a nudge of a rotation can be due: 7 days before it starts. */
export const firstNudgeDateOf = (rotation: Pick<Rotation, 'start'>) => addDays(rotation.start, -Math.max(...PRE_NUDGE_DAYS));
