import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSurveyRepository } from '../../src/features/surveys/store/survey-repository.js';
import { addDays, dateInZone, isoWeekdayOf } from '../../src/program/calendar-date.js';
import { formatDate } from '../../src/slack/format-time.js';
import { actorsOf, chosen, type As, type StateValues } from '../support/actor.js';
import { startApp, type ServedApp } from '../support/app-harness.js';
import { commandAnswer } from '../support/command-answer.js';
import { seedProgram, slackUsersOf, type ProgramFixture } from '../support/program-fixture.js';
import { runExportCli, runJobCli } from '../support/run-cli-process.js';

const CHICAGO = 'America/Chicago';
const ADMIN = { id: 'U0SVADMIN1', name: 'Bea Coordinator', tz: CHICAGO };
const mentee = (n: number) => ({ id: `U0SVM0000${n}`, name: `Mentee ${n}`, roles: ['mentee' as const], year: 1, timezone: CHICAGO });
const BLUE_MENTEES = [1, 2, 3, 4, 5, 6].map(mentee);
const [M1, M2, M3, M4, M5, M6] = BLUE_MENTEES.map((m) => m.id) as [string, string, string, string, string, string];
const DEE = { id: 'U0SVDEE001', name: 'Dee Green', roles: ['mentee' as const], year: 1, timezone: CHICAGO };
const OKAFOR = { id: 'U0SVFAC001', name: 'Dr. Okafor', roles: ['faculty' as const], timezone: CHICAGO };
const ADEYEMI = { id: 'U0SVFAC002', name: 'Dr. Adeyemi', roles: ['faculty' as const], timezone: CHICAGO };
const PRIYA = { id: 'U0SVMEN001', name: 'Priya Third', roles: ['peer_mentor' as const], year: 3, timezone: CHICAGO };
const PAT = { id: 'U0SVMEN002', name: 'Pat Green', roles: ['peer_mentor' as const], year: 3, timezone: CHICAGO };
const PROGRAM: ProgramFixture = {
  people: [...BLUE_MENTEES, DEE, OKAFOR, ADEYEMI, PRIYA, PAT],
  groups: [
    { name: 'Blue-Okafor', faculty: [OKAFOR.id], mentors: [PRIYA.id], mentees: BLUE_MENTEES.map((m) => m.id) },
    { name: 'Green-Adeyemi', faculty: [ADEYEMI.id], mentors: [PAT.id], mentees: [DEE.id] },
  ],
  at: new Date('2025-08-01T00:00:00Z'),
};
const ENV = { ADMIN_USER_IDS: ADMIN.id, PROGRAM_TIMEZONE: CHICAGO };
const FREE_TEXT = 'ZQX-SURVEY-FREE-TEXT-4471 more evening sessions please';

/** The forms are sent at the real time (Slack's clock); the jobs run at chosen times around it. */
const TODAY = dateInZone(new Date(), CHICAGO);
const CLOSES = addDays(TODAY, 10);
/** 09:05 (10:05 in summer) in Chicago on a day; 23:05 (00:05) the night before for `night`. */
const morning = (date: string) => `${date}T15:05:00Z`;
const night = (date: string) => `${date}T05:05:00Z`;
const MONDAY = addDays(TODAY, (8 - isoWeekdayOf(TODAY)) % 7);

const launchValues = (v: { template?: string; roles?: string[]; anonymous?: string; closes?: string }): StateValues => ({
  survey_template: { survey_template_input: v.template === undefined ? { type: 'static_select', selected_option: null } : chosen('static_select', v.template) },
  survey_roles: { survey_roles_input: { type: 'checkboxes', selected_options: (v.roles ?? []).map((value) => ({ text: { type: 'plain_text', text: value }, value })) } },
  survey_tracks: { survey_tracks_input: { type: 'checkboxes', selected_options: [] } },
  survey_anonymous: { survey_anonymous_input: v.anonymous === undefined ? { type: 'radio_buttons', selected_option: null } : chosen('radio_buttons', v.anonymous) },
  survey_closes: { survey_closes_input: { type: 'datepicker', selected_date: v.closes ?? null } },
});
const answerValues = (scores: (number | undefined)[], text?: string): StateValues => ({
  ...Object.fromEntries(scores.map((s, i) => [`survey_item_${i}`, { survey_item_input: s === undefined ? { type: 'radio_buttons', selected_option: null } : chosen('radio_buttons', String(s)) }])),
  survey_text: { survey_text_input: { type: 'plain_text_input', value: text ?? null } },
});

describe('surveys end to end: launch, one invitation each, answers (the first stands, anonymous without user ids), reminders, results', () => {
  let app: ServedApp;
  let as: As;
  let surveyId: string;
  const invitations = (user: string) => app.slack.dmsTo(user).filter((m) => m.text.includes('the program would like your view'));
  const reminders = (user: string) => app.slack.dmsTo(user).filter((m) => m.text.startsWith('A reminder'));
  const rawAnswers = () => app.database.connection.db!.collection('survey_answers').find({}).toArray();
  const openForm = async (user: string, id: string) => {
    const before = app.slack.callsTo('views.open').length;
    await as(user).click('survey_open', id, { message: app.slack.dmsTo(user)[0] });
    return JSON.stringify((await app.slack.waitForCall('views.open', () => true, 3_000, before + 1)).args['view']);
  };
  const answer = async (user: string, scores: number[], text?: string) => {
    expect(await openForm(user, surveyId)).toContain('"callback_id":"survey_answer"');
    return as(user).submit('survey_answer', answerValues(scores, text));
  };

  beforeAll(async () => {
    app = await startApp({ label: 'surveys', served: true, users: [...slackUsersOf(PROGRAM), ADMIN], env: ENV });
    as = actorsOf(app);
    await seedProgram(app.stores.roster, PROGRAM);
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('refuses a non-admin kindly, and an admin’s bad form field by field with nothing stored; then launches', async () => {
    const refused = await commandAnswer(app.slack, () => as(M1).command('/mentor-admin', 'survey'));
    expect(refused.text).toContain('`/mentor-admin` is for the program coordinators');

    await as(ADMIN).command('/mentor-admin', 'survey');
    await app.slack.waitForCall('views.open', (args) => JSON.stringify(args['view']).includes('"callback_id":"survey_launch"'));
    const bad = await as(ADMIN).submit('survey_launch', launchValues({ template: 'mentee_semester', closes: TODAY }));
    expect(bad.json).toEqual({
      response_action: 'errors',
      errors: { survey_roles: 'Please choose at least one role or track.', survey_anonymous: 'Please say whether answers are anonymous.', survey_closes: 'The closing date must be after today.' },
    });
    expect(await app.database.connection.db!.collection('surveys').countDocuments()).toBe(0);

    const good = await as(ADMIN).submit('survey_launch', launchValues({ template: 'mentee_semester', roles: ['mentee'], anonymous: 'yes', closes: CLOSES }));
    expect(good.json?.['response_action']).toBe('update');
    expect(JSON.stringify(good.json)).toContain('*Mentee end-of-semester survey* is launched, anonymous');
    const stored = await app.database.connection.db!.collection('surveys').find({}).toArray();
    expect(stored).toHaveLength(1);
    surveyId = String(stored[0]!['_id']);
    expect(JSON.stringify(good.json)).toContain(`/mentor-admin export survey --id ${surveyId}`);
  });

  it('invites each mentee once across runs, never in their quiet hours, and nobody else', async () => {
    const quiet = await runJobCli(app, 'surveys', night(TODAY), ENV);
    expect(quiet.stdout).toContain('surveyInvitationsWaitingForMorning 7');
    expect(invitations(M1)).toEqual([]);
    await runJobCli(app, 'surveys', morning(TODAY), ENV);
    const again = await runJobCli(app, 'surveys', morning(TODAY), ENV);
    expect(again.stdout).toContain('surveyInvitationsAlreadySent 7');
    for (const id of [...BLUE_MENTEES.map((m) => m.id), DEE.id]) expect(invitations(id), id).toHaveLength(1);
    for (const id of [OKAFOR.id, ADEYEMI.id, PRIYA.id, PAT.id, ADMIN.id]) expect(invitations(id), id).toEqual([]);
    expect(JSON.stringify(invitations(M1)[0]!.blocks)).toContain(`"action_id":"survey_open","value":"${surveyId}"`);
  });

  it('takes an answer once: an unrated item refused, the first answer counted, a second refused kindly; no user id stored', async () => {
    expect(await openForm(M1, surveyId)).toContain('This survey is anonymous');
    const missing = await as(M1).submit('survey_answer', answerValues([5, undefined, 3, 2], FREE_TEXT));
    expect(missing.json).toEqual({ response_action: 'errors', errors: { survey_item_1: 'Please choose from 1 to 5.' } });
    expect(await rawAnswers()).toEqual([]);

    const first = await as(M1).submit('survey_answer', answerValues([5, 4, 3, 2], FREE_TEXT));
    expect(JSON.stringify(first.json)).toContain('Thank you — your answer is counted.');
    const second = await as(M1).submit('survey_answer', answerValues([1, 1, 1, 1], 'second thoughts'));
    expect(JSON.stringify(second.json)).toContain('your first answer is the one counted');
    expect(await openForm(M1, surveyId)).toContain('your first answer is the one counted');

    for (const id of [M2, M3, M4, M5]) await answer(id, [4, 4, 4, 4]);
    await answer(DEE.id, [1, 1, 1, 1]);
    const raw = await rawAnswers();
    expect(raw).toHaveLength(6);
    expect(raw.filter((a) => a['text'] === FREE_TEXT)).toHaveLength(1);
    const text = JSON.stringify(raw);
    for (const id of [...BLUE_MENTEES.map((m) => m.id), DEE.id]) expect(text, id).not.toContain(id);
    for (const a of raw) expect(Object.keys(a).sort()).toEqual(expect.arrayContaining(['_id', 'date', 'scores', 'surveyId']));
    expect(raw.every((a) => !('userId' in a) && typeof a['_id'] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(String(a['date'])))).toBe(true);
  });

  it('refuses an answer to a closed survey kindly', async () => {
    await createSurveyRepository(app.database.connection).createSurvey(
      { id: 'closed01', template: 'program_year', audience: { roles: ['mentee'], tracks: [] }, anonymous: false, closesOn: addDays(TODAY, -1), launchedBy: ADMIN.id, launchedAt: new Date() },
      'test:closed',
    );
    expect(await openForm(M6, 'closed01')).toContain('answers are no longer taken');
  });

  it('reminds those who have not answered 3 days before closing, once', async () => {
    await runJobCli(app, 'surveys', morning(addDays(CLOSES, -4)), ENV);
    expect(reminders(M6)).toEqual([]);
    await runJobCli(app, 'surveys', morning(addDays(CLOSES, -3)), ENV);
    await runJobCli(app, 'surveys', morning(addDays(CLOSES, -2)), ENV);
    expect(reminders(M6).map((m) => m.text)).toEqual([expect.stringContaining('*Mentee end-of-semester survey* closes')]);
    for (const id of [M1, M2, M3, M4, M5, DEE.id, OKAFOR.id]) expect(reminders(id), id).toEqual([]);
  });

  it('shows admins the response rate and averages, by group only from 5 answers; the Faculty Mentor their own group only', async () => {
    const open = async (userId: string) => {
      const before = app.slack.callsTo('views.publish').filter((c) => c.args['user_id'] === userId).length;
      expect((await as(userId).openHome()).status).toBe(200);
      const call = await app.slack.waitForCall('views.publish', (args) => args['user_id'] === userId, 3_000, before + 1);
      return JSON.stringify(call.args['view']);
    };
    const admin = await open(ADMIN.id);
    expect(admin).toContain(`*Mentee end-of-semester survey* (closes ${formatDate(CLOSES)}, id \`${surveyId}\`): 6 of 7 answered (86%)`);
    expect(admin).toContain('Item averages (1–5): 3.7 · 3.5 · 3.3 · 3.2');
    expect(admin).toContain('Blue-Okafor (5 answers): 4.2 · 4.0 · 3.8 · 3.6');
    expect(admin).toContain('1 answer from groups too small to show');
    expect(admin).not.toContain('Green-Adeyemi (');
    const okafor = await open(OKAFOR.id);
    expect(okafor).toContain('*Mentee end-of-semester survey*, your group (5 answers): 4.2 · 4.0 · 3.8 · 3.6');
    const adeyemi = await open(ADEYEMI.id);
    expect(adeyemi).toContain('Your group’s averages appear once it has 5 answers or more.');
    expect(adeyemi).not.toContain('your group (');
    for (const home of [admin, okafor, adeyemi]) expect(home).not.toContain('ZQX-SURVEY-FREE-TEXT');
  });

  it('adds the rates and averages to the admins’ and Faculty Mentors’ weekly digests, never the free text', async () => {
    await runJobCli(app, 'digests', `${MONDAY}T14:05:00Z`, ENV);
    const admin = JSON.stringify(app.slack.dmsTo(ADMIN.id));
    expect(admin).toContain(`*Mentee end-of-semester survey* (closes ${formatDate(CLOSES)}): 6 of 7 answered (86%); averages 3.7 · 3.5 · 3.3 · 3.2`);
    expect(JSON.stringify(app.slack.dmsTo(OKAFOR.id))).toContain('*Mentee end-of-semester survey*, your group (5 answers): averages 4.2 · 4.0 · 3.8 · 3.6');
    expect(JSON.stringify(app.slack.dmsTo(ADEYEMI.id))).not.toContain('Mentee end-of-semester survey');
    expect(JSON.stringify(app.slack.calls)).not.toContain('ZQX-SURVEY-FREE-TEXT');
  });

  it('exports the answers with their free text and no names for an anonymous survey; asks for --id without one', async () => {
    const run = await runExportCli(app, ['survey', '--id', surveyId], ENV);
    expect(run.code).toBe(0);
    const [header, ...rows] = run.stdout.trimEnd().split('\r\n');
    expect(header).toBe('\uFEFFsurvey,template,anonymous,date,group,person,item_1,item_2,item_3,item_4,item_5,free_text');
    expect(rows).toHaveLength(6);
    expect(rows).toContain(`${surveyId},mentee_semester,yes,${dateInZone(new Date(), CHICAGO)},Blue-Okafor,,5,4,3,2,,${FREE_TEXT}`);
    expect(rows.filter((r) => r.includes('Green-Adeyemi'))).toHaveLength(1);
    const none = await runExportCli(app, ['survey'], ENV);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Say which one to export: --id and its id');
  });

  it('logs no free text', () => {
    expect(JSON.stringify(app.logs)).not.toContain('ZQX-SURVEY-FREE-TEXT');
  });
});
