import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connection } from 'mongoose';
import { addDays, dateInZone } from '../../src/program/calendar-date.js';
import { COMMANDS } from '../../src/slack/commands.js';
import { actorsOf, chosen, type As, type HttpAnswer, type StateValues } from '../support/actor.js';
import { startApp, type ServedApp } from '../support/app-harness.js';
import { commandAnswer } from '../support/command-answer.js';
import { OwnFerretDb } from '../support/own-ferretdb.js';
import { CAST, aCohort, aProgram, aSecondCohort, seedProgram, slackUsersOf } from '../support/program-fixture.js';

const ZONE = 'America/Chicago';
const ADMIN = CAST.admin.id;
const ADMIN_CHANNEL = 'C0SWITCHAD';
const [PRIYA, ADA, BEN] = [CAST.priya.id, CAST.ada.id, CAST.ben.id] as [string, string, string];
const PROGRAM = aProgram(aCohort(), aSecondCohort(), { people: [], groups: [], slackOnly: [CAST.admin] });
const NOTHING_SAVED = /nothing was saved\. Please try again in a minute/;

/** Every document of every collection, by collection: what "changes nothing" is checked against. */
async function snapshotOf(connection: Connection): Promise<Record<string, unknown[]>> {
  const db = connection.db!;
  const names = (await db.listCollections().toArray()).map((c) => c.name).sort();
  const snapshot: Record<string, unknown[]> = {};
  for (const name of names) snapshot[name] = await db.collection(name).find().sort({ _id: 1 }).toArray();
  return snapshot;
}

describe('the database down: every command and form is answered within 3 s, nothing changes, and the app recovers', () => {
  let db: OwnFerretDb;
  let app: ServedApp;
  let as: As;
  /** The forms, opened while the database was up: callback id → view id. */
  const forms = new Map<string, string>();

  const lastViewId = () => [...app.slack.views.keys()].at(-1)!;
  const opened = async (open: () => Promise<HttpAnswer>) => {
    const before = app.slack.callsTo('views.open').length;
    expect((await open()).status).toBe(200);
    await app.slack.waitForCall('views.open', () => true, 3_000, before + 1);
    return lastViewId();
  };
  const today = () => dateInZone(new Date(), ZONE);

  beforeAll(async () => {
    db = await OwnFerretDb.start();
    app = await startApp({
      label: 'dbdown',
      served: true,
      mongoUri: db.uri('pm_database_down'),
      users: slackUsersOf(PROGRAM),
      env: { ADMIN_USER_IDS: ADMIN, SWITCH_ADMIN_CHANNEL: ADMIN_CHANNEL, PROGRAM_TIMEZONE: ZONE },
    });
    as = actorsOf(app);
    await seedProgram(app.stores.roster, PROGRAM);
    app.slack.addChannel({ id: ADMIN_CHANNEL, name: 'switch-requests', members: [app.slack.bot.userId, ADMIN] });

    // Every form, opened while the database answers.
    forms.set('checkin_modal', await opened(() => as(PRIYA).command('/mentor-checkin')));
    forms.set('request_submit', await opened(() => as(ADA).command('/mentor-request')));
    forms.set('away_submit', await opened(() => as(PRIYA).command('/mentor-away')));
    forms.set('switch_submit', await opened(() => as(BEN).command('/mentor-switch')));
    forms.set('admin_import', await opened(() => as(ADMIN).command('/mentor-admin', 'import')));
    forms.set('export_submit', await opened(() => as(ADMIN).clickHome('home_export_csv')));
    // The admins' decline form needs a switch request to decline: Ada asks while the database is up.
    const asked = await opened(() => as(ADA).command('/mentor-switch'));
    await as(ADA).submit('switch_submit', { switch_reason: { switch_reason_select: chosen('static_select', 'schedule') } }, { viewId: asked });
    const card = await app.slack.waitFor(() => app.slack.postsTo(ADMIN_CHANNEL).find((m) => m.text.includes(`<@${ADA}>`)), 5_000, 'the admins’ card');
    // Ada's confirmation is sent once and marked done: the database must be still before it goes down.
    await app.slack.waitFor(() => app.slack.dmsTo(ADA).at(-1), 5_000, 'Ada’s confirmation');
    const requestId = /"action_id":"switch_decline","text":\{[^}]*\},"value":"([0-9a-f]{24})"/.exec(JSON.stringify(card.blocks))![1]!;
    forms.set('switch_decline_submit', await opened(() => as(ADMIN).click('switch_decline', requestId, { message: { channel: ADMIN_CHANNEL, ts: card.ts } })));
  }, 60_000);
  afterAll(async () => {
    await app?.stop();
    await db?.dispose();
  });

  /**
   * What the person reads after submitting a form: a notice pushed over the form (the database was known to be away),
   * or else — the database went away after the form was answered — the view it turned into, or a DM.
   */
  async function formAnswer(user: string, submit: () => Promise<HttpAnswer>) {
    const calls = app.slack.calls.length;
    const started = Date.now();
    const answer = await submit();
    expect(answer.status).toBe(200);
    expect(answer.ms).toBeLessThan(3_000);
    if (answer.json?.['response_action'] === 'push') return { text: JSON.stringify(answer.json['view']), ms: answer.ms };
    const told = await app.slack.waitFor(
      () =>
        app.slack.calls
          .slice(calls)
          .find((c) => (c.method === 'views.update' || (c.method === 'chat.postMessage' && app.slack.dmWith(user)?.id === c.args['channel'])) && NOTHING_SAVED.test(JSON.stringify(c.args))),
      3_000,
      'the failure, in the form or by DM',
    );
    return { text: JSON.stringify(told.args), ms: Date.now() - started };
  }

  const SUBMISSIONS: readonly (readonly [callbackId: string, user: string, values: () => StateValues])[] = [
    [
      'checkin_modal',
      PRIYA,
      () => ({
        checkin_mentees: { checkin_mentees_input: { type: 'multi_static_select', selected_options: [{ value: ADA, text: { type: 'plain_text', text: 'Ada' } }] } },
        checkin_kind: { checkin_kind_input: chosen('static_select', 'call') },
        checkin_mode: { checkin_mode_input: chosen('radio_buttons', 'individual') },
        checkin_date: { checkin_date_input: { type: 'datepicker', selected_date: today() } },
        checkin_minutes: { checkin_minutes_input: { type: 'number_input', value: '20' } },
        checkin_note: { checkin_note_input: { type: 'plain_text_input', value: null } },
      }),
    ],
    [
      'request_submit',
      ADA,
      () => ({
        request_topic: { request_topic_select: chosen('static_select', 'study_tips') },
        request_urgency: { request_urgency_radio: chosen('radio_buttons', 'routine') },
        request_reach: { request_reach_radio: chosen('radio_buttons', 'slack') },
        request_description: { request_description_input: { type: 'plain_text_input', value: 'How do I plan for Step 1?' } },
      }),
    ],
    [
      'away_submit',
      PRIYA,
      () => ({
        away_start: { away_start_date: { type: 'datepicker', selected_date: addDays(today(), 1) } },
        away_end: { away_end_date: { type: 'datepicker', selected_date: addDays(today(), 3) } },
      }),
    ],
    ['switch_submit', BEN, () => ({ switch_reason: { switch_reason_select: chosen('static_select', 'interests') } })],
    ['switch_decline_submit', ADMIN, () => ({ switch_decline_message: { switch_decline_message_input: { type: 'plain_text_input', value: 'Not this term, sorry.' } } })],
    [
      'admin_import',
      ADMIN,
      () => {
        const file = app.slack.fileObject(app.slack.addFile({ id: 'F0ROSTER00', name: 'roster.csv', content: 'slack_id,name,role\nU0NEWADMIN,New Admin,admin\n', user: ADMIN }));
        return {
          admin_import_file: { admin_import_file_input: { type: 'file_input', files: [file] } },
          admin_import_csv: { admin_import_csv_input: { type: 'plain_text_input', value: null } },
        };
      },
    ],
    ['export_submit', ADMIN, () => ({ export_kind: { export_kind_select: chosen('static_select', 'contacts') } })],
  ];

  it('answers each of the five commands and every form at once that nothing was saved, changes nothing, and works again once the database is back', async () => {
    // Whatever the forms set going (Ada's switch request) has finished: the database is still.
    let before = await snapshotOf(app.database.connection);
    await expect
      .poll(async () => {
        const now = await snapshotOf(app.database.connection);
        const still = JSON.stringify(now) === JSON.stringify(before);
        before = now;
        return still;
      }, { timeout: 10_000, interval: 300 })
      .toBe(true);
    const postsBefore = app.slack.messages.length;

    // The database stops in the middle of the run; nobody waits for the app to notice.
    await db.down();

    const commands: Record<(typeof COMMANDS)[number], readonly [user: string, text: string]> = {
      '/mentor-request': [ADA, 'help me with Step 1'],
      '/mentor-checkin': [PRIYA, `<@${ADA}|ada> call 20`],
      '/mentor-away': [PRIYA, `${addDays(today(), 1)} ${addDays(today(), 2)}`],
      '/mentor-switch': [BEN, ''],
      '/mentor-goals': [ADA, ''],
      '/mentor-admin': [ADMIN, 'status'],
    };
    // Until a query fails (or the driver's heartbeat misses), the app cannot know: a form it can open from what it keeps
    // (a mentee's mentors, read a moment ago) would still open, its submission then refused. The first command here
    // writes; from its failure on, every command is refused before its handler runs.
    const writesFirst = ['/mentor-checkin', ...COMMANDS.filter((c) => c !== '/mentor-checkin')] as const;
    for (const command of writesFirst) {
      const [user, text] = commands[command];
      const answer = await commandAnswer(app.slack, () => as(user).command(command, text), { match: (t) => NOTHING_SAVED.test(t) });
      expect(answer.ack.status, command).toBe(200);
      expect(answer.ms, command).toBeLessThan(3_000);
      expect(answer.body['response_type'], command).toBe('ephemeral');
    }
    // The help needs no database: it still answers.
    const help = await commandAnswer(app.slack, () => as(ADA).command('/mentor-request', 'help'));
    expect(help.text).toContain('/mentor-request — ');

    for (const [callbackId, user, values] of SUBMISSIONS) {
      const answer = await formAnswer(user, () => as(user).submit(callbackId, values(), { viewId: forms.get(callbackId)! }));
      expect(answer.ms, callbackId).toBeLessThan(3_000);
      expect(answer.text, callbackId).toMatch(NOTHING_SAVED);
    }

    // Opening Home says so on the Home tab.
    const homes = app.slack.callsTo('views.publish').filter((c) => c.args['user_id'] === BEN).length;
    await as(BEN).openHome();
    const home = await app.slack.waitForCall('views.publish', (args) => args['user_id'] === BEN, 3_000, homes + 1);
    expect(JSON.stringify(home.args['view'])).toMatch(NOTHING_SAVED);

    const health = await app.get('/healthz');
    expect(health.status).toBe(503);
    // Every refusal was logged with its reference, never with what people wrote.
    const refusals = app.logs.filter((l) => l.message === 'database unavailable: a Slack request was answered with nothing saved');
    expect(refusals.length).toBeGreaterThanOrEqual(COMMANDS.length + SUBMISSIONS.length);
    expect(refusals.every((l) => typeof l['ref'] === 'string')).toBe(true);
    expect(JSON.stringify(app.logs)).not.toMatch(/Step 1|Not this term/);

    // The database comes back on its own port and data: the app notices by itself.
    await db.up();
    await expect.poll(async () => (await app.get('/healthz')).status, { timeout: 15_000, interval: 200 }).toBe(200);
    expect(await snapshotOf(app.database.connection)).toEqual(before);
    // Nothing reached the mentors or the admins: the only new messages are the DMs that said nothing was saved.
    expect(app.slack.messages.slice(postsBefore).every((m) => NOTHING_SAVED.test(m.text))).toBe(true);

    const logged = await commandAnswer(app.slack, () => as(PRIYA).command('/mentor-checkin', `<@${ADA}|ada> call 20`), { match: (t) => t.includes('Logged') });
    expect(logged.ms).toBeLessThan(3_000);
    expect(await app.stores.contacts.findByMentors([PRIYA], '2000-01-01', '2100-01-01')).toHaveLength(1);
  }, 60_000);
});
