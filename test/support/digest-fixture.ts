import type { Away } from '../../src/program/records/away.js';
import { DEFAULT_ACTIVE_MONTHS, DEFAULT_SEMESTERS, type ProgramCalendar } from '../../src/program/calendar.js';
import type { Contact } from '../../src/program/records/contact.js';
import type { ProgramState } from '../../src/program/load-program-state.js';
import type { PulseAnswer } from '../../src/program/records/pulse.js';
import type { Group, GroupRole, Membership, Person, Role } from '../../src/program/roster.js';
import { aRequest } from './builders.js';

/**
 * A fixed program for the digest and Home rules, as of Monday 5 October 2026, 08:00 in Chicago (13:00 UTC):
 * Blue-Okafor (faculty F1, Pair P3/P4, mentees Ada, Ben, Cy), the MD/PhD group (L1 mentors Ada) and Green-Adeyemi
 * (faculty F2, mentor P7, mentee Dee).
 */
export const NOW = new Date('2026-10-05T13:00:00Z');
export const ZONE = 'America/Chicago';
export const CALENDAR: ProgramCalendar = { timezone: ZONE, activeMonths: DEFAULT_ACTIVE_MONTHS, semesters: DEFAULT_SEMESTERS };

const person = (id: string, name: string, roles: Role[], extra: Partial<Person> = {}): Person => ({
  id,
  name,
  email: undefined,
  roles,
  year: undefined,
  mdphd: false,
  timezone: undefined,
  active: true,
  ...extra,
});

const group = (id: string, name: string, kind: Group['kind'] = 'cohort', active = true): Group => ({
  id,
  name,
  kind,
  channelId: undefined,
  introducedAt: undefined,
  active,
});

const member = (groupId: string, personId: string, role: GroupRole): Membership => ({ groupId, personId, role, from: new Date('2026-08-01T05:00:00Z'), to: undefined });

let seq = 0;
export const aContact = (overrides: Partial<Contact>): Contact => ({
  id: `c${++seq}`,
  mentorId: 'P3',
  menteeIds: ['M1'],
  at: new Date('2026-10-02T15:00:00Z'),
  date: '2026-10-02',
  kind: 'slack',
  group: false,
  minutes: 10,
  note: undefined,
  source: 'logged',
  sourceKey: `k${seq}`,
  createdAt: new Date('2026-10-02T15:00:00Z'),
  undoneAt: undefined,
  ...overrides,
});

export const anAway = (overrides: Partial<Away>): Away => ({
  id: `a${++seq}`,
  mentorId: 'P4',
  start: '2026-10-12',
  end: '2026-10-16',
  timezone: ZONE,
  note: undefined,
  tellMentees: false,
  createdAt: new Date('2026-10-01T12:00:00Z'),
  cancelledAt: undefined,
  sourceKey: `w${seq}`,
  ...overrides,
});

const pulse = (menteeId: string, score: PulseAnswer['score'], shared: boolean): PulseAnswer => ({
  menteeId,
  month: '2026-10',
  score,
  answeredAt: new Date('2026-10-01T16:00:00Z'),
  sharedAt: shared ? new Date('2026-10-01T16:01:00Z') : undefined,
});

export function fixedState(): ProgramState {
  const people = [
    person('F1', 'Dr. Okafor', ['faculty']),
    person('F2', 'Dr. Adeyemi', ['faculty'], { timezone: 'America/Los_Angeles' }),
    person('P3', 'Priya Third', ['peer_mentor']),
    person('P4', 'Omar Fourth', ['peer_mentor']),
    person('P7', 'Pat Green', ['peer_mentor']),
    person('L1', 'Lena Mdphd', ['peer_mentor'], { mdphd: true }),
    person('M1', 'Ada Mentee', ['mentee'], { mdphd: true }),
    person('M2', 'Ben Mentee', ['mentee']),
    person('M3', 'Cy Mentee', ['mentee']),
    person('M4', 'Dee Mentee', ['mentee']),
    person('M9', 'Old Mentee', ['mentee'], { active: false }),
  ];
  return {
    people: new Map(people.map((p) => [p.id, p])),
    groups: [group('G1', 'Blue-Okafor'), group('G2', 'MD-PhD', 'mdphd'), group('G3', 'Green-Adeyemi')],
    memberships: [
      member('G1', 'F1', 'faculty'),
      member('G1', 'P3', 'peer_mentor'),
      member('G1', 'P4', 'peer_mentor'),
      member('G1', 'M1', 'mentee'),
      member('G1', 'M2', 'mentee'),
      member('G1', 'M3', 'mentee'),
      member('G1', 'M9', 'mentee'),
      member('G2', 'L1', 'peer_mentor'),
      member('G2', 'M1', 'mentee'),
      member('G3', 'F2', 'faculty'),
      member('G3', 'P7', 'peer_mentor'),
      member('G3', 'M4', 'mentee'),
    ],
    contacts: [
      aContact({ mentorId: 'P3', menteeIds: ['M1'], date: '2026-10-02', at: new Date('2026-10-02T15:00:00Z') }),
      aContact({ mentorId: 'P4', menteeIds: ['M1'], date: '2026-09-20', kind: 'video', at: new Date('2026-09-20T15:00:00Z') }),
      aContact({ mentorId: 'P4', menteeIds: ['M1'], date: '2026-10-03', kind: 'call', at: new Date('2026-10-03T15:00:00Z') }),
      aContact({ mentorId: 'P3', menteeIds: ['M2'], date: '2026-08-20', kind: 'in_person', at: new Date('2026-08-20T15:00:00Z') }),
      aContact({ mentorId: 'P3', menteeIds: ['M3'], date: '2026-10-04', undoneAt: new Date('2026-10-04T16:00:00Z') }),
      aContact({ mentorId: 'P7', menteeIds: ['M4'], date: '2026-10-01' }),
    ],
    requests: [
      // Ben: open since Friday, past its 24-hour deadline.
      aRequest({ id: 'R1', menteeId: 'M2', mentorIds: ['P3', 'P4'], createdAt: new Date('2026-10-02T12:00:00Z'), deadline: new Date('2026-10-03T12:00:00Z') }),
      // Ada: claimed this morning, due tomorrow.
      aRequest({ id: 'R2', menteeId: 'M1', mentorIds: ['P3', 'P4'], createdAt: new Date('2026-10-05T10:00:00Z'), deadline: new Date('2026-10-06T10:00:00Z'), claimedBy: 'P4', claimedAt: new Date('2026-10-05T11:00:00Z') }),
      // Ada: answered in 5 hours last Thursday, closed.
      aRequest({
        id: 'R3',
        menteeId: 'M1',
        createdAt: new Date('2026-10-01T10:00:00Z'),
        deadline: new Date('2026-10-02T10:00:00Z'),
        respondedBy: 'P3',
        respondedAt: new Date('2026-10-01T15:00:00Z'),
        closedAs: 'closed',
        closedBy: 'M1',
        closedAt: new Date('2026-10-02T09:00:00Z'),
        helped: true,
      }),
      // Cy: urgent well-being, sent this Monday at 00:30 and answered 6.5 hours later.
      aRequest({
        id: 'R4',
        menteeId: 'M3',
        topic: 'balance_wellbeing',
        urgency: 'urgent',
        createdAt: new Date('2026-10-05T05:30:00Z'),
        deadline: new Date('2026-10-06T05:30:00Z'),
        respondedBy: 'P4',
        respondedAt: new Date('2026-10-05T12:00:00Z'),
      }),
      // Ben: answered in September.
      aRequest({ id: 'R5', menteeId: 'M2', createdAt: new Date('2026-09-20T10:00:00Z'), deadline: new Date('2026-09-21T10:00:00Z'), respondedBy: 'P3', respondedAt: new Date('2026-09-21T09:00:00Z') }),
      // Dee (Green): urgent well-being, still waiting.
      aRequest({ id: 'R6', menteeId: 'M4', topic: 'balance_wellbeing', urgency: 'urgent', mentorIds: ['P7'], createdAt: new Date('2026-10-05T12:00:00Z'), deadline: new Date('2026-10-06T12:00:00Z') }),
    ],
    away: [
      anAway({ mentorId: 'P4', start: '2026-10-12', end: '2026-10-16' }),
      anAway({ mentorId: 'P3', start: '2026-10-26', end: '2026-10-30' }),
      anAway({ mentorId: 'P3', start: '2026-10-06', end: '2026-10-07', cancelledAt: new Date('2026-10-04T12:00:00Z') }),
    ],
    pulses: [pulse('M1', 2, true), pulse('M2', 1, false), pulse('M3', 4, false)],
    pendingSwitches: new Map([['G1', 2]]),
  };
}
