import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTrainingRepository } from '../../src/features/trainings/store/training-repository.js';
import { addDays, dateInZone } from '../../src/program/calendar-date.js';
import { parseCsv } from '../../src/program/csv.js';
import { zonedInstant } from '../../src/program/zoned-time.js';
import { actorsOf, type As, type StateValues } from '../support/actor.js';
import { startApp, type ServedApp } from '../support/app-harness.js';
import { commandAnswer } from '../support/command-answer.js';
import { CAST, aCohort, seedProgram, slackUsersOf } from '../support/program-fixture.js';
import { runExportCli, runJobCli } from '../support/run-cli-process.js';

const CHICAGO = 'America/Chicago';
const { admin: ADMIN, priya: PRIYA, omar: OMAR, ada: ADA, okafor: OKAFOR } = CAST;
const PROGRAM = { ...aCohort(), slackOnly: [ADMIN] };
// Quiet hours off: the forms and clicks happen at the machine's real time, whatever hour that is in Chicago.
const ENV = { ADMIN_USER_IDS: ADMIN.id, PROGRAM_TIMEZONE: CHICAGO, QUIET_HOURS: 'off' };
const TITLE = 'Limits of peer mentoring & referrals';
/** The title as the messages' mrkdwn text carries it (Slack shows it as typed). */
const TITLE_IN_MRKDWN = 'Limits of peer mentoring &amp; referrals';
/** Ten days from now in Chicago, at 10:00 there. */
const DAY = addDays(dateInZone(new Date(), CHICAGO), 10);
const STARTS = zonedInstant(DAY, 10, 0, CHICAGO);

const formValues = (over: { title?: string; date?: string; time?: string; roles?: string[] } = {}): StateValues => ({
  training_title: { training_title_input: { type: 'plain_text_input', value: over.title ?? TITLE } },
  training_date: { training_date_input: { type: 'datepicker', selected_date: over.date ?? DAY } },
  training_time: { training_time_input: { type: 'timepicker', selected_time: over.time ?? '10:00' } },
  training_place: { training_place_input: { type: 'plain_text_input', value: 'https://video.example/limits' } },
  training_roles: { training_roles_input: { type: 'checkboxes', selected_options: (over.roles ?? ['peer_mentor']).map((value) => ({ value, text: { type: 'plain_text', text: value } })) } },
  training_tracks: { training_tracks_input: { type: 'checkboxes', selected_options: [] } },
  training_required: { training_required_input: { type: 'checkboxes', selected_options: [{ value: 'required', text: { type: 'plain_text', text: 'Required' } }] } },
});

// The tests run in order: the training is set up, invited to, answered, reminded of, attended. Those that run the
// command line (a process each) have longer to finish.
describe('trainings end to end: the form, invitations once, answers, the reminder, attendance, Home and the export', () => {
  let app: ServedApp;
  let as: As;
  let trainingId: string;
  const invitations = (userId: string) => app.slack.dmsTo(userId).filter((m) => m.text.startsWith('You’re invited to a training'));
  const reminders = (userId: string) => app.slack.dmsTo(userId).filter((m) => m.text.startsWith('Reminder:'));
  const invitees = () => app.database.connection.db!.collection('training_invitees').find({}, { projection: { _id: 0, personId: 1, answer: 1, attended: 1 } }).sort({ personId: 1 }).toArray();

  beforeAll(async () => {
    app = await startApp({ label: 'trainings', served: true, users: slackUsersOf(PROGRAM), env: ENV });
    as = actorsOf(app);
    await seedProgram(app.stores.roster, PROGRAM);
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('lets an admin set up a training through the form, refusing bad input and anyone else, storing nothing then', async () => {
    const refused = await commandAnswer(app.slack, () => as(PRIYA).command('/mentor-admin', 'training'));
    expect(refused.text).toContain('`/mentor-admin` is for the program coordinators');
    expect(app.slack.callsTo('views.open')).toHaveLength(0);

    await as(ADMIN).command('/mentor-admin', 'training');
    const opened = await app.slack.waitForCall('views.open', () => true, 3_000);
    expect(JSON.stringify(opened.args['view'])).toContain('By the clock in America/Chicago');

    const bad = await as(ADMIN).submit('training_form', formValues({ title: '   ', date: addDays(DAY, -20), roles: [] }));
    expect(bad.json?.['response_action']).toBe('errors');
    expect(bad.json?.['errors']).toEqual({
      training_title: 'Please give the training a title.',
      training_time: 'That date and time has passed: please choose a time in the future.',
      training_tracks: 'Please choose who must attend: at least one role or one track.',
    });
    const long = await as(ADMIN).submit('training_form', formValues({ title: 'x'.repeat(151) }));
    expect((long.json?.['errors'] as Record<string, string>)['training_title']).toBe('Please keep the title to 150 characters.');
    expect(await app.database.connection.db!.collection('trainings').countDocuments()).toBe(0);

    const good = await as(ADMIN).submit('training_form', formValues());
    expect(good.status).toBe(200);
    expect(good.json?.['response_action']).toBeUndefined();
    const message = await app.slack.waitFor(() => app.slack.dmsTo(ADMIN.id).find((m) => m.text === `Training: ${TITLE_IN_MRKDWN}`), 5_000, 'the admin’s training message');
    expect(JSON.stringify(message.blocks)).toContain('Mark attendance');
    expect(JSON.stringify(message.blocks)).toContain('2 people invited');
    const [stored] = await createTrainingRepository(app.database.connection).findTrainings();
    expect(stored).toMatchObject({ title: TITLE, startsAt: STARTS, required: true, createdBy: ADMIN.id, audience: { roles: ['peer_mentor'], tracks: [] } });
    trainingId = stored!.id;
  });

  it('sends each peer mentor one invitation across two job runs, and none to anyone else', async () => {
    const first = await runJobCli(app, 'trainings', new Date().toISOString(), ENV);
    expect(first.stdout).toContain('invitationsSent 2');
    const second = await runJobCli(app, 'trainings', new Date().toISOString(), ENV);
    expect(second.stdout).toContain('invitationsSent 0');
    expect(invitations(PRIYA.id)).toHaveLength(1);
    expect(invitations(OMAR.id)).toHaveLength(1);
    for (const other of [ADA, OKAFOR]) expect(app.slack.dmsTo(other.id)).toEqual([]);
    const text = JSON.stringify(invitations(PRIYA.id)[0]!.blocks);
    expect(text).toContain('Limits of peer mentoring &amp; referrals');
    expect(text).toContain('https://video.example/limits');
    expect(text).toContain('training_rsvp_yes');
  }, 90_000);

  it('records an answer and redraws the invitation and the admin’s message; the answer can change until it starts', async () => {
    const dm = invitations(OMAR.id)[0]!;
    await as(OMAR).click('training_rsvp_yes', trainingId, { message: dm });
    const redrawn = await app.slack.waitFor(() => app.slack.responses.find((r) => r.body['replace_original'] === true && String(JSON.stringify(r.body)).includes('You said you’ll be there')), 3_000, 'the redrawn invitation');
    expect(JSON.stringify(redrawn.body)).toContain('training_rsvp_no');
    await as(OMAR).click('training_rsvp_no', trainingId, { message: dm });
    await app.slack.waitFor(() => app.slack.responses.find((r) => JSON.stringify(r.body).includes('You said you can’t make it')), 3_000, 'the second answer');
    await app.slack.waitForCall('chat.update', (args) => JSON.stringify(args['blocks']).includes('1 can’t make it'), 3_000);
    expect(await invitees()).toEqual([
      { personId: PRIYA.id, attended: false },
      { personId: OMAR.id, answer: 'no', attended: false },
    ]);
    // Someone not invited is told so, and nothing is stored.
    await as(ADA).click('training_rsvp_yes', trainingId, { message: dm });
    await app.slack.waitFor(() => app.slack.responses.find((r) => JSON.stringify(r.body).includes('This invitation isn’t yours')), 3_000, 'the refusal');
    expect((await invitees()).map((i) => i['personId'])).toEqual([PRIYA.id, OMAR.id]);
  });

  it('reminds the day before, once, and not those who can’t make it', async () => {
    const dayBefore = zonedInstant(addDays(DAY, -1), 10, 0, CHICAGO).toISOString();
    expect((await runJobCli(app, 'trainings', dayBefore, ENV)).stdout).toContain('remindersSent 1');
    expect((await runJobCli(app, 'trainings', dayBefore, ENV)).stdout).toContain('remindersSent 0');
    expect(reminders(PRIYA.id).map((m) => m.text)).toEqual([`Reminder: ${TITLE_IN_MRKDWN} is tomorrow`]);
    expect(reminders(OMAR.id)).toEqual([]);
  }, 90_000);

  it('lets an admin mark attendance from the training’s message, and refuses anyone else, storing nothing', async () => {
    const message = app.slack.dmsTo(ADMIN.id).find((m) => m.text === `Training: ${TITLE_IN_MRKDWN}`)!;
    await as(PRIYA).click('training_attendance', trainingId, { message });
    await app.slack.waitFor(() => app.slack.responses.find((r) => JSON.stringify(r.body).includes('only program coordinators mark attendance')), 3_000, 'the refusal');
    expect(app.slack.callsTo('views.open')).toHaveLength(1);

    await as(ADMIN).click('training_attendance', trainingId, { message });
    const opened = await app.slack.waitForCall('views.open', () => true, 3_000, 2);
    const form = JSON.stringify(opened.args['view']);
    expect(form).toContain(PRIYA.name);
    expect(form).toContain(OMAR.name);
    const attended: StateValues = { training_attended: { training_attended_input: { type: 'multi_static_select', selected_options: [{ value: PRIYA.id, text: { type: 'plain_text', text: PRIYA.name } }] } } };
    const viewId = as(ADMIN).lastModal()!.id;

    // The same form, submitted by someone else (forged): refused, nothing stored.
    const forged = await as(PRIYA).submit('training_attendance_form', attended, { viewId });
    expect(JSON.stringify(forged.json)).toContain('only program coordinators mark attendance');
    expect((await invitees()).filter((i) => i['attended'])).toEqual([]);

    const saved = await as(ADMIN).submit('training_attendance_form', attended, { viewId });
    expect(saved.json?.['response_action']).toBeUndefined();
    expect((await invitees()).filter((i) => i['attended']).map((i) => i['personId'])).toEqual([PRIYA.id]);
    await app.slack.waitForCall('chat.update', (args) => JSON.stringify(args['blocks']).includes('1 marked as attended'), 3_000);
  });

  it('shows admins who missed a required training on Home, and exports one row per person and training', async () => {
    // A required training held last week: Priya attended, Omar did not.
    const store = createTrainingRepository(app.database.connection);
    const lastWeek = new Date(Date.now() - 7 * 86_400_000);
    const { training: past } = await store.createTraining({
      sourceKey: 'seed:past',
      title: 'Confidentiality basics',
      startsAt: lastWeek,
      place: undefined,
      audience: { roles: ['peer_mentor'], tracks: [] },
      required: true,
      createdBy: ADMIN.id,
      createdAt: new Date(lastWeek.getTime() - 14 * 86_400_000),
      zone: CHICAGO,
    });
    await store.addInvitees(past.id, [PRIYA.id, OMAR.id], lastWeek);
    await store.setAttendance(past.id, [PRIYA.id], ADMIN.id, new Date());

    const publishedTo = (userId: string) => app.slack.callsTo('views.publish').filter((c) => c.args['user_id'] === userId).length;
    const before = publishedTo(ADMIN.id);
    await as(ADMIN).openHome();
    const home = (await app.slack.waitForCall('views.publish', (args) => args['user_id'] === ADMIN.id, 3_000, before + 1)).args['view'];
    const text = JSON.stringify(home);
    expect(text).toContain('1 person has missed a required training');
    expect(text).toContain(`<@${OMAR.id}>: Confidentiality basics`);
    expect(text).not.toContain(`<@${PRIYA.id}>: Confidentiality basics`);
    // Someone who is not an admin sees no such list.
    const mentorHome = publishedTo(PRIYA.id);
    await as(PRIYA).openHome();
    expect(JSON.stringify((await app.slack.waitForCall('views.publish', (args) => args['user_id'] === PRIYA.id, 3_000, mentorHome + 1)).args['view'])).not.toContain('missed a required training');

    const months = [dateInZone(lastWeek, CHICAGO).slice(0, 7), DAY.slice(0, 7)];
    const run = await runExportCli(app, ['trainings', '--from', months[0]!, '--to', months[1]!], ENV);
    expect(run.code).toBe(0);
    const rows = parseCsv(run.stdout).records.map((r) => r.cells);
    expect(rows[0]).toEqual(['training_id', 'title', 'date', 'starts_at', 'required', 'person_id', 'person_name', 'answer', 'attended']);
    expect(rows.slice(1).map((r) => [r[1], r[6], r[7], r[8]])).toEqual([
      ['Confidentiality basics', OMAR.name, '', 'no'],
      ['Confidentiality basics', PRIYA.name, '', 'yes'],
      [TITLE, OMAR.name, 'not_coming', 'no'],
      [TITLE, PRIYA.name, '', 'yes'],
    ]);
    expect(rows[3]![2]).toBe(DAY);
  }, 90_000);

  it('invites a peer mentor who joins before it starts, on the next run, and adds them to the admin’s roll', async () => {
    const LENA = { id: 'U0NEWMENT1', name: 'Lena Late' };
    app.slack.addUser({ ...LENA, tz: CHICAGO });
    await app.stores.roster.savePeople([{ ...LENA, email: undefined, roles: ['peer_mentor'], year: 3, mdphd: false, timezone: CHICAGO, active: true }]);
    const run = await runJobCli(app, 'trainings', new Date().toISOString(), ENV);
    expect(run.stdout).toContain('invitationsSent 1');
    expect(invitations(LENA.id)).toHaveLength(1);
    const roll = await app.slack.waitForCall('chat.update', (args) => JSON.stringify(args['blocks']).includes('3 people invited'), 3_000);
    expect(JSON.stringify(roll.args['blocks'])).toContain(LENA.name);
    // Nobody new: the next run leaves the roll alone.
    const updates = app.slack.callsTo('chat.update').length;
    expect((await runJobCli(app, 'trainings', new Date().toISOString(), ENV)).stdout).toContain('invitationsSent 0');
    expect(app.slack.callsTo('chat.update')).toHaveLength(updates);
  }, 90_000);
});
