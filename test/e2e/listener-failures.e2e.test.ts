import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dateInZone } from '../../src/program/calendar-date.js';
import { actorsOf, chosen, type As } from '../support/actor.js';
import { startApp, type ServedApp } from '../support/app-harness.js';
import { commandAnswer } from '../support/command-answer.js';
import { CAST, aCohort, aProgram, seedProgram, slackUsersOf } from '../support/program-fixture.js';

const ZONE = 'America/Chicago';
const ADMIN = CAST.admin.id;
const [PRIYA, ADA, BEN] = [CAST.priya.id, CAST.ada.id, CAST.ben.id] as [string, string, string];
const PROGRAM = aProgram(aCohort(), { people: [], groups: [], slackOnly: [CAST.admin] });
/** The kind failure names a reference the person can quote. */
const REFERENCE = /reference ([A-HJ-NP-Z2-9]{6})/;
const SLACK_FAILS = { kind: 'error', error: 'internal_error' } as const;

describe('a listener that fails after its ack: the person gets a kind answer with a reference that is in the log', () => {
  let app: ServedApp;
  let as: As;
  beforeAll(async () => {
    app = await startApp({ label: 'failures', served: true, users: slackUsersOf(PROGRAM), env: { ADMIN_USER_IDS: ADMIN, PROGRAM_TIMEZONE: ZONE } });
    as = actorsOf(app);
    await seedProgram(app.stores.roster, PROGRAM);
  });
  afterAll(async () => {
    await app?.stop();
  });

  /** The reference in what the person was told, and the one log line that carries it (the failure, never their words). */
  const referenceIn = (told: string) => {
    const ref = REFERENCE.exec(told)?.[1];
    expect(ref, told).toBeDefined();
    const lines = app.logs.filter((l) => l['ref'] === ref);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 'error', message: 'a Slack listener failed', acked: true });
    return lines[0]!;
  };

  it('a command: the reply to the command, only to the person', async () => {
    app.slack.failNext('views.open', SLACK_FAILS);
    const answer = await commandAnswer(app.slack, () => as(ADA).command('/mentor-request', 'help me with Step 1'), { match: (t) => REFERENCE.test(t) });
    expect(answer.ack.status).toBe(200);
    expect(answer.ms).toBeLessThan(3_000);
    expect(answer.body['response_type']).toBe('ephemeral');
    expect(answer.text).toMatch(/^Sorry — something went wrong on my side/);
    const line = referenceIn(answer.text);
    expect(line).toMatchObject({ listener: 'command /mentor-request', user: ADA, error: { name: 'WebAPIPlatformError', code: 'slack_webapi_platform_error' } });
    expect(JSON.stringify(app.logs)).not.toContain('Step 1');
  });

  it('a button on a message: an ephemeral reply there', async () => {
    app.slack.failNext('views.open', SLACK_FAILS);
    const month = dateInZone(new Date(), ZONE).slice(0, 7);
    const replies = app.slack.responses.length;
    expect((await as(PRIYA).click('checkin_prompt_log', `${month}|${ADA}`)).status).toBe(200);
    const reply = await app.slack.waitFor(() => app.slack.responses.slice(replies).find((r) => REFERENCE.test(String(r.body['text']))), 3_000, 'the reply');
    expect(reply.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(referenceIn(String(reply.body['text']))).toMatchObject({ listener: 'action checkin_prompt_log', user: PRIYA });
  });

  it('a button on Home: a small modal where they clicked', async () => {
    app.slack.failNext('views.open', SLACK_FAILS);
    const opens = app.slack.callsTo('views.open').length;
    expect((await as(ADA).clickHome('home_ask_for_help')).status).toBe(200);
    const notice = await app.slack.waitForCall('views.open', () => true, 3_000, opens + 1);
    expect(notice.args['view']).toMatchObject({ type: 'modal', callback_id: 'failure_notice', title: { text: 'Something went wrong' } });
    expect(referenceIn(JSON.stringify(notice.args['view']))).toMatchObject({ listener: 'action home_ask_for_help', user: ADA });
  });

  it('a form that closed: a DM', async () => {
    const opens = app.slack.callsTo('views.open').length;
    await as(PRIYA).command('/mentor-checkin');
    await app.slack.waitForCall('views.open', () => true, 3_000, opens + 1);
    const viewId = as(PRIYA).lastModal()!.id;
    // The confirmation cannot be sent.
    app.slack.failNext('chat.postMessage', SLACK_FAILS);
    const answer = await as(PRIYA).submit(
      'checkin_modal',
      {
        checkin_mentees: { checkin_mentees_input: { type: 'multi_static_select', selected_options: [{ value: BEN, text: { type: 'plain_text', text: 'Ben' } }] } },
        checkin_kind: { checkin_kind_input: chosen('static_select', 'video') },
        checkin_mode: { checkin_mode_input: chosen('radio_buttons', 'individual') },
        checkin_date: { checkin_date_input: { type: 'datepicker', selected_date: dateInZone(new Date(), ZONE) } },
        checkin_minutes: { checkin_minutes_input: { type: 'number_input', value: '30' } },
        checkin_note: { checkin_note_input: { type: 'plain_text_input', value: 'Private words about the exam' } },
      },
      { viewId },
    );
    expect(answer.status).toBe(200);
    expect(answer.text).toBe('');
    const dm = await app.slack.waitFor(() => app.slack.dmsTo(PRIYA).find((m) => REFERENCE.test(m.text)), 3_000, 'the DM');
    expect(referenceIn(dm.text)).toMatchObject({ listener: 'view checkin_modal', user: PRIYA });
    expect(JSON.stringify(app.logs)).not.toContain('Private words');
  });

  it('a form that says "Checking…": the failure replaces it, so it never hangs', async () => {
    const opens = app.slack.callsTo('views.open').length;
    await as(ADMIN).command('/mentor-admin', 'import');
    await app.slack.waitForCall('views.open', () => true, 3_000, opens + 1);
    const viewId = as(ADMIN).lastModal()!.id;
    const file = app.slack.fileObject(app.slack.addFile({ id: 'F0ROSTER00', name: 'roster.csv', content: 'slack_id,name,role\nU0NEWADMIN,New Admin,admin\n', user: ADMIN }));
    app.slack.failNext('files.info', SLACK_FAILS);
    const answer = await as(ADMIN).submit(
      'admin_import',
      { admin_import_file: { admin_import_file_input: { type: 'file_input', files: [file] } }, admin_import_csv: { admin_import_csv_input: { type: 'plain_text_input', value: null } } },
      { viewId },
    );
    expect(answer.json).toMatchObject({ response_action: 'update', view: { title: { text: 'Checking…' } } });
    const updated = await app.slack.waitForCall('views.update', (args) => args['view_id'] === viewId, 3_000);
    expect(updated.args['view']).toMatchObject({ callback_id: 'failure_notice', title: { text: 'Something went wrong' } });
    expect(referenceIn(JSON.stringify(updated.args['view']))).toMatchObject({ listener: 'view admin_import', user: ADMIN });
    expect(JSON.stringify(app.slack.views.get(viewId)!.view)).not.toContain('Checking…');
  });

  it('an event: Home says so', async () => {
    app.slack.failNext('views.publish', SLACK_FAILS, 1, (args) => args['user_id'] === BEN);
    expect((await as(BEN).openHome()).status).toBe(200);
    const home = await app.slack.waitForCall('views.publish', (args) => args['user_id'] === BEN && REFERENCE.test(JSON.stringify(args['view'])), 3_000);
    expect(home.args['view']).toMatchObject({ type: 'home' });
    expect(referenceIn(JSON.stringify(home.args['view']))).toMatchObject({ listener: 'event app_home_opened', user: BEN });
  });
});
