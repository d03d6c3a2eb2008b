import type { FakeUser } from './fake-slack/fake-slack.js';

/** One person of the fixture roster: how the file names them, and who they are in Slack. */
export interface FixturePerson {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly role: 'mentee' | 'peer_mentor' | 'faculty' | 'admin';
  readonly year: number | undefined;
  readonly group: string | undefined;
  readonly mdphd: boolean;
  /** The file gives the e-mail address instead of the Slack id. */
  readonly byEmail: boolean;
}

export interface FixtureRoster {
  readonly people: readonly FixturePerson[];
  /** Everyone as the fake Slack knows them. */
  readonly users: readonly FakeUser[];
  /** Each group's members' Slack ids (the MD/PhD group included). */
  readonly groups: ReadonlyMap<string, readonly string[]>;
  readonly csv: string;
}

const ZONES = ['America/Chicago', 'America/New_York', 'America/Denver'];

/**
 * A program of `cohorts` cohorts (a faculty mentor, a Pair of years 3 and 4, `mentees` mentees each) plus an admin.
 * The first cohort's year-3 mentor and one mentee of each later cohort are MD/PhD, so the MD/PhD group forms too.
 * Every third person is given by e-mail, the others by Slack id.
 */
export function buildFixtureRoster(options: { cohorts?: readonly string[]; mentees?: number } = {}): FixtureRoster {
  const cohorts = options.cohorts ?? ['Blue-Okafor', 'Green-Adeyemi', 'Gold-Nakamura'];
  const menteeCount = options.mentees ?? 12;
  const people: FixturePerson[] = [];
  let n = 0;
  const add = (p: Omit<FixturePerson, 'id' | 'email' | 'byEmail'>) => {
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
  const users: FakeUser[] = people.map((p, i) => ({ id: p.id, name: p.name, email: p.email, tz: ZONES[i % ZONES.length]! }));
  return { people, users, groups, csv: rosterCsv(people) };
}

/** The roster file for these people (header in a mixed order, CRLF, a quoted name). */
export function rosterCsv(people: readonly FixturePerson[]): string {
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
