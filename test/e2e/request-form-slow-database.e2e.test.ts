import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/env.js';
import type { Feature } from '../../src/features/feature.js';
import type { RequestHelp, StoreRequestOutcome } from '../../src/features/requests/request-help.js';
import { registerRequestViews } from '../../src/features/requests/slack/register-request-views.js';
import { requestCommandRoutes } from '../../src/features/requests/slack/request-command.js';
import { createLogger } from '../../src/log/logger.js';
import { isDatabaseUnavailableError } from '../../src/program/store/database.js';
import type { HelpRequest } from '../../src/program/records/request.js';
import { createSlackApp, type SlackApp } from '../../src/slack/create-slack-app.js';
import { actorsOf, chosen, SIGNING_SECRET, type As } from '../support/actor.js';
import { FakeSlack } from '../../src/demo/slack-simulator/fake-slack.js';

const MENTEE = { id: 'U0SLOWMENT', name: 'Sam Slow' };
const SUPPORT = 'Call the counselling service on 555-0100, day or night.';

/**
 * The request form against a database slower than Slack's 3 seconds: the real Slack shell and request listeners, the
 * fake Slack, and use cases whose store takes as long as each test says (the rest of the request's life is tested
 * against the real stores in request-help.e2e.test.ts).
 */
describe('the request form when the database is slow', () => {
  let slack: FakeSlack;
  let shell: SlackApp;
  let as: As;
  let storeMs = 0;
  let storeFails = false;
  const sent: StoreRequestOutcome[] = [];

  const services: Pick<RequestHelp, 'startRequest' | 'storeRequest' | 'sendRequest'> = {
    startRequest: async () => ({ kind: 'form', offerMdphd: false, replyHours: 24, emailReplyHours: 48 }),
    storeRequest: async (input, now) => {
      await new Promise((resolve) => setTimeout(resolve, storeMs));
      if (storeFails) throw Object.assign(new Error('server selection timed out'), { name: 'MongoServerSelectionError' });
      const request = { id: `r-${input.viewId}`, menteeId: input.menteeId, mentorIds: ['U0MENTOR01'], createdAt: now } as unknown as HelpRequest;
      return { kind: 'stored', request, created: true, card: { request, zones: new Map() }, facultyIds: [] };
    },
    sendRequest: async (stored) => {
      sent.push(stored);
      return stored.kind === 'stored' ? { kind: 'sent', request: stored.request, created: true, affected: [] } : { kind: 'refused', reason: stored.reason };
    },
  };

  beforeAll(async () => {
    slack = await new FakeSlack([MENTEE]).start();
    const config = loadConfig({ SLACK_BOT_TOKEN: slack.token, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl, PORT: '0', MONGODB_URI: 'mongodb://127.0.0.1:9/unused' });
    const logger = createLogger({ level: 'error', json: true, secrets: [], stream: new Writable({ write: (_c, _e, done) => done() }) });
    const requests: Feature = {
      name: 'requests',
      register(app) {
        registerRequestViews(app, { services, logger, supportResourcesText: SUPPORT });
      },
      commands: [{ command: '/mentor-request', routes: requestCommandRoutes(services) }],
    };
    shell = createSlackApp({ config, logger, bot: { botId: slack.bot.botId, botUserId: slack.bot.userId, teamId: slack.bot.teamId }, features: [requests], isHealthy: async () => true, isDatabaseUnavailableError });
    const port = await shell.start();
    as = actorsOf({ baseUrl: `http://127.0.0.1:${port}`, slack });
  });
  afterAll(async () => {
    await shell?.stop(1_000);
    await slack?.stop();
  });

  const values = (topic: string, urgency: string) => ({
    request_topic: { request_topic_select: chosen('static_select', topic) },
    request_urgency: { request_urgency_radio: chosen('radio_buttons', urgency) },
    request_reach: { request_reach_radio: chosen('radio_buttons', 'slack') },
    request_description: { request_description_input: { type: 'plain_text_input', value: 'Any tips for anatomy lab?' } },
  });
  const openForm = async () => {
    const before = slack.callsTo('views.open').length;
    expect((await as(MENTEE.id).command('/mentor-request')).status).toBe(200);
    await slack.waitForCall('views.open', () => true, 3_000, before + 1);
    return [...slack.views.keys()].at(-1)!;
  };
  const updatesOf = (viewId: string) => slack.callsTo('views.update').filter((c) => c.args['view_id'] === viewId);
  const callbackOf = (view: unknown) => (typeof view === 'string' ? (JSON.parse(view) as { callback_id: string }) : (view as { callback_id: string })).callback_id;

  it('closes the form as usual when the request is stored in time', async () => {
    storeMs = 50;
    const viewId = await openForm();
    const answer = await as(MENTEE.id).submit('request_submit', values('study_tips', 'routine'), { viewId });
    expect(answer.status).toBe(200);
    expect(answer.json).toBeUndefined();
    expect(updatesOf(viewId)).toEqual([]);
  });

  it('says "Sending…" within Slack’s 3 seconds, then that the request is saved, and only then sends it', async () => {
    storeMs = 3_500;
    sent.length = 0;
    const viewId = await openForm();
    const answer = await as(MENTEE.id).submit('request_submit', values('study_tips', 'routine'), { viewId });
    expect(answer.status).toBe(200);
    expect(answer.ms).toBeLessThan(3_000);
    expect(answer.json).toMatchObject({ response_action: 'update', view: { callback_id: 'request_saving' } });
    expect(JSON.stringify(answer.json)).toContain('Saving your request');
    expect(sent).toEqual([]);
    const saved = await slack.waitForCall('views.update', (args) => args['view_id'] === viewId, 10_000);
    expect(callbackOf(saved.args['view'])).toBe('request_saved');
    expect(JSON.stringify(saved.args['view'])).toContain('saved and on its way');
    await expect.poll(() => sent.length).toBe(1);
  });

  it('shows the support resources at once when urgent, saying the request is being saved, then that it went', async () => {
    storeMs = 3_500;
    sent.length = 0;
    const viewId = await openForm();
    const answer = await as(MENTEE.id).submit('request_submit', values('balance_wellbeing', 'urgent'), { viewId });
    expect(answer.ms).toBeLessThan(3_000);
    expect(answer.json).toMatchObject({ response_action: 'update', view: { callback_id: 'request_saving' } });
    expect(JSON.stringify(answer.json)).toContain(SUPPORT);
    const done = await slack.waitForCall('views.update', (args) => args['view_id'] === viewId, 10_000);
    expect(callbackOf(done.args['view'])).toBe('request_support');
    expect(JSON.stringify(done.args['view'])).toContain(SUPPORT);
    expect(JSON.stringify(done.args['view'])).toContain('has gone to your mentors');
    await expect.poll(() => sent.length).toBe(1);
  });

  it('ends "Sending…" with a clear failure and a reference when the store fails, and sends nothing', async () => {
    storeMs = 3_500;
    storeFails = true;
    sent.length = 0;
    const viewId = await openForm();
    const answer = await as(MENTEE.id).submit('request_submit', values('study_tips', 'routine'), { viewId });
    expect(answer.json).toMatchObject({ response_action: 'update', view: { callback_id: 'request_saving' } });
    const failed = await slack.waitForCall('views.update', (args) => args['view_id'] === viewId, 10_000);
    expect(JSON.stringify(failed.args['view'])).toMatch(/nothing was saved/i);
    expect(JSON.stringify(failed.args['view'])).toMatch(/[A-HJ-NP-Z2-9]{6}/);
    expect(sent).toEqual([]);
    storeFails = false;
  });
});
