import dayjs from '../../../program/dayjs.js';

/** Adulthood, in years: younger mentees are minors (a parent's contact and consent, a coordinator in every conversation). */
export const ADULT_AGE = 18;

/**
 * Whether someone born on `birthDate` is under 18 on `today` (both YYYY-MM-DD). They turn 18 on their 18th birthday;
 * someone born on 29 February turns 18 on 28 February of a year that has no 29th (dayjs's month-end rule).
 */
export function isMinorOn(birthDate: string, today: string): boolean {
  return dayjs.utc(birthDate).add(ADULT_AGE, 'year').format('YYYY-MM-DD') > today;
}
