import { addDays } from '../../../program/calendar-date.js';
import type { Rotation } from './rotation.js';

/**
 * When a rotation's mentor and mentee are a current pair (whom check-ins, requests and switching see): from the
 * assignment until a week after the rotation's last day, so that a meeting at its end can still be logged and a
 * question about it still asked.
 */
export const PAIR_GRACE_DAYS = 7;

/** True while the rotation's pair is current on `today` (YYYY-MM-DD, the program's zone). */
export function isCurrentPair(rotation: Pick<Rotation, 'end'>, today: string): boolean {
  return today <= addDays(rotation.end, PAIR_GRACE_DAYS);
}
