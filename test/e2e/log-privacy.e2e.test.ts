import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dateInZone } from '../../src/program/calendar-date.js';
import { actorsOf, chosen, type As } from '../support/actor.js';
import { CAST, aCohort, aProgram, aSecondCohort, seedProgram, slackUsersOf } from '../support/program-fixture.js';
import { startApp, type ServedApp } from '../support/app-harness.js';

/**
 * The app at LOG_LEVEL=silly, with a canary in every free-text field a person can fill in (the words of a command,
 * a request's description, a reply in its conversation, a check-in note, switch details and an admin's answer to them, goals' words, a note on
 * time away): everything the app and the Slack libraries log, at every level, holds none of them.
 */
const ZONE = 'America/Chicago';
const { admin: ADMIN, priya: PRIYA, omar: OMAR, ada: ADA, ben: BEN } = CAST;
const PROGRAM = { ...aProgram(aCohort(), aSecondCohort()), slackOnly: [ADMIN] };
const ENV = { PROGRAM_TIMEZONE: ZONE, ADMIN_USER_IDS: ADMIN.id, QUIET_HOURS: 'off', LOG_LEVEL: 'silly' };
/** Each holds a bird's name found nowhere else: the canary searched for, however the words were encoded around it. */
const CANARY = {
  command: 'canary kestrel in the command words',
  description: 'canary heron in the request description',
  reply: 'canary plover in the mentor reply',
  note: 'canary wren in the check-in note',
  details: 'canary osprey in the switch details',
  decline: 'canary curlew in the admin decline message',
  goal: 'canary magpie in the goal words',
  away: 'canary egret away note',
} as const;
const later = (() => {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + 3);
  return d.toISOString().slice(0, 7);
})();

describe('logs at LOG_LEVEL=silly hold no free text', () => {
  let app: ServedApp;
  let as: As;
  /** What the process wrote to its own stdout and stderr meanwhile (a library logging around our logger). */
  const written: string[] = [];
  const restore: (() => void)[] = [];

  beforeAll(async () => {
    for (const stream of [process.stdout, process.stderr]) {
      const write = stream.write.bind(stream);
      stream.write = ((chunk: unknown, ...rest: unknown[]) => {
        written.push(String(chunk));
        return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
      }) as typeof stream.write;
      restore.push(() => (stream.write = write));
    }
    app = await startApp({ label: 'log-privacy', served: true, users: slackUsersOf(PROGRAM), env: ENV });
    as = actorsOf(app);
    await seedProgram(app.stores.roster, PROGRAM);
  });
  afterAll(async () => {
    await app?.stop();
    for (const undo of restore) undo();
  });

  const openModal = async (userId: string, command: string, text = '') => {
    const before = app.slack.callsTo('views.open').length;
    expect((await as(userId).command(command, text)).status).toBe(200);
    await app.slack.waitForCall('views.open', () => true, 3_000, before + 1);
    return as(userId).lastModal()!.id;
  };
  const said = () => app.slack.messages.map((m) => `${m.text} ${JSON.stringify(m.blocks)}`).join('\n');
  const today = () => dateInZone(new Date(), ZONE);

  it('drives every free-text entry point, and finds no canary in any log line', async () => {
    // A request, its words first given with the command, then in the form.
    const requestView = await openModal(ADA.id, '/mentor-request', CANARY.command);
    await as(ADA.id).submit(
      'request_submit',
      {
        request_topic: { request_topic_select: chosen('static_select', 'study_tips') },
        request_urgency: { request_urgency_radio: chosen('radio_buttons', 'routine') },
        request_reach: { request_reach_radio: chosen('radio_buttons', 'slack') },
        request_description: { request_description_input: { type: 'plain_text_input', value: CANARY.description } },
      },
      { viewId: requestView },
    );
    const post = await app.slack.waitForCall('chat.postMessage', (args) => JSON.stringify(args['blocks'] ?? '').includes(CANARY.description));
    const groupDm = String(post.args['channel']);
    const request = await expect.poll(async () => (await app.stores.requests.findInConversation(groupDm))[0]?.messageTs).toBeDefined().then(
      async () => (await app.stores.requests.findInConversation(groupDm))[0]!,
    );
    const replyTs = `${Number(request.messageTs!.split('.')[0]) + 120}.000200`;
    await as(OMAR.id).say(groupDm, CANARY.reply, { ts: replyTs });
    await expect.poll(async () => (await app.stores.requests.find(request.id))?.respondedBy).toBe(OMAR.id);

    // A check-in with a note.
    const checkinView = await openModal(PRIYA.id, '/mentor-checkin');
    await as(PRIYA.id).submit(
      'checkin_modal',
      {
        checkin_mentees: { checkin_mentees_input: { type: 'multi_static_select', selected_options: [{ value: ADA.id, text: { type: 'plain_text', text: ADA.id } }] } },
        checkin_kind: { checkin_kind_input: chosen('static_select', 'call') },
        checkin_mode: { checkin_mode_input: chosen('radio_buttons', 'individual') },
        checkin_date: { checkin_date_input: { type: 'datepicker', selected_date: today() } },
        checkin_minutes: { checkin_minutes_input: { type: 'number_input', value: '20' } },
        checkin_note: { checkin_note_input: { type: 'plain_text_input', value: CANARY.note } },
      },
      { viewId: checkinView },
    );
    await app.slack.waitFor(() => said().includes(CANARY.note), 3_000, 'the check-in confirmed');

    // A switch request with details.
    const switchView = await openModal(BEN.id, '/mentor-switch');
    await as(BEN.id).submit(
      'switch_submit',
      {
        switch_subject: { switch_subject_radio: chosen('radio_buttons', 'group') },
        switch_reason: { switch_reason_select: chosen('static_select', 'communication') },
        switch_details: { switch_details_input: { type: 'plain_text_input', value: CANARY.details } },
      },
      { viewId: switchView },
    );
    const card = await app.slack.waitFor(() => app.slack.dmsTo(ADMIN.id).find((m) => JSON.stringify(m.blocks).includes(CANARY.details)), 3_000, 'the admins told');
    // The admin declines it, with a message to the mentee.
    const requestId = /"action_id":"switch_decline","text":\{[^}]*\},"value":"([0-9a-f]{24})"/.exec(JSON.stringify(card.blocks))![1]!;
    const opens = app.slack.callsTo('views.open').length;
    await as(ADMIN.id).click('switch_decline', requestId, { message: card });
    await app.slack.waitForCall('views.open', () => true, 3_000, opens + 1);
    await as(ADMIN.id).submit('switch_decline_submit', { switch_decline_message: { switch_decline_message_input: { type: 'plain_text_input', value: CANARY.decline } } });
    await app.slack.waitFor(() => app.slack.dmsTo(BEN.id).find((m) => m.text.includes(CANARY.decline)), 3_000, 'the mentee told');

    // Goals.
    const goalsView = await openModal(ADA.id, '/mentor-goals');
    const slot = (n: number, words: string | null, category?: string, month?: string) => ({
      [`goals_words_${n}`]: { goals_words_input: { type: 'plain_text_input', value: words } },
      [`goals_category_${n}`]: { goals_category_select: category === undefined ? { type: 'static_select', selected_option: null } : chosen('static_select', category) },
      [`goals_month_${n}`]: { goals_month_select: month === undefined ? { type: 'static_select', selected_option: null } : chosen('static_select', month) },
    });
    await as(ADA.id).submit('goals_submit', { ...slot(1, CANARY.goal, 'research', later), ...slot(2, null), ...slot(3, null) }, { viewId: goalsView });
    await app.slack.waitFor(() => app.slack.dmsTo(ADA.id).find((m) => m.text.includes('Your goal is saved')), 3_000, 'the goal saved');
    await as(PRIYA.id).openHome();
    await app.slack.waitForCall('views.publish', (args) => args['user_id'] === PRIYA.id && JSON.stringify(args['view']).includes(CANARY.goal));

    // Time away with a note.
    const answered = app.slack.responses.length;
    await as(PRIYA.id).command('/mentor-away', `${today()} ${addDays(today(), 3)} ${CANARY.away}`);
    await app.slack.waitFor(() => app.slack.responses.slice(answered).find((r) => String(r.body['text']).includes('You’re away')), 3_000, 'time away noted');

    // The Slack libraries did log at this level, through the app's logger: their lines are in what is searched.
    await expect.poll(() => app.logs.some((l) => l.message.includes("apiCall('chat.postMessage')"))).toBe(true);
    const logs = `${JSON.stringify(app.logs)}\n${written.join('')}`;
    const found = Object.entries(CANARY).filter(([, words]) => logs.includes(words.split(' ')[1]!));
    expect(found.map(([field]) => field)).toEqual([]);
  });
});
