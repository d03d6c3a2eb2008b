import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/program/csv.js';
import { CAST, aCohort, seedProgram, slackUsersOf } from '../support/program-fixture.js';
import { runCliProcess, runExportCli } from '../support/run-cli-process.js';
import { startApp, type ServedApp } from '../support/app-harness.js';

const ZONE = 'America/Chicago';
const ENV = { PROGRAM_TIMEZONE: ZONE };
const P3 = CAST.priya;
const ADA = { ...CAST.ada, name: 'Lovelace, Ada' };
const BO = { ...CAST.ben, name: 'Bo Mentee' };
/** The standard cohort, with a name a CSV must quote. */
const PROGRAM = aCohort({ ada: { name: ADA.name }, ben: { name: BO.name } });

describe('npm run export (the command line)', () => {
  let app: ServedApp;
  beforeAll(async () => {
    app = await startApp({ label: 'exportcli', served: true, users: slackUsersOf(PROGRAM), env: ENV });
    const { stores } = app;
    await seedProgram(stores.roster, PROGRAM);
    await stores.contacts.record({
      mentorId: P3.id,
      menteeIds: [ADA.id, BO.id],
      at: new Date('2025-09-10T23:00:00Z'),
      date: '2025-09-10',
      kind: 'video',
      group: true,
      minutes: 40,
      note: 'NOTE: nobody else may read this',
      source: 'logged',
      sourceKey: 'seed:group-video',
      createdAt: new Date('2025-09-10T23:05:00Z'),
    });
    await stores.requests.create({
      menteeId: BO.id,
      topic: 'research',
      urgency: 'routine',
      reach: 'email',
      description: 'DESCRIPTION: only for the mentors',
      audience: 'cohort',
      mentorIds: [P3.id],
      routedTo: 'mentors',
      coveringFor: [],
      deadline: new Date('2025-09-13T15:00:00Z'),
      createdAt: new Date('2025-09-11T15:00:00Z'),
      sourceKey: 'seed:request',
    });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('writes contacts as CSV to standard output, never the note', async () => {
    const run = await runExportCli(app, ['contacts', '--from', '2025-09', '--to', '2025-10'], ENV);
    expect(run.code).toBe(0);
    const { records, problems } = parseCsv(run.stdout);
    expect(problems).toEqual([]);
    expect(records.map((r) => r.cells)).toEqual([
      ['contact_id', 'date', 'kind', 'meeting', 'group_contact', 'minutes', 'source', 'mentor_id', 'mentor_name', 'mentee_ids', 'mentee_names', 'logged_at'],
      [expect.stringMatching(/^[0-9a-f]{24}$/), '2025-09-10', 'video', 'yes', 'yes', '40', 'logged', P3.id, P3.name, `${ADA.id}; ${BO.id}`, 'Lovelace, Ada; Bo Mentee', '2025-09-10T23:05:00.000Z'],
    ]);
    expect(run.stdout).not.toContain('NOTE');
    expect(run.stderr).toContain('peer-mentor-contacts-2025-09-to-2025-10.csv: 1 row.');
  });

  it('begins the file with a UTF-8 byte-order mark and quotes the cells holding semicolons; --no-bom leaves the mark out', async () => {
    const args = ['contacts', '--from', '2025-09', '--to', '2025-10'];
    const withBom = await runExportCli(app, args, ENV);
    expect(withBom.stdout.startsWith('\uFEFFcontact_id,date,')).toBe(true);
    expect(withBom.stdout).toContain(`,"${ADA.id}; ${BO.id}","Lovelace, Ada; Bo Mentee",`);
    const without = await runExportCli(app, [...args, '--no-bom'], ENV);
    expect(without.code).toBe(0);
    expect(without.stdout).toBe(withBom.stdout.slice(1));
  });

  it('writes requests and compliance the same way', async () => {
    const requests = await runExportCli(app, ['requests', '--from=2025-09'], ENV);
    expect(requests.code).toBe(0);
    expect(requests.stdout).toContain(`,${BO.id},Bo Mentee,research,routine,email,cohort,mentors,${P3.id},${P3.name},open,`);
    expect(requests.stdout).not.toContain('DESCRIPTION');
    const compliance = await runExportCli(app, ['compliance', '--from', '2025-09', '--to', '2025-10'], ENV);
    expect(compliance.code).toBe(0);
    const rows = parseCsv(compliance.stdout).records.slice(1).map((r) => [r.cells[0], r.cells[4], r.cells[6], r.cells[9]]);
    expect(rows).toEqual([
      ['2025-09', 'Bo Mentee', 'yes', 'yes'],
      ['2025-09', 'Lovelace, Ada', 'yes', 'yes'],
      ['2025-10', 'Bo Mentee', 'no', 'yes'],
      ['2025-10', 'Lovelace, Ada', 'no', 'yes'],
    ]);
  });

  it.each([
    [[], /usage: npm run export -- <contacts\|requests\|compliance\|concerns\|switches\|memberships\|rotations\|hours\|parents\|goals\|trainings\|survey\|audit>/],
    [['notes'], /I can’t export “notes”/],
    [['contacts', '--from', 'September'], /“September” is not a month: --from takes YYYY-MM/],
    [['contacts', '--from', '2025-10', '--to', '2025-09'], /The first month \(2025-10\) is after the last \(2025-09\)/],
    [['compliance', '--from', '2023-01', '--to', '2025-10'], /^An export covers at most 24 months, and 2023-01 to 2025-10 is 34\. Please ask for it in parts, e\.g\. --from 2023-01 --to 2024-12 first\.\n/],
    // Without --to, up to the current month: checked when the export runs.
    [['contacts', '--from', '2020-01'], /An export covers at most 24 months, and 2020-01 to \d{4}-\d{2} is \d+\. Please ask for it in parts, e\.g\. --from 2020-01 --to 2021-12 first\.\n/],
  ])('refuses %j with a clear message and exit status 2', async (args, message) => {
    const run = await runExportCli(app, args, ENV);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe('');
  });
});

describe('npm run export without any setup (no .env, MONGODB_URI or Slack)', () => {
  const USAGE = 'usage: npm run export -- <contacts|requests|compliance|concerns|switches|memberships|rotations|hours|parents|goals|trainings|survey|audit> [--from YYYY-MM] [--to YYYY-MM] [--year YYYY-YY] [--id ID] [--no-bom]';
  /** Only PATH in the environment: any wiring would fail on the configuration. */
  const exportWithNoSetup = (args: readonly string[]) => runCliProcess('src/cli/export.ts', args, {});

  it.each([
    [[], 2, []],
    [['notes'], 2, ['I can’t export “notes”. Choose contacts, requests, compliance, concerns, switches, memberships, rotations, hours, parents, goals, trainings, survey or audit.']],
    [['--help'], 0, []],
  ] as const)('%j prints the usage, naming the features’ kinds, and exits %i', async (args, code, before) => {
    const run = await exportWithNoSetup(args);
    expect(run.code).toBe(code);
    expect(run.stderr).toBe(`${[...before, USAGE].join('\n')}\n`);
    expect(run.stdout).toBe('');
  });
});
