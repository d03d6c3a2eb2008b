import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportRotationsOutcome } from '../../src/features/clinical/import-rotations.js';
import { startApp, type AppHarness } from '../support/app-harness.js';

const ADMIN = 'U0BOOTADM1';
const T1 = new Date('2026-12-01T15:00:00Z');
const CHICAGO = 'America/Chicago';
const USERS = [
  { id: 'U0CLP00001', name: 'Carl Mentor', email: 'carl@med.example', tz: CHICAGO },
  { id: 'U0CLP00002', name: 'Dana Mentor', email: 'dana@med.example', tz: CHICAGO },
  { id: 'U0CLM00001', name: 'Cleo Mentee', email: 'cleo@med.example', tz: CHICAGO },
  { id: 'U0CLM00002', name: 'Eli Mentee', email: 'eli@med.example', tz: CHICAGO },
  { id: 'U0OFFICE01', name: 'Clinical Office', email: 'office@med.example', tz: CHICAGO },
];
const ROSTER = [
  'slack_id,name,role,year,group,track,core_done,good_standing',
  'U0CLP00001,Carl Mentor,peer_mentor,4,,clinical,yes,yes',
  'U0CLP00002,Dana Mentor,peer_mentor,4,,clinical,yes,yes',
  'U0CLM00001,Cleo Mentee,mentee,3,,clinical,,',
  'U0CLM00002,Eli Mentee,mentee,3,,clinical,,',
  'U0OFFICE01,Clinical Office,admin,,,clinical,,',
].join('\n');
const ROTATIONS = [
  'email,kind,subject,site,preceptor,start,end',
  'carl@med.example,completed,Surgery,General Hospital,Dr. Cole,2026-03-02,2026-04-24',
  'carl@med.example,completed,pediatrics,Children’s,Dr. Park,2026-05-04,2026-06-12',
  'dana@med.example,completed,psychiatry,,,2026-01-05,2026-02-06',
  'cleo@med.example,upcoming,surgery,General Hospital,Dr. Cole,2027-01-04,2027-02-26',
  'eli@med.example,upcoming,Internal Medicine,City Clinic,,2027-01-11,2027-03-05',
].join('\n');

describe('the clinical track (use cases, real database, fake Slack)', () => {
  let h: AppHarness;
  const rotationDocs = async () => (await h.database.connection.db!.collection('clinical_rotations').find({}).sort({ _id: 1 }).toArray()).map((d) => JSON.stringify(d));
  const importRotations = async (csv: string, dryRun = false, actor: string | undefined = undefined): Promise<ImportRotationsOutcome> => {
    const answer = await h.useCases.importRotations(actor, { csv, dryRun });
    if (!answer.allowed) throw new Error('not allowed');
    return answer.result;
  };
  beforeAll(async () => {
    h = await startApp({ label: 'clinical', users: USERS, env: { ADMIN_USER_IDS: ADMIN, PROGRAM_TIMEZONE: CHICAGO } });
    const imported = await h.useCases.importRoster(ADMIN, { csv: ROSTER, prune: false, dryRun: false, introduce: false, now: T1 });
    expect(imported).toMatchObject({ allowed: true, result: { status: 'imported', summary: { peopleCreated: 5, groupsCreated: 0, membershipsOpened: 0 } } });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('stores each role with its track, and the same roster again changes nothing', async () => {
    const [carl] = await h.stores.roster.findPeople(['U0CLP00001']);
    expect(carl).toMatchObject({ roles: ['peer_mentor'], tracks: [{ track: 'clinical', role: 'peer_mentor' }], year: 4 });
    expect(await h.useCases.isAdmin('U0OFFICE01')).toBe(true);
    const again = await h.useCases.importRoster(ADMIN, { csv: ROSTER, prune: false, dryRun: false, introduce: false, now: T1 });
    expect(again).toMatchObject({ result: { status: 'imported', summary: { peopleCreated: 0, peopleUpdated: 0, peopleUnchanged: 5 } } });
  });

  it('refuses a clinical mentor without core_done, naming the line and the column, and changes nothing', async () => {
    const before = await h.stores.roster.findPeople();
    const answer = await h.useCases.importRoster(ADMIN, { csv: `${ROSTER}\nU0CLP00009,New Mentor,peer_mentor,4,,clinical,,yes`, prune: false, dryRun: false, introduce: false, now: T1 });
    expect(answer).toMatchObject({ result: { status: 'refused', errors: [{ line: 7, column: 'core_done', reason: expect.stringMatching(/core_done must be yes/) }] } });
    expect(await h.stores.roster.findPeople()).toEqual(before);
  });

  it('lets only admins (and the command line) import rotations', async () => {
    expect(await h.useCases.importRotations('U0CLM00001', { csv: ROTATIONS, dryRun: false })).toEqual({ allowed: false });
    expect(await rotationDocs()).toEqual([]);
  });

  it('refuses a file with any bad line, listing every one, and stores nothing', async () => {
    const bad = `${ROTATIONS}\ncleo@med.example,completed,surgery,,,2026-01-05,2026-02-06\nnobody@med.example,upcoming,dermatology,,,2027-01-04,2027-01-01`;
    const outcome = await importRotations(bad);
    expect(outcome).toMatchObject({ status: 'refused' });
    expect(outcome.status === 'refused' && outcome.errors.map((e) => [e.line, e.column])).toEqual([
      [7, 'kind'],
      [8, 'subject'],
      [8, 'end'],
    ]);
    expect(await rotationDocs()).toEqual([]);
  });

  it('writes nothing on a dry run, imports the file, and the same file again changes nothing', async () => {
    expect(await importRotations(ROTATIONS, true)).toMatchObject({ status: 'dry_run', summary: { rows: 5, people: 4, created: 5 } });
    expect(await rotationDocs()).toEqual([]);
    expect(await importRotations(ROTATIONS, false, ADMIN)).toMatchObject({ status: 'imported', summary: { rows: 5, people: 4, created: 5, updated: 0, unchanged: 0, removed: 0 } });
    const stored = await rotationDocs();
    expect(stored).toHaveLength(5);
    expect(await importRotations(ROTATIONS)).toMatchObject({ status: 'imported', summary: { created: 0, updated: 0, unchanged: 5, removed: 0 } });
    expect(await rotationDocs()).toEqual(stored);
  });

  it('gives each person the file names exactly its rotations, and leaves the others theirs', async () => {
    const carlOnly = ['email,kind,subject,site,preceptor,start,end', 'carl@med.example,completed,surgery,General Hospital,Dr. Bell,2026-03-02,2026-04-24'].join('\n');
    expect(await importRotations(carlOnly)).toMatchObject({ status: 'imported', summary: { people: 1, created: 0, updated: 1, unchanged: 0, removed: 1 } });
    const docs = (await rotationDocs()).map((d) => JSON.parse(d) as { personId: string; subject: string; preceptor?: string });
    expect(docs.filter((d) => d.personId === 'U0CLP00001')).toEqual([expect.objectContaining({ subject: 'surgery', preceptor: 'Dr. Bell' })]);
    expect(docs.filter((d) => d.personId !== 'U0CLP00001')).toHaveLength(3);
  });

  it('welcomes each clinical mentor once, in the introductions job, with the agreement and I agree', async () => {
    const job = h.jobs.get('introductions')!;
    expect(await job.run(T1, h.logger)).toMatchObject({ clinicalWelcomesSent: 2, clinicalWelcomesFailed: 0 });
    expect(await job.run(T1, h.logger)).toMatchObject({ clinicalWelcomesSent: 0 });
    for (const mentor of ['U0CLP00001', 'U0CLP00002']) {
      const dms = h.slack.dmsTo(mentor);
      expect(dms).toHaveLength(1);
      expect(JSON.stringify(dms[0]!.blocks)).toContain('"action_id":"clinical_agree"');
    }
    expect(h.slack.dmsTo('U0CLM00001')).toEqual([]);
    expect(h.slack.dmsTo('U0OFFICE01')).toEqual([]);
  });

  it('records a mentor’s acceptance once, with its time; refuses someone who is not a clinical mentor', async () => {
    const first = await h.useCases.acceptAgreement('U0CLP00001', T1);
    expect(first).toEqual({ status: 'recorded', agreedAt: T1, zone: CHICAGO });
    expect(await h.useCases.acceptAgreement('U0CLP00001', new Date(T1.getTime() + 60_000))).toEqual({ status: 'already', agreedAt: T1, zone: CHICAGO });
    expect(await h.useCases.acceptAgreement('U0CLM00001', T1)).toEqual({ status: 'not_clinical_mentor' });
    expect(await h.useCases.findAgreements()).toEqual([{ personId: 'U0CLP00001', agreedAt: T1 }]);
  });
});
