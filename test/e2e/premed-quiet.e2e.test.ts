import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorsOf, chosen, type As, type StateValues } from '../support/actor.js';
import { startApp, type ServedApp } from '../support/app-harness.js';
import { importPastedRoster } from '../support/roster-form.js';
import { runJobCli } from '../support/run-cli-process.js';

const CHICAGO = 'America/Chicago';
const ADMIN = { id: 'U0BOOTADM3', name: 'Bea Bootstrap', email: 'bea@med.example', tz: CHICAGO };
const DOC = { id: 'U0PMD00003', name: 'Dr Rivera', email: 'rivera@med.example', tz: CHICAGO };
const JO = { id: 'U0PMJ00003', name: 'Jo Park', email: 'jo@school.example', tz: CHICAGO };
const CASEY = { id: 'U0PMC00003', name: 'Casey Outreach', email: 'casey@med.example', tz: CHICAGO };
// MINOR_QUIET_HOURS from this hour to two hours later in Chicago: the requests below are sent inside them, whatever the
// machine's time; QUIET_HOURS off, so only the minor's hours hold anything.
const hour = Number(new Intl.DateTimeFormat('en-US', { timeZone: CHICAGO, hour: '2-digit', hourCycle: 'h23' }).format(new Date()));
const pad = (h: number) => String(h % 24).padStart(2, '0');
const ENV = { ADMIN_USER_IDS: ADMIN.id, PROGRAM_TIMEZONE: CHICAGO, QUIET_HOURS: 'off', MINOR_QUIET_HOURS: `${pad(hour)}:00-${pad(hour + 2)}:00` };
const HEADER = 'slack_id,name,role,group,track,level,birth_date,parent_name,parent_email,parent_phone,parent_consent,mentor_type';
const ROWS = [
  `${DOC.id},${DOC.name},peer_mentor,Pair-1,premed,,,,,,,physician`,
  // Jo is 14 or so whenever this runs (born 2012): a minor.
  `${JO.id},${JO.name},mentee,Pair-1,premed,high_school,2012-05-04,Sam Park,sam.park@example.com,,yes,`,
  `${CASEY.id},${CASEY.name},admin,,premed,,,,,,,`,
];

describe('minors’ quiet hours end to end: a minor’s conversations wait until it is quiet for none of their people', () => {
  let app: ServedApp;
  let as: As;
  const groupDmPosts = () => app.slack.messages.filter((m) => app.slack.channels.get(m.channel)?.isMpim === true && m.ephemeralUser === undefined);
  const afterQuiet = () => new Date(Date.now() + 125 * 60_000).toISOString();

  beforeAll(async () => {
    app = await startApp({ label: 'premed-quiet', served: true, users: [ADMIN, DOC, JO, CASEY], env: ENV });
    as = actorsOf(app);
    await importPastedRoster(app, as, ADMIN, [HEADER, ...ROWS].join('\n'));
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('welcomes the adult now and the minor once their quiet hours end; holds the introduction until then', async () => {
    const now = await runJobCli(app, 'introductions', new Date().toISOString(), ENV);
    expect(now.stdout).toContain('premedWelcomesSent 1');
    expect(now.stdout).toContain('premedWelcomesWaiting 1');
    expect(app.slack.dmsTo(JO.id)).toEqual([]);
    expect((await runJobCli(app, 'introductions', afterQuiet(), ENV)).stdout).toContain('premedWelcomesSent 1');
    await as(JO).click('premed_agree', 'mentee', { message: app.slack.dmsTo(JO.id)[0]! });
    await as(DOC).click('premed_agree', 'peer_mentor', { message: app.slack.dmsTo(DOC.id)[0]! });
    await app.slack.waitFor(() => (app.slack.responses.filter((r) => String(r.body['text'] ?? '').includes('You accepted')).length === 2 ? true : undefined), 3_000, 'both agreed');
    expect(groupDmPosts()).toEqual([]);
  });

  it('holds a minor’s request until their quiet hours end, then posts it with the coordinator, due from then', async () => {
    const opened = app.slack.callsTo('views.open').length;
    await as(JO).command('/mentor-request');
    await app.slack.waitForCall('views.open', () => true, 3_000, opened + 1);
    const viewId = [...app.slack.views.keys()].at(-1)!;
    const values: StateValues = {
      'request_topic:premed': { request_topic_select: chosen('static_select', 'mcat') },
      request_urgency: { request_urgency_radio: chosen('radio_buttons', 'routine') },
      request_reach: { request_reach_radio: chosen('radio_buttons', 'slack') },
      request_description: { request_description_input: { type: 'plain_text_input', value: 'How did you choose medicine?' } },
    };
    expect((await as(JO).submit('request_submit', values, { viewId })).ms).toBeLessThan(3_000);
    let facts = await app.stores.requests.findAwaitingResponse();
    for (let i = 0; i < 50 && facts.length === 0; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      facts = await app.stores.requests.findAwaitingResponse();
    }
    // Held: stored, nothing posted, nothing sent to the minor yet.
    expect(facts).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const request = await app.stores.requests.find(facts[0]!.id);
    expect(request!.messageTs).toBeUndefined();
    expect(app.slack.dmsTo(JO.id).filter((m) => m.text.includes('hear back'))).toEqual([]);
    expect(request!.deadline.getTime() - request!.createdAt.getTime()).toBeGreaterThan(24 * 3_600_000);
    expect(groupDmPosts()).toEqual([]);

    const morning = await runJobCli(app, 'nudges', afterQuiet(), ENV);
    expect(morning.stdout).toContain('requestsPosted 1');
    const posts = groupDmPosts();
    // The introduction (next introductions run) aside, the request is the one post, in the conversation with the coordinator.
    expect(posts).toHaveLength(1);
    expect(app.slack.channels.get(posts[0]!.channel)!.members.sort()).toEqual([DOC.id, JO.id, CASEY.id, app.slack.bot.userId].sort());
  });
});
