import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chosen, commandPayload, eventCallback, submissionPayload } from '../support/actor.js';
import { startApp, type ServedApp } from '../support/app-harness.js';
import { CAST, aCohort, aProgram, seedProgram, slackUsersOf } from '../support/program-fixture.js';

const { admin: ADMIN, ada: ADA } = CAST;
const PROGRAM = { ...aProgram(aCohort()), slackOnly: [ADMIN] };
const ENV = { ADMIN_USER_IDS: ADMIN.id, PROGRAM_TIMEZONE: 'America/Chicago', QUIET_HOURS: 'off' };
const LINK = /https?:\/\/[^\s|>]+\/dashboard\/sign-in\?token=[\w%-]+/;

// The app through its composition root in Socket Mode (SLACK_APP_TOKEN set, no signing secret) against the Slack
// simulator: it connects over a WebSocket, takes commands, interactions and events as envelopes and acks them there,
// and serves /healthz and the dashboard on its own HTTP port. The tests run in order on one app.
describe('Socket Mode: the app connects to Slack, acks envelopes, and serves its pages on its HTTP port', () => {
  let app: ServedApp;
  let stopped = false;

  /** A slash command as an envelope: the ack, and how long it took. */
  const command = async (userId: string, name: string, text = '') => {
    const started = Date.now();
    const ack = await app.slack.sendEnvelope('slash_commands', commandPayload(app.slack, userId, name, text));
    return { ...ack, ms: Date.now() - started };
  };

  beforeAll(async () => {
    app = await startApp({ label: 'socket-mode-e2e', served: true, socketMode: true, users: slackUsersOf(PROGRAM), env: ENV });
    await seedProgram(app.stores.roster, PROGRAM);
  }, 30_000);
  afterAll(async () => {
    if (!stopped) await app?.stop();
  });

  it('asks the Slack that SLACK_API_URL names for a socket with the app-level token, connects, and is greeted', () => {
    const opened = app.slack.callsTo('apps.connections.open');
    expect(opened).toHaveLength(1);
    expect(opened[0]!.token).toBe(app.slack.appToken);
    expect(app.slack.callsTo('socket_mode.hello')).toHaveLength(1);
    expect(app.slack.socketModeConnections).toBe(1);
    expect(app.port).toBeGreaterThan(0);
    expect(app.logs.find((l) => l.message === 'Peer Mentor is running')).toMatchObject({ mode: 'socket', port: app.port });
  });

  it('answers /healthz on its own HTTP port', async () => {
    const health = await app.get('/healthz');
    expect(health.status).toBe(200);
    expect(health.json).toEqual({ status: 'ok', database: 'up' });
    expect((await app.get('/slack/events')).status).toBe(404);
  });

  it('acks `help` within 3 s with the command’s help, carried in the ack', async () => {
    const ack = await command(ADA.id, '/mentor-request', 'help');
    expect(ack.ms).toBeLessThan(3_000);
    expect(ack.payload?.['response_type']).toBe('ephemeral');
    expect(String(ack.payload?.['text'])).toContain('`/mentor-request help`');
    expect(app.slack.callsTo('socket_mode.slash_commands').at(-1)?.args['ack']).toEqual(ack.payload);
  });

  it('opens the request form for /mentor-request, and a submission with gaps comes back as errors in the ack', async () => {
    const ack = await command(ADA.id, '/mentor-request');
    expect(ack.ms).toBeLessThan(3_000);
    await app.slack.waitForCall('views.open', (args) => (args['view'] as { callback_id?: string }).callback_id === 'request_submit');
    const submission = submissionPayload(app.slack, ADA.id, 'request_submit', {
      request_topic: { request_topic_select: { type: 'static_select', selected_option: null } },
      request_urgency: { request_urgency_radio: chosen('radio_buttons', 'routine') },
      request_reach: { request_reach_radio: chosen('radio_buttons', 'slack') },
      request_description: { request_description_input: { type: 'plain_text_input', value: ' ' } },
    });
    const refused = await app.slack.sendEnvelope('interactive', submission);
    expect(refused.payload).toMatchObject({ response_action: 'errors', errors: { request_topic: 'Please choose a topic.' } });
    expect(await app.database.connection.collection('requests').countDocuments({ menteeId: ADA.id })).toBe(0);
  });

  it('acks an event at once and acts on it: opening Home draws it', async () => {
    const before = app.slack.callsTo('views.publish').length;
    const ack = await app.slack.sendEnvelope('events_api', eventCallback(app.slack, { type: 'app_home_opened', user: ADA.id, channel: `D${ADA.id}`, tab: 'home', event_ts: `${Date.now() / 1000}` }));
    expect(ack.payload ?? {}).toEqual({});
    await app.slack.waitForCall('views.publish', (args) => args['user_id'] === ADA.id, 5_000, before + 1);
  });

  it('serves the dashboard: not signed in, a link by DM from an envelope, and the link signs in on the app’s port', async () => {
    const anonymous = await app.get('/dashboard');
    expect(anonymous.status).toBe(401);
    expect(anonymous.text).toContain('Please sign in');

    const repliesBefore = app.slack.responses.length;
    const ack = await command(ADMIN.id, '/mentor-admin', 'dashboard');
    expect(ack.ms).toBeLessThan(3_000);
    // The answer comes in the ack, or is posted to the command's response URL.
    const answered = String(ack.payload?.['text'] ?? '') || String((await app.slack.waitFor(() => app.slack.responses[repliesBefore], 3_000, 'the reply')).body['text']);
    expect(answered).toContain('sent you a sign-in link by DM');
    const dm = await app.slack.waitFor(() => app.slack.dmsTo(ADMIN.id).find((m) => LINK.test(m.text)), 5_000, 'the sign-in link DM');
    const link = new URL(LINK.exec(dm.text)![0]);

    const page = await app.get(`${link.pathname}${link.search}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Sign in');
    const signedIn = await fetch(`${app.baseUrl}/dashboard/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token: link.searchParams.get('token')! }).toString(),
      redirect: 'manual',
    });
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.get('location')).toBe('/dashboard');
    const cookie = signedIn.headers.get('set-cookie')!.split(';')[0]!;
    expect(cookie).toMatch(/^pm_dashboard=[\w-]+$/);
    const dashboard = await fetch(`${app.baseUrl}/dashboard`, { headers: { cookie } });
    expect(dashboard.status).toBe(200);
    expect(await dashboard.text()).toContain('The whole program');
  });

  it('reconnects with a new URL when Slack asks it to, and keeps taking envelopes', async () => {
    app.slack.askAppToReconnect();
    await app.slack.waitFor(() => app.slack.callsTo('socket_mode.hello').length === 2, 15_000, 'the app to reconnect');
    expect(app.slack.callsTo('apps.connections.open')).toHaveLength(2);
    expect(app.slack.socketModeConnections).toBe(1);
    const ack = await command(ADA.id, '/mentor-request', 'help');
    expect(String(ack.payload?.['text'])).toContain('`/mentor-request help`');
  }, 20_000);

  it('closes the socket with a normal closure when it stops', async () => {
    const closedBefore = app.slack.callsTo('socket_mode.closed').length;
    stopped = true;
    await app.stop();
    const closed = app.slack.callsTo('socket_mode.closed').slice(closedBefore);
    expect(closed.map((c) => c.args['code'])).toEqual([1000]);
    expect(app.slack.socketModeConnections).toBe(0);
    await expect(fetch(`${app.baseUrl}/healthz`)).rejects.toThrow();
  });
});

describe('Socket Mode with an app-level token Slack refuses', () => {
  it('stops the start with a message naming the token and Slack’s answer', async () => {
    const start = startApp({ label: 'socket-mode-refused', served: true, socketMode: true, env: { SLACK_APP_TOKEN: 'xapp-1-not-the-simulators-token' } });
    await expect(start).rejects.toThrow(/Slack did not accept SLACK_APP_TOKEN at http:\/\/127\.0\.0\.1:\d+\/api\/ \(apps\.connections\.open: invalid_auth\)/);
  });
});
