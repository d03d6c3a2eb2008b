import { describe, expect, it } from 'vitest';
import { DEFAULT_ACTIVE_MONTHS, DEFAULT_SEMESTERS, programDateOf, programMonth, semesterOf, type ProgramCalendar } from '../../src/program/calendar.js';
import { mentorMinutes, minutesByMentor, monthlyStatus, monthlyStatuses, semesterStatus, semesterStatuses } from '../../src/program/records/compliance.js';
import type { Contact } from '../../src/program/records/contact.js';
import { aContact as aLoggedContact } from '../support/program-fixture.js';

const chicago: ProgramCalendar = { timezone: 'America/Chicago', activeMonths: DEFAULT_ACTIVE_MONTHS, semesters: DEFAULT_SEMESTERS };
const utc: ProgramCalendar = { ...chicago, timezone: 'UTC' };

/** A contact at an instant, dated in the calendar's zone as the ledger dates it. */
function aContact(overrides: Partial<Contact> & { at?: Date } = {}, calendar: ProgramCalendar = chicago): Contact {
  const at = overrides.at ?? new Date('2026-09-14T15:00:00Z');
  return aLoggedContact({ at, date: programDateOf(at, calendar), createdAt: at, ...overrides });
}

const month = (key: string, calendar = chicago) => programMonth(key, calendar);
const semester = (date: string, calendar = chicago) => semesterOf(date, calendar)!;

describe('per mentee and month: communicated or not, and by which contacts', () => {
  it.each([
    // [case, contacts, mentee, month, calendar, expected communicated]
    ['no contacts at all', [], 'M1', '2026-09', chicago, false],
    ['a Slack message in the month', [aContact()], 'M1', '2026-09', chicago, true],
    ['a contact with someone else', [aContact({ menteeIds: ['M2'] })], 'M1', '2026-09', chicago, false],
    ['a group contact naming the mentee', [aContact({ menteeIds: ['M2', 'M1', 'M3'], group: true })], 'M1', '2026-09', chicago, true],
    ['the last minute of the month (Chicago)', [aContact({ at: new Date('2026-10-01T04:59:00Z') })], 'M1', '2026-09', chicago, true],
    ['the first minute of the next month (Chicago)', [aContact({ at: new Date('2026-10-01T05:00:00Z') })], 'M1', '2026-09', chicago, false],
    // The lead's case: 23:30 on 31 October in Chicago is October there, November in UTC.
    ['31 Oct 23:30 Chicago, Chicago program, October', [aContact({ at: new Date('2026-11-01T04:30:00Z') })], 'M1', '2026-10', chicago, true],
    ['31 Oct 23:30 Chicago, Chicago program, November', [aContact({ at: new Date('2026-11-01T04:30:00Z') })], 'M1', '2026-11', chicago, false],
    ['31 Oct 23:30 Chicago, UTC program, October', [aContact({ at: new Date('2026-11-01T04:30:00Z') }, utc)], 'M1', '2026-10', utc, false],
    ['31 Oct 23:30 Chicago, UTC program, November', [aContact({ at: new Date('2026-11-01T04:30:00Z') }, utc)], 'M1', '2026-11', utc, true],
    // Daylight saving ends on 1 November: 23:30 CST on 30 November is 05:30Z on 1 December.
    ['30 Nov 23:30 CST counts for November', [aContact({ at: new Date('2026-12-01T05:30:00Z') })], 'M1', '2026-11', chicago, true],
    ['an undone contact does not count', [aContact({ undoneAt: new Date('2026-09-15T00:00:00Z') })], 'M1', '2026-09', chicago, false],
    ['a request response counts', [aContact({ source: 'request_response' })], 'M1', '2026-09', chicago, true],
    ['a contact from a prompt counts', [aContact({ source: 'prompt', kind: 'call' })], 'M1', '2026-09', chicago, true],
  ] as const)('%s → %s', (_case, contacts, mentee, key, calendar, communicated) => {
    const status = monthlyStatus(mentee, month(key, calendar), contacts);
    expect(status.communicated).toBe(communicated);
    expect(status.contacts.length > 0).toBe(communicated);
  });

  it('counts a contact by either mentor of the group, and names every contact, oldest first', () => {
    const late = aContact({ mentorId: 'P4', at: new Date('2026-09-20T15:00:00Z') });
    const early = aContact({ mentorId: 'P3', at: new Date('2026-09-02T15:00:00Z') });
    const status = monthlyStatus('M1', month('2026-09'), [late, early]);
    expect(status).toEqual({ menteeId: 'M1', communicated: true, contacts: [early, late] });
  });

  it('keeps the contacts of both groups for a mentee who changed group mid-month', () => {
    // M1 was in P3's group until 10 September, then in P7's: both contacts are M1's.
    const before = aContact({ mentorId: 'P3', at: new Date('2026-09-05T15:00:00Z') });
    const after = aContact({ mentorId: 'P7', at: new Date('2026-09-25T15:00:00Z'), kind: 'video' });
    expect(monthlyStatus('M1', month('2026-09'), [before, after]).contacts).toEqual([before, after]);
    expect(semesterStatus('M1', semester('2026-09-05'), [before, after]).meetings).toEqual([after]);
  });

  it('answers for many mentees at once, the same as one by one', () => {
    const contacts = [
      aContact({ menteeIds: ['M1', 'M2'], group: true, kind: 'in_person' }),
      aContact({ menteeIds: ['M3'], at: new Date('2026-08-20T15:00:00Z') }),
      aContact({ menteeIds: ['M2'], undoneAt: new Date('2026-09-20T00:00:00Z') }),
    ];
    const statuses = monthlyStatuses(['M1', 'M2', 'M3', 'M4'], month('2026-09'), contacts);
    for (const id of ['M1', 'M2', 'M3', 'M4']) expect(statuses.get(id)).toEqual(monthlyStatus(id, month('2026-09'), contacts));
    expect([...statuses.values()].map((s) => s.communicated)).toEqual([true, true, false, false]);
  });
});

describe('per mentee and semester: met or not', () => {
  it.each([
    ['a video call in the semester', [aContact({ kind: 'video' })], '2026-09-14', true],
    ['an in-person group meeting', [aContact({ kind: 'in_person', group: true, menteeIds: ['M9', 'M1'] })], '2026-09-14', true],
    ['messages, texts, calls and e-mails are not meetings', (['slack', 'text', 'call', 'email'] as const).map((kind) => aContact({ kind })), '2026-09-14', false],
    ['a meeting on the semester’s first day (1 Aug, Chicago)', [aContact({ kind: 'video', at: new Date('2026-08-01T05:00:00Z') })], '2026-09-14', true],
    ['a meeting the evening before it starts (31 Jul, Chicago)', [aContact({ kind: 'video', at: new Date('2026-08-01T04:59:00Z') })], '2026-09-14', false],
    ['a meeting on 31 Dec 23:30 Chicago counts for Fall', [aContact({ kind: 'video', at: new Date('2027-01-01T05:30:00Z') })], '2026-12-15', true],
    ['…and not for Spring', [aContact({ kind: 'video', at: new Date('2027-01-01T05:30:00Z') })], '2027-02-01', false],
    ['a meeting in the previous semester', [aContact({ kind: 'in_person', at: new Date('2026-12-10T15:00:00Z') })], '2027-02-01', false],
    ['an undone meeting', [aContact({ kind: 'video', undoneAt: new Date('2026-09-15T00:00:00Z') })], '2026-09-14', false],
  ] as const)('%s → %s', (_case, contacts, inSemester, met) => {
    expect(semesterStatus('M1', semester(inSemester), contacts).met).toBe(met);
  });

  it('answers for many mentees at once, with the meetings that count', () => {
    const meeting = aContact({ kind: 'in_person', group: true, menteeIds: ['M1', 'M2'], mentorId: 'P4' });
    const call = aContact({ kind: 'call', menteeIds: ['M3'] });
    const statuses = semesterStatuses(['M1', 'M2', 'M3'], semester('2026-09-14'), [meeting, call]);
    expect(statuses.get('M1')).toEqual({ menteeId: 'M1', met: true, meetings: [meeting] });
    expect(statuses.get('M2')?.met).toBe(true);
    expect(statuses.get('M3')).toEqual({ menteeId: 'M3', met: false, meetings: [] });
  });
});

describe('per mentor and month: minutes given', () => {
  it('adds a mentor’s minutes in the month, a group contact once, undone ones not at all', () => {
    const contacts = [
      aContact({ mentorId: 'P3', minutes: 30 }),
      aContact({ mentorId: 'P3', minutes: 45, group: true, menteeIds: ['M1', 'M2', 'M3'] }),
      aContact({ mentorId: 'P3', minutes: 60, undoneAt: new Date('2026-09-15T00:00:00Z') }),
      aContact({ mentorId: 'P3', minutes: 15, at: new Date('2026-10-01T05:00:00Z') }),
      aContact({ mentorId: 'P4', minutes: 20 }),
    ];
    expect(mentorMinutes('P3', month('2026-09'), contacts).minutes).toBe(75);
    expect(mentorMinutes('P3', month('2026-10'), contacts).minutes).toBe(15);
    const all = minutesByMentor(['P3', 'P4', 'P5'], month('2026-09'), contacts);
    expect([...all].map(([id, m]) => [id, m.minutes, m.contacts.length])).toEqual([
      ['P3', 75, 2],
      ['P4', 20, 1],
      ['P5', 0, 0],
    ]);
  });

  it('counts by program date: minutes at 23:30 on 31 October in Chicago belong to October there, November in UTC', () => {
    const at = new Date('2026-11-01T04:30:00Z');
    expect(mentorMinutes('P3', month('2026-10'), [aContact({ at, minutes: 25 })]).minutes).toBe(25);
    expect(mentorMinutes('P3', month('2026-10', utc), [aContact({ at, minutes: 25 }, utc)]).minutes).toBe(0);
    expect(mentorMinutes('P3', month('2026-11', utc), [aContact({ at, minutes: 25 }, utc)]).minutes).toBe(25);
  });
});
