import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { yearOpenedOn } from '../../src/program/academic-year.js';
import { dateInZone } from '../../src/program/calendar-date.js';
import { parseCsv } from '../../src/program/csv.js';
import { actorsOf, type As } from '../support/actor.js';
import { startApp, type ServedApp } from '../support/app-harness.js';
import { commandAnswer } from '../support/command-answer.js';
import { mrkdwnTexts } from '../support/mrkdwn-texts.js';
import { CAST, aCohort, aProgram, aSecondCohort, seedProgram, slackUsersOf, theMdPhdGroup } from '../support/program-fixture.js';
import { envFor, runCliProcess, runExportCli } from '../support/run-cli-process.js';

const CHICAGO = 'America/Chicago';
const { admin: ADMIN, priya: PRIYA, omar: OMAR, ada: ADA, ben: BEN, pat: PAT, dee: DEE, lena: LENA } = CAST;
/** Blue-Okafor (Priya MS3, Omar MS4; Ada MS1, Ben MS2), Green-Adeyemi (Pat MS3; Dee MS1), MD-PhD (Lena MS4; Ada). */
const PROGRAM = { ...aProgram(aCohort(), aSecondCohort(), theMdPhdGroup()), slackOnly: [ADMIN] };
// Quiet hours off: the clicks happen at the machine's real time, whatever hour that is in Chicago.
const ENV = { ADMIN_USER_IDS: ADMIN.id, PROGRAM_TIMEZONE: CHICAGO, QUIET_HOURS: 'off' };
const TODAY = dateInZone(new Date(), CHICAGO);
const OPENS = yearOpenedOn(TODAY);
const CLOSES = `${OPENS.startYear - 1}-${String(OPENS.startYear % 100).padStart(2, '0')}`;
const HOUR = 3_600_000;

const textOf = (body: Record<string, unknown>) => mrkdwnTexts(body).join('\n');

// The tests run in order: a dry run on the command line, the preview in Slack, Back, Apply, a second Apply.
describe('the new year end to end: preview with exact counts, then apply once, with service-record DMs', () => {
  let app: ServedApp;
  let as: As;
  const thanks = (userId: string) => app.slack.dmsTo(userId).filter((m) => m.text.startsWith('Thank you for mentoring'));
  const memberships = () => app.database.connection.db!.collection('memberships').countDocuments();
  const person = async (id: string) => (await app.stores.roster.findPeople([id]))[0]!;

  beforeAll(async () => {
    app = await startApp({ label: 'new-year', served: true, users: slackUsersOf(PROGRAM), env: ENV });
    as = actorsOf(app);
    await seedProgram(app.stores.roster, PROGRAM);
    // Omar's year: a meeting with Ada and a message to Ben; Ben's request, answered by Omar within its day.
    const yesterday = new Date(Date.now() - 24 * HOUR);
    const contact = { at: yesterday, date: dateInZone(yesterday, CHICAGO), group: false, note: 'private', source: 'logged' as const, createdAt: yesterday };
    await app.stores.contacts.record({ ...contact, mentorId: OMAR.id, menteeIds: [ADA.id], kind: 'in_person', minutes: 40, sourceKey: 'seed:1' });
    await app.stores.contacts.record({ ...contact, mentorId: OMAR.id, menteeIds: [BEN.id], kind: 'slack', minutes: 5, sourceKey: 'seed:2' });
    const { request } = await app.stores.requests.create({
      menteeId: BEN.id,
      topic: 'study_tips',
      urgency: 'routine',
      reach: 'slack',
      description: 'secret words',
      audience: 'cohort',
      mentorIds: [PRIYA.id, OMAR.id],
      routedTo: 'mentors',
      coveringFor: [],
      deadline: new Date(yesterday.getTime() + 24 * HOUR),
      createdAt: yesterday,
      sourceKey: 'seed:request',
    });
    await app.stores.requests.markResponded(request.id, OMAR.id, new Date(yesterday.getTime() + HOUR));
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('prints the preview on the command line with --dry-run and writes nothing', async () => {
    const before = await memberships();
    const run = await runCliProcess('src/cli/new-year.ts', ['--dry-run'], envFor(app, ENV));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`The new year: ${OPENS.label} (closing ${CLOSES})`);
    expect(run.stdout).toContain('Graduating MS4 peer mentors: 2');
    expect(run.stdout).toContain('Lena Mdphd, Omar Fourth');
    expect(run.stdout).toContain('MS3 → MS4: 2\nPat Green, Priya Third');
    expect(run.stdout).toContain('Dry run: nothing was written.');
    expect(await app.database.connection.db!.collection('new_year_rollovers').countDocuments()).toBe(0);
    expect((await app.stores.roster.findMemberships({ current: true })).length).toBe(before);
    expect((await person(PRIYA.id)).year).toBe(3);
    expect(app.slack.callsTo('chat.postMessage')).toHaveLength(0);

    // Without --dry-run, with no terminal to ask on and no --yes: nothing changes either.
    const unasked = await runCliProcess('src/cli/new-year.ts', [], envFor(app, ENV));
    expect(unasked.code).toBe(2);
    expect(unasked.stdout).toContain('Nothing was changed: run it with --yes to apply without a question');
    expect(await app.database.connection.db!.collection('new_year_rollovers').countDocuments()).toBe(0);
    expect((await person(PRIYA.id)).year).toBe(3);
  }, 90_000);

  it('refuses anyone but an admin, and shows an admin the preview with exact counts within 3 seconds', async () => {
    const refused = await commandAnswer(app.slack, () => as(PRIYA).command('/mentor-admin', 'new-year'));
    expect(refused.text).toContain('`/mentor-admin` is for the program coordinators');

    const preview = await commandAnswer(app.slack, () => as(ADMIN).command('/mentor-admin', 'new-year'));
    expect(preview.ack.status).toBe(200);
    expect(preview.ack.ms).toBeLessThan(3_000);
    expect(preview.text).toBe(`The new year: ${OPENS.label} (closing ${CLOSES})`);
    const text = textOf(preview.body);
    expect(text).toContain('*Graduating MS4 peer mentors: 2*');
    expect(text).toContain('*Leaving MS2 mentees: 1*');
    expect(text).toContain('Ben Mentee');
    expect(text).toContain('Memberships ended: 3 (kept as history). People leaving the program: 3.');
    expect(text).toContain('*MS3 → MS4: 2*\nPat Green, Priya Third');
    expect(text).toContain('*MS1 → MS2: 2*\nAda Mentee, Dee Mentee');
    expect(text).toContain('*Groups left with an incomplete Pair: 2*\n• Blue-Okafor: needs a third-year peer mentor\n• Green-Adeyemi: needs a third-year peer mentor');
    expect(JSON.stringify(preview.body)).toContain('new_year_apply');
  });

  it('changes nothing on Back', async () => {
    await as(ADMIN).click('new_year_back', OPENS.label);
    await app.slack.waitFor(() => app.slack.responses.find((r) => String(r.body['text']).startsWith('Nothing changed.')), 3_000, 'the answer to Back');
    expect(await app.database.connection.db!.collection('new_year_rollovers').countDocuments()).toBe(0);
    expect((await person(OMAR.id)).active).toBe(true);
  });

  it('on Apply ends the memberships (kept as history), moves years up, and thanks each graduate once with their record', async () => {
    const before = await memberships();
    await as(ADMIN).click('new_year_apply', OPENS.label);
    const done = await app.slack.waitFor(() => app.slack.responses.find((r) => String(r.body['text']).startsWith(`The new year ${OPENS.label} is done`)), 10_000, 'the result');
    expect(textOf(done.body)).toContain('Thank-you DMs: 2 sent now.');

    // Memberships: three closed, none deleted.
    expect(await memberships()).toBe(before);
    const current = await app.stores.roster.findMemberships({ current: true });
    for (const id of [OMAR.id, LENA.id, BEN.id]) expect(current.filter((m) => m.personId === id)).toEqual([]);
    const history = await app.stores.roster.findMemberships({ personIds: [OMAR.id, LENA.id, BEN.id] });
    expect(history.map((m) => m.to !== undefined)).toEqual([true, true, true]);
    // Ada keeps her cohort and MD/PhD memberships.
    expect(current.filter((m) => m.personId === ADA.id)).toHaveLength(2);

    expect(await Promise.all([PRIYA, PAT, ADA, DEE, OMAR, BEN].map(async (p) => (await person(p.id)).year))).toEqual([4, 4, 2, 2, 4, 2]);
    expect(await Promise.all([OMAR, LENA, BEN, PRIYA].map(async (p) => (await person(p.id)).active))).toEqual([false, false, false, true]);

    const [omar] = thanks(OMAR.id);
    expect(thanks(OMAR.id)).toHaveLength(1);
    const record = mrkdwnTexts(omar!).join('\n');
    expect(record).toContain(`thank you for being a peer mentor in ${CLOSES}`);
    expect(record).toContain('• 2 mentees');
    expect(record).toContain('• 2 communications, 1 meeting among them');
    expect(record).toContain('• 1 request for help answered, 1 on time');
    expect(record).toContain('• 45 minutes given');
    expect(record).not.toContain('secret words');
    expect(thanks(LENA.id)).toHaveLength(1);
    expect(mrkdwnTexts(thanks(LENA.id)[0]!).join('\n')).toContain('• 1 mentee\n• 0 communications, 0 meetings among them');
    for (const other of [PRIYA, PAT, ADA, BEN, DEE]) expect(thanks(other.id)).toEqual([]);

    const audit = await app.stores.audit.findBetween(new Date(Date.now() - HOUR), new Date(Date.now() + HOUR));
    expect(audit).toMatchObject([{ actor: ADMIN.id, action: 'new-year', subject: OPENS.label }]);
  });

  it('says kindly that the year is done on a second run, graduating nobody else (Priya, now MS4, stays) and sending nothing', async () => {
    const again = await commandAnswer(app.slack, () => as(ADMIN).command('/mentor-admin', 'new-year'));
    expect(again.text).toContain(`The new year ${OPENS.label} was already applied on`);
    await as(ADMIN).click('new_year_apply', OPENS.label);
    await app.slack.waitFor(() => app.slack.responses.filter((r) => String(r.body['text']).includes('was already applied')).length >= 2 || undefined, 5_000, 'the second refusal');
    expect((await app.stores.roster.findMemberships({ current: true, personIds: [PRIYA.id] })).length).toBe(1);
    expect((await person(PRIYA.id)).year).toBe(4);
    expect(thanks(OMAR.id)).toHaveLength(1);
    expect(thanks(PRIYA.id)).toEqual([]);

    const cli = await runCliProcess('src/cli/new-year.ts', ['--yes'], envFor(app, ENV));
    expect(cli.code).toBe(0);
    expect(cli.stdout).toContain('was already applied');
  }, 60_000);

  it('keeps the year before readable: the memberships export with --year shows the groups as they were', async () => {
    const run = await runExportCli(app, ['memberships', '--year', CLOSES, '--no-bom'], ENV);
    expect(run.code).toBe(0);
    const rows = parseCsv(run.stdout).records.map((r) => r.cells);
    expect(rows[0]).toEqual(['group', 'group_kind', 'person_id', 'person_name', 'role', 'from', 'to']);
    const omar = rows.find((r) => r[2] === OMAR.id)!;
    expect(omar.slice(0, 6)).toEqual(['Blue-Okafor', 'cohort', OMAR.id, 'Omar Fourth', 'peer_mentor', '2025-07-31']);
    expect(omar[6]).toBe(TODAY);
    expect(rows).toHaveLength(1 + 10);
  }, 60_000);
});
