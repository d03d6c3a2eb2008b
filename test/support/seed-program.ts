import type { Connection } from 'mongoose';
import type { Group, GroupKind, Person, Role } from '../../src/program/roster.js';
import { createLogger } from '../../src/log/logger.js';
import type { RosterStore } from '../../src/program/ports.js';
import { createStores, type Stores } from '../../src/program/store/create-stores.js';
import { connectDatabase } from '../../src/program/store/database.js';
import type { FakeUser } from './fake-slack/fake-slack.js';

/** A person for a test program: a Slack user id, a name and roles; the rest defaults. */
export interface SeedPerson {
  readonly id: string;
  readonly name: string;
  readonly roles: readonly Role[];
  readonly timezone?: string;
  readonly mdphd?: boolean;
  readonly year?: number;
  readonly email?: string;
  readonly active?: boolean;
}

/** A mentoring group and who is in it, by person id. */
export interface SeedGroup {
  readonly name: string;
  readonly kind?: GroupKind;
  readonly mentees?: readonly string[];
  readonly mentors?: readonly string[];
  readonly faculty?: readonly string[];
  readonly channelId?: string;
}

export interface SeedProgram {
  readonly people: readonly SeedPerson[];
  readonly groups: readonly SeedGroup[];
}

const quiet = createLogger({ level: 'error', json: true, secrets: [] });

/**
 * Seeds people, groups and current memberships directly through the roster store (the roster import is a separate
 * feature). Returns the groups by name.
 */
export async function seedProgram(roster: RosterStore, program: SeedProgram, at = new Date('2026-08-01T00:00:00Z')): Promise<Map<string, Group>> {
  await roster.savePeople(
    program.people.map(
      (p): Person => ({
        id: p.id,
        name: p.name,
        email: p.email,
        roles: [...p.roles],
        year: p.year,
        mdphd: p.mdphd ?? false,
        timezone: p.timezone,
        active: p.active ?? true,
      }),
    ),
  );
  const groups = await roster.ensureGroups(program.groups.map((g) => ({ name: g.name, kind: g.kind ?? 'cohort' })));
  const byName = new Map(groups.map((g) => [g.name, g]));
  for (const g of program.groups) {
    if (g.channelId !== undefined) await roster.setGroupChannel(byName.get(g.name)!.id, g.channelId);
  }
  await roster.openMemberships(
    program.groups.flatMap((g) => {
      const groupId = byName.get(g.name)!.id;
      return [
        ...(g.mentees ?? []).map((personId) => ({ groupId, personId, role: 'mentee' as const })),
        ...(g.mentors ?? []).map((personId) => ({ groupId, personId, role: 'peer_mentor' as const })),
        ...(g.faculty ?? []).map((personId) => ({ groupId, personId, role: 'faculty' as const })),
      ];
    }),
    at,
  );
  return new Map((await roster.findGroups()).map((g) => [g.name, g]));
}

/** The app's stores on a database (e.g. a TestApp's `mongoUri`), for seeding and for reading what the app stored. */
export async function openStores(mongoUri: string): Promise<{ stores: Stores; connection: Connection; close: () => Promise<void> }> {
  const database = await connectDatabase({ uri: mongoUri, dataDir: '.data', logger: quiet });
  await database.connection.syncIndexes();
  return { stores: createStores(database.connection), connection: database.connection, close: () => database.close() };
}

/** The same people as users of the fake Slack workspace (with their time zones). */
export function fakeUsersOf(people: readonly SeedPerson[]): FakeUser[] {
  return people.map((p) => ({ id: p.id, name: p.name, ...(p.email ? { email: p.email } : {}), ...(p.timezone ? { tz: p.timezone } : {}) }));
}

/**
 * A cohort like SPEC §1's: Faculty Mentor Okafor, the Pair (a third- and a fourth-year), two mentees, and the
 * MD/PhD group (one MD/PhD peer mentor; the first mentee is an MD/PhD student). Mentors sit in different zones.
 */
export const BLUE_PROGRAM = {
  people: [
    { id: 'U0FACULTY1', name: 'Dr. Okafor', roles: ['faculty'], timezone: 'America/Chicago' },
    { id: 'U0MENTOR03', name: 'Priya Third', roles: ['peer_mentor'], year: 3, timezone: 'America/New_York' },
    { id: 'U0MENTOR04', name: 'Omar Fourth', roles: ['peer_mentor'], year: 4, timezone: 'America/Chicago' },
    { id: 'U0MDPHDP01', name: 'Lena Mdphd', roles: ['peer_mentor'], year: 4, mdphd: true, timezone: 'America/Chicago' },
    { id: 'U0MENTEE01', name: 'Ada Mentee', roles: ['mentee'], year: 1, mdphd: true, timezone: 'America/Los_Angeles' },
    { id: 'U0MENTEE02', name: 'Ben Mentee', roles: ['mentee'], year: 2 },
  ],
  groups: [
    { name: 'Blue-Okafor', kind: 'cohort', mentees: ['U0MENTEE01', 'U0MENTEE02'], mentors: ['U0MENTOR03', 'U0MENTOR04'], faculty: ['U0FACULTY1'] },
    { name: 'MD-PhD', kind: 'mdphd', mentees: ['U0MENTEE01'], mentors: ['U0MDPHDP01'] },
  ],
} as const satisfies SeedProgram;
