import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorsOf, chosen, type As } from '../support/actor.js';
import { CAST, aCohort, seedProgram, slackUsersOf } from '../support/program-fixture.js';
import { startApp, type ServedApp } from '../support/app-harness.js';
import { commandAnswer } from '../support/command-answer.js';

const ZONE = 'America/Chicago';
const { admin: ADMIN, okafor: F1, priya: P3, omar: P4, ada: ADA, ben: BO, stranger: STRANGER } = CAST;
/** The standard cohort, and in Slack an admin (ADMIN_USER_IDS) and someone outside the program. */
const PROGRAM = { ...aCohort(), slackOnly: [ADMIN, STRANGER] };
const ENV = { PROGRAM_TIMEZONE: ZONE, PROGRAM_ACTIVE_MONTHS: '1-12', ADMIN_USER_IDS: ADMIN.id };

type Block = { type: string; text?: { text: string }; elements?: { action_id?: string }[] };
type View = { type: string; callback_id?: string; blocks: Block[] };

describe('App Home end to end', () => {
  let app: ServedApp;
  let as: As;
  beforeAll(async () => {
    app = await startApp({ label: 'home', served: true, users: slackUsersOf(PROGRAM), env: ENV });
    as = actorsOf(app);
    await seedProgram(app.stores.roster, PROGRAM);
  });
  afterAll(async () => {
    await app?.stop();
  });

  /** Opens the person's Home tab and returns the view the app published for them. */
  async function openHome(userId: string): Promise<View> {
    const before = app.slack.callsTo('views.publish').filter((c) => c.args['user_id'] === userId).length;
    const answer = await as(userId).openHome();
    expect(answer.status).toBe(200);
    const call = await app.slack.waitForCall('views.publish', (args) => args['user_id'] === userId, 3_000, before + 1);
    return call.args['view'] as View;
  }
  const headers = (view: View) => view.blocks.filter((b) => b.type === 'header').map((b) => b.text!.text);
  const buttons = (view: View) => view.blocks.flatMap((b) => (b.type === 'actions' ? (b.elements ?? []).map((e) => e.action_id) : []));
  const textOf = (view: View) => view.blocks.map((b) => b.text?.text ?? '').join('\n');
  /** The modal opened for a person after `before` modals had been opened in all. */
  const lastModalOf = (userId: string) => [...app.slack.views.entries()].filter(([, v]) => v.user === userId).at(-1)![0];
  const nextModal = async (before: number) => (await app.slack.waitForCall('views.open', () => true, 3_000, before + 1)).args['view'] as View & { title: { text: string } };

  it('publishes the right Home for a mentee, a mentor, a faculty mentor, an admin, and someone outside the program', async () => {
    const mentee = await openHome(ADA.id);
    expect(mentee.type).toBe('home');
    expect(headers(mentee)).toEqual(['Your mentoring']);
    expect(textOf(mentee)).toContain(`*Your peer mentors:* <@${P3.id}>, <@${P4.id}>`);
    expect(textOf(mentee)).toContain('You have no open requests.');
    expect(buttons(mentee)).toEqual(['home_ask_for_help', 'home_switch_mentors']);

    const mentor = await openHome(P3.id);
    expect(headers(mentor)).toEqual(['Your mentees']);
    expect(textOf(mentor)).toContain(`<@${ADA.id}> — :white_circle: no communication yet`);
    expect(textOf(mentor)).toContain('No request is waiting on you.');
    expect(buttons(mentor)).toEqual(['home_log_contact', 'home_time_away']);

    const faculty = await openHome(F1.id);
    expect(headers(faculty)).toEqual(['Your cohort: Blue-Okafor']);
    expect(textOf(faculty)).toContain('2 mentees have had no communication yet');
    expect(buttons(faculty)).toEqual(['dashboard_home_link']);

    const admin = await openHome(ADMIN.id);
    expect(headers(admin)).toEqual(['The program']);
    expect(textOf(admin)).toContain('*Program:* 1 group, 2 mentees');
    expect(buttons(admin)).toEqual(['home_import_roster', 'home_introduce', 'home_export_csv', 'dashboard_home_link']);
    // The dashboard's button: a one-time sign-in link by DM, and a small window saying so.
    expect((await as(ADMIN).clickHome('dashboard_home_link')).status).toBe(200);
    await app.slack.waitFor(() => app.slack.dmsTo(ADMIN.id).find((m) => m.text.includes('/dashboard/sign-in?token=')), 5_000, 'the dashboard link DM');

    const stranger = await openHome(STRANGER.id);
    expect(textOf(stranger)).toContain('You are not part of the program yet');
    expect(textOf(stranger)).toContain(`<@${ADMIN.id}>`);
  });

  it('opens the request form from Ask for help, and redraws the mentee’s Home once the request is sent', async () => {
    const before = app.slack.callsTo('views.open').length;
    expect((await as(ADA).clickHome('home_ask_for_help')).status).toBe(200);
    const modal = await nextModal(before);
    expect(modal.callback_id).toBe('request_submit');
    const viewId = lastModalOf(ADA.id);
    const published = app.slack.callsTo('views.publish').filter((c) => c.args['user_id'] === ADA.id).length;
    await as(ADA).submit(
      'request_submit',
      {
        request_topic: { request_topic_select: chosen('static_select', 'research') },
        request_urgency: { request_urgency_radio: chosen('radio_buttons', 'routine') },
        request_reach: { request_reach_radio: chosen('radio_buttons', 'slack') },
        request_description: { request_description_input: { type: 'plain_text_input', value: 'Which lab should I join?' } },
      },
      { viewId },
    );
    const redrawn = await app.slack.waitForCall('views.publish', (args) => args['user_id'] === ADA.id, 3_000, published + 1);
    expect(textOf(redrawn.args['view'] as View)).toContain('• Research — waiting for a mentor; reply due by');
    expect(JSON.stringify(redrawn.args['view'])).not.toContain('Which lab');
    const mentorHome = await app.slack.waitForCall('views.publish', (args) => args['user_id'] === P4.id);
    expect(textOf(mentorHome.args['view'] as View)).toContain(`<@${ADA.id}> — Research; reply by`);
  });

  it('opens the switch form for a mentee, and a mentor’s contact and time-away forms', async () => {
    let before = app.slack.callsTo('views.open').length;
    await as(BO).clickHome('home_switch_mentors');
    expect((await nextModal(before))['callback_id']).toBe('switch_submit');

    before = app.slack.callsTo('views.open').length;
    await as(P4).clickHome('home_log_contact');
    const checkin = await nextModal(before);
    expect(checkin.callback_id).toBe('checkin_modal');
    expect(JSON.stringify(checkin)).toContain(ADA.id);

    before = app.slack.callsTo('views.open').length;
    await as(P4).clickHome('home_time_away');
    expect((await nextModal(before)).callback_id).toBe('away_submit');

    // Someone who is not a mentor is told why instead.
    before = app.slack.callsTo('views.open').length;
    await as(BO).clickHome('home_log_contact');
    expect(JSON.stringify(await nextModal(before))).toContain('Only peer mentors log contacts');
  });

  it('gives admins Import, Introduce and Export from Home; the export arrives as a CSV file in their DM', async () => {
    let before = app.slack.callsTo('views.open').length;
    await as(ADMIN).clickHome('home_import_roster');
    expect((await nextModal(before)).callback_id).toBe('admin_import');

    before = app.slack.callsTo('views.open').length;
    await as(ADMIN).clickHome('home_introduce');
    const working = await app.slack.waitForCall('views.open', () => true, 3_000, before + 1);
    const viewId = (working.args['view'] as View).callback_id;
    expect(viewId).toBe('home_introduce_result');
    const update = await app.slack.waitForCall('views.update');
    expect(JSON.stringify(update.args['view'])).toContain('Introductions');

    before = app.slack.callsTo('views.open').length;
    await as(ADMIN).clickHome('home_export_csv');
    const form = await nextModal(before);
    expect(form.callback_id).toBe('export_submit');
    const formId = lastModalOf(ADMIN.id);
    const bad = await as(ADMIN).submit(
      'export_submit',
      {
        export_kind: { export_kind_select: chosen('static_select', 'requests') },
        export_from: { export_from_input: { type: 'plain_text_input', value: 'October' } },
        export_to: { export_to_input: { type: 'plain_text_input', value: null } },
      },
      { viewId: formId },
    );
    expect(bad.json).toEqual({ response_action: 'errors', errors: { export_from: '“October” is not a month: `--from` takes YYYY-MM, e.g. 2026-09.' } });
    const months = (from: string, to: string) => ({
      export_kind: { export_kind_select: chosen('static_select', 'requests') },
      export_from: { export_from_input: { type: 'plain_text_input', value: from } },
      export_to: { export_to_input: { type: 'plain_text_input', value: to } },
    });
    // An export covers at most 24 months: the form says so, and sends nothing.
    const uploads = app.slack.uploads.length;
    const tooLong = await as(ADMIN).submit('export_submit', months('2025-01', '2030-12'), { viewId: formId });
    expect(tooLong.json).toEqual({
      response_action: 'errors',
      errors: { export_from: 'An export covers at most 24 months, and 2025-01 to 2030-12 is 72. Please ask for it in parts, e.g. `--from 2025-01 --to 2026-12` first.' },
    });
    expect(app.slack.uploads).toHaveLength(uploads);
    // The request sent above, this month: a year before it to a year after.
    const thisMonth = new Date().toISOString().slice(0, 7);
    const shift = (month: string, by: number) => {
      const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + by;
      return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
    };
    const [from, to] = [shift(thisMonth, -12), shift(thisMonth, 11)];
    const good = await as(ADMIN).submit('export_submit', months(from, to), { viewId: formId });
    expect(good.status).toBe(200);
    await app.slack.waitForCall('files.completeUploadExternal');
    const upload = app.slack.uploads.at(-1)!;
    expect(upload.filename).toBe(`peer-mentor-requests-${from}-to-${to}.csv`);
    expect(upload.channel).toBe(app.slack.dmWith(ADMIN.id)!.id);
    const csv = upload.content.toString('utf8');
    expect(csv.split('\r\n')[0]).toMatch(/^\uFEFFrequest_id,created_at,created_date,mentee_id,mentee_name,topic/);
    expect(csv).toContain(`${ADA.id},Ada Mentee,research`);
    expect(csv).not.toContain('Which lab');
  });

  it('refuses a non-admin’s export, from the command and from a crafted Home click, and sends nothing', async () => {
    const uploads = app.slack.uploads.length;
    const uploadUrls = app.slack.callsTo('files.getUploadURLExternal').length;
    const answer = await commandAnswer(app.slack, () => as(P3).command('/mentor-admin', 'export contacts --from 2025-09'));
    expect(answer.ack.status).toBe(200);
    expect(answer.body['response_type']).toBe('ephemeral');
    expect(answer.text).toContain('`/mentor-admin` is for the program coordinators');
    const before = app.slack.callsTo('views.open').length;
    await as(P3).clickHome('home_export_csv');
    const modal = await nextModal(before);
    expect(modal.callback_id).not.toBe('export_submit');
    expect(JSON.stringify(modal)).toContain('is for the program coordinators');
    expect(app.slack.uploads).toHaveLength(uploads);
    expect(app.slack.callsTo('files.getUploadURLExternal')).toHaveLength(uploadUrls);
  });

  it('sends an admin’s `/mentor-admin export` as a file in their DM, and explains bad arguments', async () => {
    const wrong = await commandAnswer(app.slack, () => as(ADMIN).command('/mentor-admin', 'export notes'));
    expect(wrong.text).toContain('I can’t export “notes”');
    const tooLong = await commandAnswer(app.slack, () => as(ADMIN).command('/mentor-admin', 'export contacts --from 2025-08 --to 2030-12'));
    expect(tooLong.text).toBe('An export covers at most 24 months, and 2025-08 to 2030-12 is 65. Please ask for it in parts, e.g. `--from 2025-08 --to 2027-07` first.');
    const answer = await commandAnswer(app.slack, () => as(ADMIN).command('/mentor-admin', 'export contacts —from 2025-08 --to 2027-07'));
    expect(answer.ack.status).toBe(200);
    expect(answer.ack.ms).toBeLessThan(3_000);
    expect(answer.text).toContain('Preparing the contacts export');
    const done = await app.slack.waitFor(() => app.slack.responses.find((r) => String(r.body['text']).includes('peer-mentor-contacts-2025-08-to-2027-07.csv')));
    expect(String(done.body['text'])).toContain('0 rows');
    const upload = app.slack.uploads.at(-1)!;
    expect(upload.filename).toBe('peer-mentor-contacts-2025-08-to-2027-07.csv');
    expect(upload.content.toString('utf8')).toBe('\uFEFFcontact_id,date,kind,meeting,group_contact,minutes,source,mentor_id,mentor_name,mentee_ids,mentee_names,logged_at\r\n');
  });

  it('redraws a mentor’s Home once a contact logged in the form opened from it is saved', async () => {
    const before = app.slack.callsTo('views.open').length;
    await as(P4).clickHome('home_log_contact');
    await nextModal(before);
    const opened = as(P4).lastModal()!;
    const published = app.slack.callsTo('views.publish').filter((c) => c.args['user_id'] === P4.id).length;
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date());
    const pick = (value: string) => ({ value, text: { type: 'plain_text', text: value } });
    const submitted = await as(P4).submit(
      'checkin_modal',
      {
        checkin_mentees: { checkin_mentees_input: { type: 'multi_static_select', selected_options: [pick(BO.id)] } },
        checkin_kind: { checkin_kind_input: { type: 'static_select', selected_option: pick('call') } },
        checkin_mode: { checkin_mode_input: { type: 'radio_buttons', selected_option: pick('individual') } },
        checkin_date: { checkin_date_input: { type: 'datepicker', selected_date: today } },
        checkin_minutes: { checkin_minutes_input: { type: 'number_input', value: '20' } },
        checkin_note: { checkin_note_input: { type: 'plain_text_input', value: null } },
      },
      { viewId: opened.id },
    );
    expect(submitted.status).toBe(200);
    const redrawn = await app.slack.waitForCall('views.publish', (args) => args['user_id'] === P4.id, 3_000, published + 1);
    expect(textOf(redrawn.args['view'] as View)).toMatch(new RegExp(`<@${BO.id}> — :white_check_mark: in touch .*\\(<@${P4.id}>\\)`));
  });
});
