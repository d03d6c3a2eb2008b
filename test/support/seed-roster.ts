import type { GroupKind, GroupRole, Person, Role } from '../../src/program/roster.js';
import { createLogger } from '../../src/log/logger.js';
import type { RosterStore } from '../../src/program/ports.js';
import { connectDatabase } from '../../src/program/store/database.js';
import { createRosterRepository } from '../../src/program/store/roster-repository.js';

/** A person to seed; everything but the id has a default. */
export interface SeedPerson extends Partial<Omit<Person, 'id' | 'roles'>> {
  readonly id: string;
  readonly roles?: readonly Role[];
}

export interface SeedGroup {
  readonly name: string;
  readonly kind?: GroupKind;
  readonly members: readonly { readonly personId: string; readonly role: GroupRole }[];
}

export interface SeedProgram {
  readonly people: readonly SeedPerson[];
  readonly groups: readonly SeedGroup[];
  /** When the memberships start (default 2026-08-01T00:00Z). */
  readonly at?: Date;
}

/** Group ids by group name. */
export type SeededGroups = ReadonlyMap<string, string>;

export function aPerson(person: SeedPerson): Person {
  return {
    name: `Person ${person.id}`,
    email: `${person.id.toLowerCase()}@med.example`,
    year: undefined,
    mdphd: false,
    timezone: undefined,
    active: true,
    ...person,
    roles: person.roles ?? ['mentee'],
  };
}

/** People, groups and memberships through the real roster store (no import needed). */
export async function seedRoster(roster: RosterStore, program: SeedProgram): Promise<SeededGroups> {
  await roster.savePeople(program.people.map(aPerson));
  const groups = await roster.ensureGroups(program.groups.map((g) => ({ name: g.name, kind: g.kind ?? 'cohort' })));
  const idOf = new Map(groups.map((g) => [g.name, g.id]));
  await roster.openMemberships(
    program.groups.flatMap((g) => g.members.map((m) => ({ groupId: idOf.get(g.name)!, personId: m.personId, role: m.role }))),
    program.at ?? new Date('2026-08-01T00:00:00Z'),
  );
  return idOf;
}

/** The same, for a running app's database (e2e): connects to `mongoUri`, seeds, disconnects. */
export async function seedProgram(mongoUri: string, program: SeedProgram): Promise<SeededGroups> {
  const database = await connectDatabase({ uri: mongoUri, dataDir: '.data', logger: createLogger({ level: 'error', json: true, secrets: [] }) });
  try {
    return await seedRoster(createRosterRepository(database.connection), program);
  } finally {
    await database.close();
  }
}
