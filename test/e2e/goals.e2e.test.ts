import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorsOf, chosen, type As, type StateValues } from '../support/actor.js';
import { commandAnswer } from '../support/command-answer.js';
import { CAST, aCohort, aProgram, aSecondCohort, seedProgram, slackUsersOf } from '../support/program-fixture.js';
import { startApp, type ServedApp } from '../support/app-harness.js';
import { runExportCli, runJobCli } from '../support/run-cli-process.js';

const { admin: ADMIN, okafor: OKAFOR, priya: PRIYA, omar: OMAR, ada: ADA, pat: PAT, stranger: STRANGER } = CAST;
const PROGRAM = { ...aProgram(aCohort(), aSecondCohort()), slackOnly: [ADMIN, STRANGER] };
// Quiet hours off: the clicks happen at the machine's real time, whatever hour that is in Chicago.
const ENV = { PROGRAM_TIMEZONE: 'America/Chicago', ADMIN_USER_IDS: ADMIN.id, QUIET_HOURS: 'off' };
const GOAL = 'Find a research mentor in cardiology';
/** A month a few months from the real today (the form is checked against it). */
const later = (() => {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + 3);
  return d.toISOString().slice(0, 7);
})();
/** Monday 19 October 2026, 12:00 in Chicago: past the Fall semester's midpoint. */
const MIDPOINT_RUN = '2026-10-19T17:00:00Z';

const slot = (n: number, words: string | undefined, category: string | undefined, month: string | undefined): StateValues => ({
  [`goals_words_${n}`]: { goals_words_input: { type: 'plain_text_input', value: words ?? null } },
  [`goals_category_${n}`]: { goals_category_select: category === undefined ? { type: 'static_select', selected_option: null } : chosen('static_select', category) },
  [`goals_month_${n}`]: { goals_month_select: month === undefined ? { type: 'static_select', selected_option: null } : chosen('static_select', month) },
});

describe('goals end to end: /mentor-goals, the mentors’ Home, the revisit DM and Stuck', () => {
  let app: ServedApp;
  let as: As;
  const goalDocs = () => app.database.connection.db!.collection('goals').find({}).toArray();
  const openGoalsForm = async (userId: string) => {
    const opened = app.slack.callsTo('views.open').length;
    const answer = await as(userId).command('/mentor-goals');
    expect(answer.ms).toBeLessThan(3_000);
    const call = await app.slack.waitForCall('views.open', () => true, 3_000, opened + 1);
    expect((call.args['view'] as { callback_id: string }).callback_id).toBe('goals_submit');
    return as(userId).lastModal()!.id;
  };
  const homeOf = async (userId: string) => {
    const before = app.slack.callsTo('views.publish').filter((c) => c.args['user_id'] === userId).length;
    await as(userId).openHome();
    return JSON.stringify((await app.slack.waitForCall('views.publish', (args) => args['user_id'] === userId, 3_000, before + 1)).args['view']);
  };

  beforeAll(async () => {
    app = await startApp({ label: 'goals', served: true, users: slackUsersOf(PROGRAM), env: ENV });
    as = actorsOf(app);
    await seedProgram(app.stores.roster, PROGRAM);
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('refuses someone who is not a mentee, kindly, and opens nothing', async () => {
    const opened = app.slack.callsTo('views.open').length;
    const answer = await commandAnswer(app.slack, () => as(STRANGER.id).command('/mentor-goals'));
    expect(answer.body['response_type']).toBe('ephemeral');
    expect(answer.text).toContain('/mentor-goals is for mentees in the program');
    expect(answer.text).toContain(`<@${ADMIN.id}>`);
    expect(app.slack.callsTo('views.open')).toHaveLength(opened);
  });

  it('lets a mentee set goals with /mentor-goals: bad input is refused under its field and nothing is stored', async () => {
    const viewId = await openGoalsForm(ADA.id);
    const bad = await as(ADA.id).submit('goals_submit', { ...slot(1, 'x'.repeat(201), 'research', later), ...slot(2, 'Rest more', undefined, undefined), ...slot(3, undefined, undefined, undefined) }, { viewId });
    expect(bad.ms).toBeLessThan(3_000);
    expect(bad.json).toEqual({
      response_action: 'errors',
      errors: {
        goals_words_1: 'Please keep a goal to 200 characters.',
        goals_category_2: 'Please choose a category for this goal.',
        goals_month_2: 'Please choose the month you aim to reach this goal by.',
      },
    });
    expect(await goalDocs()).toEqual([]);

    const good = await as(ADA.id).submit('goals_submit', { ...slot(1, GOAL, 'research', later), ...slot(2, undefined, undefined, undefined), ...slot(3, undefined, undefined, undefined) }, { viewId });
    expect(good.ms).toBeLessThan(3_000);
    expect(good.json?.['response_action']).toBeUndefined();
    await app.slack.waitFor(() => app.slack.dmsTo(ADA.id).find((m) => m.text.includes('Your goal is saved')), 3_000, 'the confirmation');
    expect(await goalDocs()).toEqual([{ _id: ADA.id, goals: [{ id: expect.any(String), words: GOAL, category: 'research', targetMonth: later }], updatedAt: expect.any(Date) }]);
    // Opening the form again shows the goal, to edit.
    await openGoalsForm(ADA.id);
    expect(JSON.stringify(as(ADA.id).lastModal()!.view)).toContain(GOAL);
  });

  it('shows the goal on the mentee’s and their mentors’ Home, and not to a mentor of another cohort, nor to faculty', async () => {
    const adaHome = await homeOf(ADA.id);
    expect(adaHome).toContain(GOAL);
    // Home's *Edit goals* opens the same form, the goal filled in.
    const opened = app.slack.callsTo('views.open').length;
    await as(ADA.id).clickHome('goals_home_open');
    const form = await app.slack.waitForCall('views.open', () => true, 3_000, opened + 1);
    expect(JSON.stringify(form.args['view'])).toContain(GOAL);
    expect(await homeOf(PRIYA.id)).toContain(GOAL);
    expect(await homeOf(OMAR.id)).toContain(GOAL);
    expect(await homeOf(PAT.id)).not.toContain(GOAL);
    expect(await homeOf(OKAFOR.id)).not.toContain(GOAL);
  });

  it('asks the mentee about their goal once across two runs of the goals job', async () => {
    const first = await runJobCli(app, 'goals', MIDPOINT_RUN, ENV);
    expect(first.stdout).toContain('goalRevisitsSent 1');
    const second = await runJobCli(app, 'goals', MIDPOINT_RUN, ENV);
    expect(second.stdout).toContain('goalRevisitsSent 0');
    expect(app.slack.dmsTo(ADA.id).filter((m) => m.text.includes('Time to look back at your goals'))).toHaveLength(1);
    expect(JSON.stringify(app.logs)).not.toContain(GOAL);
  });

  it('on Stuck, tells the mentors that the mentee would like to talk, without the goal’s words', async () => {
    const ask = app.slack.dmsTo(ADA.id).find((m) => m.text.includes('Time to look back at your goals'))!;
    const [goal] = (await goalDocs())[0]!['goals'] as { id: string }[];
    const value = `2026-Fall:mid|${goal!.id}`;
    await as(ADA.id).click('goals_answer_stuck', `${value}|stuck`, { message: ask });
    const updated = await app.slack.waitForCall('chat.update', (args) => JSON.stringify(args['blocks']).includes('goals_tell'), 3_000);
    expect(JSON.stringify(updated.args['blocks'])).toContain('Let my mentors know');
    expect(await app.database.connection.db!.collection('goal_answers').find({}).toArray()).toEqual([
      { _id: `${ADA.id}|2026-Fall:mid|${goal!.id}`, menteeId: ADA.id, point: '2026-Fall:mid', goalId: goal!.id, status: 'stuck', answeredAt: expect.any(Date) },
    ]);

    await as(ADA.id).click('goals_tell', value, { message: ask });
    await app.slack.waitFor(() => app.slack.responses.find((r) => String(r.body['text']).includes('know you’d like to talk')), 3_000, 'the mentee told');
    for (const mentor of [PRIYA.id, OMAR.id]) {
      const told = await app.slack.waitFor(() => app.slack.dmsTo(mentor).find((m) => m.text.includes('would like to talk with you about one of their goals')), 3_000, 'the mentor told');
      expect(JSON.stringify(told)).not.toContain(GOAL);
    }
    // A second click tells nobody again.
    await as(ADA.id).click('goals_tell_which', value, { message: ask });
    await app.slack.waitFor(() => app.slack.responses.find((r) => String(r.body['text']).includes('already been told')), 3_000, 'already told');
    expect(app.slack.dmsTo(PRIYA.id).filter((m) => m.text.includes('would like to talk'))).toHaveLength(1);
    expect(JSON.stringify(app.slack.dmsTo(PAT.id))).not.toContain('would like to talk');
  });

  it('exports counts per mentee with `npm run export -- goals`, never a goal’s words', async () => {
    const run = await runExportCli(app, ['goals'], ENV);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split(/\r?\n/);
    expect(lines[0]).toBe('slack_id,name,goals_set,revisited_this_semester,on_track,done,changed,stuck');
    // Revisited this semester by the real clock: the answer was given at the Fall 2026 midpoint.
    expect(lines.slice(1)).toEqual([expect.stringMatching(new RegExp(`^${ADA.id},Ada Mentee,1,[01],0,0,0,1$`))]);
    expect(run.stdout + run.stderr).not.toContain(GOAL);
  });
});
