import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgreementRepository } from '../../src/program/store/agreement-repository.js';
import { createMatchRepository } from '../../src/features/clinical/store/match-repository.js';
import { createRotationRepository } from '../../src/features/clinical/store/rotation-repository.js';
import { addDays, dateInZone } from '../../src/program/calendar-date.js';
import type { FakeMessage } from '../../src/demo/slack-simulator/fake-workspace.js';
import { actorsOf, chosen, type As } from '../support/actor.js';
import { startApp, type ServedApp } from '../support/app-harness.js';
import { aPerson } from '../support/program-fixture.js';
import { runJobCli } from '../support/run-cli-process.js';

const CHICAGO = 'America/Chicago';
const ADMIN = { id: 'U0BOOTADM1', name: 'Bea Bootstrap', tz: CHICAGO };
const OLIVE = { id: 'U0CLOFFIC1', name: 'Olive Office', tz: CHICAGO };
const CARL = { id: 'U0CLP00001', name: 'Carl Mentor', tz: CHICAGO };
const CARA = { id: 'U0CLP00002', name: 'Cara Mentor', tz: CHICAGO };
const CLEO = { id: 'U0CLM00001', name: 'Cleo Mentee', tz: CHICAGO };
const CLIO = { id: 'U0CLM00002', name: 'Clio Waiting', tz: CHICAGO };
const OFFICE_CHANNEL = 'G0CLINOFF1';
const ENV = { ADMIN_USER_IDS: ADMIN.id, PROGRAM_TIMEZONE: CHICAGO, CLINICAL_OFFICE_CHANNEL: OFFICE_CHANNEL };
const SECRET = 'he never answers and talks down to me';

const clinical = (id: string, name: string, role: 'mentee' | 'peer_mentor' | 'admin', year?: number) =>
  aPerson({ id, name, roles: [role], tracks: [{ track: 'clinical', role }], timezone: CHICAGO, ...(year === undefined ? {} : { year }) });

const requestValues = (description: string) => ({
  request_topic: { request_topic_select: chosen('static_select', 'rotation') },
  request_urgency: { request_urgency_radio: chosen('radio_buttons', 'routine') },
  request_reach: { request_reach_radio: chosen('radio_buttons', 'slack') },
  request_description: { request_description_input: { type: 'plain_text_input', value: description } },
});

// The tests run in order: Carl checks in with Cleo, Cleo asks Carl for help, then the Clinical Office gives Cleo to Cara.
describe('the clinical track’s pairs in check-ins, requests and switching, end to end', () => {
  let app: ServedApp;
  let as: As;
  let rotationId: string;
  const full = (m: FakeMessage | undefined) => (m === undefined ? '' : `${m.text} ${JSON.stringify(m.blocks)}`);
  const lastText = () => String(app.slack.responses.at(-1)?.body['text'] ?? '');

  beforeAll(async () => {
    app = await startApp({ label: 'clinical-pairs', served: true, users: [ADMIN, OLIVE, CARL, CARA, CLEO, CLIO], env: ENV });
    as = actorsOf(app);
    app.slack.addChannel({ id: OFFICE_CHANNEL, name: 'clinical-office', isPrivate: true, members: [app.slack.bot.userId, OLIVE.id] });
    await app.stores.roster.savePeople([
      clinical(OLIVE.id, OLIVE.name, 'admin'),
      clinical(CARL.id, CARL.name, 'peer_mentor', 4),
      clinical(CARA.id, CARA.name, 'peer_mentor', 4),
      clinical(CLEO.id, CLEO.name, 'mentee', 3),
      clinical(CLIO.id, CLIO.name, 'mentee', 3),
    ]);
    const connection = app.database.connection;
    const rotations = createRotationRepository(connection);
    const today = dateInZone(new Date(), CHICAGO);
    const surgery = (personId: string, kind: 'completed' | 'upcoming', site: string | undefined, preceptor: string | undefined, start: string, end: string) =>
      ({ personId, kind, subject: 'surgery', site, preceptor, start, end }) as const;
    await rotations.saveRotations([
      surgery(CARL.id, 'completed', 'General Hospital', 'Dr. Cole', '2026-03-02', '2026-04-24'),
      surgery(CARA.id, 'completed', 'General Hospital', undefined, '2026-05-04', '2026-06-26'),
      surgery(CLEO.id, 'upcoming', 'General Hospital', 'Dr. Cole', addDays(today, 10), addDays(today, 60)),
      surgery(CLIO.id, 'upcoming', 'General Hospital', 'Dr. Cole', addDays(today, 40), addDays(today, 90)),
    ]);
    rotationId = (await rotations.findRotations([CLEO.id]))[0]!.id;
    const agreements = createAgreementRepository(connection, 'clinical_agreements');
    for (const mentor of [CARL, CARA]) await agreements.recordAgreement(mentor.id, new Date());
    // Matching (built elsewhere) gave Cleo's rotation its first mentor.
    await createMatchRepository(connection).assign({ rotationId, menteeId: CLEO.id, mentorId: CARL.id, assignedAt: new Date(), chosenBy: 'mentee', step: 1 });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('lets a clinical mentor log a contact with their rotation mentee, and no one else', async () => {
    const form = await as(CARL).command('/mentor-checkin');
    expect(form.ms).toBeLessThan(3_000);
    const opened = await app.slack.waitForCall('views.open');
    expect(JSON.stringify(opened.args['view'])).toContain(CLEO.name);
    expect(JSON.stringify(opened.args['view'])).not.toContain(CLIO.name);

    const logged = await as(CARL).command('/mentor-checkin', `<@${CLEO.id}|cleo> video 45`);
    expect(logged.status).toBe(200);
    await app.slack.waitFor(() => app.slack.responses.find((r) => String(r.body['text']).includes('Logged')), 3_000, 'the confirmation');
    expect(await app.stores.contacts.findByMentors([CARL.id], '2000-01-01', '2100-01-01')).toMatchObject([{ mentorId: CARL.id, menteeIds: [CLEO.id], kind: 'video', minutes: 45 }]);

    await as(CARL).command('/mentor-checkin', `<@${CLIO.id}|clio> video 30`);
    await app.slack.waitFor(() => lastText().includes(`<@${CLIO.id}>`) && lastText().toLowerCase().includes('not'), 3_000, 'the refusal');
    await as(CARA).command('/mentor-checkin', `<@${CLEO.id}|cleo> call 10`);
    await app.slack.waitFor(() => app.slack.responses.filter((r) => String(r.body['text']).includes(`<@${CLEO.id}>`)).length >= 2, 3_000, 'Cara’s refusal');
    expect(await app.stores.contacts.findForMentees([CLEO.id, CLIO.id], '2000-01-01', '2100-01-01')).toHaveLength(1);
  });

  it('sends a clinical mentee’s request to their rotation mentor, and tells the Clinical Office when it stays unanswered 48 h', async () => {
    await as(CLIO).command('/mentor-request');
    await app.slack.waitFor(() => lastText().includes('before each upcoming rotation I suggest mentors'), 3_000, 'the kind refusal');
    expect(app.slack.callsTo('views.open')).toHaveLength(1);

    expect((await as(CLEO).command('/mentor-request')).status).toBe(200);
    await app.slack.waitForCall('views.open', () => true, 3_000, 2);
    const viewId = [...app.slack.views.keys()].at(-1)!;
    expect(JSON.stringify(app.slack.views.get(viewId)!.view)).not.toContain('request_audience');
    const submitted = await as(CLEO).submit('request_submit', requestValues('What should I read before surgery starts?'), { viewId });
    expect(submitted.ms).toBeLessThan(3_000);
    await app.slack.waitFor(() => app.slack.dmsTo(CLEO.id).find((m) => m.text.includes('You’ll hear back by')), 5_000, 'the confirmation');
    const [request] = await app.stores.requests.findAwaitingResponse();
    expect(request).toMatchObject({ menteeId: CLEO.id, audience: 'clinical', mentorIds: [CARL.id], routedTo: 'mentors' });
    const groupDms = app.slack.callsTo('conversations.open').map((c) => String(c.args['users']).split(',').sort().join(','));
    expect(groupDms).toContain([CARL.id, CLEO.id].sort().join(','));

    const at = (hours: number) => new Date(request!.createdAt.getTime() + hours * 3_600_000).toISOString();
    const cli = { ...ENV, QUIET_HOURS: 'off', MONTH_END_NUDGE_DAYS: 'off', SEMESTER_END_NUDGE_DAYS: 'off' };
    expect((await runJobCli(app, 'nudges', at(25), cli)).code).toBe(0);
    expect(app.slack.dmsTo(OLIVE.id)).toEqual([]);
    expect((await runJobCli(app, 'nudges', at(49), cli)).code).toBe(0);
    const escalation = await app.slack.waitFor(() => app.slack.dmsTo(OLIVE.id).find((m) => m.text.includes('has had no answer')), 3_000, 'the escalation');
    expect(escalation.text).toContain(`<@${CLEO.id}> asked their mentor <@${CARL.id}>`);
    expect(full(escalation)).not.toContain('What should I read');
    expect(app.slack.dmsTo(ADMIN.id)).toEqual([]);
    expect(app.slack.dmsTo(CARL.id).some((m) => m.text.includes('overdue') || m.text.includes('has no answer yet'))).toBe(true);
  });

  it('takes a clinical mentee’s switch to the Clinical Office, whose Approve gives the rotation to another mentor once', async () => {
    const before = app.slack.callsTo('views.open').length;
    await as(CLEO).command('/mentor-switch');
    await app.slack.waitForCall('views.open', () => true, 3_000, before + 1);
    const viewId = [...app.slack.views.keys()].at(-1)!;
    expect(JSON.stringify(app.slack.views.get(viewId)!.view)).toContain('Your rotation mentor for *surgery at General Hospital with Dr. Cole');
    const values = {
      switch_reason: { switch_reason_select: chosen('static_select', 'communication') },
      switch_details: { switch_details_input: { type: 'plain_text_input', value: SECRET } },
    };
    expect((await as(CLEO).submit('switch_submit', values, { viewId })).ms).toBeLessThan(3_000);
    const card = await app.slack.waitFor(() => app.slack.postsTo(OFFICE_CHANNEL).find((m) => m.text.includes(`<@${CLEO.id}>`)), 3_000, 'the Office’s card');
    expect(full(card)).toContain(SECRET);
    expect(full(card)).toContain(`<@${CARA.id}> — did surgery at General Hospital · 0 mentees`);
    await app.slack.waitFor(() => app.slack.dmsTo(CLEO.id).find((m) => m.text.includes('is with the Clinical Office')), 3_000, 'the confirmation');
    const requestId = /"action_id":"switch_approve","text":\{[^}]*\},"value":"([0-9a-f]{24})"/.exec(JSON.stringify(card.blocks))![1]!;

    const state = { switch_actions: { switch_target_select: { type: 'static_select', selected_option: { text: { type: 'plain_text', text: CARA.name }, value: CARA.id } } } };
    const message = { channel: OFFICE_CHANNEL, ts: card.ts };
    const approved = await as(OLIVE).click('switch_approve', requestId, { message, state });
    expect(approved.ms).toBeLessThan(3_000);
    const toCara = await app.slack.waitFor(() => app.slack.dmsTo(CARA.id).find((m) => m.text.includes('You are now')), 3_000, 'the new mentor’s notice');
    expect(toCara.text).toContain(`<@${CLEO.id}>’s rotation mentor for *surgery`);
    const toCarl = await app.slack.waitFor(() => app.slack.dmsTo(CARL.id).find((m) => m.text.includes('has another mentor')), 3_000, 'the former mentor’s notice');
    const toCleo = await app.slack.waitFor(() => app.slack.dmsTo(CLEO.id).find((m) => m.text.includes(`is now <@${CARA.id}>`)), 3_000, 'the mentee’s notice');
    for (const notice of [toCara, toCarl, toCleo]) expect(full(notice)).not.toMatch(/talks down|Communication|reason|why/i);
    expect(toCleo.text).toContain('open request went to them');
    await app.slack.waitForCall('chat.update', (args) => args['channel'] === OFFICE_CHANNEL && JSON.stringify(args['blocks']).includes(`their mentor is now <@${CARA.id}>`));

    const steps = await app.database.connection.db!.collection('clinical_assignments').find({ rotationId }).sort({ step: 1 }).toArray();
    expect(steps.map((s) => [s['step'], s['mentorId'], s['chosenBy']])).toEqual([
      [1, CARL.id, 'mentee'],
      [2, CARA.id, 'office'],
    ]);
    // Cleo's waiting request went to Cara: the old one ended as moved, a copy is with her.
    const awaiting = await app.stores.requests.findAwaitingFor(CLEO.id);
    expect(awaiting).toMatchObject([{ audience: 'clinical', mentorIds: [CARA.id], sourceKey: expect.stringMatching(/^moved:/) }]);

    // A second approval is told it was decided, and writes nothing.
    await as(OLIVE).click('switch_approve', requestId, { message, state });
    await app.slack.waitFor(() => lastText().includes('decided already'), 3_000, 'already decided');
    expect(await app.database.connection.db!.collection('clinical_assignments').countDocuments({ rotationId })).toBe(2);
    expect(app.slack.dmsTo(CARA.id).filter((m) => m.text.includes('You are now'))).toHaveLength(1);
    // The reason never reaches the log.
    expect(JSON.stringify(app.logs)).not.toContain('talks down');
  });
});
