import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorsOf, chosen, type As, type StateValues } from '../support/actor.js';
import { applyImportPreview, pastedRosterValues } from '../support/roster-form.js';
import { startApp, type ServedApp } from '../support/app-harness.js';
import { runJobCli } from '../support/run-cli-process.js';

const CHICAGO = 'America/Chicago';
const ADMIN = { id: 'U0BOOTADM1', name: 'Bea Bootstrap', email: 'bea@med.example', tz: CHICAGO };
const DOC = { id: 'U0PMD00001', name: 'Dr Rivera', email: 'rivera@med.example', tz: CHICAGO };
const JO = { id: 'U0PMJ00001', name: 'Jo Park', email: 'jo@school.example', tz: CHICAGO };
const CASEY = { id: 'U0PMC00001', name: 'Casey Outreach', email: 'casey@med.example', tz: CHICAGO };
// Quiet hours off: the clicks happen at the machine's real time, whatever hour that is in Chicago.
const ENV = { ADMIN_USER_IDS: ADMIN.id, PROGRAM_TIMEZONE: CHICAGO, QUIET_HOURS: 'off', MINOR_QUIET_HOURS: 'off' };
const HEADER = 'slack_id,name,role,group,track,level,birth_date,parent_name,parent_email,parent_phone,parent_consent,mentor_type';
const MENTOR_ROW = `${DOC.id},${DOC.name},peer_mentor,Pair-1,premed,,,,,,,physician`;
const COORDINATOR_ROW = `${CASEY.id},${CASEY.name},admin,,premed,,,,,,,`;
// Jo is 14 or so whenever this runs (born 2012): a minor.
const MINOR_ROW = `${JO.id},${JO.name},mentee,Pair-1,premed,high_school,2012-05-04,Sam Park,sam.park@example.com,,yes,`;

const importValues = pastedRosterValues;

// The tests run in order: the second imports the pair, the next ones walk it through the agreement.
describe('the pre-med track end to end: a minor’s roster row, the agreement first, the introduction with a coordinator', () => {
  let app: ServedApp;
  let as: As;
  const texts = () => app.slack.responses.map((r) => String(r.body['text'] ?? ''));
  const groupDmPosts = () => app.slack.messages.filter((m) => app.slack.channels.get(m.channel)?.isMpim === true && m.ephemeralUser === undefined);
  const importCsv = async (lines: readonly string[]) => {
    const opened = app.slack.callsTo('views.open').length;
    await as(ADMIN).command('/mentor-admin', 'import');
    await app.slack.waitForCall('views.open', () => true, 3_000, opened + 1);
    const viewId = [...app.slack.views].filter(([, v]) => v.view['callback_id'] === 'admin_import').at(-1)![0];
    return as(ADMIN).submit('admin_import', importValues([HEADER, ...lines].join('\n')), { viewId });
  };

  beforeAll(async () => {
    app = await startApp({ label: 'premed', served: true, users: [ADMIN, DOC, JO, CASEY], env: ENV });
    as = actorsOf(app);
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('refuses a mentee under 18 without a parent contact, naming the line and the columns, and stores nothing', async () => {
    const answer = await importCsv([MENTOR_ROW, `${JO.id},${JO.name},mentee,Pair-1,premed,high_school,2012-05-04,,,,,`]);
    expect(answer.ms).toBeLessThan(3_000);
    expect(answer.json?.['response_action']).toBe('errors');
    const message = String((answer.json?.['errors'] as Record<string, string>)['admin_import_csv']);
    expect(message).toContain('line 3, column parent_name: the mentee is under 18 today');
    expect(message).toContain('line 3, column parent_email: the mentee is under 18 today: give the parent’s or guardian’s parent_email or parent_phone');
    expect(message).toContain('line 3, column parent_consent');
    expect(await app.stores.roster.findPeople()).toEqual([]);
    expect(await app.database.connection.db!.collection('premed_pairs').countDocuments()).toBe(0);
  });

  it('imports the pair into the pre-med store (the parent kept there, not on the roster) and welcomes both with the agreement', async () => {
    const answer = await importCsv([MENTOR_ROW, MINOR_ROW, COORDINATOR_ROW]);
    expect(answer.ms).toBeLessThan(3_000);
    const viewId = as(ADMIN).lastModal()!.id;
    const result = await applyImportPreview(app, as, ADMIN, viewId, { timeoutMs: 10_000 });
    expect(JSON.stringify(result.args['view'])).toContain('Roster imported');
    expect(await app.database.connection.db!.collection('premed_pairs').findOne({})).toMatchObject({ _id: 'pair-1', mentorId: DOC.id, menteeId: JO.id, version: 1, active: true });
    expect((await app.database.connection.db!.collection('premed_profiles').find({}).toArray()).find((d) => String(d._id) === JO.id)).toMatchObject({ parentName: 'Sam Park', parentEmail: 'sam.park@example.com', parentConsent: true });
    expect(JSON.stringify(await app.stores.roster.findPeople())).not.toContain('sam.park');
    expect(await app.stores.roster.findGroups()).toEqual([]);

    const now = new Date().toISOString();
    const run = await runJobCli(app, 'introductions', now, ENV);
    expect(run.stdout).toContain('premedWelcomesSent 2');
    expect(run.stdout).toContain('premedIntroductionsSent 0');
    expect(run.stdout).not.toContain('sam.park');
    expect((await runJobCli(app, 'introductions', now, ENV)).stdout).toContain('premedWelcomesSent 0');
    for (const person of [DOC, JO]) {
      const welcomes = app.slack.dmsTo(person.id).filter((m) => m.text.includes('pre-med outreach program'));
      expect(welcomes).toHaveLength(1);
      expect(JSON.stringify(welcomes[0]!.blocks)).toContain('no gifts or money');
      expect(JSON.stringify(welcomes[0]!.blocks)).toContain('premed_agree');
    }
  });

  it('refuses requests and the check-in form until both have agreed, saying whose agreement is missing', async () => {
    await as(JO).command('/mentor-request');
    await app.slack.waitFor(() => texts().some((t) => t.includes('Please accept the program agreement first')), 3_000, 'Jo’s own agreement first');
    await as(DOC).command('/mentor-checkin');
    await app.slack.waitFor(() => texts().filter((t) => t.includes('Please accept the program agreement first')).length === 2, 3_000, 'Dr Rivera’s own agreement first');

    await as(JO).click('premed_agree', 'mentee', { message: app.slack.dmsTo(JO.id)[0]! });
    await app.slack.waitFor(() => texts().some((t) => t.includes('You accepted the program agreement')), 3_000, 'Jo’s acceptance');
    expect(groupDmPosts()).toEqual([]);
    await as(JO).command('/mentor-request');
    await app.slack.waitFor(() => texts().some((t) => t.includes('waiting for your mentor to accept the program agreement')), 3_000, 'waiting for the mentor');
    expect(app.slack.callsTo('views.open').filter((c) => JSON.stringify(c.args).includes('request_submit'))).toEqual([]);
    const stored = await app.database.connection.db!.collection('premed_agreements').find({}).toArray();
    expect(stored).toEqual([{ _id: JO.id, agreedAt: expect.any(Date) }]);

    // The coordinator's Home lists the pair as pending: the mentor not yet, the mentee agreed; no parent contact.
    const before = app.slack.callsTo('views.publish').filter((c) => c.args['user_id'] === CASEY.id).length;
    await as(CASEY).openHome();
    const home = JSON.stringify((await app.slack.waitForCall('views.publish', (args) => args['user_id'] === CASEY.id, 3_000, before + 1)).args['view']);
    expect(home).toContain('Pre-med agreements pending');
    expect(home).toContain(`*Pair-1*: <@${DOC.id}> (mentor) :hourglass_flowing_sand: not yet · <@${JO.id}> (mentee) :white_check_mark: agreed`);
    expect(home).not.toContain('sam.park');
  });

  it('introduces the pair once both agreed, in a conversation with the coordinator, naming the parent to the mentor', async () => {
    await as(DOC).click('premed_agree', 'peer_mentor', { message: app.slack.dmsTo(DOC.id)[0]! });
    const intro = await app.slack.waitFor(() => groupDmPosts()[0], 3_000, 'the introduction');
    expect(app.slack.channels.get(intro.channel)!.members.sort()).toEqual([DOC.id, JO.id, CASEY.id, app.slack.bot.userId].sort());
    const text = JSON.stringify(intro.blocks);
    expect(text).toContain('Sam Park');
    expect(text).toContain('sam.park@example.com');
    expect(text).toContain(`<@${CASEY.id}>`);
    // A second click, and the job again, introduce no one twice.
    await as(DOC).click('premed_agree', 'peer_mentor', { message: app.slack.dmsTo(DOC.id)[0]! });
    await app.slack.waitFor(() => texts().some((t) => t.includes('already recorded')), 3_000, 'already');
    expect((await runJobCli(app, 'introductions', new Date().toISOString(), ENV)).stdout).toContain('premedIntroductionsSent 0');
    expect(groupDmPosts()).toHaveLength(1);

  });

  it('opens the request form once the pair is open, and posts a minor’s request in a conversation that includes the coordinator', async () => {
    const forms = app.slack.callsTo('views.open').length;
    await as(DOC).command('/mentor-checkin');
    const checkin = await app.slack.waitForCall('views.open', () => true, 3_000, forms + 1);
    expect(JSON.stringify(checkin.args['view'])).toContain(JO.name);
    const opened = app.slack.callsTo('views.open').length;
    await as(JO).command('/mentor-request');
    const form = await app.slack.waitForCall('views.open', () => true, 3_000, opened + 1);
    // The track's own topics, not the medical students'.
    expect(JSON.stringify(form.args['view'])).toContain('Personal statement');
    expect(JSON.stringify(form.args['view'])).not.toContain('Residency application');
    const viewId = [...app.slack.views.keys()].at(-1)!;
    const values: StateValues = {
      'request_topic:premed': { request_topic_select: chosen('static_select', 'mcat') },
      request_urgency: { request_urgency_radio: chosen('radio_buttons', 'routine') },
      request_reach: { request_reach_radio: chosen('radio_buttons', 'slack') },
      request_description: { request_description_input: { type: 'plain_text_input', value: 'How did you choose medicine?' } },
    };
    const submitted = await as(JO).submit('request_submit', values, { viewId });
    expect(submitted.ms).toBeLessThan(3_000);
    await app.slack.waitFor(() => app.slack.dmsTo(JO.id).find((m) => m.text.includes('You’ll hear back by')), 5_000, 'the confirmation');
    const [request] = await app.stores.requests.findAwaitingResponse();
    expect(request).toMatchObject({ menteeId: JO.id, audience: 'premed', topic: 'mcat', mentorIds: [DOC.id], witnessIds: [CASEY.id] });
    const conversations = app.slack.callsTo('conversations.open').map((c) => String(c.args['users']).split(',').sort().join(','));
    expect(conversations.filter((c) => c.includes(JO.id) && c.includes(DOC.id)).every((c) => c.includes(CASEY.id))).toBe(true);
    expect(conversations).toContain([JO.id, DOC.id, CASEY.id].sort().join(','));
  });
});
