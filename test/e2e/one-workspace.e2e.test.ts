import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateInZone } from '../../src/program/calendar-date.js';
import { actorsOf, postToSlackEvents, type As } from '../support/actor.js';
import { CAST, aCohort, seedProgram, slackUsersOf } from '../support/program-fixture.js';
import { startApp, type ServedApp } from '../support/app-harness.js';

const { priya: PRIYA, ada: ADA } = CAST;
const PROGRAM = aCohort();
const FOREIGN_TEAM = 'T0ELSEWHERE';
const FOREIGN_ORG = 'E0OTHERORG';
const WORDS = 'words from another workspace';

/**
 * Requests signed with the app's secret (another workspace's install of the same app would send them so) but naming
 * another workspace or org: answered 200, and nothing is stored, sent or opened; a warning is logged, without the words.
 */
describe('one workspace: requests from another are answered and do nothing', () => {
  let app: ServedApp;
  let as: As;
  beforeAll(async () => {
    app = await startApp({ label: 'one-workspace', served: true, users: slackUsersOf(PROGRAM), env: { PROGRAM_TIMEZONE: 'America/Chicago', QUIET_HOURS: 'off' } });
    as = actorsOf(app);
    await seedProgram(app.stores.roster, PROGRAM);
  });
  afterAll(async () => {
    await app?.stop();
  });

  const command = (user: string, name: string, text: string, team: { team_id: string; enterprise_id?: string }) =>
    postToSlackEvents(
      app,
      new URLSearchParams({ token: 't', ...team, team_domain: 'elsewhere', channel_id: 'C0GENERAL', channel_name: 'general', user_id: user, user_name: user, command: name, text, api_app_id: app.slack.bot.appId, response_url: app.slack.newResponseUrl(), trigger_id: app.slack.newTriggerId(user) }).toString(),
      'application/x-www-form-urlencoded',
    );
  const interaction = (payload: Record<string, unknown>) =>
    postToSlackEvents(app, new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded');
  const event = (teamId: string, enterpriseId: string | null, inner: Record<string, unknown>) =>
    postToSlackEvents(
      app,
      JSON.stringify({ token: 't', team_id: teamId, api_app_id: app.slack.bot.appId, type: 'event_callback', event_id: `Ev${Math.random().toString(36).slice(2, 10)}`, event_time: Math.floor(Date.now() / 1000), authorizations: [{ enterprise_id: enterpriseId, team_id: teamId, user_id: app.slack.bot.userId, is_bot: true }], event: inner }),
      'application/json',
    );
  const stored = async () => {
    const db = app.database.connection.db!;
    return { contacts: await db.collection('contacts').countDocuments(), requests: await db.collection('requests').countDocuments() };
  };
  const ignored = () => app.logs.filter((l) => l.message === 'a request from another workspace was ignored');

  it('ignores commands, a form submitted, a click and events from another workspace or org', async () => {
    const before = await stored();
    const calls = app.slack.calls.length;
    const responses = app.slack.responses.length;
    const answers = [
      await command(PRIYA.id, '/mentor-checkin', `<@${ADA.id}|ada> call 20 ${WORDS}`, { team_id: FOREIGN_TEAM }),
      await command(ADA.id, '/mentor-request', WORDS, { team_id: FOREIGN_TEAM }),
      // Our team's id, but another org's.
      await command(ADA.id, '/mentor-request', WORDS, { team_id: app.slack.bot.teamId, enterprise_id: FOREIGN_ORG }),
      await interaction({
        type: 'view_submission', team: { id: FOREIGN_TEAM, domain: 'elsewhere' }, user: { id: PRIYA.id, team_id: FOREIGN_TEAM }, api_app_id: app.slack.bot.appId, trigger_id: app.slack.newTriggerId(PRIYA.id),
        view: { id: 'VFOREIGN1', type: 'modal', callback_id: 'checkin_modal', team_id: FOREIGN_TEAM, private_metadata: '', blocks: [], state: { values: {
          checkin_mentees: { checkin_mentees_input: { type: 'multi_static_select', selected_options: [{ value: ADA.id, text: { type: 'plain_text', text: ADA.id } }] } },
          checkin_kind: { checkin_kind_input: { type: 'static_select', selected_option: { value: 'call', text: { type: 'plain_text', text: 'call' } } } },
          checkin_mode: { checkin_mode_input: { type: 'radio_buttons', selected_option: { value: 'individual', text: { type: 'plain_text', text: 'individual' } } } },
          checkin_date: { checkin_date_input: { type: 'datepicker', selected_date: dateInZone(new Date(), 'America/Chicago') } },
          checkin_minutes: { checkin_minutes_input: { type: 'number_input', value: '20' } },
          checkin_note: { checkin_note_input: { type: 'plain_text_input', value: WORDS } },
        } } },
        response_urls: [],
      }),
      await interaction({
        type: 'block_actions', team: { id: FOREIGN_TEAM, domain: 'elsewhere' }, user: { id: ADA.id, team_id: FOREIGN_TEAM }, api_app_id: app.slack.bot.appId, trigger_id: app.slack.newTriggerId(ADA.id),
        container: { type: 'view', view_id: `VH${ADA.id}` }, view: { id: `VH${ADA.id}`, type: 'home', blocks: [], state: { values: {} }, hash: 'h', private_metadata: '' },
        actions: [{ type: 'button', action_id: 'goals_home_open', block_id: 'home_actions', value: 'goals_home_open', action_ts: `${Date.now() / 1000}` }],
      }),
      await event(FOREIGN_TEAM, null, { type: 'app_home_opened', user: ADA.id, channel: `D${ADA.id}`, tab: 'home', event_ts: `${Date.now() / 1000}` }),
      await event(app.slack.bot.teamId, FOREIGN_ORG, { type: 'app_home_opened', user: PRIYA.id, channel: `D${PRIYA.id}`, tab: 'home', event_ts: `${Date.now() / 1000}` }),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.text).toBe('');
      expect(answer.ms).toBeLessThan(3_000);
    }
    await expect.poll(() => ignored().length).toBe(answers.length);
    // Give anything that might still run after the answers a moment, then look: nothing happened.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(app.slack.calls.slice(calls).map((c) => c.method)).toEqual([]);
    expect(app.slack.responses.slice(responses)).toEqual([]);
    expect(await stored()).toEqual(before);
    expect(ignored()[0]).toMatchObject({ level: 'warn', teamId: FOREIGN_TEAM, kind: '/mentor-checkin' });
    expect(ignored()[2]).toMatchObject({ teamId: app.slack.bot.teamId, enterpriseId: FOREIGN_ORG });
    expect(JSON.stringify(app.logs)).not.toContain(WORDS);
  });

  it('still serves its own workspace: the same commands act', async () => {
    const before = await stored();
    const opened = app.slack.callsTo('views.open').length;
    expect((await as(ADA.id).command('/mentor-request', 'hello')).status).toBe(200);
    await app.slack.waitForCall('views.open', () => true, 3_000, opened + 1);
    await as(PRIYA.id).command('/mentor-checkin', `<@${ADA.id}|ada> call 20`);
    await expect.poll(async () => (await stored()).contacts).toBe(before.contacts + 1);
  });
});
