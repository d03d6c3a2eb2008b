import { describe, expect, it } from 'vitest';
import { DEFAULT_ACTIVE_MONTHS, DEFAULT_SEMESTERS } from '../../src/program/calendar.js';
import { localTime } from '../../src/program/zoned-time.js';
import { DEFAULT_CHECKIN_SCHEDULE, promptMonthsDue, pulseMonthsDue, type QuietClock } from '../../src/program/checkin-schedule.js';
import { parseQuietHours } from '../../src/delivery/quiet-hours.js';

const calendar = { activeMonths: DEFAULT_ACTIVE_MONTHS, semesters: DEFAULT_SEMESTERS };
const at = (iso: string, zone: string) => localTime(new Date(iso), zone);
/** QUIET_HOURS as the config reads it: the schedule takes the same shape. */
const quiet = (text: string): QuietClock => parseQuietHours(text)!;
const NIGHT = quiet('21:00-08:00');
const { promptHour } = DEFAULT_CHECKIN_SCHEDULE;

describe('promptMonthsDue: the first active day from the prompt hour, running on into the next morning when the day ends quiet', () => {
  it.each([
    ['08:59 Chicago on 1 Sep', '2026-09-01T13:59:00Z', 'America/Chicago', []],
    ['09:00 Chicago on 1 Sep', '2026-09-01T14:00:00Z', 'America/Chicago', ['2026-09']],
    ['23:59 Chicago on 1 Sep (quiet: deliverOnce holds it)', '2026-09-02T04:59:00Z', 'America/Chicago', ['2026-09']],
    ['00:00 Chicago on 2 Sep (the night runs on)', '2026-09-02T05:00:00Z', 'America/Chicago', ['2026-09']],
    ['08:00 Chicago on 2 Sep (quiet hours end)', '2026-09-02T13:00:00Z', 'America/Chicago', ['2026-09']],
    ['11:59 Chicago on 2 Sep (the last minute of the morning)', '2026-09-02T16:59:00Z', 'America/Chicago', ['2026-09']],
    ['12:00 Chicago on 2 Sep', '2026-09-02T17:00:00Z', 'America/Chicago', []],
    ['09:00 Tokyo on 1 Sep (still 31 Aug in Chicago)', '2026-09-01T00:00:00Z', 'Asia/Tokyo', ['2026-09']],
    ['08:00 Tokyo on 2 Sep (its morning after)', '2026-09-01T23:00:00Z', 'Asia/Tokyo', ['2026-09']],
    ['12:00 Tokyo on 2 Sep', '2026-09-02T03:00:00Z', 'Asia/Tokyo', []],
    ['09:00 Chicago on 1 Dec (after daylight saving ends)', '2026-12-01T15:00:00Z', 'America/Chicago', ['2026-12']],
    ['08:00 CST on 1 Dec (no prompt day before it)', '2026-12-01T14:00:00Z', 'America/Chicago', []],
    ['11:59 CST on 2 Nov (the morning after the day clocks fell back)', '2026-11-02T17:59:00Z', 'America/Chicago', ['2026-11']],
    ['12:00 CST on 2 Nov', '2026-11-02T18:00:00Z', 'America/Chicago', []],
    ['09:00 on 1 Jun (not an active month)', '2027-06-01T14:00:00Z', 'America/Chicago', []],
    ['08:00 on 2 Jun (no window to run on)', '2027-06-02T13:00:00Z', 'America/Chicago', []],
    ['10:00 on 2 Jan (the year’s first prompt runs on)', '2027-01-02T16:00:00Z', 'America/Chicago', ['2027-01']],
  ] as const)('%s → %j', (_case, iso, zone, months) => {
    expect(promptMonthsDue(at(iso, zone), calendar, promptHour, NIGHT)).toEqual(months);
  });

  it.each([
    ['off', '00:00', []],
    ['12:00-13:30 (does not cross midnight: the day ends in the open)', '00:00', []],
    ['00:00-08:00 (starts at midnight: 23:59 is not quiet)', '07:00', []],
    ['21:00-00:00 (ends at midnight: 4 hours after it)', '03:59', ['2026-09']],
    ['21:00-00:00', '04:00', []],
    ['22:30-07:15', '11:14', ['2026-09']],
    ['22:30-07:15', '11:15', []],
    ['23:00-22:00 (the run-on stops at the end of the next day)', '23:59', ['2026-09']],
  ] as const)('quiet %s: 2 Sep at %s UTC → %j', (text, clock, months) => {
    expect(promptMonthsDue(at(`2026-09-02T${clock}:00Z`, 'UTC'), calendar, promptHour, quiet(text.split(' ')[0]!))).toEqual(months);
  });

  it('sends a prompt whose hour falls in quiet hours the next morning: due from 22:00 and through the morning', () => {
    const late = (iso: string) => promptMonthsDue(at(iso, 'UTC'), calendar, 22, NIGHT);
    expect(late('2026-09-01T21:59:00Z')).toEqual([]);
    expect(late('2026-09-01T22:00:00Z')).toEqual(['2026-09']);
    expect(late('2026-09-02T08:00:00Z')).toEqual(['2026-09']);
    expect(late('2026-09-02T12:00:00Z')).toEqual([]);
  });

  it('gives two months when a first active day is a month’s last: its run-on meets the next month’s prompt', () => {
    // Fall starts on 31 August, so August's first active day is its last.
    const lateFall = { activeMonths: DEFAULT_ACTIVE_MONTHS, semesters: [{ name: 'Fall', start: { month: 8, day: 31 }, end: { month: 12, day: 31 } }] };
    expect(promptMonthsDue(at('2026-08-31T09:00:00Z', 'UTC'), lateFall, promptHour, NIGHT)).toEqual(['2026-08']);
    expect(promptMonthsDue(at('2026-09-01T08:00:00Z', 'UTC'), lateFall, promptHour, NIGHT)).toEqual(['2026-08']);
    expect(promptMonthsDue(at('2026-09-01T10:00:00Z', 'UTC'), lateFall, promptHour, NIGHT)).toEqual(['2026-08', '2026-09']);
  });

  it('runs on from a first active day in mid-month (a semester starting on the 15th)', () => {
    const midJanuary = { activeMonths: DEFAULT_ACTIVE_MONTHS, semesters: [{ name: 'Spring', start: { month: 1, day: 15 }, end: { month: 5, day: 31 } }] };
    expect(promptMonthsDue(at('2027-01-15T09:00:00Z', 'UTC'), midJanuary, promptHour, NIGHT)).toEqual(['2027-01']);
    expect(promptMonthsDue(at('2027-01-16T11:00:00Z', 'UTC'), midJanuary, promptHour, NIGHT)).toEqual(['2027-01']);
    expect(promptMonthsDue(at('2027-01-01T09:00:00Z', 'UTC'), midJanuary, promptHour, NIGHT)).toEqual([]);
  });
});

describe('pulseMonthsDue: from the pulse day and hour until the month ends, running on into the next month’s first morning', () => {
  it.each([
    ['14 Sep', '2026-09-14T20:00:00Z', []],
    ['09:59 on 15 Sep', '2026-09-15T14:59:00Z', []],
    ['10:00 on 15 Sep', '2026-09-15T15:00:00Z', ['2026-09']],
    ['30 Sep (catching up)', '2026-09-30T12:00:00Z', ['2026-09']],
    ['23:59 on 30 Sep (quiet: deliverOnce holds it)', '2026-10-01T04:59:00Z', ['2026-09']],
    ['07:00 on 1 Oct (the night runs on)', '2026-10-01T12:00:00Z', ['2026-09']],
    ['11:59 on 1 Oct', '2026-10-01T16:59:00Z', ['2026-09']],
    ['12:00 on 1 Oct', '2026-10-01T17:00:00Z', []],
    ['09:00 on 1 Jan (December’s runs on over New Year)', '2027-01-01T15:00:00Z', ['2026-12']],
    ['09:00 on 1 Jun (May’s runs on into a month the program does not run)', '2027-06-01T14:00:00Z', ['2027-05']],
    ['20 Jun (not an active month)', '2027-06-20T15:00:00Z', []],
    ['09:00 on 1 Aug (July was not active: nothing runs on)', '2026-08-01T14:00:00Z', []],
    ['09:00 on 1 Mar 2028 (after 29 February)', '2028-03-01T15:00:00Z', ['2028-02']],
  ] as const)('%s in Chicago → %j', (_case, iso, months) => {
    expect(pulseMonthsDue(at(iso, 'America/Chicago'), calendar, DEFAULT_CHECKIN_SCHEDULE, NIGHT)).toEqual(months);
  });

  it('runs on in the recipient’s own zone: Tokyo’s 1 October morning is still 30 September in Chicago', () => {
    expect(pulseMonthsDue(at('2026-09-30T23:00:00Z', 'Asia/Tokyo'), calendar, DEFAULT_CHECKIN_SCHEDULE, NIGHT)).toEqual(['2026-09']);
    expect(pulseMonthsDue(at('2026-10-01T03:00:00Z', 'Asia/Tokyo'), calendar, DEFAULT_CHECKIN_SCHEDULE, NIGHT)).toEqual([]);
  });

  it('does not run on without quiet hours over midnight', () => {
    expect(pulseMonthsDue(at('2026-10-01T07:00:00Z', 'UTC'), calendar, DEFAULT_CHECKIN_SCHEDULE, quiet('off'))).toEqual([]);
    expect(pulseMonthsDue(at('2026-10-01T07:00:00Z', 'UTC'), calendar, DEFAULT_CHECKIN_SCHEDULE, quiet('12:00-13:00'))).toEqual([]);
  });

  it('gives both months when the pulse day is the 1st: last month’s run-on and this month’s pulse', () => {
    const first = { pulseDay: 1, pulseHour: 9 };
    expect(pulseMonthsDue(at('2026-10-01T08:59:00Z', 'UTC'), calendar, first, NIGHT)).toEqual(['2026-09']);
    expect(pulseMonthsDue(at('2026-10-01T09:00:00Z', 'UTC'), calendar, first, NIGHT)).toEqual(['2026-09', '2026-10']);
    expect(pulseMonthsDue(at('2026-10-01T12:00:00Z', 'UTC'), calendar, first, NIGHT)).toEqual(['2026-10']);
  });
});
