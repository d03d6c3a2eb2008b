import { describe, expect, it } from 'vitest';
import { dateInZone } from '../../src/program/calendar-date.js';
import { localTime, zonedInstant } from '../../src/program/zoned-time.js';

describe('wall-clock time in a zone', () => {
  it.each([
    ['2026-10-31T23:30:00-05:00', 'America/Chicago', '2026-10-31', 23, 30],
    ['2026-10-31T23:30:00-05:00', 'UTC', '2026-11-01', 4, 30],
    ['2026-03-08T06:59:00Z', 'America/New_York', '2026-03-08', 1, 59],
    ['2026-03-08T07:00:00Z', 'America/New_York', '2026-03-08', 3, 0],
    ['2026-11-01T05:30:00Z', 'America/New_York', '2026-11-01', 1, 30],
    ['2026-11-01T06:30:00Z', 'America/New_York', '2026-11-01', 1, 30],
    ['2026-12-31T23:00:00Z', 'Asia/Kolkata', '2027-01-01', 4, 30],
  ])('%s in %s is %s %i:%i', (iso, zone, date, hour, minute) => {
    expect(dateInZone(new Date(iso), zone)).toBe(date);
    expect(localTime(new Date(iso), zone)).toMatchObject({ hour, minute });
  });

  it.each([
    ['2026-07-01', 9, 0, 'America/Chicago', '2026-07-01T14:00:00.000Z'],
    ['2026-12-01', 9, 0, 'America/Chicago', '2026-12-01T15:00:00.000Z'],
    ['2026-11-01', 8, 0, 'America/New_York', '2026-11-01T13:00:00.000Z'],
    ['2026-03-08', 8, 0, 'America/New_York', '2026-03-08T12:00:00.000Z'],
    // 02:30 does not exist on the spring-forward day: the next real time is 03:30 EDT.
    ['2026-03-08', 2, 30, 'America/New_York', '2026-03-08T07:30:00.000Z'],
    ['2026-11-01', 0, 0, 'UTC', '2026-11-01T00:00:00.000Z'],
  ])('%s %i:%i in %s is %s', (date, hour, minute, zone, iso) => {
    expect(zonedInstant(date, hour, minute, zone).toISOString()).toBe(iso);
  });
});
