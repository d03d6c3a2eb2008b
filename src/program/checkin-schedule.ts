import { addDays } from './calendar-date.js';
import { firstActiveDayOf, isActiveMonth, monthKeyOf, shiftMonth, type ProgramCalendar } from './calendar.js';
import type { LocalTime } from './zoned-time.js';

/** When prompts and pulses go out, on each person's own wall clock. */
export interface CheckinSchedule {
  /** Check-in prompts: from this hour on the first active day of each program month. */
  readonly promptHour: number;
  /** The pulse: from this day of each active month (a later day of the month still sends one not yet sent)… */
  readonly pulseDay: number;
  /** …and from this hour on that day. */
  readonly pulseHour: number;
}

export const DEFAULT_CHECKIN_SCHEDULE: CheckinSchedule = { promptHour: 9, pulseDay: 15, pulseHour: 10 };

/** A reading of the wall clock. */
type ClockReading = Pick<LocalTime, 'hour' | 'minute'>;

/**
 * Quiet hours as wall-clock readings: from `start` until `end`, crossing midnight when `start` is later; equal means
 * none (`off`). The shape of delivery's QuietHours (the config's `quietHours`), which pure rules may not import.
 */
export interface QuietClock {
  readonly start: ClockReading;
  readonly end: ClockReading;
}

/** How long a window whose last night is quiet runs on after quiet hours end the next morning. */
export const MORNING_RUN_ON_HOURS = 4;

const DAY_MINUTES = 24 * 60;
const minutesOf = (t: ClockReading) => t.hour * 60 + t.minute;

/**
 * Until when (minutes after midnight) a window that ended at midnight runs on into the next morning: when quiet hours
 * run over midnight, its last minutes were quiet, so it lasts until MORNING_RUN_ON_HOURS after they end (at most to
 * the end of that day). Undefined when the window ended in the open: quiet hours `off`, or within one day.
 */
function runOnUntil(quiet: QuietClock): number | undefined {
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  // Only quiet hours that run over midnight (start later than end, e.g. 21:00-08:00 or 21:00-00:00) hold 23:59.
  if (start <= end) return undefined;
  return Math.min(DAY_MINUTES, end + MORNING_RUN_ON_HOURS * 60);
}

/** True when `local` is in the morning run-on of a window that ended at the midnight that began its day. */
const inRunOn = (local: LocalTime, quiet: QuietClock): boolean => {
  const until = runOnUntil(quiet);
  return until !== undefined && minutesOf(local) < until;
};

/**
 * The months (YYYY-MM) whose check-in prompt is due for someone whose wall clock reads `local`: on the month's first
 * active day, from `promptHour` until that day ends; and when quiet hours run over midnight (e.g. 21:00–08:00), the
 * window runs on through the next morning until MORNING_RUN_ON_HOURS after they end (12:00 with 21:00–08:00), so that
 * a prompt due late in the day, or one whose retry falls in the night, still goes out when the person wakes.
 * Sending waits out quiet hours inside the window (deliverOnce): a prompt due at 22:00 goes at 08:00 the next
 * morning. Two months when a first active day is a month's last and its run-on meets the next month's prompt.
 */
export function promptMonthsDue(local: LocalTime, calendar: Pick<ProgramCalendar, 'activeMonths' | 'semesters'>, promptHour: number, quiet: QuietClock): string[] {
  const months: string[] = [];
  if (inRunOn(local, quiet)) {
    const yesterday = addDays(local.date, -1);
    const month = monthKeyOf(yesterday);
    if (firstActiveDayOf(month, calendar) === yesterday) months.push(month);
  }
  const month = monthKeyOf(local.date);
  if (firstActiveDayOf(month, calendar) === local.date && local.hour >= promptHour) months.push(month);
  return months;
}

/**
 * The months (YYYY-MM) whose pulse is due for someone whose wall clock reads `local`: in an active month, from
 * `pulseHour` on `pulseDay` until the month ends; and when quiet hours run over midnight, on through the next month's
 * first morning until MORNING_RUN_ON_HOURS after they end, as for prompts. Two months when the pulse day is the 1st.
 */
export function pulseMonthsDue(local: LocalTime, calendar: Pick<ProgramCalendar, 'activeMonths'>, schedule: Pick<CheckinSchedule, 'pulseDay' | 'pulseHour'>, quiet: QuietClock): string[] {
  const months: string[] = [];
  const month = monthKeyOf(local.date);
  if (local.day === 1 && inRunOn(local, quiet)) {
    const last = shiftMonth(month, -1);
    if (isActiveMonth(last, calendar)) months.push(last);
  }
  if (!isActiveMonth(month, calendar)) return months;
  const due = local.day > schedule.pulseDay || (local.day === schedule.pulseDay && local.hour >= schedule.pulseHour);
  return due ? [...months, month] : months;
}
