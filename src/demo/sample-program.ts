import { readFile } from 'node:fs/promises';
import { parseCsv } from '../program/csv.js';
import type { DemoPerson } from './demo-record.js';
import type { FakeUser } from './slack-simulator/fake-slack.js';

/** The sample program the demo plays: its roster file, its zone, and its semester. */
export const SAMPLE = {
  /** Bundled with the repository; the same format as any roster (README, "Import the roster"). */
  rosterFile: new URL('../../examples/roster.csv', import.meta.url),
  /** The clinical track's rotations, as `npm run import-rotations` takes them. */
  rotationsFile: new URL('../../examples/rotations.csv', import.meta.url),
  zone: 'America/Chicago',
  /** The Fall semester played: the roster is imported on its first Monday, and the play ends with the semester's last Friday. */
  firstDay: '2026-08-17',
  lastDay: '2026-12-18',
} as const;

export interface SampleProgram {
  readonly csv: string;
  readonly rotationsCsv: string;
  /** The sample workspace's people (the simulator answers users.info with them). */
  readonly users: readonly FakeUser[];
  readonly people: readonly DemoPerson[];
  readonly adminId: string;
}

/** Reads the bundled roster: its people become the simulated workspace's. */
export async function readSampleProgram(file: URL = SAMPLE.rosterFile, rotationsFile: URL = SAMPLE.rotationsFile): Promise<SampleProgram> {
  const [csv, rotationsCsv] = await Promise.all([readFile(file, 'utf8'), readFile(rotationsFile, 'utf8')]);
  const [header, ...rows] = parseCsv(csv).records;
  const columns = (header?.cells ?? []).map((c) => c.trim().toLowerCase());
  const byId = new Map<string, { name: string; email: string; tz: string; roles: string[] }>();
  for (const record of rows) {
    const cell = (name: string) => (record.cells[columns.indexOf(name)] ?? '').trim();
    const id = cell('slack_id');
    const person = byId.get(id) ?? { name: cell('name'), email: cell('email'), tz: cell('timezone') || SAMPLE.zone, roles: [] };
    // A track's role is named with it (e.g. "clinical peer mentor"); a blank track is the cohorts'.
    const track = cell('track').toLowerCase();
    const role = `${track === '' || track === 'cohort' ? '' : `${track} `}${cell('role').replace('_', ' ')}`;
    person.roles.push(cell('group') === '' ? role : `${role}, ${cell('group')}`);
    byId.set(id, person);
  }
  const entries = [...byId.entries()];
  const admin = entries.find(([, p]) => p.roles.includes('admin'));
  if (admin === undefined) throw new Error(`${file.pathname} names no admin: the demo signs in to the dashboard as the program's admin`);
  return {
    csv,
    rotationsCsv,
    users: entries.map(([id, p]) => ({ id, name: p.name, email: p.email, tz: p.tz })),
    people: entries.map(([id, p]) => ({ id, name: p.name, roles: p.roles.join('; ') })),
    adminId: admin[0],
  };
}
