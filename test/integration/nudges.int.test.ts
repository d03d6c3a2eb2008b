import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { NewHelpRequest } from '../../src/program/records/request.js';
import { createLogger } from '../../src/log/logger.js';
import { createSlackDirectory } from '../../src/program/slack/slack-directory.js';
import { createTestStores, type TestStores as Stores } from '../support/use-cases.js';
import { backoffMs } from '../../src/delivery/deliver.js';
import { refreshTimezones } from '../../src/features/nudges/refresh-timezones.js';
import { connectDatabase, type Database } from '../../src/program/store/database.js';
import { uniqueDatabaseUri } from '../support/database.js';
import { SendError } from '../support/recording-nudge-notifier.js';
import { seedProgram, slackUsersOf, type ProgramFixture } from '../support/program-fixture.js';
import { startApp, type AppHarness, type RecordingApp } from '../support/app-harness.js';

const quiet = createLogger({ level: 'error', json: true, secrets: [] });
const ENV = { PROGRAM_TIMEZONE: 'America/Chicago' };
/** Friday 30 October 2026, 10:00 in Chicago: three days of October left, so the month-end lists are due too. */
const NOW = new Date('2026-10-30T15:00:00Z');
const H = 3_600_000;
const after = (ms: number) => new Date(NOW.getTime() + ms);

const PROGRAM: ProgramFixture = {
  people: [
    { id: 'F1', name: 'Dr Okafor', roles: ['faculty'], timezone: 'America/Chicago' },
    { id: 'P3', name: 'Priya', roles: ['peer_mentor'], timezone: 'America/New_York' },
    { id: 'P4', name: 'Omar', roles: ['peer_mentor'], timezone: 'America/Chicago' },
    { id: 'P7', name: 'Kenji', roles: ['peer_mentor'], timezone: 'Asia/Tokyo' },
    { id: 'M1', name: 'Ada' },
    { id: 'M2', name: 'Bo' },
    { id: 'M3', name: 'Cy' },
    { id: 'M4', name: 'Dee' },
    { id: 'M7', name: 'Eve' },
  ],
  groups: [
    { name: 'Blue-Okafor', faculty: ['F1'], mentors: ['P3', 'P4'], mentees: ['M1', 'M2', 'M3', 'M4'] },
    { name: 'Red-Tanaka', mentors: ['P7'], mentees: ['M7'] },
  ],
};

const aRequest = (menteeId: string, createdAt: string, sourceKey: string): NewHelpRequest => ({
  menteeId,
  topic: 'study_tips',
  urgency: 'routine',
  reach: 'slack',
  description: 'A private question about the renal block',
  audience: 'cohort',
  mentorIds: ['P3', 'P4'],
  routedTo: 'mentors',
  coveringFor: [],
  deadline: new Date(new Date(createdAt).getTime() + 24 * H),
  createdAt: new Date(createdAt),
  sourceKey,
});

/**
 * The program at NOW: Ada's request is 2 h overdue, Bo's 27 h overdue (so faculty is told), Cy's is at 79 % of its
 * window; Dee was contacted this month, so Ada, Bo and Cy are on the Pair's month-end list and Eve on Kenji's (in
 * Tokyo, where it is midnight). Ten nudges are due, nine of them sendable now.
 */
async function seed(stores: Stores): Promise<void> {
  await seedProgram(stores.roster, PROGRAM);
  // Each request as the app leaves it: stored, then posted in its group DM.
  for (const [mentee, createdAt, sourceKey, ts] of [
    ['M1', '2026-10-29T13:00:00Z', 'view:A', '1761742800.000100'],
    ['M2', '2026-10-28T12:00:00Z', 'view:B', '1761652800.000100'],
    ['M3', '2026-10-29T20:00:00Z', 'view:C', '1761768000.000100'],
  ] as const) {
    const { request } = await stores.requests.create(aRequest(mentee, createdAt, sourceKey));
    await stores.requests.setMessage(request.id, `G${mentee}`, ts);
  }
  await stores.contacts.record({
    mentorId: 'P4', menteeIds: ['M4'], at: new Date('2026-10-05T15:00:00Z'), date: '2026-10-05', kind: 'call', group: false,
    minutes: 10, note: undefined, source: 'logged', sourceKey: 'seed:M4', createdAt: new Date('2026-10-05T15:00:00Z'),
  });
}
const DUE_NOW = 10;
const SENDABLE_NOW = 9;

describe('job nudges on a real database', () => {
  const open: RecordingApp[] = [];
  /** `count` app instances on one database, seeded: the real stores (their calls counted) and use cases, nudges recorded. */
  const fresh = async (label: string, count: number) => {
    const first = await startApp({ label, env: ENV, recording: true, counted: true });
    const others = await Promise.all(Array.from({ length: count - 1 }, () => startApp({ label, env: ENV, recording: true, counted: true, mongoUri: first.mongoUri })));
    const instances = [first, ...others];
    open.push(...instances);
    await seed(first.stores);
    return instances;
  };
  afterEach(async () => {
    for (const instance of open.splice(0)) await instance.stop();
  });

  it('plans with one bulk query per collection, and two instances at once send each nudge once', async () => {
    const [one, two] = await fresh('nudgesTwo', 2);
    const [a, b] = [one!.nudges, two!.nudges];
    const [first, second] = await Promise.all([one!.useCases.runNudges(NOW), two!.useCases.runNudges(NOW)]);
    const keys = [...a.keys(), ...b.keys()].sort();
    expect(keys).toEqual([...new Set(keys)]);
    expect(keys).toEqual([
      'nudge:month-end:P3:2026-10:3',
      'nudge:month-end:P4:2026-10:3',
      `nudge:request-escalation:${await requestId(one!, 'view:B')}:F1`,
      ...(await overdueKeys(one!, ['view:A', 'view:B'])),
      ...(await reminderKeys(one!, ['view:C'])),
    ].sort());
    expect(keys).toHaveLength(SENDABLE_NOW);
    expect(first.due).toBe(DUE_NOW);
    expect(first.sent + second.sent).toBe(SENDABLE_NOW);
    expect(first.waitingForMorning).toBe(1); // Kenji's list: midnight in Tokyo
    // Bulk: each collection read once per run, whatever the number of people and requests.
    for (const call of ['roster.findPeople', 'roster.findGroups', 'roster.findMemberships', 'requests.findAwaitingResponse', 'away.findAllNotEnded', 'contacts.findMarks', 'claims.findDoneKeys']) {
      expect(one!.counts.get(call), call).toBe(1);
    }
    // The month-end list is one message per mentor, naming only the mentees still missing.
    const list = [...a.sent, ...b.sent].find((n) => n.key === 'nudge:month-end:P3:2026-10:3')!;
    expect(list).toMatchObject({ kind: 'month-end', menteeIds: ['M1', 'M2', 'M3'] });
    // What the mentees wrote never reaches a nudge.
    expect(JSON.stringify([...a.sent, ...b.sent])).not.toContain('renal');

    // A rerun sends nothing again; at 08:00 in Tokyo, Kenji's list goes (and Cy's request has meanwhile become overdue).
    const rerun = await one!.useCases.runNudges(after(60_000));
    expect(rerun).toMatchObject({ sent: 0, alreadySent: SENDABLE_NOW, waitingForMorning: 1 });
    const morning = await two!.useCases.runNudges(new Date('2026-10-30T23:02:00Z'));
    expect(b.sent.slice(-3).map((n) => n.key).sort()).toEqual(['nudge:month-end:P7:2026-10:3', ...(await overdueKeys(one!, ['view:C']))].sort());
    expect(morning.sent).toBe(3);
  });

  it('after a run killed half-way, the next runs send the rest and repeat nothing Slack accepted', async () => {
    const [killed, next] = await fresh('nudgesKilled', 2);
    const dying = killed!.nudges;
    dying.hangAfter(4);
    // The first run sends four nudges, claims a fifth and dies while sending it.
    void killed!.useCases.runNudges(NOW);
    await dying.hung;
    expect(dying.sent).toHaveLength(4);
    const soon = await next!.useCases.runNudges(after(60_000));
    expect(soon).toMatchObject({ sent: SENDABLE_NOW - 5, alreadySent: 4, inProgress: 1 });
    // Once the dead run's claim is stale (10 minutes by the real clock), the nudge it held goes out.
    next!.stores.clock.advance(11 * 60_000);
    const later = await next!.useCases.runNudges(after(11 * 60_000));
    expect(later).toMatchObject({ sent: 1, alreadySent: SENDABLE_NOW - 1 });
    const all = [...dying.keys(), ...next!.nudges.keys()].sort();
    expect(all).toHaveLength(SENDABLE_NOW);
    expect(new Set(all).size).toBe(SENDABLE_NOW);
  });

  it('retries a failed send on a later run: after Slack’s Retry-After, or with backoff', async () => {
    const [instance] = await fresh('nudgesRetry', 1);
    const notifier = instance!.nudges;
    notifier.failNext(new SendError('rate limited', 'ratelimited', false, 120));
    notifier.failNext(new SendError('Slack answered internal_error', 'internal_error', false));
    const first = await instance!.useCases.runNudges(NOW);
    expect(first).toMatchObject({ sent: SENDABLE_NOW - 2, failed: 2 });
    // Retry times are real time: however late a run says it is, nothing is retried before them.
    expect(await instance!.useCases.runNudges(after(3_600_000))).toMatchObject({ sent: 0, inProgress: 2 });
    instance!.stores.clock.advance(121_000);
    expect(await instance!.useCases.runNudges(after(121_000))).toMatchObject({ sent: 1, inProgress: 1 });
    instance!.stores.clock.advance(backoffMs(1) - 121_000);
    expect(await instance!.useCases.runNudges(after(backoffMs(1)))).toMatchObject({ sent: 1, inProgress: 0 });
    expect(new Set(notifier.keys()).size).toBe(SENDABLE_NOW);
    expect(notifier.sent).toHaveLength(SENDABLE_NOW);
  });

  it('stops reminding once the request is answered or closed', async () => {
    const [instance] = await fresh('nudgesStop', 1);
    const notifier = instance!.nudges;
    const c = (await instance!.stores.requests.findAwaitingResponse()).find((r) => r.sourceKey === 'view:C')!;
    const a = (await instance!.stores.requests.findAwaitingResponse()).find((r) => r.sourceKey === 'view:A')!;
    await instance!.stores.requests.markResponded(c.id, 'P4', after(-60_000));
    await instance!.stores.requests.markClosed(a.id, { as: 'cancelled', by: 'M1', at: after(-60_000), helped: undefined });
    await instance!.useCases.runNudges(NOW);
    expect(notifier.keys().filter((k) => k.includes(c.id) || k.includes(a.id))).toEqual([]);
    expect(notifier.keys().filter((k) => k.startsWith('nudge:request-'))).toHaveLength(3); // Bo's: overdue ×2, escalation
  });
});

describe('request and contact reads for nudges', () => {
  let db: Database;
  let stores: Stores;
  afterAll(async () => {
    await db?.connection.dropDatabase();
    await db?.close();
  });

  it('reads waiting requests without their description, and contact marks in ranges and kinds', async () => {
    db = await connectDatabase({ uri: uniqueDatabaseUri('nudgeReads'), dataDir: '.data', logger: quiet });
    await db.connection.syncIndexes();
    stores = createTestStores(db.connection);
    await seed(stores);
    const waiting = await stores.requests.findAwaitingResponse();
    expect(waiting.map((r) => r.menteeId).sort()).toEqual(['M1', 'M2', 'M3']);
    for (const request of waiting) expect(request).not.toHaveProperty('description');
    const contact = (menteeIds: string[], date: string, kind: 'slack' | 'video', key: string) =>
      stores.contacts.record({ mentorId: 'P3', menteeIds, at: new Date(`${date}T15:00:00Z`), date, kind, group: menteeIds.length > 1, minutes: 5, note: 'private', source: 'logged', sourceKey: key, createdAt: new Date(`${date}T15:00:00Z`) });
    await contact(['M1'], '2026-09-15', 'video', 'k1');
    await contact(['M2'], '2026-09-20', 'slack', 'k2');
    const undone = await contact(['M3'], '2026-10-02', 'slack', 'k3');
    await stores.contacts.markUndone(undone.contact.id, NOW);
    const marks = await stores.contacts.findMarks([{ from: '2026-10-01', to: '2026-10-31' }, { from: '2026-08-01', to: '2026-12-31', kinds: ['video', 'in_person'] }]);
    expect(marks.sort((x, y) => x.date.localeCompare(y.date))).toEqual([
      { menteeIds: ['M1'], date: '2026-09-15', kind: 'video' },
      { menteeIds: ['M4'], date: '2026-10-05', kind: 'call' },
    ]);
    expect(await stores.contacts.findMarks([])).toEqual([]);
  });
});

describe('time zones refreshed from Slack', () => {
  let wired: AppHarness;
  afterAll(async () => {
    await wired?.stop();
  });

  it('learns missing zones, follows a zone learnt from Slack, keeps the roster’s, a few people per run, weekly', async () => {
    wired = await startApp({
      label: 'nudgeZones',
      users: [
        { id: 'Z1', name: 'No Zone', tz: 'Europe/Berlin' },
        { id: 'Z2', name: 'Roster Zone', tz: 'Europe/Paris' },
        { id: 'Z3', name: 'Moved', tz: 'Asia/Seoul' },
        { id: 'Z4', name: 'Also No Zone', tz: 'Australia/Perth' },
      ],
    });
    const { stores } = wired;
    await seedProgram(stores.roster, {
      people: [
        { id: 'Z1', name: 'No Zone' },
        { id: 'Z2', name: 'Roster Zone', timezone: 'America/Denver' },
        { id: 'Z3', name: 'Moved', timezone: 'Asia/Tokyo' },
        { id: 'Z4', name: 'Also No Zone' },
      ],
      groups: [],
    });
    // Z3's zone came from Slack at an earlier check, more than a week ago.
    await stores.zoneChecks.save([{ personId: 'Z3', checkedAt: after(-8 * 24 * H), slackZone: 'Asia/Tokyo' }]);
    const deps = { ...wired.stores, directory: createSlackDirectory(wired.messenger.client), logger: quiet };
    const zones = async () => Object.fromEntries((await stores.roster.findPeople()).map((p) => [p.id, p.timezone]));

    // Two per run: those with no zone first.
    expect(await refreshTimezones(deps, await stores.roster.findPeople(), NOW, 2)).toEqual({ zonesChecked: 2, zonesChanged: 2 });
    expect(await zones()).toMatchObject({ Z1: 'Europe/Berlin', Z4: 'Australia/Perth', Z2: 'America/Denver', Z3: 'Asia/Tokyo' });
    expect(await refreshTimezones(deps, await stores.roster.findPeople(), after(60_000), 2)).toEqual({ zonesChecked: 2, zonesChanged: 1 });
    expect(await zones()).toEqual({ Z1: 'Europe/Berlin', Z2: 'America/Denver', Z3: 'Asia/Seoul', Z4: 'Australia/Perth' });
    const asked = wired.slack.callsTo('users.info').length;
    expect(asked).toBe(4);
    // Within the week nobody is asked again; after it, they are.
    expect(await refreshTimezones(deps, await stores.roster.findPeople(), after(6 * 24 * H), 10)).toEqual({ zonesChecked: 0, zonesChanged: 0 });
    expect(await refreshTimezones(deps, await stores.roster.findPeople(), after(8 * 24 * H), 10)).toMatchObject({ zonesChecked: 4 });
    expect(wired.slack.callsTo('users.info')).toHaveLength(asked + 4);
  });

  it('sends nudges through Slack, holds a 429 until its Retry-After, and retries an error with backoff', async () => {
    const slackWired = await startApp({ label: 'nudgeSlack', users: slackUsersOf(PROGRAM) });
    try {
      const { jobs, logger } = slackWired;
      const { stores } = slackWired;
      await seed(stores);
      const job = jobs.get('nudges')!;
      // Every chat.postMessage is refused: the first with HTTP 429 (Retry-After 1 s) until the client's own retries run out,
      // the second with an error; the rest go through.
      slackWired.slack.failNext('chat.postMessage', { kind: 'ratelimited', retryAfter: 1 }, 4);
      slackWired.slack.failNext('chat.postMessage', { kind: 'error', error: 'internal_error' });
      const first = await job.run(NOW, logger);
      expect(first).toMatchObject({ due: DUE_NOW, sent: SENDABLE_NOW - 2, failed: 2 });
      expect(await job.run(after(500), logger)).toMatchObject({ sent: 0, inProgress: 2 });
      stores.clock.advance(1_500);
      expect(await job.run(after(1_500), logger)).toMatchObject({ sent: 1, inProgress: 1 });
      stores.clock.advance(backoffMs(1));
      expect(await job.run(after(backoffMs(1)), logger)).toMatchObject({ sent: 1, inProgress: 0 });
      const dms = slackWired.slack.callsTo('chat.postMessage');
      expect(dms).toHaveLength(SENDABLE_NOW);
      const reminder = dms.find((c) => String(c.args['text']).includes('is due in'))!;
      expect(JSON.stringify(reminder.args['blocks'])).toContain('request_respond');
      expect(JSON.stringify(dms)).not.toContain('renal');
      const failures = slackWired.logs.filter((l) => l.message === 'delivery failed; will retry');
      expect(failures.map((l) => l['code']).sort()).toEqual(['internal_error', 'ratelimited']);
    } finally {
      await slackWired.stop();
    }
  }, 60_000);
});

async function requestId(instance: RecordingApp, sourceKey: string): Promise<string> {
  return (await instance.database.connection.collection('requests').findOne({ sourceKey }))!._id.toString();
}
async function overdueKeys(instance: RecordingApp, sourceKeys: string[]): Promise<string[]> {
  const ids = await Promise.all(sourceKeys.map((k) => requestId(instance, k)));
  return ids.flatMap((id) => [`nudge:request-overdue:${id}:P3`, `nudge:request-overdue:${id}:P4`]);
}
async function reminderKeys(instance: RecordingApp, sourceKeys: string[]): Promise<string[]> {
  const ids = await Promise.all(sourceKeys.map((k) => requestId(instance, k)));
  return ids.flatMap((id) => [`nudge:request-reminder:${id}:P3`, `nudge:request-reminder:${id}:P4`]);
}