import { describe, expect, it } from 'vitest';
import { isoWeekOf, isoWeekdayOf } from '../../src/program/calendar-date.js';
import { buildDigest } from '../../src/program/overview/build-digest.js';
import { buildProgramDigest } from '../../src/program/overview/build-program-digest.js';
import { DEFAULT_DIGEST_SCHEDULE, digestWeekDue, parseWeekday } from '../../src/features/digests/domain/digest-schedule.js';
import { splitRows } from '../../src/program/overview/split-rows.js';
import { median } from '../../src/program/overview/summarize-requests.js';
import { localTime } from '../../src/program/zoned-time.js';
import { CALENDAR, NOW, ZONE, fixedState } from '../support/program-fixture.js';

const settings = { calendar: CALENDAR, zone: ZONE };

describe('ISO weeks', () => {
  it.each([
    ['2026-10-05', '2026-W41', '2026-10-05', '2026-10-11'],
    ['2026-10-11', '2026-W41', '2026-10-05', '2026-10-11'],
    ['2026-01-01', '2026-W01', '2025-12-29', '2026-01-04'],
    ['2027-01-01', '2026-W53', '2026-12-28', '2027-01-03'],
    ['2024-12-30', '2025-W01', '2024-12-30', '2025-01-05'],
    ['2021-01-03', '2020-W53', '2020-12-28', '2021-01-03'],
    ['2028-02-29', '2028-W09', '2028-02-28', '2028-03-05'],
  ])('%s is in %s (%s to %s)', (date, key, monday, sunday) => {
    expect(isoWeekOf(date)).toEqual({ key, monday, sunday });
  });

  it('numbers days from Monday (1) to Sunday (7)', () => {
    expect(['2026-10-05', '2026-10-06', '2026-10-10', '2026-10-11'].map(isoWeekdayOf)).toEqual([1, 2, 6, 7]);
  });
});

describe('parseWeekday', () => {
  it.each([
    ['monday', 1],
    ['Mon', 1],
    ['SUNDAY', 7],
    ['thu', 4],
    ['5', 5],
    [' friday ', 5],
    ['mo', undefined],
    ['8', undefined],
    ['0', undefined],
    ['someday', undefined],
  ])('%j → %j', (text, day) => {
    expect(parseWeekday(text)).toBe(day);
  });
});

describe('digestWeekDue: from the digest day and hour on the reader’s clock until the week ends', () => {
  const due = (iso: string, zone = ZONE, schedule = DEFAULT_DIGEST_SCHEDULE, calendar = CALENDAR) => digestWeekDue(localTime(new Date(iso), zone), calendar, schedule);

  it.each([
    ['Monday 07:59 in Chicago', '2026-10-05T12:59:00Z', undefined],
    ['Monday 08:00 in Chicago', '2026-10-05T13:00:00Z', '2026-W41'],
    ['Tuesday 03:00 (a run later in the week)', '2026-10-06T08:00:00Z', '2026-W41'],
    ['Sunday 23:30', '2026-10-12T04:30:00Z', '2026-W41'],
    ['the next Monday 07:00', '2026-10-12T12:00:00Z', undefined],
    ['the next Monday 08:05', '2026-10-12T13:05:00Z', '2026-W42'],
  ])('%s', (_what, iso, week) => {
    expect(due(iso)).toBe(week);
  });

  it('follows the reader’s own zone and daylight-saving time', () => {
    // 14:00 UTC on Monday 2 November 2026 is 08:00 in Chicago (CST, after the change) but 06:00 in Los Angeles.
    expect(due('2026-11-02T14:00:00Z')).toBe('2026-W45');
    expect(due('2026-11-02T13:59:00Z')).toBeUndefined();
    expect(due('2026-11-02T14:00:00Z', 'America/Los_Angeles')).toBeUndefined();
    expect(due('2026-11-02T16:00:00Z', 'America/Los_Angeles')).toBe('2026-W45');
    // Sunday evening in Chicago is already Monday morning in Tokyo.
    expect(due('2026-10-04T23:30:00Z', 'Asia/Tokyo')).toBe('2026-W41');
  });

  it('uses the configured day and hour', () => {
    const friday5pm = { day: 5, hour: 17 };
    expect(due('2026-10-09T21:59:00Z', ZONE, friday5pm)).toBeUndefined();
    expect(due('2026-10-09T22:00:00Z', ZONE, friday5pm)).toBe('2026-W41');
    expect(due('2026-10-08T22:00:00Z', ZONE, friday5pm)).toBeUndefined();
  });

  it('sends nothing in weeks whose digest day falls in a month the program does not run', () => {
    expect(due('2026-07-06T13:00:00Z')).toBeUndefined();
    // The week of Monday 27 July: its Monday is in July, even though Saturday is 1 August.
    expect(due('2026-08-01T15:00:00Z')).toBeUndefined();
    expect(due('2026-08-03T13:00:00Z')).toBe('2026-W32');
    expect(due('2026-07-06T13:00:00Z', ZONE, DEFAULT_DIGEST_SCHEDULE, { ...CALENDAR, activeMonths: [7] })).toBe('2026-W28');
  });
});

describe('median', () => {
  it.each([
    [[], undefined],
    [[5], 5],
    [[9, 1, 5], 5],
    [[300, 390], 345],
  ])('%j → %j', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('buildDigest: a Faculty Mentor’s cohort, as of Monday 08:00', () => {
  const digest = buildDigest({ ...fixedState(), groupIds: ['G1'] }, NOW, settings);

  it('names the cohort, the week, the month and the semester', () => {
    expect(digest.groups).toEqual([{ id: 'G1', name: 'Blue-Okafor' }]);
    expect(digest.week.key).toBe('2026-W41');
    expect(digest.month.key).toBe('2026-10');
    expect(digest.semester?.label).toBe('Fall 2026');
    expect(digest.mentorIds).toEqual(['P4', 'P3']);
  });

  it('gives each current, active mentee this month’s last communication and this semester’s last meeting, with who', () => {
    expect(digest.mentees).toEqual([
      { id: 'M1', name: 'Ada Mentee', lastCommunication: { date: '2026-10-03', by: 'P4' }, lastMeeting: { date: '2026-09-20', by: 'P4' } },
      { id: 'M2', name: 'Ben Mentee', lastCommunication: undefined, lastMeeting: { date: '2026-08-20', by: 'P3' } },
      // Cy's only contact was undone: it does not count.
      { id: 'M3', name: 'Cy Mentee', lastCommunication: undefined, lastMeeting: undefined },
    ]);
    expect(digest.counts).toEqual({ mentees: 3, communicated: 1, met: 2 });
  });

  it('counts requests: waiting (oldest first), overdue with age, answered this week, and the median first answer this month', () => {
    expect(digest.requests.waiting.map((r) => [r.requestId, r.status, r.overdue, r.ageHours])).toEqual([
      ['R1', 'open', true, 73],
      ['R2', 'claimed', false, 3],
    ]);
    expect(digest.requests.overdue).toBe(1);
    expect(digest.requests.answeredThisWeek).toBe(1);
    expect(digest.requests.answeredThisMonth).toBe(2);
    expect(digest.requests.medianResponseMinutes).toBe(345);
  });

  it('says what needs attention first: overdue requests, urgent well-being requests, mentees not yet in touch this month', () => {
    expect(digest.attention.overdue.map((r) => r.menteeId)).toEqual(['M2']);
    expect(digest.attention.urgent.map((r) => [r.menteeId, r.status])).toEqual([['M3', 'responded']]);
    expect(digest.attention.noContact).toEqual(['M2', 'M3']);
  });

  it('lists mentors away this week or next, and counts pending switch requests', () => {
    expect(digest.mentorsAway).toEqual([{ mentorId: 'P4', start: '2026-10-12', end: '2026-10-16' }]);
    expect(digest.pendingSwitches).toBe(2);
  });

  it('gives the pulse as counts, naming only the mentees who chose to share', () => {
    expect(digest.pulse).toEqual({ asked: 3, answered: 3, low: 2, sharedMenteeIds: ['M1'] });
  });

  it('holds no note, description or reason: only ids, names, dates, counts and statuses', () => {
    const state = fixedState();
    const text = JSON.stringify(buildDigest({ ...state, groupIds: ['G1', 'G2', 'G3'] }, NOW, settings));
    expect(text).not.toContain('renal block');
    expect(text).not.toMatch(/"(note|description|reason|details)"/);
  });

  it('flags no mentee for the monthly rule in a month the program does not run', () => {
    const july = buildDigest({ ...fixedState(), groupIds: ['G1'] }, new Date('2026-07-06T13:00:00Z'), settings);
    expect(july.month.active).toBe(false);
    expect(july.attention.noContact).toEqual([]);
    expect(july.semester).toBeUndefined();
  });

  it('reads requests sent after `now` as not yet sent (a job run as of an earlier time)', () => {
    const earlier = buildDigest({ ...fixedState(), groupIds: ['G1'] }, new Date('2026-10-05T09:00:00Z'), settings);
    expect(earlier.requests.waiting.map((r) => r.requestId)).toEqual(['R1']);
  });
});

describe('buildProgramDigest: every group, the groups needing attention, totals', () => {
  const digest = buildProgramDigest(fixedState(), NOW, settings);

  it('gives each group its compliance for the month and semester and its requests', () => {
    expect(digest.groups.map((g) => [g.name, g.facultyIds, g.mentors, g.mentees, g.communicated, g.met, g.waiting, g.overdue, g.urgent, g.pendingSwitches])).toEqual([
      ['Blue-Okafor', ['F1'], 2, 3, 1, 2, 2, 1, 1, 2],
      ['MD-PhD', [], 1, 1, 1, 1, 1, 0, 0, 0],
      ['Green-Adeyemi', ['F2'], 1, 1, 1, 0, 1, 0, 1, 0],
    ]);
  });

  it('lists the groups needing attention, most pressing first, with why', () => {
    expect(digest.attention.map((g) => [g.name, g.concerns])).toEqual([
      ['Blue-Okafor', ['overdue', 'no_contact']],
      ['Green-Adeyemi', ['urgent']],
    ]);
  });

  it('totals each mentee once, whatever the number of their groups', () => {
    expect(digest.totals).toMatchObject({
      groups: 3,
      mentees: 4,
      communicated: 2,
      met: 2,
      waiting: 3,
      overdue: 1,
      urgent: 2,
      answeredThisWeek: 1,
      answeredThisMonth: 2,
      medianResponseMinutes: 345,
      pendingSwitches: 2,
      mentorsAway: 1,
    });
    expect(digest.totals.pulse).toEqual({ asked: 4, answered: 3, low: 2, sharedMenteeIds: ['M1'] });
  });

  it('flags a group with mentees and no peer mentor', () => {
    const state = fixedState();
    const alone = buildProgramDigest({ ...state, memberships: state.memberships.filter((m) => m.personId !== 'P7') }, NOW, settings);
    expect(alone.attention.find((g) => g.name === 'Green-Adeyemi')?.concerns).toEqual(['urgent', 'no_mentor']);
  });
});

describe('splitRows', () => {
  it('cuts a long list into parts, none lost, one part for an empty list', () => {
    const rows = Array.from({ length: 61 }, (_, i) => i);
    const parts = splitRows(rows, 30);
    expect(parts.map((p) => [p.index, p.count, p.rows.length])).toEqual([
      [1, 3, 30],
      [2, 3, 30],
      [3, 3, 1],
    ]);
    expect(parts.flatMap((p) => p.rows)).toEqual(rows);
    expect(splitRows([], 30)).toEqual([{ index: 1, count: 1, rows: [] }]);
  });
});
