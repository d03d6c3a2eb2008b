import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ACTIVE_MONTHS,
  DEFAULT_SEMESTERS,
  firstActiveDayOf,
  programDateOf,
  programMonth,
  programMonthOf,
  semesterOf,
  shiftMonth,
  type ProgramCalendar,
} from '../../src/program/calendar.js';
import { addDays, datesFrom, daysBetween, isCalendarDate } from '../../src/program/calendar-date.js';
import { localTime, zonedInstant } from '../../src/program/zoned-time.js';
import { formatDate, formatDateRange } from '../../src/slack/format-time.js';

const chicago: ProgramCalendar = { timezone: 'America/Chicago', activeMonths: DEFAULT_ACTIVE_MONTHS, semesters: DEFAULT_SEMESTERS };
const utc: ProgramCalendar = { ...chicago, timezone: 'UTC' };

describe('programDateOf: the date an instant counts on, in the program’s time zone', () => {
  it.each([
    // The lead's example: 23:30 on 31 October in Chicago (CDT, -05:00) is already 1 November in UTC.
    ['2026-11-01T04:30:00Z', chicago, '2026-10-31'],
    ['2026-11-01T04:30:00Z', utc, '2026-11-01'],
    // Month edges: the last minute of August and the first of September, in Chicago.
    ['2026-09-01T04:59:00Z', chicago, '2026-08-31'],
    ['2026-09-01T05:00:00Z', chicago, '2026-09-01'],
    // Semester edge: New Year's Eve in Chicago (CST, -06:00) is New Year's Day in UTC.
    ['2027-01-01T05:59:00Z', chicago, '2026-12-31'],
    ['2027-01-01T06:00:00Z', chicago, '2027-01-01'],
    // Daylight saving: Chicago falls back on 2026-11-01 at 02:00 CDT (07:00Z); midnight is then at 06:00Z.
    ['2026-11-02T05:30:00Z', chicago, '2026-11-01'],
    ['2026-11-02T06:00:00Z', chicago, '2026-11-02'],
    // …and springs forward on 2026-03-08 at 02:00 CST (08:00Z); the next midnight is at 05:00Z.
    ['2026-03-09T04:59:00Z', chicago, '2026-03-08'],
    ['2026-03-09T05:00:00Z', chicago, '2026-03-09'],
    // A zone ahead of UTC.
    ['2026-08-31T15:00:00Z', { ...chicago, timezone: 'Asia/Tokyo' }, '2026-09-01'],
  ] as const)('%s in %s is %s', (instant, calendar, date) => {
    expect(programDateOf(new Date(instant), calendar)).toBe(date);
  });
});

describe('localTime', () => {
  it('reads the wall clock, daylight saving included', () => {
    expect(localTime(new Date('2026-09-01T14:00:00Z'), 'America/Chicago')).toMatchObject({ date: '2026-09-01', hour: 9, minute: 0 });
    expect(localTime(new Date('2026-12-01T14:00:00Z'), 'America/Chicago')).toMatchObject({ date: '2026-12-01', hour: 8, minute: 0 });
    expect(localTime(new Date('2026-09-01T04:00:00Z'), 'Asia/Kolkata')).toMatchObject({ date: '2026-09-01', hour: 9, minute: 30 });
    expect(localTime(new Date('2026-09-01T00:00:00Z'), 'UTC')).toMatchObject({ date: '2026-09-01', hour: 0, minute: 0 });
  });
});

describe('zonedInstant: the instant a wall clock reads a time', () => {
  it.each([
    ['2026-09-01', 9, 0, 'America/Chicago', '2026-09-01T14:00:00.000Z'],
    ['2026-12-01', 9, 0, 'America/Chicago', '2026-12-01T15:00:00.000Z'],
    ['2026-09-01', 9, 0, 'Asia/Kolkata', '2026-09-01T03:30:00.000Z'],
    ['2026-09-01', 0, 0, 'UTC', '2026-09-01T00:00:00.000Z'],
    // 01:30 happens twice on 2026-11-01 in Chicago: the first (CDT) is taken.
    ['2026-11-01', 1, 30, 'America/Chicago', '2026-11-01T06:30:00.000Z'],
    // 02:30 does not exist on 2026-03-08 in Chicago: it moves forward to 03:30 CDT.
    ['2026-03-08', 2, 30, 'America/Chicago', '2026-03-08T08:30:00.000Z'],
  ] as const)('%s %i:%i in %s is %s', (date, hour, minute, zone, iso) => {
    expect(zonedInstant(date, hour, minute, zone).toISOString()).toBe(iso);
  });
});

describe('program months', () => {
  it.each([
    ['2026-08-01', '2026-08', '2026-08-01', '2026-08-31', true],
    ['2026-09-30', '2026-09', '2026-09-01', '2026-09-30', true],
    ['2027-02-14', '2027-02', '2027-02-01', '2027-02-28', true],
    ['2028-02-29', '2028-02', '2028-02-01', '2028-02-29', true],
    ['2027-05-31', '2027-05', '2027-05-01', '2027-05-31', true],
    ['2027-06-01', '2027-06', '2027-06-01', '2027-06-30', false],
    ['2027-07-31', '2027-07', '2027-07-01', '2027-07-31', false],
  ] as const)('%s is in %s (%s..%s), active %s', (date, key, from, to, active) => {
    expect(programMonthOf(date, chicago)).toEqual({ key, from, to, active });
  });

  it('moves between months across years', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2027-01', -1)).toBe('2026-12');
    expect(shiftMonth('2026-08', 10)).toBe('2027-06');
    expect(programMonth('2026-10', { activeMonths: [9, 10] })).toMatchObject({ active: true });
    expect(programMonth('2026-08', { activeMonths: [9, 10] })).toMatchObject({ active: false });
  });
});

describe('semesters', () => {
  it.each([
    ['2026-07-31', undefined],
    ['2026-08-01', { key: '2026-Fall', from: '2026-08-01', to: '2026-12-31', label: 'Fall 2026' }],
    ['2026-12-31', { key: '2026-Fall', from: '2026-08-01', to: '2026-12-31', label: 'Fall 2026' }],
    ['2027-01-01', { key: '2027-Spring', from: '2027-01-01', to: '2027-05-31', label: 'Spring 2027' }],
    ['2027-05-31', { key: '2027-Spring', from: '2027-01-01', to: '2027-05-31', label: 'Spring 2027' }],
    ['2027-06-01', undefined],
  ] as const)('%s falls in %j', (date, expected) => {
    const semester = semesterOf(date, chicago);
    if (expected === undefined) expect(semester).toBeUndefined();
    else expect(semester).toMatchObject(expected);
  });

  it('handles a semester that runs over New Year, and 29 February in years without it', () => {
    const calendar = { semesters: [{ name: 'Winter', start: { month: 11, day: 15 }, end: { month: 2, day: 29 } }] };
    expect(semesterOf('2026-11-14', calendar)).toBeUndefined();
    expect(semesterOf('2026-11-15', calendar)).toMatchObject({ key: '2026-Winter', from: '2026-11-15', to: '2027-02-28' });
    expect(semesterOf('2027-02-28', calendar)).toMatchObject({ key: '2026-Winter' });
    expect(semesterOf('2027-03-01', calendar)).toBeUndefined();
    expect(semesterOf('2028-02-29', calendar)).toMatchObject({ key: '2027-Winter', to: '2028-02-29' });
  });
});

describe('firstActiveDayOf', () => {
  it.each([
    [chicago, '2026-08', '2026-08-01'],
    [chicago, '2026-09', '2026-09-01'],
    [chicago, '2027-01', '2027-01-01'],
    [chicago, '2027-06', undefined],
    // A semester starting mid-month: the month's first active day is the semester's first day.
    [{ ...chicago, semesters: [{ name: 'Fall', start: { month: 8, day: 17 }, end: { month: 12, day: 18 } }] }, '2026-08', '2026-08-17'],
    // An active month no semester covers starts on the 1st.
    [{ ...chicago, activeMonths: [6], semesters: DEFAULT_SEMESTERS }, '2027-06', '2027-06-01'],
  ] as const)('%#: %s starts on %s', (calendar, month, first) => {
    expect(firstActiveDayOf(month, calendar)).toBe(first);
  });
});

describe('date arithmetic', () => {
  it('counts calendar days, across months, years and leap days', () => {
    expect(addDays('2026-09-01', -90)).toBe('2026-06-03');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-06-03', '2026-09-01')).toBe(90);
    expect(daysBetween('2026-11-01', '2026-11-02')).toBe(1);
  });
});

describe('calendar dates: month ends, leap days and daylight-saving days are whole days', () => {
  it.each([
    // Daylight-saving days in Chicago are 23 and 25 hours long, but one calendar day each.
    ['2026-03-08', 1, '2026-03-09'],
    ['2026-11-01', 1, '2026-11-02'],
    ['2026-03-09', -2, '2026-03-07'],
    // Month ends and leap days.
    ['2026-01-31', 1, '2026-02-01'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2028-02-29', 1, '2028-03-01'],
    ['2028-03-01', -1, '2028-02-29'],
    ['2026-03-31', -31, '2026-02-28'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2028-02-29', 366, '2029-03-01'],
    ['2026-10-01', 0, '2026-10-01'],
  ] as const)('%s moved by %i days is %s', (date, days, moved) => {
    expect(addDays(date, days)).toBe(moved);
    expect(daysBetween(date, moved)).toBe(days);
    expect(daysBetween(moved, date)).toBe(0 - days);
  });

  it.each([
    ['2026-10-30', '2026-11-02', ['2026-10-30', '2026-10-31', '2026-11-01', '2026-11-02']],
    ['2028-02-28', '2028-03-01', ['2028-02-28', '2028-02-29', '2028-03-01']],
    ['2026-12-31', '2027-01-01', ['2026-12-31', '2027-01-01']],
    ['2026-03-08', '2026-03-08', ['2026-03-08']],
    ['2026-03-09', '2026-03-08', []],
  ] as const)('dates from %s to %s', (from, to, dates) => {
    expect(datesFrom(from, to)).toEqual(dates);
  });

  it.each([
    ['2026-12-31', true],
    ['2000-02-29', true],
    ['2028-02-29', true],
    ['2100-02-29', false],
    ['2026-02-30', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-1-01', false],
    ['2026-01-01T00:00', false],
    ['', false],
  ] as const)('%j is a calendar date: %s', (text, real) => {
    expect(isCalendarDate(text)).toBe(real);
  });

  it.each([
    ['2026-11-02', '2026-11-02', 'Mon, Nov 2'],
    ['2026-11-02', '2026-11-06', 'Mon, Nov 2 – Fri, Nov 6'],
    ['2028-02-29', '2028-03-01', 'Tue, Feb 29 – Wed, Mar 1'],
    ['2026-12-31', '2027-01-01', 'Thu, Dec 31 – Fri, Jan 1'],
  ] as const)('%s to %s reads %s', (start, end, shown) => {
    expect(formatDateRange(start, end)).toBe(shown);
    expect(formatDate(start)).toBe(shown.split(' – ')[0]);
  });

  it.each([
    ['2026-01', -13, '2024-12'],
    ['2028-02', 12, '2029-02'],
    ['2026-08', 0, '2026-08'],
    ['2026-12', -12, '2025-12'],
  ] as const)('%s shifted by %i months is %s', (month, step, shifted) => {
    expect(shiftMonth(month, step)).toBe(shifted);
  });
});
