import type { Connection } from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dateInZone } from '../../src/program/calendar-date.js';
import { actorsOf, chosen, type As } from '../support/actor.js';
import { ACROSS_ZONES, CAST, aCohort, aProgram, seedProgram, slackUsersOf, theMdPhdGroup, type PersonSpec } from '../support/program-fixture.js';
import { startApp, type ServedApp } from '../support/app-harness.js';
import { runJobCli } from '../support/run-cli-process.js';
import type { TestStores } from '../support/use-cases.js';

const ADMIN = CAST.admin.id;
const [FACULTY, PRIYA, OMAR, ADA, BEN] = [CAST.okafor, CAST.priya, CAST.omar, CAST.ada, CAST.ben].map((p) => p.id) as [string, string, string, string, string];
/** A second cohort for time away, so the first keeps both mentors. */
const GREEN: readonly PersonSpec[] = [
  { id: 'U0GFACULTY', name: 'Dr. Green', roles: ['faculty'], timezone: 'America/Chicago' },
  { id: 'U0GMENTOR3', name: 'Gita Third', roles: ['peer_mentor'], timezone: 'America/Chicago' },
  { id: 'U0GMENTOR4', name: 'Gus Fourth', roles: ['peer_mentor'], timezone: 'America/Denver' },
  { id: 'U0GMENTEE1', name: 'Gail Mentee', roles: ['mentee'], timezone: 'America/Chicago' },
];
const OUTSIDER = { id: 'U0OUTSIDE1', name: 'Visiting Student' };
/**
 * The standard cohort across zones (Priya in New York, Ada in Los Angeles), the MD/PhD group (Lena mentors Ada), the
 * second cohort, and in Slack someone outside the program.
 */
const PROGRAM = aProgram(aCohort(ACROSS_ZONES), theMdPhdGroup(), {
  people: GREEN,
  groups: [{ name: 'Green-Lee', mentees: ['U0GMENTEE1'], mentors: ['U0GMENTOR3', 'U0GMENTOR4'], faculty: ['U0GFACULTY'] }],
  slackOnly: [OUTSIDER],
});
const SECRET_WORDS = 'my renal physiology notes are a mess';
const REPLY_WORDS = 'happy to share my renal flashcards';

describe('/mentor-request and /mentor-away, end to end', () => {
  let app: ServedApp;
  let as: As;
  let stores: TestStores;
  let connection: Connection;

  beforeAll(async () => {
    app = await startApp({ label: 'requests', served: true, users: slackUsersOf(PROGRAM), env: { ADMIN_USER_IDS: ADMIN, PROGRAM_TIMEZONE: 'America/Chicago' } });
    as = actorsOf(app);
    ({ stores, database: { connection } } = app);
    await seedProgram(stores.roster, PROGRAM);
  });
  afterAll(async () => {
    await app?.stop();
  });

  const requestValues = (topic: string, urgency: string, reach: string, description: string) => ({
    request_topic: { request_topic_select: chosen('static_select', topic) },
    request_urgency: { request_urgency_radio: chosen('radio_buttons', urgency) },
    request_reach: { request_reach_radio: chosen('radio_buttons', reach) },
    request_description: { request_description_input: { type: 'plain_text_input', value: description } },
  });
  /** Runs `/mentor-request` and returns the id of the modal it opened. */
  const openRequestForm = async (userId: string, text = '') => {
    const before = app.slack.callsTo('views.open').length;
    const answer = await as(userId).command('/mentor-request', text);
    expect(answer.status).toBe(200);
    expect(answer.ms).toBeLessThan(3_000);
    await app.slack.waitForCall('views.open', () => true, 3_000, before + 1);
    return [...app.slack.views.keys()].at(-1)!;
  };
  const usersOf = (call: { args: Record<string, unknown> }) => String(call.args['users']).split(',').sort();
  const storedRequestsOf = (menteeId: string) => connection.collection('requests').countDocuments({ menteeId });

  it('opens the form, not the help, for a request whose words begin with “help”', async () => {
    const viewId = await openRequestForm(ADA, 'help me plan for Step 1');
    expect(JSON.stringify(app.slack.views.get(viewId)!.view)).toContain('"initial_value":"help me plan for Step 1"');
  });

  it('takes a mentee’s request from the command to the group DM, records the mentor’s reply as the response, and lets the mentee close it', async () => {
    const viewId = await openRequestForm(ADA, SECRET_WORDS);
    const opened = app.slack.views.get(viewId)!.view;
    expect(JSON.stringify(opened)).toContain(`"initial_value":"${SECRET_WORDS}"`);
    expect(JSON.stringify(opened)).toContain('request_audience'); // Ada is an MD/PhD student

    const submit = () => as(ADA).submit('request_submit', requestValues('study_tips', 'routine', 'slack', SECRET_WORDS), { viewId });
    const answer = await submit();
    expect(answer.status).toBe(200);
    expect(answer.ms).toBeLessThan(3_000);

    const open = await app.slack.waitForCall('conversations.open', (args) => String(args['users']).includes(ADA) && String(args['users']).includes(PRIYA));
    expect(usersOf(open)).toEqual([ADA, OMAR, PRIYA].sort());
    const post = await app.slack.waitForCall('chat.postMessage', (args) => JSON.stringify(args['blocks'] ?? '').includes('request_claim'));
    const groupDm = String(post.args['channel']);
    expect(app.slack.channels.get(groupDm)!.isMpim).toBe(true);
    expect(JSON.stringify(post.args['blocks'])).toContain(SECRET_WORDS);
    const confirmation = await app.slack.waitFor(() => app.slack.dmsTo(ADA).find((m) => m.text.includes('You’ll hear back by')));
    expect(confirmation.text).toMatch(/P[SD]T\*/); // Ada's own zone, Los Angeles

    // A double submit (or a retried delivery) of the same form: still one request, one post.
    expect((await submit()).status).toBe(200);
    await expect.poll(() => app.logs.some((l) => l.message === 'request submitted again')).toBe(true);
    const [request, ...others] = await stores.requests.findInConversation(groupDm);
    expect(others).toEqual([]);
    expect(request).toMatchObject({ menteeId: ADA, mentorIds: [PRIYA, OMAR], topic: 'study_tips', reach: 'slack' });
    expect(await storedRequestsOf(ADA)).toBe(1);
    expect(request!.deadline.getTime() - request!.createdAt.getTime()).toBe(24 * 3_600_000);
    expect(app.slack.postsTo(groupDm)).toHaveLength(1);

    // Omar writes in the conversation: that is the response, with nobody touching a button.
    const messageTs = request!.messageTs!;
    const replyTs = `${Number(messageTs.split('.')[0]) + 120}.000200`;
    expect((await as(OMAR).say(groupDm, REPLY_WORDS, { ts: replyTs, eventId: 'EvREPLY0001' })).status).toBe(200);
    await expect.poll(async () => (await stores.requests.find(request!.id))?.respondedBy).toBe(OMAR);
    const update = await app.slack.waitForCall('chat.update', (args) => args['ts'] === messageTs && JSON.stringify(args['blocks']).includes('Answered by'));
    expect(JSON.stringify(update.args['blocks'])).toContain('request_close_helped');
    // The app logs the response once the message is updated: wait for that line, then make sure it stays single.
    await expect.poll(() => app.logs.filter((l) => l.message === 'request responded in its conversation').length).toBe(1);
    const contacts = await stores.contacts.findForMentees([ADA], '2020-01-01', '2099-12-31');
    expect(contacts).toEqual([expect.objectContaining({ mentorId: OMAR, kind: 'slack', source: 'request_response', sourceKey: `request:${request!.id}` })]);
    // Slack retries the same event; Priya writes too: neither changes anything.
    await as(OMAR).say(groupDm, REPLY_WORDS, { ts: replyTs, eventId: 'EvREPLY0001', retryNum: 1 });
    await as(PRIYA).say(groupDm, REPLY_WORDS, { ts: `${Number(messageTs.split('.')[0]) + 180}.000300`, eventId: 'EvREPLY0002' });
    await expect.poll(async () => (await stores.claims.find('event:EvREPLY0002'))?.state).toBe('done');
    expect(app.logs.filter((l) => l.message === 'request responded in its conversation')).toHaveLength(1);
    expect((await stores.requests.find(request!.id))?.respondedBy).toBe(OMAR);
    expect(await stores.contacts.findForMentees([ADA], '2020-01-01', '2099-12-31')).toHaveLength(1);

    // Priya cannot say it helped; Ada closes it saying it did.
    const message = { channel: groupDm, ts: messageTs };
    expect((await as(PRIYA).click('request_close_helped', request!.id, { message })).status).toBe(200);
    const refusal = await app.slack.waitFor(() => app.slack.responses.find((r) => String(r.body['text']).includes('can say whether it helped')));
    expect(refusal.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect((await as(ADA).click('request_close_helped', request!.id, { message })).status).toBe(200);
    await expect.poll(async () => (await stores.requests.find(request!.id))?.closedAs).toBe('closed');
    expect(await stores.requests.find(request!.id)).toMatchObject({ closedBy: ADA, helped: true });
    await app.slack.waitForCall('chat.update', (args) => args['ts'] === messageTs && JSON.stringify(args['blocks']).includes(`Closed by <@${ADA}>: it helped.`));

    // What people wrote is never logged.
    const logs = JSON.stringify(app.logs);
    expect(logs).not.toContain(SECRET_WORDS);
    expect(logs).not.toContain(REPLY_WORDS);
  });

  it('checks the form: a missing topic or description comes back as modal errors, and nothing is stored', async () => {
    const viewId = await openRequestForm(BEN);
    const values = requestValues('study_tips', 'routine', 'email', '   ');
    const answer = await as(BEN).submit('request_submit', { ...values, request_topic: { request_topic_select: { type: 'static_select', selected_option: null } } }, { viewId });
    expect(answer.json).toEqual({
      response_action: 'errors',
      errors: { request_topic: 'Please choose a topic.', request_description: 'Please say what you need, in a sentence or two.' },
    });
    expect(JSON.stringify(app.slack.views.get(viewId)!.view)).not.toContain('request_audience'); // Ben is not MD/PhD
    expect(await storedRequestsOf(BEN)).toBe(0);
    expect(app.slack.callsTo('conversations.open').filter((c) => String(c.args['users']).includes(BEN))).toEqual([]);
  });

  it('shows urgent well-being support at once and alerts the Faculty Mentor without the request’s content', async () => {
    const viewId = await openRequestForm(BEN);
    const words = 'I have not slept in days and feel hopeless';
    const answer = await as(BEN).submit('request_submit', requestValues('balance_wellbeing', 'urgent', 'text_call', words), { viewId });
    expect(answer.status).toBe(200);
    expect(answer.json?.['response_action']).toBe('update');
    expect(JSON.stringify(answer.json)).toContain('counselling service');
    const support = await app.slack.waitFor(() => app.slack.dmsTo(BEN).find((m) => m.text.includes('988')));
    expect(support.text).toContain('counselling service');
    const alert = await app.slack.waitFor(() => app.slack.dmsTo(FACULTY).find((m) => m.text.includes('urgent support')));
    expect(alert.text).toContain(`<@${BEN}>`);
    expect(alert.text).toContain(`<@${PRIYA}> and <@${OMAR}>`);
    expect(JSON.stringify(alert)).not.toContain('slept');
    const post = await app.slack.waitForCall('chat.postMessage', (args) => JSON.stringify(args['blocks'] ?? '').includes(words));
    expect(JSON.stringify(post.args['blocks'])).toContain('Urgent');
  });

  it('keeps a request Slack would not post: the form closes, nobody is asked to send it again, and the next nudges run posts it', async () => {
    const viewId = await openRequestForm(ADA);
    const storedBefore = await storedRequestsOf(ADA);
    const confirmed = () => app.slack.dmsTo(ADA).filter((m) => m.text.includes('Your request went to')).length;
    const confirmedBefore = confirmed();
    const words = 'Where do I find the OSCE checklists?';
    const postsTheRequest = (args: Record<string, unknown>) => JSON.stringify(args['blocks'] ?? '').includes(words);
    app.slack.failNext('chat.postMessage', { kind: 'http', status: 503 }, 1, postsTheRequest);
    const answer = await as(ADA).submit('request_submit', requestValues('study_tips', 'routine', 'slack', words), { viewId });
    expect(answer.status).toBe(200);
    expect(answer.json).toBeUndefined();
    expect(await storedRequestsOf(ADA)).toBe(storedBefore + 1);
    await expect.poll(() => app.logs.some((l) => l.message.includes('stored but not all of it was sent')), { timeout: 10_000 }).toBe(true);
    expect(app.slack.dmsTo(ADA).filter((m) => /try again/i.test(m.text))).toEqual([]);
    expect(app.slack.messages.filter((m) => JSON.stringify(m.blocks).includes(words))).toEqual([]);

    const run = await runJobCli(app, 'nudges', new Date().toISOString(), { PROGRAM_TIMEZONE: 'America/Chicago' });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('requestsPosted 1');
    await app.slack.waitForCall('chat.postMessage', postsTheRequest);
    await expect.poll(confirmed, { timeout: 10_000 }).toBe(confirmedBefore + 1);
    expect(await storedRequestsOf(ADA)).toBe(storedBefore + 1);
  });

  it('answers someone who is not in the program with whom to contact, and stores nothing', async () => {
    const opensBefore = app.slack.callsTo('views.open').length;
    const answer = await as(OUTSIDER).command('/mentor-request', 'can someone help me?');
    expect(answer.status).toBe(200);
    const reply = await app.slack.waitFor(() => app.slack.responses.find((r) => String(r.body['text']).includes('/mentor-request is for mentees')));
    expect(reply.body['response_type']).toBe('ephemeral');
    expect(String(reply.body['text'])).toContain(`<@${ADMIN}>`);
    expect(app.slack.callsTo('views.open')).toHaveLength(opensBefore);
    expect(await storedRequestsOf(OUTSIDER.id)).toBe(0);
    expect(app.slack.callsTo('conversations.open').filter((c) => String(c.args['users']).includes(OUTSIDER.id))).toEqual([]);
  });

  it('moves a new request to the partner while a mentor is away, after telling the partner at once', async () => {
    const today = dateInZone(new Date(), 'America/Chicago');
    // Text it cannot read is answered at once; dates it can read but cannot accept, right after.
    const unreadable = await as('U0GMENTOR3').command('/mentor-away', 'next week');
    expect(unreadable.json).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('/mentor-away YYYY-MM-DD YYYY-MM-DD') });
    await as('U0GMENTOR3').command('/mentor-away', `${addDays(today, 5)} ${addDays(today, 2)}`);
    await app.slack.waitFor(() => app.slack.responses.find((r) => String(r.body['text']).includes('The last day is before the first day.')));
    await as('U0GMENTOR3').command('/mentor-away', `${today} ${addDays(today, 60)}`);
    await app.slack.waitFor(() => app.slack.responses.find((r) => String(r.body['text']).includes('at most 60 days')));
    expect(await stores.away.findNotEnded(['U0GMENTOR3'], '2000-01-01')).toEqual([]);

    const answer = await as('U0GMENTOR3').command('/mentor-away', `${today} ${addDays(today, 3)} exam week`);
    expect(answer.status).toBe(200);
    const reply = await app.slack.waitFor(() => app.slack.responses.find((r) => String(r.body['text']).includes('You’re away')));
    expect(String(reply.body['text'])).toContain('<@U0GMENTOR4> has been told');
    const told = await app.slack.waitFor(() => app.slack.dmsTo('U0GMENTOR4').find((m) => m.text.includes('<@U0GMENTOR3> will be away')));
    expect(told.text).not.toContain('exam week');

    const viewId = await openRequestForm('U0GMENTEE1');
    await as('U0GMENTEE1').submit('request_submit', requestValues('clinical_skills', 'this_week', 'slack', 'Suturing practice?'), { viewId });
    const open = await app.slack.waitForCall('conversations.open', (args) => String(args['users']).includes('U0GMENTEE1'));
    expect(usersOf(open)).toEqual(['U0GMENTEE1', 'U0GMENTOR4']);
    const post = await app.slack.waitForCall('chat.postMessage', (args) => JSON.stringify(args['blocks'] ?? '').includes('Suturing practice?'));
    expect(JSON.stringify(post.args['blocks'])).toContain('covering while <@U0GMENTOR3> is away');

    // The form: a start in the past is a modal error; cancel brings the mentor back.
    const opens = app.slack.callsTo('views.open').length;
    await as('U0GMENTOR4').command('/mentor-away');
    await app.slack.waitForCall('views.open', () => true, 3_000, opens + 1);
    const awayView = [...app.slack.views.keys()].at(-1)!;
    // Two days back: Gus's zone (Denver) may still be a day behind Chicago's.
    const past = await as('U0GMENTOR4').submit(
      'away_submit',
      {
        away_start: { away_start_date: { type: 'datepicker', selected_date: addDays(today, -2) } },
        away_end: { away_end_date: { type: 'datepicker', selected_date: today } },
      },
      { viewId: awayView },
    );
    expect(past.json).toMatchObject({ response_action: 'errors', errors: { away_start: expect.stringContaining('in the past') } });
    const good = await as('U0GMENTOR4').submit(
      'away_submit',
      {
        away_start: { away_start_date: { type: 'datepicker', selected_date: addDays(today, 10) } },
        away_end: { away_end_date: { type: 'datepicker', selected_date: addDays(today, 12) } },
        away_note: { away_note_input: { type: 'plain_text_input', value: 'family wedding' } },
        away_tell: { away_tell_checkbox: { type: 'checkboxes', selected_options: [{ text: { type: 'plain_text', text: 'x' }, value: 'tell_mentees' }] } },
      },
      { viewId: awayView },
    );
    expect(good.status).toBe(200);
    expect(good.text).toBe('');
    const dm = await app.slack.waitFor(() => app.slack.dmsTo('U0GMENTOR4').find((m) => m.text.includes('You’re away from')));
    expect(dm.text).toContain('<@U0GMENTOR3> has been told');
    expect(dm.text).toContain('Your group has no channel yet');
    expect(dm.text).toContain('Your note (only you see it): family wedding');
    await app.slack.waitFor(() => app.slack.dmsTo('U0GMENTOR3').find((m) => m.text.includes('<@U0GMENTOR4> will be away')));
    expect(JSON.stringify(app.slack.dmsTo('U0GMENTOR3'))).not.toContain('family wedding');
    const cancel = await as('U0GMENTOR3').command('/mentor-away', 'cancel');
    expect(cancel.status).toBe(200);
    await app.slack.waitFor(() => app.slack.responses.find((r) => String(r.body['text']).includes('Welcome back')));
    await app.slack.waitFor(() => app.slack.dmsTo('U0GMENTOR4').find((m) => m.text.includes('has ended their time away')));
    // Notes are private: never logged.
    expect(JSON.stringify(app.logs)).not.toMatch(/exam week|family wedding|Suturing/);
  });

  describe('a mentor closing a request nobody has answered', () => {
    /** Ben sends a request; returns it once it is posted in the group DM. */
    const sendFromBen = async (words: string) => {
      const viewId = await openRequestForm(BEN, words);
      expect((await as(BEN).submit('request_submit', requestValues('career_advice', 'routine', 'slack', words), { viewId })).status).toBe(200);
      await expect.poll(async () => (await stores.requests.findAwaitingFor(BEN)).find((r) => r.sourceKey === `view:${viewId}`)?.messageTs).toBeDefined();
      return (await stores.requests.findAwaitingFor(BEN)).find((r) => r.sourceKey === `view:${viewId}`)!;
    };
    const reasonValues = (reason: string | undefined) => ({
      request_close_reason_block: { request_close_reason_radio: reason === undefined ? { type: 'radio_buttons', selected_option: null } : chosen('radio_buttons', reason) },
    });
    const closeModals = () => app.slack.callsTo('views.open').filter((c) => JSON.stringify(c.args['view']).includes('"callback_id":"request_close_reason"'));
    const awaiting = async (id: string) => (await stores.requests.findAwaitingResponse()).some((r) => r.id === id);

    it('asks why in a modal, requires a known reason, then closes it with the reason on the card and stops its escalation', async () => {
      const request = await sendFromBen('can we talk about away rotations');
      const message = { channel: request.channelId!, ts: request.messageTs! };
      const opened = closeModals().length;
      expect((await as(PRIYA).click('request_close', request.id, { message })).status).toBe(200);
      await app.slack.waitFor(() => closeModals().length > opened || undefined);
      const modal = closeModals().at(-1)!;
      const drawn = JSON.stringify(modal.args['view']);
      for (const words of ['The mentee was reached another way', 'It duplicates another request', 'It isn’t something for mentors']) expect(drawn).toContain(words);
      expect(drawn).toContain(`"private_metadata":"${request.id}"`);
      // The click alone closes nothing: the request still waits for an answer, so its reminders still go out.
      expect((await stores.requests.find(request.id))?.closedAs).toBeUndefined();
      expect(await awaiting(request.id)).toBe(true);

      // No reason, or one the app does not know: the modal says so and nothing is stored.
      for (const reason of [undefined, 'bored']) {
        const refused = await as(PRIYA).submit('request_close_reason', reasonValues(reason));
        expect(refused.json).toEqual({ response_action: 'errors', errors: { request_close_reason_block: 'Please choose why you are closing it.' } });
        expect((await stores.requests.find(request.id))?.closedAs).toBeUndefined();
      }

      const done = await as(PRIYA).submit('request_close_reason', reasonValues('reached_another_way'));
      expect(done.status).toBe(200);
      expect(done.json?.['response_action']).toBeUndefined();
      expect(await stores.requests.find(request.id)).toMatchObject({ closedAs: 'closed', closedBy: PRIYA, closeReason: 'reached_another_way' });
      expect(await awaiting(request.id)).toBe(false);
      const update = await app.slack.waitForCall(
        'chat.update',
        (args) => args['ts'] === message.ts && JSON.stringify(args['blocks']).includes(`Closed by <@${PRIYA}> before anyone answered: reached another way.`),
      );
      expect(JSON.stringify(update.args['blocks'])).not.toContain('"type":"actions"');

      // The same modal submitted again: the request is already closed, and the modal says so.
      const again = await as(PRIYA).submit('request_close_reason', reasonValues('duplicate'));
      expect(again.json).toEqual({ response_action: 'errors', errors: { request_close_reason_block: 'This request is already closed.' } });
      expect((await stores.requests.find(request.id))?.closeReason).toBe('reached_another_way');
    });

    it('closes an answered request at once, without asking why', async () => {
      const request = await sendFromBen('thanks for the residency tips');
      const message = { channel: request.channelId!, ts: request.messageTs! };
      expect((await as(OMAR).click('request_respond', request.id, { message })).status).toBe(200);
      await expect.poll(async () => (await stores.requests.find(request.id))?.respondedBy).toBe(OMAR);
      const modals = app.slack.callsTo('views.open').length;
      expect((await as(OMAR).click('request_close', request.id, { message })).status).toBe(200);
      await expect.poll(async () => (await stores.requests.find(request.id))?.closedAs).toBe('closed');
      const closed = (await stores.requests.find(request.id))!;
      expect(closed).toMatchObject({ closedBy: OMAR });
      expect(closed.closeReason).toBeUndefined();
      expect(app.slack.callsTo('views.open')).toHaveLength(modals);
      await app.slack.waitForCall('chat.update', (args) => args['ts'] === message.ts && JSON.stringify(args['blocks']).includes(`Closed by <@${OMAR}>.`));
    });

    it('counts the week’s unanswered closes by reason in the Faculty Mentor’s digest, and nothing of what was asked', async () => {
      const request = await sendFromBen('one more question about away rotations');
      const message = { channel: request.channelId!, ts: request.messageTs! };
      expect((await as(OMAR).click('request_close', request.id, { message })).status).toBe(200);
      await app.slack.waitFor(() => app.slack.callsTo('views.open').some((c) => JSON.stringify(c.args['view']).includes(`"private_metadata":"${request.id}"`)) || undefined);
      expect((await as(OMAR).submit('request_close_reason', reasonValues('duplicate'))).status).toBe(200);
      await expect.poll(async () => (await stores.requests.find(request.id))?.closeReason).toBe('duplicate');

      // The faculty mentor's next Monday 08:05 in their zone (Chicago), within the week of these closes.
      const local = new Intl.DateTimeFormat('en-US', { timeZone: 'America/Chicago', weekday: 'short', hour: 'numeric', minute: 'numeric', hourCycle: 'h23' });
      let at = new Date(Math.ceil(Date.now() / 60_000) * 60_000);
      while (local.format(at) !== 'Mon 08:05') at = new Date(at.getTime() + 60_000);
      const run = await runJobCli(app, 'digests', at.toISOString(), { ADMIN_USER_IDS: ADMIN, PROGRAM_TIMEZONE: 'America/Chicago' });
      expect(run.code).toBe(0);
      const digest = await app.slack.waitFor(() => app.slack.dmsTo(FACULTY).find((m) => JSON.stringify(m.blocks).includes('Weekly digest')));
      const text = `${digest.text}\n${JSON.stringify(digest.blocks)}`;
      expect(text).toContain('2 requests closed unanswered this week: 1 reached another way, 1 duplicate');
      for (const words of ['away rotations', 'residency tips']) expect(text).not.toContain(words);
      // The other cohort's Faculty Mentor has no such line (none of their mentees' requests were closed so).
      expect(app.slack.dmsTo('U0GFACULTY').map((m) => JSON.stringify(m.blocks)).join('')).not.toContain('closed unanswered');
    });
  });
});
