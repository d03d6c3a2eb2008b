import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorsOf, type As } from '../support/actor.js';
import { startApp, type ServedApp } from '../support/app-harness.js';
import { commandAnswer } from '../support/command-answer.js';
import { CAST, aCohort, seedProgram, slackUsersOf } from '../support/program-fixture.js';
import { envFor, runCliProcess } from '../support/run-cli-process.js';

const CHICAGO = 'America/Chicago';
const { admin: ADMIN, priya: PRIYA, omar: OMAR, ben: BEN } = CAST;
const BEN_EMAIL = 'ben@school.example';
const OMAR_EMAIL = 'omar@school.example';
const PROGRAM = { ...aCohort({ ben: { email: BEN_EMAIL }, omar: { email: OMAR_EMAIL } }), slackOnly: [ADMIN] };
const ENV = { ADMIN_USER_IDS: ADMIN.id, PROGRAM_TIMEZONE: CHICAGO, QUIET_HOURS: 'off' };
const BEN_WORDS = 'QZE-BEN-DESCRIPTION-4401';
const OMAR_WORDS = 'QZE-OMAR-AWAY-4402';

// In order: the summary, the export, the forget from Slack; then the command line.
describe('/mentor-admin person and npm run person end to end', () => {
  let app: ServedApp;
  let as: As;
  const textOf = (body: Record<string, unknown>) => JSON.stringify(body);

  beforeAll(async () => {
    app = await startApp({ label: 'person', served: true, users: slackUsersOf(PROGRAM), env: ENV });
    as = actorsOf(app);
    await seedProgram(app.stores.roster, PROGRAM);
    const sent = await as(BEN).command('/mentor-request');
    expect(sent.status).toBe(200);
    await app.slack.waitForCall('views.open', (a) => JSON.stringify(a['view']).includes('request_description'));
    const chosen = (type: string, value: string) => ({ type, selected_option: { value, text: { type: 'plain_text', text: value } } });
    await as(BEN).submit('request_submit', {
      request_topic: { request_topic_select: chosen('static_select', 'study_tips') },
      request_urgency: { request_urgency_radio: chosen('radio_buttons', 'routine') },
      request_reach: { request_reach_radio: chosen('radio_buttons', 'slack') },
      request_description: { request_description_input: { type: 'plain_text_input', value: BEN_WORDS } },
    });
    await app.slack.waitFor(() => app.slack.messages.find((m) => JSON.stringify(m.blocks).includes(BEN_WORDS)), 5_000, 'Ben’s request card');
    await app.stores.away.create({ mentorId: OMAR.id, start: '2026-10-07', end: '2026-10-09', timezone: CHICAGO, note: OMAR_WORDS, tellMentees: false, createdAt: new Date(), sourceKey: 'e2e:away' });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('answers an admin with what is held, by kind, with Export and Forget; refuses anyone else and bad names', async () => {
    const refused = await commandAnswer(app.slack, () => as(PRIYA).command('/mentor-admin', `person <@${BEN.id}|ben>`));
    expect(refused.text).toContain('`/mentor-admin` is for the program coordinators');
    const bad = await commandAnswer(app.slack, () => as(ADMIN).command('/mentor-admin', 'person ben mentee'));
    expect(bad.text).toContain('Please name one person');
    const unknown = await commandAnswer(app.slack, () => as(ADMIN).command('/mentor-admin', 'person nobody@school.example'));
    expect(unknown.text).toContain('No one in the roster or the workspace has the e-mail nobody@school.example');

    const summary = await commandAnswer(app.slack, () => as(ADMIN).command('/mentor-admin', `person <@${BEN.id}|ben>`));
    expect(summary.ack.ms).toBeLessThan(3_000);
    const blocks = textOf(summary.body);
    expect(blocks).toContain('What the app holds about* *Ben Mentee*');
    expect(blocks).toContain('requests made: 1');
    expect(blocks).toContain('the app’s Slack messages carrying their words: 1');
    expect(blocks).toContain('"action_id":"person_export"');
    expect(blocks).toContain('"action_id":"person_forget"');
    expect(blocks).not.toContain(BEN_WORDS);
    const byEmail = await commandAnswer(app.slack, () => as(ADMIN).command('/mentor-admin', `person <mailto:${BEN_EMAIL}|${BEN_EMAIL}>`));
    expect(textOf(byEmail.body)).toContain('*Ben Mentee*');
  });

  it('sends the admin a JSON file of everything held on Export, and records it', async () => {
    const refused = await as(PRIYA).click('person_export', BEN.id);
    expect(refused.status).toBe(200);
    await as(ADMIN).click('person_export', BEN.id);
    const upload = await app.slack.waitFor(() => app.slack.uploads.find((u) => u.filename.startsWith(`person-${BEN.id}-`) && u.channel !== undefined), 5_000, 'the JSON file');
    expect(upload.channel).toBe(app.slack.dmWith(ADMIN.id)?.id);
    const json = JSON.parse(upload.content.toString('utf8')) as { person: string; records: Record<string, unknown[]> };
    expect(json.person).toBe(BEN.id);
    expect(json.records['requests made']).toEqual([expect.objectContaining({ description: BEN_WORDS })]);
    expect(app.slack.uploads.filter((u) => u.filename.startsWith('person-'))).toHaveLength(1);
    const audit = await app.stores.audit.findBetween(new Date(0), new Date('2100-01-01'));
    expect(audit.map((e) => [e.actor, e.action, e.subject])).toEqual([[ADMIN.id, 'person-export', BEN.id]]);
  });

  it('asks to confirm Forget naming what will go, then forgets: the card deleted, the words erased, the name replaced', async () => {
    await as(ADMIN).click('person_forget', BEN.id);
    const opened = await app.slack.waitForCall('views.open', (a) => JSON.stringify(a['view']).includes('person_forget_confirm'));
    const modal = JSON.stringify(opened.args['view']);
    expect(modal).toContain('Former participant #n');
    expect(modal).toContain('request descriptions');
    expect(modal).toContain('1 message the app posted with their words is deleted from Slack');
    expect(await app.database.connection.db!.collection('people').findOne({ _id: BEN.id as never })).toMatchObject({ name: 'Ben Mentee' });

    const answer = await as(ADMIN).submit('person_forget_confirm', {});
    expect(answer.json?.['response_action']).toBe('update');
    const done = await app.slack.waitForCall('views.update', (a) => JSON.stringify(a['view']).includes('is forgotten'), 5_000);
    expect(JSON.stringify(done.args['view'])).toContain(`<@${BEN.id}> is forgotten`);
    expect(app.slack.callsTo('chat.delete')).toHaveLength(1);
    expect(JSON.stringify(app.slack.messages)).not.toContain(BEN_WORDS);
    expect(await app.database.connection.db!.collection('people').findOne({ _id: BEN.id as never })).toMatchObject({ name: 'Former participant #1' });
    expect(await app.database.connection.db!.collection('requests').countDocuments({ menteeId: BEN.id, description: '' })).toBe(1);
    const after = await commandAnswer(app.slack, () => as(ADMIN).command('/mentor-admin', `person <@${BEN.id}|ben>`));
    expect(textOf(after.body)).toContain('*Former participant #1*');
    expect(textOf(after.body)).not.toContain('messages carrying their words');
    const audit = await app.stores.audit.findBetween(new Date(0), new Date('2100-01-01'));
    expect(audit.map((e) => [e.actor, e.action, e.subject])).toContainEqual([ADMIN.id, 'person-forget', BEN.id]);
  });

  it('exports and forgets from the command line, asking for --yes without a terminal', async () => {
    const env = envFor(app, ENV);
    const exported = await runCliProcess('src/cli/person.ts', ['export', OMAR_EMAIL], env);
    expect(exported.code).toBe(0);
    expect((JSON.parse(exported.stdout) as { records: Record<string, unknown[]> }).records['time away']).toEqual([expect.objectContaining({ note: OMAR_WORDS })]);

    const unconfirmed = await runCliProcess('src/cli/person.ts', ['forget', OMAR.id], env);
    expect(unconfirmed.code).toBe(2);
    expect(unconfirmed.stderr).toContain('run again with --yes');
    expect(unconfirmed.stderr).toContain('replace their name with "Former participant #n"');
    expect(await app.database.connection.db!.collection('away').countDocuments({ note: OMAR_WORDS })).toBe(1);

    const forgotten = await runCliProcess('src/cli/person.ts', ['forget', OMAR.id, '--yes'], env);
    expect(forgotten.code).toBe(0);
    expect(await app.database.connection.db!.collection('away').countDocuments({ note: OMAR_WORDS })).toBe(0);
    expect(await app.database.connection.db!.collection('people').findOne({ _id: OMAR.id as never })).toMatchObject({ name: 'Former participant #2' });
    const audit = await app.stores.audit.findBetween(new Date(0), new Date('2100-01-01'));
    expect(audit.filter((e) => e.subject === OMAR.id).map((e) => [e.actor.startsWith('cli:'), e.action])).toEqual([
      [true, 'person-export'],
      [true, 'person-forget'],
    ]);

    const usage = await runCliProcess('src/cli/person.ts', ['erase', OMAR.id], env);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('usage: npm run person -- export');
  }, 120_000);
});
