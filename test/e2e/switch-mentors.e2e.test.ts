import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Group } from '../../src/program/roster.js';
import type { FakeMessage } from '../../src/demo/slack-simulator/fake-workspace.js';
import { actorsOf, chosen, type As } from '../support/actor.js';
import { ACROSS_ZONES, CAST, aCohort, aProgram, seedProgram, slackUsersOf, theMdPhdGroup, type PersonSpec } from '../support/program-fixture.js';
import { runExportCli } from '../support/run-cli-process.js';
import { startApp, type ServedApp } from '../support/app-harness.js';
import type { TestStores } from '../support/use-cases.js';

const ADMIN = CAST.admin.id;
const ADMIN_CHANNEL = 'C0SWITCHAD';
const [PRIYA, OMAR, ADA, BEN] = [CAST.priya, CAST.omar, CAST.ada, CAST.ben].map((p) => p.id) as [string, string, string, string];
const OTHERS: readonly PersonSpec[] = [
  { id: 'U0LEEMENT1', name: 'Lee Mentor', roles: ['peer_mentor'] },
  { id: 'U0LEEMENT2', name: 'Lea Mentor', roles: ['peer_mentor'] },
  { id: 'U0LEEMENTE', name: 'Lou Mentee', roles: ['mentee'] },
  { id: 'U0ABEMENT1', name: 'Abe Mentor', roles: ['peer_mentor'], timezone: 'America/Denver' },
];
const [LEE1, LEE2, , ABE] = OTHERS.map((p) => p.id) as [string, string, string, string];
/** The standard cohort across zones with the MD/PhD group, two more groups with channels, and an admin in Slack. */
const PROGRAM = aProgram(aCohort(ACROSS_ZONES), theMdPhdGroup(), {
  people: OTHERS,
  groups: [
    { name: 'Blue-Lee', mentees: ['U0LEEMENTE'], mentors: [LEE1, LEE2], channelId: 'C0BLUELEE' },
    { name: 'Green-Abe', mentors: [ABE], channelId: 'C0GREENAB' },
  ],
  slackOnly: [CAST.admin],
});
const SECRET_DETAILS = 'they joke about my accent in every meeting';

describe('/mentor-switch, end to end', () => {
  let app: ServedApp;
  let as: As;
  let stores: TestStores;
  let groups: Map<string, Group>;

  beforeAll(async () => {
    app = await startApp({
      label: 'switches', served: true,
      users: slackUsersOf(PROGRAM),
      env: { ADMIN_USER_IDS: ADMIN, SWITCH_ADMIN_CHANNEL: ADMIN_CHANNEL, PROGRAM_TIMEZONE: 'America/Chicago' },
    });
    as = actorsOf(app);
    ({ stores } = app);
    groups = await seedProgram(stores.roster, PROGRAM);
    await stores.roster.setGroupChannel(groups.get('Blue-Okafor')!.id, 'C0BLUEOKA');
    const bot = app.slack.bot.userId;
    app.slack.addChannel({ id: 'C0BLUEOKA', name: 'blue-okafor', members: [bot, ADA, BEN, PRIYA, OMAR] });
    app.slack.addChannel({ id: 'C0BLUELEE', name: 'blue-lee', members: [bot, LEE1, LEE2, 'U0LEEMENTE'] });
    app.slack.addChannel({ id: 'C0GREENAB', name: 'green-abe', members: [bot, ABE] });
    // Private, and only the admin and the app in it: the app posts switch requests there (admin-channel.e2e: when not).
    app.slack.addChannel({ id: ADMIN_CHANNEL, name: 'switch-requests', members: [bot, ADMIN] });
  });
  afterAll(async () => {
    await app?.stop();
  });

  const groupId = (name: string) => groups.get(name)!.id;
  const full = (m: FakeMessage | undefined) => (m === undefined ? '' : `${m.text} ${JSON.stringify(m.blocks)}`);
  /** Runs `/mentor-switch [text]` and returns the id of the modal it opened. */
  const openSwitchForm = async (userId: string, text = '') => {
    const before = app.slack.callsTo('views.open').length;
    const answer = await as(userId).command('/mentor-switch', text);
    expect(answer.status).toBe(200);
    expect(answer.ms).toBeLessThan(3_000);
    await app.slack.waitForCall('views.open', () => true, 3_000, before + 1);
    return [...app.slack.views.keys()].at(-1)!;
  };
  const formValues = (reason: string, details: string, preferred?: string) => ({
    switch_subject: { switch_subject_radio: chosen('radio_buttons', 'group') },
    switch_reason: { switch_reason_select: chosen('static_select', reason) },
    switch_details: { switch_details_input: { type: 'plain_text_input', value: details } },
    ...(preferred === undefined ? {} : { switch_preferred: { switch_preferred_select: chosen('static_select', preferred) } }),
  });
  /** The admins' message about a mentee's request, in the admin channel. */
  const adminMessageFor = (menteeId: string) =>
    app.slack.waitFor(() => app.slack.postsTo(ADMIN_CHANNEL).find((m) => m.text.includes(`<@${menteeId}>`)), 3_000, 'the admins’ message');
  const valueOf = (message: FakeMessage, actionId: string) => {
    const match = new RegExp(`"action_id":"${actionId}","text":\\{[^}]*\\},"value":"([0-9a-f]{24})"`).exec(JSON.stringify(message.blocks));
    return match![1]!;
  };

  /** `/mentor-checkin @ada call 20` by a mentor: the answer's text. */
  const callWithAda = async (mentorId: string) => {
    const answered = app.slack.responses.length;
    await as(mentorId).command('/mentor-checkin', `<@${ADA}|ada> call 20`);
    const answer = await app.slack.waitFor(() => app.slack.responses[answered], 3_000, 'the check-in answered');
    return String(answer.body['text']);
  };

  it('takes a mentee’s request through the form to the admins, and an admin’s Approve moves them with every Slack step recorded', async () => {
    // Priya logs a call with Ada before the move: the app now keeps Priya's groups for her next check-ins.
    expect(await callWithAda(PRIYA)).toContain('Logged');
    const viewId = await openSwitchForm(ADA);
    const form = JSON.stringify(app.slack.views.get(viewId)!.view);
    expect(form).toContain('"callback_id":"switch_submit"');
    expect(form).toContain('You are in *Blue-Okafor*');
    // Groups with room: the same Learning Community first.
    expect(form.indexOf('Blue-Lee — 1 mentee · same Learning Community')).toBeLessThan(form.indexOf('Green-Abe — 0 mentees'));

    const answer = await as(ADA).submit('switch_submit', formValues('communication', SECRET_DETAILS), { viewId });
    expect(answer.status).toBe(200);
    expect(answer.text).toBe('');
    expect(answer.ms).toBeLessThan(3_000);
    const adminMessage = await adminMessageFor(ADA);
    expect(full(adminMessage)).toContain(SECRET_DETAILS);
    expect(full(adminMessage)).toContain('Communication');
    expect(full(adminMessage)).toContain(`Blue-Okafor (<@${PRIYA}> and <@${OMAR}>)`);
    expect(full(adminMessage)).toContain('switch_approve');
    const requestId = valueOf(adminMessage, 'switch_approve');
    await app.slack.waitFor(() => app.slack.dmsTo(ADA).find((m) => m.text.includes('is with the program coordinators')));

    // Omar is not an admin: a click of his on the admins' message (were he to reach it) is refused and changes nothing.
    const at = { channel: ADMIN_CHANNEL, ts: adminMessage.ts };
    const refused = await as(OMAR).click('switch_approve', requestId, { message: at });
    expect(refused.status).toBe(200);
    const refusal = await app.slack.waitFor(() => app.slack.responses.find((r) => String(r.body['text']).includes('Only program coordinators')));
    expect(refusal.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(await stores.switches.find(requestId)).toMatchObject({ status: 'open' });
    expect(app.slack.callsTo('conversations.kick')).toEqual([]);

    // The admin picks Green-Abe (not the suggested Blue-Lee) and approves.
    const state = { switch_actions: { switch_target_select: { type: 'static_select', selected_option: { text: { type: 'plain_text', text: 'Green-Abe' }, value: groupId('Green-Abe') } } } };
    const approved = await as(ADMIN).click('switch_approve', requestId, { message: at, state });
    expect(approved.status).toBe(200);
    expect(approved.ms).toBeLessThan(3_000);

    const kick = await app.slack.waitForCall('conversations.kick');
    expect(kick.args).toMatchObject({ channel: 'C0BLUEOKA', user: ADA });
    const invite = await app.slack.waitForCall('conversations.invite', (args) => args['channel'] === 'C0GREENAB');
    expect(invite.args['users']).toBe(ADA);
    const intro = await app.slack.waitFor(() => app.slack.postsTo('C0GREENAB').find((m) => m.text.includes(`welcome <@${ADA}>`)));
    expect(intro.text).toContain(`<@${ABE}>, please say hello`);
    const toMentee = await app.slack.waitFor(() => app.slack.dmsTo(ADA).find((m) => m.text.includes('You have moved to')));
    expect(toMentee.text).toContain('*Green-Abe*');
    expect(toMentee.text).toContain(`<@${ABE}>`);
    for (const mentor of [PRIYA, OMAR]) {
      const told = await app.slack.waitFor(() => app.slack.dmsTo(mentor).find((m) => m.text.includes(`<@${ADA}> has moved to another mentoring group`)));
      expect(full(told)).not.toMatch(/accent|Communication|reason|why/i);
    }
    await app.slack.waitForCall('chat.update', (args) => args['channel'] === ADMIN_CHANNEL && JSON.stringify(args['blocks']).includes(`Approved by <@${ADMIN}>`));
    expect(full(app.slack.postsTo(ADMIN_CHANNEL).find((m) => m.ts === adminMessage.ts))).not.toContain('switch_approve');

    expect(await stores.switches.find(requestId)).toMatchObject({ status: 'approved', decidedBy: ADMIN, targetGroupId: groupId('Green-Abe') });
    const current = await stores.roster.findMemberships({ current: true, personIds: [ADA] });
    expect(current.map((m) => m.groupId).sort()).toEqual([groupId('Green-Abe'), groupId('MD-PhD')].sort());
    expect(app.slack.channels.get('C0BLUEOKA')!.members).not.toContain(ADA);
    expect(app.slack.channels.get('C0GREENAB')!.members).toContain(ADA);
    // At once after the move, Ada is Abe's mentee for check-ins, and no longer Priya's.
    expect(await callWithAda(PRIYA)).toContain('is not one of your current mentees');
    expect(await callWithAda(ABE)).toContain('Logged');
    expect((await stores.contacts.findForMentees([ADA], '2000-01-01', '2100-01-01')).map((c) => c.mentorId).sort()).toEqual([ABE, PRIYA].sort());

    // The private details reached the admin channel and nowhere else, and were never logged.
    expect(app.slack.messages.filter((m) => m.channel !== ADMIN_CHANNEL && full(m).includes('accent'))).toEqual([]);
    // The move's last line is logged after its last Slack step: wait for it, then read the whole log.
    await expect.poll(() => app.logs.map((l) => l.message)).toEqual(expect.arrayContaining(['switch request stored', 'switch request decided', 'switch completed']));
    expect(JSON.stringify(app.logs)).not.toContain('accent');
    expect(app.logs.filter((l) => l.level === 'error' || l.level === 'warn')).toEqual([]);
  });

  it('shows a second attempt the open request, whose Cancel withdraws it; a mentor may ask for their mentee', async () => {
    const viewId = await openSwitchForm(BEN);
    await as(BEN).submit('switch_submit', formValues('schedule', ''), { viewId });
    const adminMessage = await adminMessageFor(BEN);
    const requestId = valueOf(adminMessage, 'switch_approve');

    const opensBefore = app.slack.callsTo('views.open').length;
    expect((await as(BEN).command('/mentor-switch')).status).toBe(200);
    const open = await app.slack.waitFor(() => app.slack.responses.find((r) => String(r.body['text']).includes('You asked for this change on')));
    expect(open.body['response_type']).toBe('ephemeral');
    expect(JSON.stringify(open.body['blocks'])).toContain('switch_cancel');
    expect(app.slack.callsTo('views.open')).toHaveLength(opensBefore);

    // His mentor cannot see it nor cancel it; a mention that is not a person gets the usage.
    await as(PRIYA).command('/mentor-switch', `<@${BEN}|ben>`);
    await app.slack.waitFor(() => app.slack.responses.find((r) => String(r.body['text']).includes(`A change of group for <@${BEN}> is already with the program coordinators`)));
    const usage = await as(PRIYA).command('/mentor-switch', 'ben');
    expect(usage.json).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('/mentor-switch @name') });

    const cancel = await as(BEN).click('switch_cancel', requestId, { message: { channel: 'C0GENERAL', ts: '1700000000.000001' } });
    expect(cancel.status).toBe(200);
    const cancelled = await app.slack.waitFor(() => app.slack.responses.find((r) => String(r.body['text']).includes('Your request is cancelled')));
    expect(cancelled.body).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    await app.slack.waitForCall('chat.update', (args) => args['ts'] === adminMessage.ts && JSON.stringify(args['blocks']).includes(`Cancelled by <@${BEN}>`));
    expect(await stores.switches.find(requestId)).toMatchObject({ status: 'cancelled', decidedBy: BEN });

    // Now Priya, his peer mentor, asks to hand him over: the same form, on his behalf.
    const mentorView = await openSwitchForm(PRIYA, `<@${BEN}|ben>`);
    expect(JSON.stringify(app.slack.views.get(mentorView)!.view)).toContain('"text":"Hand over a mentee"');
    // A mentor of another group is refused.
    await as(LEE1).command('/mentor-switch', `<@${BEN}|ben>`);
    await app.slack.waitFor(() => app.slack.responses.find((r) => String(r.body['text']).includes('only a mentee of your own mentoring group')));
  });

  it('declines with the admin’s message to the mentee, through the Decline form, and changes nothing else', async () => {
    // Ben asks again himself (his first request was cancelled).
    const viewId = await openSwitchForm(BEN);
    await as(BEN).submit('switch_submit', formValues('personal', 'family moved to the other campus'), { viewId });
    const adminMessage = await app.slack.waitFor(() =>
      app.slack.postsTo(ADMIN_CHANNEL).find((m) => m.text.includes(`<@${BEN}>`) && full(m).includes('family moved')),
    );
    const requestId = valueOf(adminMessage, 'switch_decline');

    const opens = app.slack.callsTo('views.open').length;
    await as(ADMIN).click('switch_decline', requestId, { message: { channel: ADMIN_CHANNEL, ts: adminMessage.ts } });
    await app.slack.waitForCall('views.open', () => true, 3_000, opens + 1);
    const declineView = [...app.slack.views.keys()].at(-1)!;
    expect(JSON.stringify(app.slack.views.get(declineView)!.view)).toContain('"callback_id":"switch_decline_submit"');
    const empty = await as(ADMIN).submit(
      'switch_decline_submit',
      { switch_decline_message: { switch_decline_message_input: { type: 'plain_text_input', value: '  ' } } },
      { viewId: declineView },
    );
    expect(empty.json).toMatchObject({ response_action: 'errors', errors: { switch_decline_message: expect.stringContaining('short message') } });
    expect(await stores.switches.find(requestId)).toMatchObject({ status: 'open' });

    const words = 'Your mentors can meet you at the other campus; let us look again after exams.';
    const sent = await as(ADMIN).submit(
      'switch_decline_submit',
      { switch_decline_message: { switch_decline_message_input: { type: 'plain_text_input', value: words } } },
      { viewId: declineView },
    );
    expect(sent.status).toBe(200);
    expect(sent.ms).toBeLessThan(3_000);
    const told = await app.slack.waitFor(() => app.slack.dmsTo(BEN).find((m) => m.text.includes('will not move you')));
    expect(full(told)).toContain(words);
    expect(told.text).toContain(`<@${ADMIN}> wrote`);
    await app.slack.waitForCall('chat.update', (args) => args['ts'] === adminMessage.ts && JSON.stringify(args['blocks']).includes(`Declined by <@${ADMIN}>`));
    expect(await stores.switches.find(requestId)).toMatchObject({ status: 'declined', decidedBy: ADMIN, adminMessage: words, targetGroupId: undefined });
    expect((await stores.roster.findMemberships({ current: true, personIds: [BEN] })).map((m) => m.groupId)).toEqual([groupId('Blue-Okafor')]);
    expect(app.slack.callsTo('conversations.kick').filter((c) => c.args['user'] === BEN)).toEqual([]);
    expect(app.slack.channels.get('C0BLUEOKA')!.members).toContain(BEN);
    // His mentors hear nothing of it.
    for (const mentor of [PRIYA, OMAR]) expect(app.slack.dmsTo(mentor).some((m) => full(m).includes(`<@${BEN}>`))).toBe(false);
  });

  it('exports the audit trail as CSV from the command line, without the private details', async () => {
    const env = { PROGRAM_TIMEZONE: 'America/Chicago' };
    // From a year ago: well within an export's 24 months, and before every switch request made above (this month).
    const yearAgo = new Date();
    yearAgo.setUTCMonth(yearAgo.getUTCMonth() - 12);
    const from = yearAgo.toISOString().slice(0, 7);
    const run = await runExportCli(app, ['switches', '--from', from], env);
    expect(run.code).toBe(0);
    const [header, ...lines] = run.stdout.trim().split('\r\n');
    expect(header).toBe('request_id,created_at,mentee_id,mentee_name,requested_by,requester_role,from_group,reason,preferred_group,status,decided_by,decided_at,target_group');
    expect(lines.map((l) => l.split(',').slice(2, 3).concat(l.split(',').slice(9, 11)))).toEqual([
      [ADA, 'approved', ADMIN],
      [BEN, 'cancelled', BEN],
      [BEN, 'declined', ADMIN],
    ]);
    expect(run.stdout).toContain(',Blue-Okafor,communication,,approved,');
    expect(run.stdout).not.toMatch(/accent|family moved|other campus/);
    expect(run.stderr).toMatch(new RegExp(`peer-mentor-switches-${from}-to-\\d{4}-\\d{2}\\.csv: 3 rows\\.`));

    const bad = await runExportCli(app, ['switches', '--from', 'September'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('“September” is not a month: --from takes YYYY-MM');
    const unknown = await runExportCli(app, ['everything'], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('I can’t export “everything”. Choose contacts, requests, compliance,');
  });
});
