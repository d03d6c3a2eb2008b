import { describe, expect, it } from 'vitest';
import {
  checkAwayWindow,
  daysWithoutCover,
  isAwayAt,
  mentorsAwayAt,
  parseAwayText,
  routeRequest,
  toRanges,
  type Away,
} from '../../src/program/records/away.js';
import { addDays, dateInZone, daysBetween, isCalendarDate } from '../../src/program/calendar-date.js';

const anAway = (overrides: Partial<Away> = {}): Away => ({
  id: 'A1',
  mentorId: 'P3',
  start: '2026-11-02',
  end: '2026-11-06',
  timezone: 'America/Chicago',
  note: undefined,
  tellMentees: false,
  createdAt: new Date('2026-10-20T12:00:00Z'),
  cancelledAt: undefined,
  sourceKey: 'view:V1',
  ...overrides,
});

describe('/mentor-away text', () => {
  it.each([
    ['2026-11-02 2026-11-06', { start: '2026-11-02', end: '2026-11-06', tellMentees: false, note: undefined }],
    ['  2026-11-02   2026-11-06   Step 1 exam week ', { start: '2026-11-02', end: '2026-11-06', tellMentees: false, note: 'Step 1 exam week' }],
    ['2026-11-02 2026-11-02 tell-mentees', { start: '2026-11-02', end: '2026-11-02', tellMentees: true, note: undefined }],
    ['2026-11-02 2026-11-06 Tell-Mentees conference in Boston', { start: '2026-11-02', end: '2026-11-06', tellMentees: true, note: 'conference in Boston' }],
    ['2026-11-02 2026-11-06 away, will tell-mentees later', { start: '2026-11-02', end: '2026-11-06', tellMentees: false, note: 'away, will tell-mentees later' }],
  ])('reads %j', (text, away) => {
    expect(parseAwayText(text)).toEqual({ ok: true, away });
  });

  it.each([
    ['', 'format'],
    ['2026-11-02', 'format'],
    ['next week', 'format'],
    ['2026-11-02 friday', 'format'],
    ['11/02/2026 11/06/2026', 'format'],
    ['2026-02-30 2026-03-02', 'not_a_date'],
    ['2026-13-01 2026-13-02', 'not_a_date'],
    ['2026-11-2 2026-11-06', 'not_a_date'],
    [`2026-11-02 2026-11-06 ${'x'.repeat(501)}`, 'note_too_long'],
  ])('refuses %j: %s', (text, problem) => {
    expect(parseAwayText(text)).toEqual({ ok: false, problem });
  });

  it.each([
    ['2026-11-02', '2026-11-06', '2026-10-20', undefined],
    ['2026-10-20', '2026-10-20', '2026-10-20', undefined],
    ['2026-11-06', '2026-11-02', '2026-10-20', 'end_before_start'],
    ['2026-10-19', '2026-10-25', '2026-10-20', 'start_in_past'],
    ['2026-10-20', '2026-12-18', '2026-10-20', undefined], // 60 days, both included
    ['2026-10-20', '2026-12-19', '2026-10-20', 'too_long'], // 61 days
    ['2026-02-29', '2026-03-01', '2026-01-01', 'not_a_date'],
  ])('window %s – %s seen on %s: %s', (start, end, today, problem) => {
    expect(checkAwayWindow(start, end, today)).toBe(problem);
  });
});

describe('who is away when', () => {
  it('counts the days by the mentor’s own clock, first and last day included', () => {
    const away = anAway(); // Chicago: Nov 2 00:00 CST = 06:00Z; Nov 6 ends at Nov 7 06:00Z
    expect(isAwayAt(away, new Date('2026-11-02T05:59:00Z'))).toBe(false);
    expect(isAwayAt(away, new Date('2026-11-02T06:00:00Z'))).toBe(true);
    expect(isAwayAt(away, new Date('2026-11-07T05:59:00Z'))).toBe(true);
    expect(isAwayAt(away, new Date('2026-11-07T06:00:00Z'))).toBe(false);
  });

  it('stops counting once the mentor ends it early', () => {
    const away = anAway({ cancelledAt: new Date('2026-11-04T15:00:00Z') });
    expect(isAwayAt(away, new Date('2026-11-04T14:59:00Z'))).toBe(true);
    expect(isAwayAt(away, new Date('2026-11-04T15:00:00Z'))).toBe(false);
  });

  it('lists the mentors away at a time', () => {
    const windows = [anAway(), anAway({ id: 'A2', mentorId: 'P4', start: '2026-11-05', end: '2026-11-09' })];
    expect([...mentorsAwayAt(windows, new Date('2026-11-03T18:00:00Z'))]).toEqual(['P3']);
    expect([...mentorsAwayAt(windows, new Date('2026-11-05T18:00:00Z'))].sort()).toEqual(['P3', 'P4']);
  });

  it('finds the days nobody in the Pair covers', () => {
    const partner = [anAway({ mentorId: 'P4', start: '2026-11-05', end: '2026-11-12' })];
    expect(daysWithoutCover('2026-11-02', '2026-11-06', ['P4'], partner)).toEqual(['2026-11-05', '2026-11-06']);
    expect(daysWithoutCover('2026-11-02', '2026-11-06', ['P4'], [])).toEqual([]);
    expect(daysWithoutCover('2026-11-02', '2026-11-03', [], [])).toEqual(['2026-11-02', '2026-11-03']);
    expect(daysWithoutCover('2026-11-02', '2026-11-06', ['P4'], [{ ...partner[0]!, cancelledAt: new Date('2026-10-30T00:00:00Z') }])).toEqual([]);
    // With two partners, a day is uncovered only when both are away.
    const two = [...partner, anAway({ mentorId: 'P5', start: '2026-11-06', end: '2026-11-06' })];
    expect(daysWithoutCover('2026-11-02', '2026-11-06', ['P4', 'P5'], two)).toEqual(['2026-11-06']);
    expect(toRanges(['2026-11-07', '2026-11-03', '2026-11-04'])).toEqual([
      ['2026-11-03', '2026-11-04'],
      ['2026-11-07', '2026-11-07'],
    ]);
  });
});

describe('routing a new request', () => {
  it.each([
    ['both mentors present: both', ['P3', 'P4'], [], ['F1'], { responders: ['P3', 'P4'], routedTo: 'mentors', coveringFor: [] }],
    ['one away: the partner alone', ['P3', 'P4'], ['P3'], ['F1'], { responders: ['P4'], routedTo: 'partner', coveringFor: ['P3'] }],
    ['the other away: the partner alone', ['P3', 'P4'], ['P4'], ['F1'], { responders: ['P3'], routedTo: 'partner', coveringFor: ['P4'] }],
    ['both away: the faculty mentor', ['P3', 'P4'], ['P3', 'P4'], ['F1'], { responders: ['F1'], routedTo: 'faculty', coveringFor: ['P3', 'P4'] }],
    ['no mentors in the group: the faculty mentor', [], [], ['F1'], { responders: ['F1'], routedTo: 'faculty', coveringFor: [] }],
    ['someone else away changes nothing', ['P3', 'P4'], ['P9'], ['F1'], { responders: ['P3', 'P4'], routedTo: 'mentors', coveringFor: [] }],
    ['at most seven responders fit a group DM', ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'], [], [], { responders: ['A', 'B', 'C', 'D', 'E', 'F', 'G'], routedTo: 'mentors', coveringFor: [] }],
  ])('%s', (_what, mentors, away, faculty, route) => {
    expect(routeRequest(mentors, new Set(away), faculty)).toEqual(route);
  });

  it('leaves nobody only when there is no mentor and no faculty mentor', () => {
    expect(routeRequest(['P3'], new Set(['P3']), [])).toBeUndefined();
    expect(routeRequest([], new Set(), [])).toBeUndefined();
  });
});

describe('calendar dates', () => {
  it('knows real dates, moves by days and reads an instant’s date in a zone', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-11-01', '2026-11-08')).toBe(7);
    expect(dateInZone(new Date('2026-11-02T04:30:00Z'), 'America/Chicago')).toBe('2026-11-01');
    expect(dateInZone(new Date('2026-11-02T04:30:00Z'), 'UTC')).toBe('2026-11-02');
    expect(dateInZone(new Date('2026-11-01T23:30:00Z'), 'Asia/Tokyo')).toBe('2026-11-02');
  });
});
