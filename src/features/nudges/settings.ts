import type { Parsed } from '../../config/program.js';
import { defineSettings, optional, parsedText, wholeNumber } from '../../config/settings.js';
import { DEFAULT_NUDGE_SETTINGS, type NudgeSettings } from './domain/nudge.js';

/**
 * The nudges' settings, as the environment gives them:
 *   REQUEST_REMINDER_PERCENT=75      a request's mentors are reminded at this share of the reply window
 *   REQUEST_ESCALATION_HOURS=24      the Faculty Mentor is told this long after a missed deadline
 *   MONTH_END_NUDGE_DAYS=10,3        days before the month ends, comma-separated (or `off`)
 *   SEMESTER_END_NUDGE_DAYS=30,14    days before the semester ends (or `off`)
 */

/** Whole numbers of days from 1 to `max`, comma-separated, each once (largest first), or `off` (none). */
export function readDaysBefore(max: number, example: string): (text: string) => Parsed<number[]> {
  const expected = `expected whole numbers of days from 1 to ${max}, comma-separated, e.g. ${example}, or off`;
  return (text) => {
    if (text.trim().toLowerCase() === 'off') return { ok: true, value: [] };
    const days: number[] = [];
    for (const part of text.split(',').map((p) => p.trim())) {
      if (!/^\d{1,3}$/.test(part) || Number(part) < 1 || Number(part) > max) return { ok: false, error: `${expected} (could not read "${part}")` };
      if (days.includes(Number(part))) return { ok: false, error: `${expected} (${part} is given twice)` };
      days.push(Number(part));
    }
    return { ok: true, value: days.sort((a, b) => b - a) };
  };
}

/** When requests' mentors, faculty and mentors with mentees still to contact are nudged. */
export const nudgeSettings = defineSettings(
  'nudges',
  {
    REQUEST_REMINDER_PERCENT: optional(wholeNumber(1, 99, 'a whole percentage from 1 to 99 of the reply window (75: at 18 h of 24 h)')).transform((percent) =>
      percent === undefined ? DEFAULT_NUDGE_SETTINGS.reminderShare : percent / 100,
    ),
    REQUEST_ESCALATION_HOURS: optional(wholeNumber(0, 720, 'a whole number of hours from 0 to 720 after the missed deadline (default 24)')).transform(
      (hours) => hours ?? DEFAULT_NUDGE_SETTINGS.escalationHours,
    ),
    MONTH_END_NUDGE_DAYS: optional(parsedText(readDaysBefore(28, '10,3'))).transform((days) => days ?? [...DEFAULT_NUDGE_SETTINGS.monthEndDays]),
    SEMESTER_END_NUDGE_DAYS: optional(parsedText(readDaysBefore(180, '30,14'))).transform((days) => days ?? [...DEFAULT_NUDGE_SETTINGS.semesterEndDays]),
  },
  (e): NudgeSettings => ({
    reminderShare: e.REQUEST_REMINDER_PERCENT,
    escalationHours: e.REQUEST_ESCALATION_HOURS,
    monthEndDays: Object.freeze([...e.MONTH_END_NUDGE_DAYS]),
    semesterEndDays: Object.freeze([...e.SEMESTER_END_NUDGE_DAYS]),
  }),
);
