import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorsOf, chosen, type As } from '../support/actor.js';
import { ACROSS_ZONES, CAST, aCohort, aProgram, seedProgram, slackUsersOf, theMdPhdGroup } from '../support/program-fixture.js';
import { runJobCli } from '../support/run-cli-process.js';
import { startApp, type ServedApp } from '../support/app-harness.js';
import type { TestStores } from '../support/use-cases.js';

/** The standard cohort across zones (Priya in New York, Ada in Los Angeles), and the MD/PhD group (Lena mentors Ada). */
const PROGRAM = aProgram(aCohort(ACROSS_ZONES), theMdPhdGroup());
const [FACULTY, PRIYA, OMAR, LENA, ADA, BEN] = [CAST.okafor, CAST.priya, CAST.omar, CAST.lena, CAST.ada, CAST.ben].map((p) => p.id) as [string, string, string, string, string, string];
const ZONE = 'America/Chicago';
const SECRET = 'I keep failing the practice questions on acid-base';
const H = 3_600_000;

const requestValues = (description: string) => ({
  request_topic: { request_topic_select: chosen('static_select', 'study_tips') },
  request_urgency: { request_urgency_radio: chosen('radio_buttons', 'routine') },
  request_reach: { request_reach_radio: chosen('radio_buttons', 'slack') },
  request_description: { request_description_input: { type: 'plain_text_input', value: description } },
});

/** Nudges in people's DMs about one mentee's request, by kind. */
function nudgesAbout(app: ServedApp, menteeId: string) {
  const to = (user: string) => app.slack.dmsTo(user).filter((m) => m.text.includes(`<@${menteeId}>`));
  const of = (user: string, pattern: RegExp) => to(user).filter((m) => pattern.test(m.text));
  return {
    reminders: (user: string) => of(user, /request for help is due in/),
    overdue: (user: string) => of(user, /request for help was due .* and has no answer yet/),
    escalations: (user: string) => of(user, /one of your mentees, asked .* for help and has had no answer/),
    all: (user: string) => to(user),
  };
}

describe('job nudges end to end: a request created in Slack, then `npm run job -- nudges --now …`', () => {
  let app: ServedApp;
  let as: As;
  let stores: TestStores;
  // Request deadlines only: lists have their own test, and the real clock decides nothing here.
  const ENV = { PROGRAM_TIMEZONE: ZONE, QUIET_HOURS: 'off', MONTH_END_NUDGE_DAYS: 'off', SEMESTER_END_NUDGE_DAYS: 'off' };

  beforeAll(async () => {
    app = await startApp({ label: 'nudges', served: true, users: slackUsersOf(PROGRAM), env: { PROGRAM_TIMEZONE: ZONE } });
    as = actorsOf(app);
    ({ stores } = app);
    await seedProgram(stores.roster, PROGRAM);
  });
  afterAll(async () => {
    await app?.stop();
  });

  /** /mentor-request and the form submitted, as Slack sends them; resolves to the stored request. */
  async function askForHelp(menteeId: string, description: string) {
    const before = app.slack.callsTo('views.open').length;
    expect((await as(menteeId).command('/mentor-request')).status).toBe(200);
    await app.slack.waitForCall('views.open', () => true, 3_000, before + 1);
    const viewId = [...app.slack.views.keys()].at(-1)!;
    expect((await as(menteeId).submit('request_submit', requestValues(description), { viewId })).status).toBe(200);
    await app.slack.waitFor(() => app.slack.dmsTo(menteeId).find((m) => m.text.includes('You’ll hear back by')), 5_000, 'the confirmation');
    const [request] = (await stores.requests.findAwaitingResponse()).filter((r) => r.menteeId === menteeId);
    expect(request?.messageTs).toBeDefined();
    return request!;
  }
  /** The job run twice at once, as two app instances (or an impatient operator) would. */
  async function runTwice(now: Date) {
    const runs = await Promise.all([runJobCli(app, 'nudges', now.toISOString(), ENV), runJobCli(app, 'nudges', now.toISOString(), ENV)]);
    for (const run of runs) {
      expect(run.stderr).not.toMatch(/\n\s+at /);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`nudges as of ${now.toISOString()}: due `);
    }
    return runs;
  }

  it('reminds at +18 h, tells the Pair at +24 h and the Faculty Mentor at +48 h, each once, and stops once the mentor responds', async () => {
    const request = await askForHelp(BEN, SECRET);
    const at = (hours: number) => new Date(request.createdAt.getTime() + hours * H + 60_000);
    const ben = nudgesAbout(app, BEN);

    await runTwice(at(-1));
    expect([PRIYA, OMAR, FACULTY].flatMap((u) => ben.all(u))).toEqual([]);

    // +18 h: 75 % of the 24-hour window. Both mentors it is with, once each, with the request's buttons.
    await runTwice(at(18));
    for (const mentor of [PRIYA, OMAR]) expect(ben.reminders(mentor)).toHaveLength(1);
    const reminder = ben.reminders(OMAR)[0]!;
    expect(reminder.text).toContain('due in 6 h');
    expect(reminder.text).toMatch(/C[SD]T\)/); // Omar's own zone, Chicago
    expect(ben.reminders(PRIYA)[0]!.text).toMatch(/E[SD]T\)/); // Priya's, New York
    const buttons = JSON.stringify(reminder.blocks);
    for (const action of ['request_claim', 'request_respond', 'request_close']) expect(buttons).toContain(action);
    expect(buttons).toContain(request.id);
    expect(ben.all(FACULTY)).toEqual([]);

    // +24 h: overdue, to the mentors and the Pair partner; no second reminder.
    await runTwice(at(24));
    for (const mentor of [PRIYA, OMAR]) {
      expect(ben.reminders(mentor)).toHaveLength(1);
      expect(ben.overdue(mentor)).toHaveLength(1);
    }
    expect(ben.all(FACULTY)).toEqual([]);

    // +48 h: the Faculty Mentor, without what Ben wrote or even its topic.
    await runTwice(at(48));
    expect(ben.escalations(FACULTY)).toHaveLength(1);
    const alert = ben.escalations(FACULTY)[0]!;
    expect(JSON.stringify(alert)).not.toContain(SECRET);
    expect(JSON.stringify(alert)).not.toMatch(/study tips/i);
    expect(alert.text).toContain(`<@${PRIYA}> and <@${OMAR}>`);
    for (const mentor of [PRIYA, OMAR]) expect(ben.all(mentor)).toHaveLength(2);

    // Omar answers from his reminder: the request is responded, and no more nudges come, however late it gets.
    expect((await as(OMAR).click('request_respond', request.id, { message: reminder })).status).toBe(200);
    await expect.poll(async () => (await stores.requests.find(request.id))?.respondedBy).toBe(OMAR);
    const [late] = await runTwice(at(72));
    expect(late!.stdout).toContain('due 0');
    for (const user of [PRIYA, OMAR]) expect(ben.all(user)).toHaveLength(2);
    expect(ben.all(FACULTY)).toHaveLength(1);
    expect(app.slack.dmsTo(BEN).filter((m) => /overdue|due in/.test(m.text))).toEqual([]);
    expect(JSON.stringify(app.logs)).not.toContain(SECRET);
  }, 180_000);

  it('sends nothing about a request its mentor answered in the conversation', async () => {
    const request = await askForHelp(ADA, 'Could someone look at my research abstract?');
    const at = (hours: number) => new Date(request.createdAt.getTime() + hours * H + 60_000);
    // Priya writes in the group DM: that is the response.
    const ts = `${Number(request.messageTs!.split('.')[0]) + 60}.000100`;
    await as(PRIYA).say(request.channelId!, 'Happy to, send it over', { ts });
    await expect.poll(async () => (await stores.requests.find(request.id))?.respondedBy).toBe(PRIYA);
    for (const hours of [18, 24, 48]) {
      const run = await runJobCli(app, 'nudges', at(hours).toISOString(), ENV);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('due 0');
    }
    const ada = nudgesAbout(app, ADA);
    expect([PRIYA, OMAR, LENA, FACULTY].flatMap((u) => ada.all(u))).toEqual([]);
  }, 120_000);
});

describe('job nudges end to end: month-end lists at a decent hour', () => {
  let app: ServedApp;
  const ENV = { PROGRAM_TIMEZONE: ZONE };

  beforeAll(async () => {
    app = await startApp({ label: 'nudgeLists', served: true, users: slackUsersOf(PROGRAM), env: ENV });
    const { stores } = app;
    await seedProgram(stores.roster, PROGRAM);
    // Ben had a call this month; Ada nothing.
    await stores.contacts.record({
      mentorId: OMAR, menteeIds: [BEN], at: new Date('2026-10-05T15:00:00Z'), date: '2026-10-05', kind: 'call', group: false,
      minutes: 15, note: undefined, source: 'logged', sourceKey: 'seed:ben', createdAt: new Date('2026-10-05T15:00:00Z'),
    });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('holds the 3-day list at night, sends one per mentor in the morning naming only the mentees still missing, and never again', async () => {
    // 00:30 on Thu 29 October in Chicago: the 3-day list is due, but it is night for every mentor.
    const night = await runJobCli(app, 'nudges', '2026-10-29T05:30:00Z', ENV);
    expect(night.code, night.stderr).toBe(0);
    expect(night.stdout).toContain('due 3, sent 0, alreadySent 0, waitingForMorning 3');
    // 08:02 in New York (07:02 in Chicago): Priya's comes; the Chicago mentors' wait an hour more.
    const newYork = await runJobCli(app, 'nudges', '2026-10-29T12:02:00Z', ENV);
    expect(newYork.stdout).toContain('sent 1, alreadySent 0, waitingForMorning 2');
    const chicago = await runJobCli(app, 'nudges', '2026-10-29T13:02:00Z', ENV);
    expect(chicago.stdout).toContain('sent 2, alreadySent 1');
    for (const mentor of [PRIYA, OMAR, LENA]) {
      const lists = app.slack.dmsTo(mentor).filter((m) => m.text.includes('days left of October 2026'));
      expect(lists).toHaveLength(1);
      expect(lists[0]!.text).toContain('3 days left of October 2026: one of your mentees has had no communication yet this month.');
      expect(JSON.stringify(lists[0]!.blocks)).toContain(`<@${ADA}>`);
      expect(JSON.stringify(lists[0]!.blocks)).not.toContain(`<@${BEN}>`);
    }
    const again = await runJobCli(app, 'nudges', '2026-10-30T15:02:00Z', ENV);
    expect(again.stdout).toContain('due 3, sent 0, alreadySent 3');
    expect(app.slack.dmsTo(FACULTY)).toEqual([]);
  }, 60_000);
});
