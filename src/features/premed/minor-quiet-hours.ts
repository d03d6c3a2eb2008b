import { isQuiet, nextSendableTime, type QuietHours } from '../../delivery/quiet-hours.js';

/**
 * Minors' quiet hours (MINOR_QUIET_HOURS, 20:00–08:00 in their zone by default): nothing the app sends reaches a mentee
 * under 18 inside them, whatever it is (an introduction, a request's conversation, a check-in, a nudge). Adults keep
 * the program's QUIET_HOURS. A message to several people at once (a group DM with a minor, their mentor and a
 * coordinator) waits until it is quiet for none of them. Not in domain/: it reads the shared quiet-hours rule of
 * delivery/, which domain/ may not import.
 */

/** Someone a message goes to: their zone (theirs, else the program's) and whether they are a minor. */
export interface Addressee {
  readonly zone: string;
  readonly minor: boolean;
}

export interface QuietRules {
  /** The program's QUIET_HOURS, for adults. */
  readonly quietHours: QuietHours;
  /** MINOR_QUIET_HOURS, for mentees under 18. */
  readonly minorQuietHours: QuietHours;
}

/** The quiet hours that apply to one person. */
export const quietHoursOf = (addressee: Pick<Addressee, 'minor'>, rules: QuietRules): QuietHours => (addressee.minor ? rules.minorQuietHours : rules.quietHours);

/** May the app message this minor at `now`: false inside MINOR_QUIET_HOURS in their zone. */
export function mayMessageMinor(now: Date, zone: string, minorQuietHours: QuietHours): boolean {
  return !isQuiet(now, zone, minorQuietHours);
}

/** May the app post at `now` to a conversation with all of these people: it is quiet for none of them. */
export function mayMessageAll(now: Date, addressees: readonly Addressee[], rules: QuietRules): boolean {
  return addressees.every((a) => !isQuiet(now, a.zone, quietHoursOf(a, rules)));
}

/**
 * The first moment from `now` at which it is quiet for none of them (`now` itself when it already is). Each person's
 * quiet hours end at most once a day, so a few steps settle it; undefined when their hours never leave a common gap
 * (e.g. one of them is quiet all day long).
 */
export function nextTimeForAll(now: Date, addressees: readonly Addressee[], rules: QuietRules): Date | undefined {
  let at = now;
  for (let step = 0; step <= addressees.length * 2 + 2; step += 1) {
    const held = addressees.find((a) => isQuiet(at, a.zone, quietHoursOf(a, rules)));
    if (held === undefined) return at;
    at = nextSendableTime(at, held.zone, quietHoursOf(held, rules));
  }
  return undefined;
}
