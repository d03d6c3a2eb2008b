import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorsOf, type As, type StateValues } from '../support/actor.js';
import { pastedRosterValues } from '../support/roster-form.js';
import { startApp, type ServedApp } from '../support/app-harness.js';
import { aPerson } from '../support/program-fixture.js';
import { runJobCli } from '../support/run-cli-process.js';

const CHICAGO = 'America/Chicago';
const ADMIN = { id: 'U0BOOTADM1', name: 'Bea Bootstrap', email: 'bea@med.example', tz: CHICAGO };
const CARL = { id: 'U0CLP00001', name: 'Carl Mentor', email: 'carl@med.example', tz: CHICAGO };
const CLEO = { id: 'U0CLM00001', name: 'Cleo Mentee', email: 'cleo@med.example', tz: CHICAGO };
const ENV = { ADMIN_USER_IDS: ADMIN.id, PROGRAM_TIMEZONE: CHICAGO };

const importValues = pastedRosterValues;

interface ResponseBody {
  text?: string;
  replace_original?: boolean;
  response_type?: string;
  blocks?: unknown[];
}

// The tests run in order: the second puts Carl (a clinical peer mentor) and Cleo (a clinical mentee) on the roster.
describe('the clinical track end to end: the roster’s clinical rules, the honesty agreement, the rotations form', () => {
  let app: ServedApp;
  let as: As;
  beforeAll(async () => {
    app = await startApp({ label: 'clinical', served: true, users: [ADMIN, CARL, CLEO], env: ENV });
    as = actorsOf(app);
  });
  afterAll(async () => {
    await app?.stop();
  });
  const lastResponse = () => app.slack.responses.at(-1)?.body as ResponseBody | undefined;

  it('refuses, in the import form, a clinical mentor without core_done, naming the line and the column, and stores nothing', async () => {
    await as(ADMIN).command('/mentor-admin', 'import');
    await app.slack.waitForCall('views.open');
    const viewId = [...app.slack.views].find(([, v]) => v.view['callback_id'] === 'admin_import')![0];
    const csv = ['slack_id,name,role,year,track,core_done,good_standing', `${CARL.id},Carl Mentor,peer_mentor,4,clinical,,yes`, `${CLEO.id},Cleo Mentee,mentee,3,clinical,,`].join('\n');
    const answer = await as(ADMIN).submit('admin_import', importValues(csv), { viewId });
    expect(answer.status).toBe(200);
    expect(answer.ms).toBeLessThan(3_000);
    expect(answer.json?.['response_action']).toBe('errors');
    const message = String((answer.json?.['errors'] as Record<string, string>)['admin_import_csv']);
    expect(message).toContain('line 2, column core_done: clinical peer mentors must have finished all their core rotations: core_done must be yes');
    expect(await app.stores.roster.findPeople()).toEqual([]);
  });

  it('welcomes a clinical mentor once with the agreement; I agree is recorded once, with its time', async () => {
    await app.stores.roster.savePeople([
      aPerson({ id: CARL.id, name: CARL.name, email: CARL.email, roles: ['peer_mentor'], tracks: [{ track: 'clinical', role: 'peer_mentor' }], year: 4, timezone: CHICAGO }),
      aPerson({ id: CLEO.id, name: CLEO.name, email: CLEO.email, roles: ['mentee'], tracks: [{ track: 'clinical', role: 'mentee' }], year: 3, timezone: CHICAGO }),
    ]);
    const now = '2026-12-01T15:07:00Z';
    expect((await runJobCli(app, 'introductions', now, ENV)).stdout).toContain('clinicalWelcomesSent 1');
    expect((await runJobCli(app, 'introductions', now, ENV)).stdout).toContain('clinicalWelcomesSent 0');
    const welcome = app.slack.dmsTo(CARL.id);
    expect(welcome).toHaveLength(1);
    expect(JSON.stringify(welcome[0]!.blocks)).toContain('not a preceptor or a professor');
    expect(app.slack.dmsTo(CLEO.id)).toEqual([]);

    const click = await as(CARL).click('clinical_agree', 'agree', { message: welcome[0]! });
    expect(click.status).toBe(200);
    expect(click.ms).toBeLessThan(3_000);
    const agreed = await app.slack.waitFor(() => lastResponse()?.text?.includes('You accepted the honesty agreement') && lastResponse(), 3_000, 'the acceptance');
    expect(agreed.replace_original).toBe(true);
    expect(JSON.stringify(agreed.blocks)).not.toContain('clinical_agree');
    const stored = await app.database.connection.db!.collection('clinical_agreements').find({}).toArray();
    expect(stored).toEqual([{ _id: CARL.id, agreedAt: expect.any(Date) }]);

    await as(CARL).click('clinical_agree', 'agree', { message: welcome[0]! });
    const again = await app.slack.waitFor(() => lastResponse()?.text?.includes('already recorded') && lastResponse(), 3_000, 'already recorded');
    expect(again.response_type).toBe('ephemeral');
    expect(await app.database.connection.db!.collection('clinical_agreements').find({}).toArray()).toEqual(stored);

    await as(CLEO).click('clinical_agree', 'agree', { message: welcome[0]! });
    await app.slack.waitFor(() => lastResponse()?.text?.includes('for clinical peer mentors'), 3_000, 'the refusal');
    expect(await app.database.connection.db!.collection('clinical_agreements').countDocuments()).toBe(1);
  });

  it('imports rotations from /mentor-admin rotations: bad lines at once, then every rule, then the summary', async () => {
    await as(ADMIN).command('/mentor-admin', 'rotations');
    await app.slack.waitForCall('views.open', (args) => (args['view'] as { callback_id?: string }).callback_id === 'clinical_rotations');
    const viewId = [...app.slack.views].find(([, v]) => v.view['callback_id'] === 'clinical_rotations')![0];
    const values = (csv: string): StateValues => ({ clinical_rotations_csv: { clinical_rotations_csv_input: { type: 'plain_text_input', value: csv } } });
    const header = 'email,kind,subject,site,preceptor,start,end';

    const bad = await as(ADMIN).submit('clinical_rotations', values(`${header}\ncleo@med.example,upcoming,dermatology,,,2027-01-04,2027-02-26`), { viewId });
    expect(bad.ms).toBeLessThan(3_000);
    expect(bad.json?.['response_action']).toBe('errors');
    expect(JSON.stringify(bad.json?.['errors'])).toContain('line 2, column subject: expected one of internal medicine');

    // Cleo is a mentee: she lists upcoming rotations, not completed ones. Known only once the roster is read.
    const wrongKind = await as(ADMIN).submit('clinical_rotations', values(`${header}\ncleo@med.example,completed,surgery,,,2026-01-05,2026-02-06`), { viewId });
    expect(wrongKind.json).toMatchObject({ response_action: 'update' });
    await app.slack.waitForCall('views.update', (args) => JSON.stringify(args['view']).includes('line 2, column kind'));

    const csv = `${header}\ncarl@med.example,completed,Surgery,General Hospital,Dr. Cole,2026-03-02,2026-04-24\ncleo@med.example,upcoming,surgery,General Hospital,Dr. Cole,2027-01-04,2027-02-26`;
    await as(ADMIN).submit('clinical_rotations', values(csv), { viewId });
    await app.slack.waitForCall('views.update', (args) => JSON.stringify(args['view']).includes('Rotations of 2 people: 2 created'));
    expect(await app.database.connection.db!.collection('clinical_rotations').countDocuments()).toBe(2);
  });
});
