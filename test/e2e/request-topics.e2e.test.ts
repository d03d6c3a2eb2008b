import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/env.js';
import { createMessenger } from '../../src/delivery/slack/messenger.js';
import type { Feature } from '../../src/features/feature.js';
import { FEATURE_SETTINGS } from '../../src/features/index.js';
import { createLogger } from '../../src/log/logger.js';
import type { PairTrack, TrackPair } from '../../src/program/pairs.js';
import { connectDatabase, isDatabaseUnavailableError, type Database } from '../../src/program/store/database.js';
import type { TrackDeclaration } from '../../src/program/tracks.js';
import { createSlackApp, createWebClient, type SlackApp } from '../../src/slack/create-slack-app.js';
import { actorsOf, chosen, SIGNING_SECRET, type As, type StateValues } from '../support/actor.js';
import { uniqueDatabaseUri } from '../support/database.js';
import { FakeSlack } from '../../src/demo/slack-simulator/fake-slack.js';
import { seedProgram, slackUsersOf, type PersonSpec } from '../support/program-fixture.js';
import { createTestFeatures, createTestStores, type TestStores } from '../support/use-cases.js';

const [OTTO, MORGAN, PRIYA, FAC] = ['U0OTTO001', 'U0MORGAN1', 'U0PRIYA01', 'U0FACUL01'];
const SUPPORT = 'Call the counselling service on 555-0100, day or night.';

/** A track of this test's own: one-to-one pairs, with its own request topics (one about well-being). */
const OUTREACH: TrackDeclaration = {
  name: 'outreach',
  adjective: 'outreach',
  roles: { mentee: { years: 'any', group: 'blank' }, peer_mentor: { years: 'any', group: 'blank' } },
  groups: { formed: 'pairs' },
  requestTopics: [
    { value: 'mcat', label: 'MCAT' },
    { value: 'mock_interview', label: 'Mock interview' },
    { value: 'worries', label: 'Worries and stress', wellbeing: true },
  ],
};
const PAIR: TrackPair = { track: 'outreach', mentorId: MORGAN, menteeId: OTTO, pairKey: 'otto', version: 1, label: 'outreach pair' };
const outreachPairs: PairTrack = {
  track: 'outreach',
  words: { mentor: 'outreach mentor', waiting: 'A coordinator pairs you with a mentor soon.', office: 'the outreach coordinators', noAlternatives: 'Pairs change on the roster.' },
  findCurrentPairs: async (filter) => [PAIR].filter((p) => (filter.menteeIds ?? []).includes(p.menteeId) || (filter.mentorIds ?? []).includes(p.mentorId)),
  officeChannelId: undefined,
  rankAlternatives: async () => [],
  reassign: async () => ({ created: false }),
  introduceNewPairs: async () => undefined,
};
const outreachFeature: Feature = { name: 'outreach', tracks: [OUTREACH], pairTracks: [outreachPairs] };

const people: PersonSpec[] = [
  // Otto is a cohort mentee (of Blue) and, on the side, an outreach mentee of Morgan's.
  { id: OTTO, name: 'Otto Both', roles: ['mentee'], tracks: [{ track: 'cohort', role: 'mentee' }, { track: 'outreach', role: 'mentee' }] },
  { id: MORGAN, name: 'Morgan Outreach', roles: ['peer_mentor'], tracks: [{ track: 'outreach', role: 'peer_mentor' }] },
  { id: PRIYA, name: 'Priya Pair', roles: ['peer_mentor'] },
  { id: FAC, name: 'Dr. Faculty', roles: ['faculty'] },
];

type Option = { value: string; text: { text: string } };
type Block = { block_id?: string; dispatch_action?: boolean; element?: { options?: Option[]; initial_option?: { value: string }; initial_value?: string } };
const blocksOf = (view: unknown): Block[] => ((typeof view === 'string' ? JSON.parse(view) : view) as { blocks: Block[] }).blocks;
const topicBlockOf = (view: unknown) => blocksOf(view).find((b) => b.block_id?.startsWith('request_topic'))!;

/**
 * A track's own request topics, from the mentee's side: the real features with a track declared only here (through the
 * features' `tracks` and `pairTracks` registries), the real Slack shell over HTTP, the fake Slack, and FerretDB.
 */
describe('a track’s own request topics in /mentor-request, end to end', () => {
  let slack: FakeSlack;
  let database: Database;
  let stores: TestStores;
  let shell: SlackApp;
  let as: As;

  beforeAll(async () => {
    slack = await new FakeSlack(slackUsersOf({ people })).start();
    const env = { SLACK_BOT_TOKEN: slack.token, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl, PORT: '0', MONGODB_URI: uniqueDatabaseUri('request-topics'), SUPPORT_RESOURCES_TEXT: SUPPORT };
    const config = loadConfig(env, FEATURE_SETTINGS);
    const logger = createLogger({ level: 'error', json: true, secrets: [], stream: new Writable({ write: (_c, _e, done) => done() }) });
    database = await connectDatabase({ uri: config.mongodbUri, dataDir: '.data', logger });
    await database.connection.syncIndexes();
    stores = createTestStores(database.connection);
    const messenger = createMessenger(createWebClient(config, logger));
    const features = createTestFeatures({ config, logger, database, stores, messenger, extraFeatures: () => ({ outreach: outreachFeature }) });
    await seedProgram(stores.roster, { people, groups: [{ name: 'Blue-Faculty', mentors: [PRIYA], mentees: [OTTO], faculty: [FAC] }] });
    shell = createSlackApp({ config, logger, bot: { botId: slack.bot.botId, botUserId: slack.bot.userId, teamId: slack.bot.teamId }, features: Object.values(features), isHealthy: async () => true, isDatabaseUnavailableError });
    const port = await shell.start();
    as = actorsOf({ baseUrl: `http://127.0.0.1:${port}`, slack });
  });
  afterAll(async () => {
    await shell?.stop(1_000);
    await database?.connection.dropDatabase().catch(() => undefined);
    await database?.close();
    await slack?.stop();
  });

  const openForm = async () => {
    const before = slack.callsTo('views.open').length;
    expect((await as(OTTO).command('/mentor-request', 'help me get ready')).status).toBe(200);
    const opened = await slack.waitForCall('views.open', () => true, 3_000, before + 1);
    return { viewId: [...slack.views.keys()].at(-1)!, view: opened.args['view'] };
  };
  const values = (topicBlock: string, topic: string, audience: string, urgency = 'routine'): StateValues => ({
    [topicBlock]: { request_topic_select: chosen('static_select', topic) },
    request_urgency: { request_urgency_radio: chosen('radio_buttons', urgency) },
    request_reach: { request_reach_radio: chosen('radio_buttons', 'slack') },
    request_audience: { request_audience_radio: chosen('radio_buttons', audience) },
    request_description: { request_description_input: { type: 'plain_text_input', value: 'help me get ready' } },
  });
  const requestsOfOtto = async () => (await stores.requests.findAwaitingFor(OTTO)).length;

  it('opens on the Mentor Pair’s topics, and redraws the outreach track’s own when Otto chooses his outreach mentor', async () => {
    const { viewId, view } = await openForm();
    const choice = blocksOf(view).find((b) => b.block_id === 'request_audience')!;
    expect(choice.dispatch_action).toBe(true);
    expect(choice.element?.options?.map((o) => o.value)).toEqual(['cohort', 'outreach']);
    expect(topicBlockOf(view).block_id).toBe('request_topic');
    expect(topicBlockOf(view).element?.options?.map((o) => o.text.text)).toContain('Residency application');

    const before = slack.callsTo('views.update').length;
    const answer = await as(OTTO).choose(viewId, 'request_audience', 'request_audience_radio', chosen('radio_buttons', 'outreach'), {
      request_description: { request_description_input: { type: 'plain_text_input', value: 'help me get ready for interviews' } },
    });
    expect(answer.status).toBe(200);
    const redrawn = await slack.waitForCall('views.update', (args) => args['view_id'] === viewId, 3_000, before + 1);
    const topics = topicBlockOf(redrawn.args['view']);
    expect(topics.block_id).toBe('request_topic:outreach');
    expect(topics.element?.options?.map((o) => [o.value, o.text.text])).toEqual([
      ['mcat', 'MCAT'],
      ['mock_interview', 'Mock interview'],
      ['worries', 'Worries and stress'],
    ]);
    const redrawnChoice = blocksOf(redrawn.args['view']).find((b) => b.block_id === 'request_audience')!;
    expect(redrawnChoice.element?.initial_option?.value).toBe('outreach');
    expect(blocksOf(redrawn.args['view']).find((b) => b.block_id === 'request_description')?.element?.initial_value).toBe('help me get ready for interviews');
  });

  it('refuses a topic the chosen audience’s track does not offer, in the form, and stores nothing', async () => {
    const { viewId } = await openForm();
    const foreign = await as(OTTO).submit('request_submit', values('request_topic:outreach', 'study_tips', 'outreach'), { viewId });
    expect(foreign.json).toMatchObject({ response_action: 'errors' });
    const error = String((foreign.json?.['errors'] as Record<string, string>)['request_topic:outreach']);
    expect(error).toContain('“Study tips” isn’t one of the topics for the mentors you chose');
    expect(error).toContain('MCAT, Mock interview, Worries and stress');
    const toPair = await as(OTTO).submit('request_submit', values('request_topic', 'mcat', 'cohort'), { viewId });
    expect(String((toPair.json?.['errors'] as Record<string, string>)['request_topic'])).toContain('“MCAT” isn’t one of the topics');
    expect(await requestsOfOtto()).toBe(0);
  });

  it('sends a track topic to the track’s mentor, named in the track’s words, and treats its well-being topic as urgent well-being', async () => {
    const { viewId } = await openForm();
    const sent = await as(OTTO).submit('request_submit', values('request_topic:outreach', 'mcat', 'outreach'), { viewId });
    expect(sent.json).toBeUndefined();
    const posted = await slack.waitForCall('chat.postMessage', (args) => String(args['text']).includes('Request for help'));
    expect(String(posted.args['text'])).toContain('MCAT');
    const stored = await stores.requests.findAwaitingFor(OTTO);
    expect(stored.map((r) => [r.topic, r.audience, r.mentorIds])).toEqual([['mcat', 'outreach', [MORGAN]]]);

    const urgent = await openForm();
    const answer = await as(OTTO).submit('request_submit', values('request_topic:outreach', 'worries', 'outreach', 'urgent'), { viewId: urgent.viewId });
    expect(answer.json).toMatchObject({ response_action: 'update', view: { callback_id: 'request_support' } });
    expect(JSON.stringify(answer.json)).toContain(SUPPORT);
  });
});
