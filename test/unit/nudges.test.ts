import { describe, expect, it } from 'vitest';
import type { Away } from '../../src/program/records/away.js';
import { DEFAULT_ACTIVE_MONTHS, DEFAULT_SEMESTERS, type ProgramCalendar } from '../../src/program/calendar.js';
import type { ContactMark } from '../../src/program/records/compliance.js';
import { dueNudges, type NudgeState } from '../../src/features/nudges/domain/due-nudges.js';
import { duePoint } from '../../src/program/calendar-date.js';
import { listWindowsAt } from '../../src/features/nudges/domain/list-windows.js';
import { DEFAULT_NUDGE_SETTINGS, LIST_NAMES_MAX, type Nudge, type NudgeSettings } from '../../src/features/nudges/domain/nudge.js';
import { isQuiet, type QuietHours } from '../../src/delivery/quiet-hours.js';
import type { Group, Membership, Person, Role } from '../../src/program/roster.js';
import type { RequestFacts } from '../../src/program/records/request.js';
import { aRequest } from '../support/program-fixture.js';

const CALENDAR: ProgramCalendar = { timezone: 'America/Chicago', activeMonths: DEFAULT_ACTIVE_MONTHS, semesters: DEFAULT_SEMESTERS };
const SETTINGS = DEFAULT_NUDGE_SETTINGS;
const QUIET: QuietHours = { start: { hour: 21, minute: 0 }, end: { hour: 8, minute: 0 } };
const H = 3_600_000;

const person = (id: string, name: string, roles: Role[], timezone?: string, active = true): Person => ({
  id,
  name,
  email: undefined,
  roles,
  year: undefined,
  mdphd: false,
  timezone,
  active,
});

/**
 * Blue: faculty F1 (Chicago), the Pair P3 (New York) and P4 (Chicago), mentees M1 (Los Angeles, MD/PhD), Zoe M2
 * (no zone: the program's) and Cy M3 (Tokyo). MD-PhD: D1 and M1. Red: P8 in Tokyo with M8.
 */
const PEOPLE: Person[] = [
  person('F1', 'Dr Okafor', ['faculty'], 'America/Chicago'),
  person('P3', 'Priya', ['peer_mentor'], 'America/New_York'),
  person('P4', 'Omar', ['peer_mentor'], 'America/Chicago'),
  person('D1', 'Lena', ['peer_mentor'], 'America/Chicago'),
  person('P8', 'Kenji', ['peer_mentor'], 'Asia/Tokyo'),
  person('M1', 'Ada', ['mentee'], 'America/Los_Angeles'),
  person('M2', 'Zoe', ['mentee']),
  person('M3', 'Cy', ['mentee'], 'Asia/Tokyo'),
  person('M8', 'Bo', ['mentee'], 'Asia/Tokyo'),
];
const GROUPS: Group[] = [
  { id: 'G1', name: 'Blue-Okafor', kind: 'cohort', channelId: undefined, introducedAt: undefined, active: true },
  { id: 'G2', name: 'MD-PhD', kind: 'mdphd', channelId: undefined, introducedAt: undefined, active: true },
  { id: 'G3', name: 'Red-Tanaka', kind: 'cohort', channelId: undefined, introducedAt: undefined, active: true },
];
const member = (groupId: string, personId: string, role: Membership['role']): Membership => ({ groupId, personId, role, from: new Date('2026-08-01T00:00:00Z'), to: undefined });
const MEMBERSHIPS: Membership[] = [
  member('G1', 'F1', 'faculty'),
  member('G1', 'P3', 'peer_mentor'),
  member('G1', 'P4', 'peer_mentor'),
  member('G1', 'M1', 'mentee'),
  member('G1', 'M2', 'mentee'),
  member('G1', 'M3', 'mentee'),
  member('G2', 'D1', 'peer_mentor'),
  member('G2', 'M1', 'mentee'),
  member('G3', 'P8', 'peer_mentor'),
  member('G3', 'M8', 'mentee'),
];

const pending = (overrides: Partial<RequestFacts> = {}): RequestFacts => {
  const { description: _description, ...request } = aRequest({ id: 'R1', menteeId: 'M2', mentorIds: ['P3', 'P4'], ...overrides });
  return request;
};
/** Sent 10:00 CDT on Wed 14 Oct 2026, 24 h to answer. */
const CREATED = new Date('2026-10-14T15:00:00Z');
const R1 = pending({ createdAt: CREATED, deadline: new Date(CREATED.getTime() + 24 * H) });
const at = (hours: number, minutes = 0) => new Date(CREATED.getTime() + hours * H + minutes * 60_000);

const awayWindow = (mentorId: string, start: string, end: string, timezone: string, cancelledAt?: Date): Away => ({
  id: `A-${mentorId}-${start}`,
  mentorId,
  start,
  end,
  timezone,
  note: undefined,
  tellMentees: false,
  createdAt: new Date('2026-10-01T00:00:00Z'),
  cancelledAt,
  sourceKey: `away:${mentorId}:${start}`,
});

const state = (overrides: Partial<NudgeState> = {}): NudgeState => ({
  people: PEOPLE,
  groups: GROUPS,
  memberships: MEMBERSHIPS,
  requests: [],
  away: [],
  contacts: [],
  calendar: CALENDAR,
  ...overrides,
});
const keysAt = (s: NudgeState, now: Date, settings: NudgeSettings = SETTINGS) => dueNudges(s, now, settings).map((n) => n.key).sort();
const mark = (menteeIds: string[], date: string, kind: ContactMark['kind'] = 'slack', undoneAt?: Date): ContactMark => ({ menteeIds, date, kind, ...(undoneAt ? { undoneAt } : {}) });

describe('request deadlines: reminder at 75 %, overdue at the deadline, the Faculty Mentor 24 h later', () => {
  const reminder = (to: string) => `nudge:request-reminder:R1:${to}`;
  const overdue = (to: string) => `nudge:request-overdue:R1:${to}`;
  const escalation = 'nudge:request-escalation:R1:F1';
  it.each([
    ['just before 75 % of the window', R1, at(17, 59), []],
    ['at 75 % (18 h of 24 h): both mentors it is with', R1, at(18), [reminder('P3'), reminder('P4')]],
    ['a minute before the deadline', R1, at(23, 59), [reminder('P3'), reminder('P4')]],
    ['at the deadline: overdue, and the reminder is over', R1, at(24), [overdue('P3'), overdue('P4')]],
    ['still unanswered a day later, minus a minute', R1, at(47, 59), [overdue('P3'), overdue('P4')]],
    ['24 h after the deadline: the Faculty Mentor too', R1, at(48), [escalation, overdue('P3'), overdue('P4')]],
    ['claimed: only the claimer is reminded', pending({ ...R1, claimedBy: 'P4', claimedAt: at(1) }), at(18), [reminder('P4')]],
    ['claimed and overdue: the claimer and the Pair partner', pending({ ...R1, claimedBy: 'P4', claimedAt: at(1) }), at(24), [overdue('P3'), overdue('P4')]],
    ['sent to the partner alone: overdue reaches the whole Pair', pending({ ...R1, mentorIds: ['P4'], routedTo: 'partner' }), at(24), [overdue('P3'), overdue('P4')]],
    ['sent to the partner alone: the reminder only to them', pending({ ...R1, mentorIds: ['P4'], routedTo: 'partner' }), at(18), [reminder('P4')]],
    ['responded: nothing more', pending({ ...R1, respondedBy: 'P3', respondedAt: at(2) }), at(48), []],
    ['closed: nothing more', pending({ ...R1, closedAs: 'closed', closedBy: 'M2', closedAt: at(2) }), at(48), []],
    ['cancelled: nothing more', pending({ ...R1, closedAs: 'cancelled', closedBy: 'M2', closedAt: at(2) }), at(48), []],
    ['e-mail (48 h): no reminder at 18 h', pending({ ...R1, reach: 'email', deadline: at(48) }), at(18), []],
    ['e-mail (48 h): reminded at 36 h', pending({ ...R1, reach: 'email', deadline: at(48) }), at(36), [reminder('P3'), reminder('P4')]],
    [
      'an MD/PhD request: its MD/PhD mentors, not the cohort Pair',
      pending({ ...R1, menteeId: 'M1', audience: 'mdphd', mentorIds: ['D1'] }),
      at(24),
      ['nudge:request-overdue:R1:D1'],
    ],
  ])('%s', (_case, request, now, expected) => {
    expect(keysAt(state({ requests: [request] }), now)).toEqual([...expected].sort());
  });

  it('says how long is left, or how late it is, in whole hours', () => {
    const byKind = (now: Date) => Object.fromEntries(dueNudges(state({ requests: [R1] }), now, SETTINGS).map((n) => [n.kind, n.kind.startsWith('request') ? (n as { hours: number }).hours : 0]));
    expect(byKind(at(18))).toEqual({ 'request-reminder': 6 });
    expect(byKind(at(23, 50))).toEqual({ 'request-reminder': 1 });
    expect(byKind(at(48, 10))).toEqual({ 'request-overdue': 24, 'request-escalation': 24 });
  });

  it('follows the configured reminder point and escalation delay', () => {
    const settings = { ...SETTINGS, reminderShare: 0.5, escalationHours: 2 };
    expect(keysAt(state({ requests: [R1] }), at(12), settings)).toEqual(['nudge:request-reminder:R1:P3', 'nudge:request-reminder:R1:P4']);
    expect(keysAt(state({ requests: [R1] }), at(26), settings)).toEqual([escalation, overdue('P3'), overdue('P4')]);
  });

  it('never escalates to a faculty mentor who was given the request to answer', () => {
    const toFaculty = pending({ ...R1, mentorIds: ['F1'], routedTo: 'faculty', coveringFor: ['P3', 'P4'] });
    expect(keysAt(state({ requests: [toFaculty] }), at(48))).toEqual([overdue('F1'), overdue('P3'), overdue('P4')]);
  });

  it('nudges nobody about a request not yet posted in Slack (the nudges job posts it first)', () => {
    const unposted = pending({ ...R1, channelId: undefined, messageTs: undefined });
    expect(dueNudges(state({ requests: [unposted] }), at(48), SETTINGS)).toEqual([]);
  });

  it('gives each recipient the zone they read times in: theirs, else the program’s', () => {
    const zones = Object.fromEntries(dueNudges(state({ requests: [pending({ ...R1, mentorIds: ['P3', 'P4'] })] }), at(48), SETTINGS).map((n) => [n.recipientId, n.zone]));
    expect(zones).toEqual({ P3: 'America/New_York', P4: 'America/Chicago', F1: 'America/Chicago' });
    const noZone = PEOPLE.map((p) => (p.id === 'P4' ? { ...p, timezone: undefined } : p));
    expect(dueNudges(state({ people: noZone, requests: [R1] }), at(18), SETTINGS).find((n) => n.recipientId === 'P4')!.zone).toBe('America/Chicago');
  });
});

describe('time away routes nudges to the partner', () => {
  const byRecipient = (s: NudgeState, now: Date) => dueNudges(s, now, SETTINGS).map((n) => ({ kind: n.kind, to: n.recipientId, covering: 'coveringFor' in n ? n.coveringFor : undefined }));
  // Priya marked herself away on Thu 15 Oct, by New York's clock.
  const priyaAway = awayWindow('P3', '2026-10-15', '2026-10-16', 'America/New_York');
  it.each([
    ['the claimer is away: their partner is reminded, covering for them', { claimedBy: 'P3' }, [priyaAway], at(18), [{ kind: 'request-reminder', to: 'P4', covering: ['P3'] }]],
    ['one of two is away: the other is reminded', {}, [priyaAway], at(18), [{ kind: 'request-reminder', to: 'P4', covering: [] }]],
    [
      'both are away: the faculty mentor',
      {},
      [priyaAway, awayWindow('P4', '2026-10-15', '2026-10-15', 'America/Chicago')],
      at(18),
      [{ kind: 'request-reminder', to: 'F1', covering: ['P3', 'P4'] }],
    ],
    ['time away ended early no longer counts', { claimedBy: 'P3' }, [awayWindow('P3', '2026-10-15', '2026-10-16', 'America/New_York', at(17))], at(18), [{ kind: 'request-reminder', to: 'P3', covering: [] }]],
    ['overdue while the claimer is away: the partner alone', { claimedBy: 'P3' }, [priyaAway], at(24), [{ kind: 'request-overdue', to: 'P4', covering: [] }]],
  ])('%s', (_case, overrides: Partial<RequestFacts>, away, now, expected) => {
    const request = pending({ ...R1, ...overrides, ...(overrides.claimedBy ? { claimedAt: at(1) } : {}) });
    expect(byRecipient(state({ requests: [request], away }), now)).toEqual(expected);
  });

  it.each([
    ['2026-10-15T03:30:00Z', 'P3'], // 23:30 on the 14th in New York: not away yet
    ['2026-10-15T04:30:00Z', 'P4'], // 00:30 on the 15th in New York: away
  ])('counts days away by the mentor’s own clock: at %s the reminder goes to %s', (iso, to) => {
    const now = new Date(iso);
    const request = pending({ claimedBy: 'P3', claimedAt: now, createdAt: new Date(now.getTime() - 18 * H), deadline: new Date(now.getTime() + 6 * H) });
    expect(byRecipient(state({ requests: [request], away: [priyaAway] }), now).map((n) => n.to)).toEqual([to]);
  });

  it('routes month-end lists around time away, and to the faculty mentor when the whole Pair is away', () => {
    const now = new Date('2026-10-29T15:00:00Z'); // 3 days left in October
    const lists = (away: Away[]) =>
      dueNudges(state({ away }), now, SETTINGS)
        .filter((n) => n.kind === 'month-end')
        .map((n) => ({ to: n.recipientId, mentees: n.kind === 'month-end' ? n.menteeIds : [], asFaculty: n.kind === 'month-end' && n.asFaculty }))
        .sort((a, b) => a.to.localeCompare(b.to));
    expect(lists([awayWindow('P3', '2026-10-28', '2026-11-02', 'America/New_York')])).toEqual([
      { to: 'D1', mentees: ['M1'], asFaculty: false },
      { to: 'P4', mentees: ['M1', 'M3', 'M2'], asFaculty: false },
      { to: 'P8', mentees: ['M8'], asFaculty: false },
    ]);
    expect(
      lists([awayWindow('P3', '2026-10-28', '2026-11-02', 'America/New_York'), awayWindow('P4', '2026-10-29', '2026-10-29', 'America/Chicago')]),
    ).toEqual([
      { to: 'D1', mentees: ['M1'], asFaculty: false },
      { to: 'F1', mentees: ['M3', 'M2'], asFaculty: true },
      { to: 'P8', mentees: ['M8'], asFaculty: false },
    ]);
  });
});

describe('month-end and semester-end lists', () => {
  it.each([
    [11, [10, 3], undefined],
    [10, [10, 3], 10],
    [4, [10, 3], 10],
    [3, [10, 3], 3],
    [1, [10, 3], 3],
    [40, [30, 14], undefined],
    [30, [30, 14], 30],
    [15, [30, 14], 30],
    [14, [30, 14], 14],
    [5, [], undefined],
  ])('%i days left with points %j: the %s-day nudge is due', (daysLeft, days, expected) => {
    expect(duePoint(daysLeft, days)).toBe(expected);
  });

  it.each([
    // October 2026 has 31 days; dates count in the program's zone (Chicago, CDT = UTC-5).
    ['2026-10-21T17:00:00Z', undefined, undefined],
    ['2026-10-22T04:59:00Z', undefined, undefined], // 23:59 on the 21st in Chicago
    ['2026-10-22T05:00:00Z', { key: '2026-10', days: 10, daysLeft: 10 }, undefined],
    ['2026-10-29T04:59:00Z', { key: '2026-10', days: 10, daysLeft: 4 }, undefined],
    ['2026-10-29T05:00:00Z', { key: '2026-10', days: 3, daysLeft: 3 }, undefined],
    ['2026-11-01T04:59:00Z', { key: '2026-10', days: 3, daysLeft: 1 }, undefined],
    ['2026-11-01T05:00:00Z', undefined, undefined], // 1 November: 30 days left, the semester 61
    // November ends a day after the clocks go back: 00:00 CST is 06:00Z. Fall ends 31 Dec: 30 days left from 2 Dec.
    ['2026-11-28T05:59:00Z', { key: '2026-11', days: 10, daysLeft: 4 }, undefined],
    ['2026-11-28T06:00:00Z', { key: '2026-11', days: 3, daysLeft: 3 }, undefined],
    ['2026-12-02T06:00:00Z', undefined, { key: '2026-Fall', days: 30, daysLeft: 30 }],
    ['2026-12-18T06:00:00Z', undefined, { key: '2026-Fall', days: 14, daysLeft: 14 }],
    ['2026-12-29T06:00:00Z', { key: '2026-12', days: 3, daysLeft: 3 }, { key: '2026-Fall', days: 14, daysLeft: 3 }],
    // June is outside the program's active months and its semesters.
    ['2026-06-29T17:00:00Z', undefined, undefined],
  ])('at %s: month %j, semester %j', (iso, month, semester) => {
    const windows = listWindowsAt(new Date(iso), CALENDAR, SETTINGS);
    expect(windows.month === undefined ? undefined : { key: windows.month.period.key, days: windows.month.days, daysLeft: windows.month.daysLeft }).toEqual(month);
    expect(windows.semester === undefined ? undefined : { key: windows.semester.period.key, days: windows.semester.days, daysLeft: windows.semester.daysLeft }).toEqual(
      semester,
    );
  });

  const OCTOBER_CONTACTS = [
    mark(['M1'], '2026-10-05'), // Ada: a message this month
    mark(['M2'], '2026-09-30'), // Zoe: last month only
    mark(['M2'], '2026-10-06', 'call', new Date('2026-10-07T00:00:00Z')), // …and an undone call
    mark(['M3', 'M8'], '2026-10-12', 'in_person'), // Cy and Bo: a group meeting
  ];

  it('lists to each mentor, once, only their mentees with no communication yet this month', () => {
    const due = dueNudges(state({ contacts: OCTOBER_CONTACTS }), new Date('2026-10-22T15:00:00Z'), SETTINGS);
    expect(due.map((n) => ({ key: n.key, to: n.recipientId, mentees: n.kind === 'month-end' ? n.menteeIds : undefined }))).toEqual([
      { key: 'nudge:month-end:P3:2026-10:10', to: 'P3', mentees: ['M2'] },
      { key: 'nudge:month-end:P4:2026-10:10', to: 'P4', mentees: ['M2'] },
    ]);
    expect(due[0]).toMatchObject({ kind: 'month-end', month: { key: '2026-10', from: '2026-10-01', to: '2026-10-31' }, daysLeft: 10, asFaculty: false, zone: 'America/New_York' });
  });

  it('stops as soon as every listed mentee has been contacted', () => {
    const now = new Date('2026-10-30T15:00:00Z');
    expect(keysAt(state({ contacts: OCTOBER_CONTACTS }), now)).toEqual(['nudge:month-end:P3:2026-10:3', 'nudge:month-end:P4:2026-10:3']);
    expect(keysAt(state({ contacts: [...OCTOBER_CONTACTS, mark(['M2'], '2026-10-30', 'text')] }), now)).toEqual([]);
  });

  it('leaves out inactive people and inactive groups', () => {
    const people = PEOPLE.map((p) => (p.id === 'M2' || p.id === 'P4' ? { ...p, active: false } : p));
    const groups = GROUPS.map((g) => (g.id === 'G3' ? { ...g, active: false } : g));
    const due = dueNudges(state({ people, groups, contacts: [mark(['M1'], '2026-10-05')] }), new Date('2026-10-22T15:00:00Z'), SETTINGS);
    expect(due.map((n) => ({ to: n.recipientId, mentees: n.kind === 'month-end' ? n.menteeIds : [] }))).toEqual([{ to: 'P3', mentees: ['M3'] }]);
  });

  it('lists mentees with no meeting this semester 30 and 14 days before it ends (messages do not count)', () => {
    const contacts = [mark(['M1'], '2026-09-10', 'video'), mark(['M2'], '2026-12-01', 'slack'), mark(['M8'], '2026-07-20', 'in_person')];
    const due = dueNudges(state({ contacts }), new Date('2026-12-05T15:00:00Z'), SETTINGS);
    expect(due.map((n) => ({ key: n.key, mentees: n.kind === 'semester-end' ? n.menteeIds : undefined })).sort((a, b) => a.key.localeCompare(b.key))).toEqual([
      { key: 'nudge:semester-end:P3:2026-Fall:30', mentees: ['M3', 'M2'] },
      { key: 'nudge:semester-end:P4:2026-Fall:30', mentees: ['M3', 'M2'] },
      { key: 'nudge:semester-end:P8:2026-Fall:30', mentees: ['M8'] },
    ]);
    expect(keysAt(state({ contacts }), new Date('2026-12-20T15:00:00Z'))).toEqual([
      'nudge:semester-end:P3:2026-Fall:14',
      'nudge:semester-end:P4:2026-Fall:14',
      'nudge:semester-end:P8:2026-Fall:14',
    ]);
  });

  it('includes MD/PhD mentees in their MD/PhD mentors’ lists', () => {
    const due = dueNudges(state({ contacts: [mark(['M2', 'M3', 'M8'], '2026-10-05')] }), new Date('2026-10-22T15:00:00Z'), SETTINGS);
    expect(due.map((n) => `${n.recipientId}:${n.kind === 'month-end' ? n.menteeIds.join(',') : ''}`)).toEqual(['P3:M1', 'P4:M1', 'D1:M1']);
  });

  it('names at most LIST_NAMES_MAX mentees per list, by name, and counts them all', () => {
    const many = Array.from({ length: LIST_NAMES_MAX + 30 }, (_, i) => person(`X${String(i).padStart(3, '0')}`, `Student ${String(i).padStart(3, '0')}`, ['mentee']));
    const due = dueNudges(
      state({ people: [...PEOPLE, ...many], memberships: [...MEMBERSHIPS, ...many.map((p) => member('G3', p.id, 'mentee'))], contacts: [mark(['M8'], '2026-10-02')] }),
      new Date('2026-10-22T15:00:00Z'),
      SETTINGS,
    );
    const kenji = due.find((n) => n.recipientId === 'P8');
    expect(kenji).toMatchObject({ kind: 'month-end', missing: LIST_NAMES_MAX + 30 });
    expect(kenji?.kind === 'month-end' && kenji.menteeIds).toEqual(many.slice(0, LIST_NAMES_MAX).map((p) => p.id));
  });

  it('switches off with no days configured', () => {
    expect(keysAt(state(), new Date('2026-12-29T15:00:00Z'), { ...SETTINGS, monthEndDays: [], semesterEndDays: [] })).toEqual([]);
  });
});

/**
 * What a recipient receives as the job runs every 15 minutes (at :02, :17, :32, :47): each nudge the first time a run
 * finds it due outside the recipient's quiet hours, and never again.
 */
function simulate(s: NudgeState, from: string, to: string): Map<string, string> {
  const sent = new Map<string, string>();
  const start = new Date(from).getTime();
  for (let t = start - (start % (15 * 60_000)) + 2 * 60_000; t <= new Date(to).getTime(); t += 15 * 60_000) {
    const now = new Date(t);
    for (const nudge of dueNudges(s, now, SETTINGS)) {
      if (!sent.has(nudge.key) && !isQuiet(now, nudge.zone, QUIET)) sent.set(nudge.key, now.toISOString().slice(0, 16));
    }
  }
  return sent;
}

describe('quiet hours across time zones and daylight saving', () => {
  const sentAt = (s: NudgeState, from: string, to: string) => Object.fromEntries([...simulate(s, from, to)].sort());

  it('holds a reminder falling due at night until 08:00 in each mentor’s zone, unless the deadline comes first', () => {
    // Sent 08:00 CDT: 75 % falls at 02:00 CDT (03:00 in New York), the deadline at 08:00 CDT (09:00 in New York).
    const created = new Date('2026-10-14T13:00:00Z');
    const request = pending({ createdAt: created, deadline: new Date(created.getTime() + 24 * H) });
    expect(sentAt(state({ requests: [request] }), '2026-10-14T13:00Z', '2026-10-16T18:00Z')).toEqual({
      'nudge:request-reminder:R1:P3': '2026-10-15T12:02', // 08:02 in New York, an hour before the deadline
      'nudge:request-overdue:R1:P3': '2026-10-15T13:02',
      'nudge:request-overdue:R1:P4': '2026-10-15T13:02', // 08:02 in Chicago: the reminder was overtaken by the deadline
      'nudge:request-escalation:R1:F1': '2026-10-16T13:02',
    });
  });

  it('waits for 08:00 by the clock after the change when clocks spring forward', () => {
    // Sent 10:00 CST on Sat 7 March 2026; clocks go forward at 02:00 on the 8th. 75 % falls at 05:00 CDT.
    const created = new Date('2026-03-07T16:00:00Z');
    const request = pending({ createdAt: created, deadline: new Date(created.getTime() + 24 * H) });
    expect(sentAt(state({ requests: [request] }), '2026-03-07T16:00Z', '2026-03-08T16:30Z')).toEqual({
      'nudge:request-reminder:R1:P3': '2026-03-08T12:02', // 08:02 EDT (it would be 13:02Z on standard time)
      'nudge:request-reminder:R1:P4': '2026-03-08T13:02', // 08:02 CDT
      'nudge:request-overdue:R1:P3': '2026-03-08T16:02', // 24 elapsed hours: 12:00 CDT, an hour later by the clock than it was sent
      'nudge:request-overdue:R1:P4': '2026-03-08T16:02',
    });
  });

  it('waits for 08:00 standard time when clocks fall back', () => {
    // Deadline 00:30 CDT on Sun 1 Nov 2026; clocks go back at 02:00 CDT (07:00Z); 08:00 CST is 14:00Z.
    const created = new Date('2026-10-31T05:30:00Z');
    const request = pending({ createdAt: created, deadline: new Date(created.getTime() + 24 * H), claimedBy: 'P4', claimedAt: created });
    const sent = sentAt(state({ requests: [request] }), '2026-10-31T05:30Z', '2026-11-01T15:00Z');
    expect(sent['nudge:request-overdue:R1:P4']).toBe('2026-11-01T14:02');
    expect(sent['nudge:request-overdue:R1:P3']).toBe('2026-11-01T13:02'); // 08:02 EST in New York
    expect(sent['nudge:request-reminder:R1:P4']).toBe('2026-10-31T23:32'); // 18:30 CDT on the 31st: sent at once
  });

  it('sends a month-end list at once where it is day, and at 08:00 where it is night', () => {
    // The 10-day list opens at 00:00 CDT on 22 October: 01:00 in New York, 14:00 in Tokyo.
    const sent = sentAt(state({ contacts: [mark(['M1', 'M3'], '2026-10-05')] }), '2026-10-21T12:00Z', '2026-10-23T12:00Z');
    expect(sent).toEqual({
      'nudge:month-end:P3:2026-10:10': '2026-10-22T12:02', // 08:02 in New York
      'nudge:month-end:P4:2026-10:10': '2026-10-22T13:02', // 08:02 in Chicago
      'nudge:month-end:P8:2026-10:10': '2026-10-22T05:02', // 14:02 in Tokyo
    });
  });
});

describe('nudges carry no request content', () => {
  it('keeps what the mentee wrote out of every nudge', () => {
    const due: Nudge[] = dueNudges(state({ requests: [R1] }), at(48), SETTINGS);
    expect(due.length).toBeGreaterThan(0);
    for (const nudge of due) expect(JSON.stringify(nudge)).not.toContain(aRequest().description);
  });
});
