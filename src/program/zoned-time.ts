/**
 * Wall-clock times in IANA zones, computed with Intl so daylight-saving changes come out right.
 * Calendar dates (YYYY-MM-DD) live in calendar-date.ts, on dayjs. Zones stay on Intl: see why in dayjs.ts.
 */

/** A moment as a person in a zone sees it. */
export interface LocalTime {
  /** YYYY-MM-DD */
  readonly date: string;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  /** 0 = Sunday … 6 = Saturday. */
  readonly weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      weekday: 'short',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** True for a time zone name Intl knows (IANA, e.g. America/Chicago, or UTC). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The wall-clock time at an instant in a zone. */
export function localTime(at: Date, zone: string): LocalTime {
  // Intl, not dayjs .tz(): called per person in jobs, and .tz() is ~100× slower than this cached formatter.
  const parts: Record<string, string> = {};
  for (const p of formatterFor(zone).formatToParts(at)) parts[p.type] = p.value;
  const year = Number(parts['year']);
  const month = Number(parts['month']);
  const day = Number(parts['day']);
  return {
    date: `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    year: Number(parts['year']),
    month: Number(parts['month']),
    day: Number(parts['day']),
    hour: Number(parts['hour']),
    minute: Number(parts['minute']),
    weekday: WEEKDAYS.indexOf(parts['weekday'] ?? ''),
  };
}

/**
 * The instant when the wall clock in `zone` reads `date` `hour`:`minute`. A time skipped by a spring-forward
 * change maps to the same clock reading after the change (02:30 → 03:30); a repeated one to its first occurrence.
 */
export function zonedInstant(date: string, hour: number, minute: number, zone: string): Date {
  // Intl, not dayjs.tz(text, zone): that reads the clock and picks a fall-back hour's reading by today's offset.
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wanted = Date.UTC(y, m - 1, d, hour, minute);
  // Start from the zone's offset near that time and correct once: enough for every real zone's single change.
  let guess = wanted - offsetMs(new Date(wanted), zone);
  guess = wanted - offsetMs(new Date(guess), zone);
  const reading = localTime(new Date(guess), zone);
  const readingMs = Date.UTC(reading.year, reading.month - 1, reading.day, reading.hour, reading.minute);
  if (readingMs !== wanted) guess += wanted - readingMs; // skipped time: move forward by the gap
  // For a repeated hour, prefer the earlier instant if it reads the same.
  const earlier = guess - 3_600_000;
  const er = localTime(new Date(earlier), zone);
  if (Date.UTC(er.year, er.month - 1, er.day, er.hour, er.minute) === wanted) return new Date(earlier);
  return new Date(guess);
}

/** How far the zone's wall clock is ahead of UTC at an instant, in ms. */
export function offsetMs(at: Date, zone: string): number {
  const t = localTime(at, zone);
  const asUtc = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute);
  return asUtc - Math.floor(at.getTime() / 60_000) * 60_000;
}
