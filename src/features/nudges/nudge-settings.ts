import { parseQuietHours, type QuietHours } from '../../delivery/quiet-hours.js';
import type { Parsed } from '../../config/program.js';

/**
 * The nudges' text settings, as the environment gives them:
 *   QUIET_HOURS=21:00-08:00          nothing is sent from 21:00 until 08:00 in each recipient's zone (or `off`)
 *   MONTH_END_NUDGE_DAYS=10,3        days before the month ends, comma-separated (or `off`)
 *   SEMESTER_END_NUDGE_DAYS=30,14    days before the semester ends (or `off`)
 */

export function readQuietHours(text: string): Parsed<QuietHours> {
  const quiet = parseQuietHours(text);
  return quiet === undefined
    ? { ok: false, error: 'expected local hours as HH:MM-HH:MM, e.g. 21:00-08:00 (nothing sent from 21:00 until 08:00), or off' }
    : { ok: true, value: quiet };
}

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
