import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type ServedApp } from '../support/app-harness.js';
import { envFor, runCliProcess } from '../support/run-cli-process.js';

const USERS = [
  { id: 'U0CLP00001', name: 'Carl Mentor', email: 'carl@med.example' },
  { id: 'U0CLM00001', name: 'Cleo Mentee', email: 'cleo@med.example' },
];
const ROSTER = ['slack_id,email,name,role,year,track,core_done,good_standing', 'U0CLP00001,carl@med.example,Carl Mentor,peer_mentor,4,clinical,yes,yes', 'U0CLM00001,cleo@med.example,Cleo Mentee,mentee,3,clinical,,'].join('\n');
const HEADER = 'email,kind,subject,site,preceptor,start,end';
const GOOD = [HEADER, 'carl@med.example,completed,Surgery,General Hospital,Dr. Cole,2026-03-02,2026-04-24', 'cleo@med.example,upcoming,surgery,General Hospital,Dr. Cole,2027-01-04,2027-02-26'].join('\n');
const BAD = [HEADER, 'carl@med.example,upcoming,surgery,,,2027-01-04,2027-02-26', 'cleo@med.example,upcoming,cardiology,,,2027-01-04,2027-02-26'].join('\n');

describe('npm run import-rotations (the command line, as a process)', () => {
  let app: ServedApp;
  let dir: string;
  const run = (...args: string[]) => runCliProcess('src/cli/import-rotations.ts', args, envFor(app, { LOG_LEVEL: 'warn' }));
  const count = () => app.database.connection.db!.collection('clinical_rotations').countDocuments();
  beforeAll(async () => {
    app = await startApp({ label: 'rotations-cli', served: true, users: USERS });
    dir = await mkdtemp(path.join(tmpdir(), 'pm-rotations-'));
    await writeFile(path.join(dir, 'roster.csv'), ROSTER);
    await writeFile(path.join(dir, 'good.csv'), GOOD);
    await writeFile(path.join(dir, 'bad.csv'), BAD);
    const roster = await runCliProcess('src/cli/import-roster.ts', [path.join(dir, 'roster.csv')], envFor(app, { LOG_LEVEL: 'warn' }));
    expect(roster.code).toBe(0);
  });
  afterAll(async () => {
    await app?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('refuses a bad file: every bad line with its column on standard error, exit status 1, nothing written', async () => {
    const bad = await run(path.join(dir, 'bad.csv'));
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('bad.csv: 2 problems; nothing was imported.');
    expect(bad.stderr).toMatch(/ {2}line 2, column kind: clinical mentees list their upcoming rotations, and Carl Mentor is not a clinical mentee on the roster\n/);
    expect(bad.stderr).toMatch(/ {2}line 3, column subject: expected one of internal medicine, surgery/);
    expect(await count()).toBe(0);
  });

  it('prints what a dry run would do and writes nothing; imports; and the same file again changes nothing', async () => {
    const dry = await run(path.join(dir, 'good.csv'), '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('nothing was written');
    expect(dry.stdout).toContain('Rotations of 2 people: 2 created, 0 updated, 0 unchanged, 0 removed');
    expect(await count()).toBe(0);
    const real = await run(path.join(dir, 'good.csv'));
    expect(real.code).toBe(0);
    expect(real.stdout).toContain('Imported');
    expect(await count()).toBe(2);
    const again = await run(path.join(dir, 'good.csv'));
    expect(again.stdout).toContain('Rotations of 2 people: 0 created, 0 updated, 2 unchanged, 0 removed');
    expect(await count()).toBe(2);
  });

  it('prints its usage for bad arguments, with exit status 2', async () => {
    const none = await run();
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('usage: npm run import-rotations -- <file.csv> [--dry-run]');
  });
});
