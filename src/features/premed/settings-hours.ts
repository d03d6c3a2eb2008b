import { parseActiveMonths } from '../../config/program.js';
import { defineSettings, optional, parsedText } from '../../config/settings.js';
import { parseQuietHours, type QuietHours } from '../../delivery/quiet-hours.js';

/** The pre-med track's months: October to May (the school year), unless PREMED_ACTIVE_MONTHS says otherwise. */
export const DEFAULT_PREMED_ACTIVE_MONTHS = '10-5';
/** Nothing is sent to a minor from 20:00 until 08:00 in their zone, unless MINOR_QUIET_HOURS says otherwise. */
export const DEFAULT_MINOR_QUIET_HOURS = '20:00-08:00';

const MINOR_QUIET_EXAMPLE =
  'expected local hours as HH:MM-HH:MM, e.g. 20:00-08:00 (nothing sent to a mentee under 18 from 20:00 until 08:00 in their time zone), or off';

/** MINOR_QUIET_HOURS: as QUIET_HOURS, with an example fit for minors. */
function readMinorQuietHours(text: string) {
  const quiet = parseQuietHours(text);
  return quiet === undefined ? ({ ok: false, error: MINOR_QUIET_EXAMPLE } as const) : ({ ok: true, value: quiet } as const);
}

const defaultMonths = (): number[] => {
  const parsed = parseActiveMonths(DEFAULT_PREMED_ACTIVE_MONTHS);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
};

export interface PremedHoursSettings {
  /** Months (1–12) in which the pre-med hours rule applies and month-end nudges go out (PREMED_ACTIVE_MONTHS). */
  readonly activeMonths: readonly number[];
  /** Local hours in which nothing is sent to a mentee under 18 (MINOR_QUIET_HOURS). */
  readonly minorQuietHours: QuietHours;
}

/** The settings' variables, for the pre-med feature's fragment (settings.ts) as for this one. */
export const premedHoursShape = {
  PREMED_ACTIVE_MONTHS: optional(parsedText(parseActiveMonths)).transform((months) => months ?? defaultMonths()),
  MINOR_QUIET_HOURS: optional(parsedText(readMinorQuietHours)).transform((quiet) => quiet ?? parseQuietHours(DEFAULT_MINOR_QUIET_HOURS)!),
};

/** The hours settings as read. */
export const readPremedHours = (e: { readonly PREMED_ACTIVE_MONTHS: number[]; readonly MINOR_QUIET_HOURS: QuietHours }): PremedHoursSettings => ({
  activeMonths: Object.freeze([...e.PREMED_ACTIVE_MONTHS]),
  minorQuietHours: Object.freeze(e.MINOR_QUIET_HOURS),
});

/** The pre-med track's hours rule and minors' quiet hours, read like the program's own months and quiet hours. */
export const premedHoursSettings = defineSettings('premed hours', premedHoursShape, readPremedHours);
