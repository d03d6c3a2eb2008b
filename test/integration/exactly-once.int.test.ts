import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseQuietHours } from '../../src/delivery/quiet-hours.js';
import { createLogger } from '../../src/log/logger.js';
import { deliverOnce, type Delivery, type DeliverDeps } from '../../src/delivery/deliver.js';
import type { ClaimStore } from '../../src/delivery/ports.js';
import { createClaimRepository } from '../../src/delivery/store/claim-repository.js';
import { createDmChannelRepository } from '../../src/delivery/store/dm-channel-repository.js';
import { createMessenger, type Messenger } from '../../src/delivery/slack/messenger.js';
import { loadConfig } from '../../src/config/env.js';
import { createWebClient } from '../../src/slack/create-slack-app.js';
import { connectDatabase, type Database } from '../../src/program/store/database.js';
import { uniqueDatabaseUri } from '../support/database.js';
import { FakeSlack } from '../../src/demo/slack-simulator/fake-slack.js';
import { createTestClock, type TestClock } from '../support/test-clock.js';

const quiet = createLogger({ level: 'error', json: true, secrets: [] });
/** 10:00 in Chicago: nobody's quiet hours. */
const now = new Date('2026-10-05T15:00:00Z');
const people = Array.from({ length: 6 }, (_, i) => ({ id: `U0PERSON0${i}`, name: `Person ${i}`, tz: 'America/Chicago' }));
const deliveryTo = (id: string, kind = 'pulse'): Delivery => ({ key: `${kind}:${id}:2026-10`, recipientId: id, zone: 'America/Chicago' });

describe('exactly once, through the messenger, against the fake Slack and a real database', () => {
  let db: Database;
  let slack: FakeSlack;
  let clock: TestClock;
  let claims: ClaimStore;
  let messenger: Messenger;
  let deps: DeliverDeps;

  const newMessenger = () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: slack.token, SLACK_SIGNING_SECRET: 'x'.repeat(32), SLACK_API_URL: slack.apiUrl, MONGODB_URI: 'mongodb://unused' });
    return createMessenger(createWebClient(config, quiet), createDmChannelRepository(db.connection));
  };
  const hello = async (d: Delivery) => ({ ...(await messenger.dm(d.recipientId, { text: `How are things going? (${d.key})` })) });
  const dmsTo = (id: string) => slack.dmsTo(id).map((m) => m.text);

  beforeAll(async () => {
    slack = await new FakeSlack(people).start();
    db = await connectDatabase({ uri: uniqueDatabaseUri('exactlyonce'), dataDir: '.data', logger: quiet });
    await db.connection.syncIndexes();
    clock = createTestClock();
    claims = createClaimRepository(db.connection, { clock });
    messenger = newMessenger();
    deps = { claims, quietHours: parseQuietHours('21:00-08:00')!, logger: quiet };
  });
  afterAll(async () => {
    await db?.connection.dropDatabase();
    await db?.close();
    await slack?.stop();
  });

  it('tags what it sends with the claim, so that it can be found again', async () => {
    const [person] = people;
    expect(await deliverOnce(deps, [deliveryTo(person!.id, 'tag')], now, hello)).toMatchObject({ sent: 1 });
    expect(slack.dmsTo(person!.id).at(-1)?.metadata).toEqual({ event_type: 'peer_mentor_send', event_payload: { id: `tag:${person!.id}:2026-10#1` } });
  });

  it('after a lost answer, looks in the conversation on the next try and does not send again', async () => {
    const person = people[1]!;
    slack.failNext('chat.postMessage', { kind: 'lost-answer' });
    expect(await deliverOnce(deps, [deliveryTo(person.id)], now, hello)).toMatchObject({ failed: 1 });
    expect(dmsTo(person.id)).toHaveLength(1);

    clock.advance(15 * 60_000);
    expect(await deliverOnce(deps, [deliveryTo(person.id)], now, hello)).toMatchObject({ sent: 1 });
    expect(dmsTo(person.id)).toHaveLength(1);
    expect(await claims.find(deliveryTo(person.id).key)).toMatchObject({ state: 'done', result: { ts: slack.dmsTo(person.id)[0]!.ts } });
  });

  it('sends again rather than never when the app may not read the conversation (installed without the history scopes)', async () => {
    const person = people[4]!;
    slack.failNext('chat.postMessage', { kind: 'lost-answer' });
    expect(await deliverOnce(deps, [deliveryTo(person.id, 'noscope')], now, hello)).toMatchObject({ failed: 1 });
    slack.failNext('conversations.history', { kind: 'error', error: 'missing_scope' });
    clock.advance(15 * 60_000);
    expect(await deliverOnce(deps, [deliveryTo(person.id, 'noscope')], now, hello)).toMatchObject({ sent: 1 });
    expect(dmsTo(person.id)).toHaveLength(2);
  });

  it('counts a message Slack took as sent when recording it fails, and the next run finds it rather than sending again', async () => {
    const person = people[2]!;
    let failing = true;
    const flaky: ClaimStore = {
      ...claims,
      async complete(lease, result) {
        if (failing) throw new Error('the database went away');
        return claims.complete(lease, result);
      },
    };
    const summary = await deliverOnce({ ...deps, claims: flaky }, [deliveryTo(person.id)], now, hello);
    expect(summary).toMatchObject({ sent: 1, failed: 0 });
    failing = false;

    // The unrecorded claim's lease runs out (its holder no longer renews it); the next run looks first.
    clock.advance(11 * 60_000);
    expect(await deliverOnce(deps, [deliveryTo(person.id)], new Date(now.getTime() + 3_600_000), hello)).toMatchObject({ sent: 1 });
    expect(dmsTo(person.id)).toHaveLength(1);
  });

  it('opens each person’s DM once, across messengers (runs and instances) sharing the database', async () => {
    const person = people[3]!;
    const opens = () => slack.callsTo('conversations.open').filter((c) => c.args['users'] === person.id).length;
    await messenger.dm(person.id, { text: 'one' });
    await messenger.dm(person.id, { text: 'two' });
    await newMessenger().dm(person.id, { text: 'three' });
    expect(opens()).toBe(1);
    expect(dmsTo(person.id)).toEqual(['one', 'two', 'three']);
  });

  it('sends nobody anything twice when a run outlasts its lease and a second run, an hour later by --now, starts meanwhile', async () => {
    // Leases of half a second, renewed while held, and a Slack that takes longer than that to answer each message.
    const shortLeases = (): DeliverDeps => ({ ...deps, claims: createClaimRepository(db.connection, { clock, leaseMs: 500 }) });
    const slowHello = async (d: Delivery) => {
      await new Promise((resolve) => setTimeout(resolve, 700));
      return hello(d);
    };
    const everyone = people.map((p) => deliveryTo(p.id, 'slow'));
    const first = deliverOnce(shortLeases(), everyone, now, slowHello);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const second = deliverOnce(shortLeases(), everyone, new Date(now.getTime() + 3_600_000), slowHello);
    const [a, b] = await Promise.all([first, second]);
    expect(a.sent + b.sent).toBe(people.length);
    for (const p of people) expect(slack.dmsTo(p.id).filter((m) => m.text.includes('slow:')), p.id).toHaveLength(1);
  });
});
