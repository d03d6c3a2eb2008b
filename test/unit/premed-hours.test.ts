import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, settingsOf } from '../../src/config/env.js';
import { isQuiet, nextSendableTime, parseQuietHours } from '../../src/delivery/quiet-hours.js';
import { minutesByPair, pairMinutesIn, pairMonths, PREMED_MONTHLY_MINUTES, type HoursContact } from '../../src/features/premed/domain/hours.js';
import { dueHoursNudges, hoursNudgeKey, hoursPointDue, type NudgeablePair } from '../../src/features/premed/domain/hours-nudges.js';
import { premedHoursSettings } from '../../src/features/premed/settings-hours.js';
import { buildHoursNudge } from '../../src/features/premed/slack/hours-nudge-view.js';
import { programMonth } from '../../src/program/calendar.js';

const OCT_TO_MAY = [10, 11, 12, 1, 2, 3, 4, 5];
const calendar = { timezone: 'America/Chicago', activeMonths: OCT_TO_MAY };
const pair: NudgeablePair = { mentorId: 'ANA', menteeId: 'JO', minor: true, mentorName: 'Dr. Ana Lee', menteeName: 'Jo', mentorZone: 'America/Chicago' };
const contact = (date: string, minutes: number, over: Partial<HoursContact> = {}): HoursContact => ({ mentorId: 'ANA', menteeIds: ['JO'], date, minutes, ...over });
const at = (iso: string) => new Date(iso);
const keysAt = (iso: string, contacts: HoursContact[] = [], pairs = [pair]) => dueHoursNudges(pairs, contacts, at(iso), calendar).map((n) => n.key);

describe('the pre-med hours rule: minutes per pair per month', () => {
  const october = programMonth('2026-10', calendar);

  it('sums the pair’s contacts dated in the month, leaving out undone ones, other mentors’ and other months’', () => {
    const contacts = [
      contact('2026-10-01', 30),
      contact('2026-10-31', 45),
      contact('2026-09-30', 60),
      contact('2026-11-01', 60),
      contact('2026-10-10', 60, { undoneAt: at('2026-10-11T00:00:00Z') }),
      contact('2026-10-12', 60, { mentorId: 'BEN' }),
      contact('2026-10-12', 60, { menteeIds: ['KIM'] }),
    ];
    expect(pairMinutesIn(pair, october, contacts)).toBe(75);
  });

  it('counts a group contact’s full minutes for each mentee it names, once even if a mentee is named twice', () => {
    const kim = { ...pair, menteeId: 'KIM', menteeName: 'Kim' };
    const minutes = minutesByPair([pair, kim], october, [contact('2026-10-05', 50, { menteeIds: ['JO', 'KIM', 'JO'] })]);
    expect(minutes.get('ANA:JO')).toBe(50);
    expect(minutes.get('ANA:KIM')).toBe(50);
    expect(pairMinutesIn(kim, october, [contact('2026-10-05', 50, { menteeIds: ['JO', 'KIM'] })])).toBe(50);
  });

  it('meets the minimum at 120 minutes, and owes nothing in a month the track does not run', () => {
    expect(PREMED_MONTHLY_MINUTES).toBe(120);
    expect(pairMonths([pair], '2026-10', [contact('2026-10-03', 119)], calendar)[0]).toMatchObject({ minutes: 119, active: true, metMinimum: false });
    expect(pairMonths([pair], '2026-10', [contact('2026-10-03', 60), contact('2026-10-20', 60)], calendar)[0]).toMatchObject({ minutes: 120, metMinimum: true });
    expect(pairMonths([pair], '2026-07', [], calendar)[0]).toMatchObject({ minutes: 0, active: false, metMinimum: true });
  });
});

describe('month-end hours nudges to the mentor', () => {
  it('opens the 10-day point when 10 days are left and the 3-day point when 3 are, today included', () => {
    expect([11, 10, 4, 3, 1, 0].map(hoursPointDue)).toEqual([undefined, 10, 10, 3, 3, undefined]);
  });

  it.each([
    // 31 days (October 2026, Chicago on daylight time: UTC−5).
    ['2026-10', '2026-10-22T04:59:00Z', '2026-10-22T05:00:00Z', '2026-10-29T05:00:00Z', '2026-11-01T04:59:00Z'],
    // 30 days (November 2026, after daylight time ended on the 1st: UTC−6).
    ['2026-11', '2026-11-21T05:59:00Z', '2026-11-21T06:00:00Z', '2026-11-28T06:00:00Z', '2026-12-01T05:59:00Z'],
    // 28 days (February 2027).
    ['2027-02', '2027-02-19T05:59:00Z', '2027-02-19T06:00:00Z', '2027-02-26T06:00:00Z', '2027-03-01T05:59:00Z'],
    // 29 days (February 2028, a leap year).
    ['2028-02', '2028-02-20T05:59:00Z', '2028-02-20T06:00:00Z', '2028-02-27T06:00:00Z', '2028-03-01T05:59:00Z'],
    // March 2027: daylight time starts on the 14th, so the points open at midnight CDT (UTC−5).
    ['2027-03', '2027-03-22T04:59:00Z', '2027-03-22T05:00:00Z', '2027-03-29T05:00:00Z', '2027-04-01T04:59:00Z'],
  ])('in %s: nothing before the 10-day point, then 10 until the 3-day point, then 3 to the last minute', (month, before, ten, three, last) => {
    expect(keysAt(before)).toEqual([]);
    expect(keysAt(ten)).toEqual([hoursNudgeKey(month, 'ANA', 'JO', 10)]);
    expect(keysAt(new Date(at(three).getTime() - 60_000).toISOString())).toEqual([hoursNudgeKey(month, 'ANA', 'JO', 10)]);
    expect(keysAt(three)).toEqual([hoursNudgeKey(month, 'ANA', 'JO', 3)]);
    expect(keysAt(last)).toEqual([hoursNudgeKey(month, 'ANA', 'JO', 3)]);
  });

  it('counts the days in the program’s zone, not the mentor’s nor UTC', () => {
    // 22 Oct 03:00 UTC is still the 21st in Chicago: no point is open yet, whoever the mentor is.
    const tokyo = { ...pair, mentorZone: 'Asia/Tokyo' };
    expect(keysAt('2026-10-22T03:00:00Z', [], [tokyo])).toEqual([]);
    expect(dueHoursNudges([tokyo], [], at('2026-10-22T05:00:00Z'), calendar)[0]).toMatchObject({ zone: 'Asia/Tokyo', daysLeft: 10 });
  });

  it('keys each point once per month, pair and point, so reruns find it sent', () => {
    expect(hoursNudgeKey('2026-10', 'ANA', 'JO', 10)).toBe('nudge:premed-hours:2026-10:ANA:JO:10');
    expect(keysAt('2026-10-22T05:00:00Z')).toEqual(keysAt('2026-10-28T23:00:00Z'));
    expect(keysAt('2026-10-22T05:00:00Z')).not.toEqual(keysAt('2026-10-29T05:00:00Z'));
  });

  it('says the minutes logged against those required, and sends nothing once the minimum is met', () => {
    const [nudge] = dueHoursNudges([pair], [contact('2026-10-02', 45)], at('2026-10-22T15:00:00Z'), calendar);
    expect(nudge).toMatchObject({ recipientId: 'ANA', menteeId: 'JO', minutes: 45, required: 120, month: '2026-10', days: 10 });
    expect(buildHoursNudge(nudge!).text).toBe('You’ve logged 45 of 120 minutes with Jo this month.');
    expect(JSON.stringify(buildHoursNudge(nudge!).blocks)).toContain('10 days of October 2026 are left, today included');
    const [last] = dueHoursNudges([pair], [], at('2026-10-31T15:00:00Z'), calendar);
    expect(JSON.stringify(buildHoursNudge(last!).blocks)).toContain('Today is the last day of October 2026');
    expect(keysAt('2026-10-29T15:00:00Z', [contact('2026-10-02', 45), contact('2026-10-20', 75)])).toEqual([]);
    // An undone contact no longer counts: the nudge is due again.
    expect(keysAt('2026-10-29T15:00:00Z', [contact('2026-10-02', 45), contact('2026-10-20', 75, { undoneAt: at('2026-10-21T00:00:00Z') })])).toHaveLength(1);
  });

  it('sends nothing outside the track’s active months, as PREMED_ACTIVE_MONTHS sets them', () => {
    for (const iso of ['2026-06-25T15:00:00Z', '2026-07-29T15:00:00Z', '2026-08-25T15:00:00Z', '2026-09-28T15:00:00Z']) expect(keysAt(iso)).toEqual([]);
    expect(keysAt('2027-05-28T15:00:00Z')).toHaveLength(1);
    const withJune = { ...calendar, activeMonths: [...OCT_TO_MAY, 6] };
    expect(dueHoursNudges([pair], [], at('2026-06-25T15:00:00Z'), withJune)).toHaveLength(1);
  });

  it('lists each pair under the minimum for its own mentor', () => {
    const kim = { ...pair, mentorId: 'BEN', menteeId: 'KIM', menteeName: 'Kim', mentorZone: 'America/New_York' };
    const due = dueHoursNudges([pair, kim], [contact('2026-10-03', 130)], at('2026-10-23T15:00:00Z'), calendar);
    expect(due.map((n) => [n.recipientId, n.menteeName, n.minutes])).toEqual([['BEN', 'Kim', 0]]);
  });

  it('waits for the morning in the mentor’s zone when the point opens in their quiet hours', () => {
    const quiet = parseQuietHours('21:00-08:00')!;
    const la = { ...pair, mentorZone: 'America/Los_Angeles' };
    // Midnight in Chicago is 22:00 the evening before in Los Angeles.
    const [nudge] = dueHoursNudges([la], [], at('2026-10-22T05:00:00Z'), calendar);
    expect(isQuiet(at('2026-10-22T05:00:00Z'), nudge!.zone, quiet)).toBe(true);
    const morning = nextSendableTime(at('2026-10-22T05:00:00Z'), nudge!.zone, quiet);
    expect(morning.toISOString()).toBe('2026-10-22T15:00:00.000Z');
    expect(dueHoursNudges([la], [], morning, calendar).map((n) => n.key)).toEqual([nudge!.key]);
  });
});

describe('pre-med hours settings', () => {
  const good = { SLACK_BOT_TOKEN: 'xoxb-123-456-abc', SLACK_SIGNING_SECRET: 'abcdef0123456789' };

  it('default to October to May, and minors’ quiet hours from 20:00 to 08:00', () => {
    expect(settingsOf(loadConfig(good, [premedHoursSettings]), premedHoursSettings)).toEqual({
      activeMonths: OCT_TO_MAY,
      minorQuietHours: { start: { hour: 20, minute: 0 }, end: { hour: 8, minute: 0 } },
    });
  });

  it('read PREMED_ACTIVE_MONTHS and MINOR_QUIET_HOURS like the program’s months and quiet hours', () => {
    const config = loadConfig({ ...good, PREMED_ACTIVE_MONTHS: '9-6', MINOR_QUIET_HOURS: '19:30-07:45' }, [premedHoursSettings]);
    expect(settingsOf(config, premedHoursSettings)).toEqual({
      activeMonths: [9, 10, 11, 12, 1, 2, 3, 4, 5, 6],
      minorQuietHours: { start: { hour: 19, minute: 30 }, end: { hour: 7, minute: 45 } },
    });
  });

  it.each([
    ['PREMED_ACTIVE_MONTHS', '13', /^PREMED_ACTIVE_MONTHS is not valid: expected months 1–12 as ranges or single months, e\.g\. 8-5/],
    ['PREMED_ACTIVE_MONTHS', 'October-May', /^PREMED_ACTIVE_MONTHS is not valid: expected months 1–12/],
    ['MINOR_QUIET_HOURS', '8pm-8am', /^MINOR_QUIET_HOURS is not valid: expected local hours as HH:MM-HH:MM, e\.g\. 20:00-08:00 \(nothing sent to a mentee under 18/],
    ['MINOR_QUIET_HOURS', '25:00-08:00', /^MINOR_QUIET_HOURS is not valid/],
  ])('refuse a bad %s (%s), saying what is expected', (name, value, message) => {
    let problems: readonly string[] = [];
    try {
      loadConfig({ ...good, [name]: value }, [premedHoursSettings]);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      problems = (error as ConfigError).problems;
    }
    expect(problems).toEqual([expect.stringMatching(message)]);
  });
});
