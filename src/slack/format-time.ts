/** Times and dates as people read them, in their own zone. */

import dayjs from '../program/dayjs.js';

const normalise = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

/** `Sun, Nov 1, 11:00 AM EST`: an instant as a clock in `zone` shows it. */
export function formatInZone(at: Date, zone: string): string {
  // Intl, not dayjs .tz(): .tz() reads the wall clock through the machine's zone, an hour off inside that zone's DST gap.
  return normalise(
    new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      weekday: 'short',
      month: 'short',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'short',
    }).format(at),
  );
}

/** `Mon, Nov 2`: a calendar date (YYYY-MM-DD). */
export function formatDate(date: string): string {
  return dayjs.utc(date).format('ddd, MMM D');
}

/** `Mon, Nov 2 – Fri, Nov 6`, or one date when both are the same. */
export function formatDateRange(start: string, end: string): string {
  return start === end ? formatDate(start) : `${formatDate(start)} – ${formatDate(end)}`;
}

/** `2026-09-14` → `Mon 14 Sep 2026`: a calendar date in full (no time zone applies). */
export function formatLongDate(date: string): string {
  return dayjs.utc(date).format('ddd D MMM YYYY');
}

/** `2026-09` → `September 2026`. */
export function formatMonth(monthKey: string): string {
  return dayjs.utc(`${monthKey}-01`).format('MMMM YYYY');
}
