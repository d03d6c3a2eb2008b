import { DEFAULT_ACTIVE_MONTHS, DEFAULT_SEMESTERS, type ProgramCalendar } from '../../src/program/calendar.js';
import type { ProgramState } from '../../src/program/overview/program-state.js';
import type { RosterStore } from '../../src/program/ports.js';
import type { Away } from '../../src/program/records/away.js';
import type { Contact } from '../../src/program/records/contact.js';
import type { PulseAnswer } from '../../src/program/records/pulse.js';
import type { HelpRequest } from '../../src/program/records/request.js';
import type { Group, GroupKind, GroupRole, Membership, Person, Role } from '../../src/program/roster.js';
import type { FakeUser } from '../../src/demo/slack-simulator/fake-slack.js';

/**
 * The one program fixture: a program described as data (people, groups and who is in them), then the same data as
 * pure state for the rules (`programState`), as a database seed through the real roster store (`seedProgram`), and as
 * the users of the fake Slack workspace (`slackUsersOf`). Also: the standard cohort every end-to-end test uses, the
 * fixed program state of the digest and Home rules, record builders, and a generated roster file for imports.
 */

// ---------------------------------------------------------------------------------------------------------------------
// The program as data

/** A person; everything but the id has a default (a mentee called `Person <id>`, active, no zone). */
export interface PersonSpec extends Partial<Omit<Person, 'id' | 'roles'>> {
  readonly id: string;
  readonly roles?: readonly Role[];
}

/** A group and its current members, by person id. */
export interface GroupSpec {
  readonly name: string;
  readonly kind?: GroupKind;
  readonly channelId?: string;
  readonly faculty?: readonly string[];
  readonly mentors?: readonly string[];
  readonly mentees?: readonly string[];
}

export interface ProgramFixture {
  readonly people: readonly PersonSpec[];
  readonly groups: readonly GroupSpec[];
  /** When the memberships start (default 2026-08-01T00:00Z). */
  readonly at?: Date;
  /** People in the Slack workspace who are not on the roster (an admin named in ADMIN_USER_IDS, a stranger). */
  readonly slackOnly?: readonly FakeUser[];
}

const DEFAULT_START = new Date('2026-08-01T00:00:00Z');

export function aPerson(spec: PersonSpec): Person {
  return {
    name: `Person ${spec.id}`,
    email: undefined,
    year: undefined,
    mdphd: false,
    timezone: undefined,
    active: true,
    ...spec,
    roles: [...(spec.roles ?? ['mentee'])],
  };
}

/** Memberships of a group, in one order everywhere: faculty, peer mentors, mentees. */
function membersOf(group: GroupSpec): { personId: string; role: GroupRole }[] {
  return [
    ...(group.faculty ?? []).map((personId) => ({ personId, role: 'faculty' as const })),
    ...(group.mentors ?? []).map((personId) => ({ personId, role: 'peer_mentor' as const })),
    ...(group.mentees ?? []).map((personId) => ({ personId, role: 'mentee' as const })),
  ];
}

/** Several parts as one program; a person named again has the later part's changes laid over the earlier. */
export function aProgram(...parts: readonly ProgramFixture[]): ProgramFixture {
  const people = new Map<string, PersonSpec>();
  for (const person of parts.flatMap((p) => p.people)) people.set(person.id, { ...people.get(person.id), ...person });
  const at = parts.find((p) => p.at !== undefined)?.at;
  const slackOnly = parts.flatMap((p) => p.slackOnly ?? []);
  return { people: [...people.values()], groups: parts.flatMap((p) => p.groups), ...(at ? { at } : {}), ...(slackOnly.length > 0 ? { slackOnly } : {}) };
}

// ---------------------------------------------------------------------------------------------------------------------
// The standard cohort (SPEC §1): the people of every end-to-end test

export const CHICAGO = 'America/Chicago';
export const NEW_YORK = 'America/New_York';
export const LOS_ANGELES = 'America/Los_Angeles';

/** Everyone the end-to-end tests meet, with Slack-like ids. `admin` and `stranger` are in Slack only, not on the roster. */
export const CAST = {
  okafor: { id: 'U0FACULTY1', name: 'Dr. Okafor', roles: ['faculty'], timezone: CHICAGO },
  priya: { id: 'U0MENTOR03', name: 'Priya Third', roles: ['peer_mentor'], year: 3, timezone: CHICAGO },
  omar: { id: 'U0MENTOR04', name: 'Omar Fourth', roles: ['peer_mentor'], year: 4, timezone: CHICAGO },
  ada: { id: 'U0MENTEE01', name: 'Ada Mentee', roles: ['mentee'], year: 1, timezone: CHICAGO },
  ben: { id: 'U0MENTEE02', name: 'Ben Mentee', roles: ['mentee'], year: 2, timezone: CHICAGO },
  adeyemi: { id: 'U0FACULTY2', name: 'Dr. Adeyemi', roles: ['faculty'], timezone: LOS_ANGELES },
  pat: { id: 'U0MENTOR07', name: 'Pat Green', roles: ['peer_mentor'], year: 3, timezone: CHICAGO },
  dee: { id: 'U0MENTEE04', name: 'Dee Mentee', roles: ['mentee'], year: 1, timezone: CHICAGO },
  lena: { id: 'U0MDPHDP01', name: 'Lena Mdphd', roles: ['peer_mentor'], year: 4, mdphd: true, timezone: CHICAGO },
  admin: { id: 'U0ADMIN001', name: 'Pat Coordinator' },
  stranger: { id: 'U0STRANGER', name: 'Sam Stranger' },
} as const satisfies Record<string, PersonSpec>;

type CastKey = Exclude<keyof typeof CAST, 'admin' | 'stranger'>;
/** Changes to members of the cast, e.g. `{ ada: { name: 'Lovelace, Ada' } }`. */
export type CastChanges = { readonly [K in CastKey]?: Partial<Omit<PersonSpec, 'id'>> };

const cast = (keys: readonly CastKey[], changes: CastChanges): PersonSpec[] => keys.map((k) => ({ ...CAST[k], ...changes[k] }));
/** The start of the 2025–26 year: before every date the end-to-end tests run the jobs at. */
const STANDARD_START = new Date('2025-08-01T00:00:00Z');

/** The standard cohort, Blue-Okafor: Faculty Mentor Okafor, the Pair (Priya, a third-year, and Omar, a fourth-year), mentees Ada and Ben. */
export function aCohort(changes: CastChanges = {}): ProgramFixture {
  const { okafor, priya, omar, ada, ben } = CAST;
  return {
    people: cast(['okafor', 'priya', 'omar', 'ada', 'ben'], changes),
    groups: [{ name: 'Blue-Okafor', faculty: [okafor.id], mentors: [priya.id, omar.id], mentees: [ada.id, ben.id] }],
    at: STANDARD_START,
  };
}

/** A second cohort, Green-Adeyemi: Faculty Mentor Adeyemi (in Los Angeles), peer mentor Pat, mentee Dee. */
export function aSecondCohort(changes: CastChanges = {}): ProgramFixture {
  const { adeyemi, pat, dee } = CAST;
  return { people: cast(['adeyemi', 'pat', 'dee'], changes), groups: [{ name: 'Green-Adeyemi', faculty: [adeyemi.id], mentors: [pat.id], mentees: [dee.id] }], at: STANDARD_START };
}

/** The MD/PhD group: Lena mentors Ada, who is an MD/PhD student. */
export function theMdPhdGroup(): ProgramFixture {
  const { lena, ada } = CAST;
  return { people: [{ ...lena }, { id: ada.id, mdphd: true }], groups: [{ name: 'MD-PhD', kind: 'mdphd', mentees: [ada.id], mentors: [lena.id] }] };
}

/** The standard cohort with its people in different zones: Priya in New York, Ada in Los Angeles. */
export const ACROSS_ZONES: CastChanges = { priya: { timezone: NEW_YORK }, ada: { timezone: LOS_ANGELES } };

// ---------------------------------------------------------------------------------------------------------------------
// The same program as a database seed, and as the users of the fake Slack

/** People, groups (with their channels) and current memberships through the real roster store. Returns the groups by name. */
export async function seedProgram(roster: RosterStore, program: ProgramFixture): Promise<Map<string, Group>> {
  await roster.savePeople(program.people.map(aPerson));
  const groups = await roster.ensureGroups(program.groups.map((g) => ({ name: g.name, kind: g.kind ?? 'cohort' })));
  const idOf = new Map(groups.map((g) => [g.name, g.id]));
  for (const g of program.groups) if (g.channelId !== undefined) await roster.setGroupChannel(idOf.get(g.name)!, g.channelId);
  await roster.openMemberships(
    program.groups.flatMap((g) => membersOf(g).map((m) => ({ groupId: idOf.get(g.name)!, ...m }))),
    program.at ?? DEFAULT_START,
  );
  return new Map((await roster.findGroups()).map((g) => [g.name, g]));
}

/** Everyone in the program, and the Slack-only people, as users of the fake Slack (with their e-mail and zone). */
export function slackUsersOf(program: Pick<ProgramFixture, 'people' | 'slackOnly'>): FakeUser[] {
  const users = program.people.map(aPerson).map((p) => ({ id: p.id, name: p.name, ...(p.email ? { email: p.email } : {}), ...(p.timezone ? { tz: p.timezone } : {}) }));
  return [...users, ...(program.slackOnly ?? [])];
}

// ---------------------------------------------------------------------------------------------------------------------
// The same program as pure state, for the rules

/** Records of the program, for the rules. */
export interface ProgramRecords {
  readonly contacts?: readonly Contact[];
  readonly requests?: readonly HelpRequest[];
  readonly away?: readonly Away[];
  readonly pulses?: readonly PulseAnswer[];
  readonly pendingSwitches?: ReadonlyMap<string, number>;
}

/** The program as the rules read it: groups get ids G1, G2, … in order, every membership current since `at`. */
export function programState(program: ProgramFixture, records: ProgramRecords = {}): ProgramState {
  const groups = program.groups.map((g, i): Group => ({ id: `G${i + 1}`, name: g.name, kind: g.kind ?? 'cohort', channelId: g.channelId, introducedAt: undefined, active: true }));
  const memberships = program.groups.flatMap((g, i) =>
    membersOf(g).map((m): Membership => ({ groupId: groups[i]!.id, ...m, from: program.at ?? DEFAULT_START, to: undefined })),
  );
  return {
    people: new Map(program.people.map(aPerson).map((p) => [p.id, p])),
    groups,
    memberships,
    contacts: [...(records.contacts ?? [])],
    requests: [...(records.requests ?? [])],
    away: [...(records.away ?? [])],
    pulses: [...(records.pulses ?? [])],
    pendingSwitches: new Map(records.pendingSwitches ?? []),
  };
}

/** A request with sensible defaults; override what the test is about. */
export const aRequest = (overrides: Partial<HelpRequest> = {}): HelpRequest => ({
  id: '65f000000000000000000001',
  menteeId: 'M1',
  topic: 'study_tips',
  urgency: 'routine',
  reach: 'slack',
  description: 'How do I study for the renal block?',
  audience: 'cohort',
  mentorIds: ['P3', 'P4'],
  routedTo: 'mentors',
  coveringFor: [],
  channelId: 'G1',
  messageTs: '1700000000.000100',
  deadline: new Date('2026-10-31T15:00:00Z'),
  createdAt: new Date('2026-10-30T15:00:00Z'),
  sourceKey: 'view:V1',
  claimedBy: undefined,
  claimedAt: undefined,
  respondedBy: undefined,
  respondedAt: undefined,
  closedAs: undefined,
  closedBy: undefined,
  closedAt: undefined,
  helped: undefined,
  ...overrides,
});

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

/** The fixed program's zone, calendar and clock: Monday 5 October 2026, 08:00 in Chicago (13:00 UTC). */
export const NOW = new Date('2026-10-05T13:00:00Z');
export const ZONE = CHICAGO;
export const CALENDAR: ProgramCalendar = { timezone: ZONE, activeMonths: DEFAULT_ACTIVE_MONTHS, semesters: DEFAULT_SEMESTERS };

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

/**
 * A fixed program for the digest and Home rules, as of NOW, with short ids: Blue-Okafor (faculty F1, Pair P3/P4,
 * mentees Ada, Ben, Cy, and Old Mentee who left), the MD/PhD group (L1 mentors Ada) and Green-Adeyemi (faculty F2,
 * mentor P7, mentee Dee).
 */
export const FIXED_PROGRAM: ProgramFixture = {
  people: [
    { id: 'F1', name: 'Dr. Okafor', roles: ['faculty'] },
    { id: 'F2', name: 'Dr. Adeyemi', roles: ['faculty'], timezone: LOS_ANGELES },
    { id: 'P3', name: 'Priya Third', roles: ['peer_mentor'] },
    { id: 'P4', name: 'Omar Fourth', roles: ['peer_mentor'] },
    { id: 'P7', name: 'Pat Green', roles: ['peer_mentor'] },
    { id: 'L1', name: 'Lena Mdphd', roles: ['peer_mentor'], mdphd: true },
    { id: 'M1', name: 'Ada Mentee', roles: ['mentee'], mdphd: true },
    { id: 'M2', name: 'Ben Mentee', roles: ['mentee'] },
    { id: 'M3', name: 'Cy Mentee', roles: ['mentee'] },
    { id: 'M4', name: 'Dee Mentee', roles: ['mentee'] },
    { id: 'M9', name: 'Old Mentee', roles: ['mentee'], active: false },
  ],
  groups: [
    { name: 'Blue-Okafor', faculty: ['F1'], mentors: ['P3', 'P4'], mentees: ['M1', 'M2', 'M3', 'M9'] },
    { name: 'MD-PhD', kind: 'mdphd', mentors: ['L1'], mentees: ['M1'] },
    { name: 'Green-Adeyemi', faculty: ['F2'], mentors: ['P7'], mentees: ['M4'] },
  ],
  at: new Date('2026-08-01T05:00:00Z'),
};

/** FIXED_PROGRAM as the rules read it, with this month's contacts, requests, time away, pulses and a pending switch. */
export function fixedState(): ProgramState {
  return programState(FIXED_PROGRAM, {
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
  });
}

// ---------------------------------------------------------------------------------------------------------------------
// A generated roster file, for the import

/** One row of a generated roster file: how the file names the person, and who they are in Slack. */
export interface RosterRow {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly role: Role;
  readonly year: number | undefined;
  readonly group: string | undefined;
  readonly mdphd: boolean;
  /** The file gives the e-mail address instead of the Slack id. */
  readonly byEmail: boolean;
}

export interface RosterFile {
  readonly people: readonly RosterRow[];
  /** Everyone as the fake Slack knows them. */
  readonly users: readonly FakeUser[];
  /** Each group's members' Slack ids (the MD/PhD group included). */
  readonly groups: ReadonlyMap<string, readonly string[]>;
  readonly csv: string;
}

const FILE_ZONES = [CHICAGO, NEW_YORK, 'America/Denver'];

/**
 * A roster file of `cohorts` cohorts (a faculty mentor, a Pair of years 3 and 4, `mentees` mentees each) plus an
 * admin. The first cohort's year-3 mentor and one mentee of each later cohort are MD/PhD, so the MD/PhD group forms
 * too. Every third person is given by e-mail, the others by Slack id.
 */
export function aRosterFile(options: { cohorts?: readonly string[]; mentees?: number } = {}): RosterFile {
  const cohorts = options.cohorts ?? ['Blue-Okafor', 'Green-Adeyemi', 'Gold-Nakamura'];
  const menteeCount = options.mentees ?? 12;
  const people: RosterRow[] = [];
  let n = 0;
  const add = (p: Omit<RosterRow, 'id' | 'email' | 'byEmail'>) => {
    n += 1;
    const id = `U0${String(n).padStart(8, '0')}`;
    people.push({ ...p, id, email: `person${n}@med.example`, byEmail: n % 3 === 0 });
  };
  cohorts.forEach((group, c) => {
    add({ name: `Dr ${group.split('-')[1] ?? group}`, role: 'faculty', year: undefined, group, mdphd: false });
    add({ name: `Third ${group}`, role: 'peer_mentor', year: 3, group, mdphd: c === 0 });
    add({ name: `Fourth ${group}`, role: 'peer_mentor', year: 4, group, mdphd: false });
    for (let i = 0; i < menteeCount; i += 1) add({ name: `Mentee ${c + 1}-${i + 1}`, role: 'mentee', year: (i % 2) + 1, group, mdphd: c > 0 && i === 0 });
  });
  add({ name: 'Pat Coordinator', role: 'admin', year: undefined, group: undefined, mdphd: false });

  const groups = new Map<string, string[]>();
  for (const p of people) {
    if (p.group !== undefined) groups.set(p.group, [...(groups.get(p.group) ?? []), p.id]);
    if (p.mdphd) groups.set('MD-PhD', [...(groups.get('MD-PhD') ?? []), p.id]);
  }
  const users: FakeUser[] = people.map((p, i) => ({ id: p.id, name: p.name, email: p.email, tz: FILE_ZONES[i % FILE_ZONES.length]! }));
  return { people, users, groups, csv: rosterCsv(people) };
}

/** The roster file for these rows (header in a mixed order, CRLF, a quoted name). */
export function rosterCsv(people: readonly RosterRow[]): string {
  const lines = ['Name,Role,Slack_ID,Email,Year,Group,MDPhD,Timezone'];
  for (const p of people) {
    lines.push(
      [
        p.name.includes(' ') ? `"${p.name}"` : p.name,
        p.role,
        p.byEmail ? '' : p.id,
        p.byEmail ? p.email : '',
        p.year ?? '',
        p.group ?? '',
        p.mdphd ? 'yes' : 'no',
        '',
      ].join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}
