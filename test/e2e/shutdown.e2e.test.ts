import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log/logger.js';
import { connectDatabase, type Database } from '../../src/program/store/database.js';
import { actorsOf, SIGNING_SECRET, type StateValues } from '../support/actor.js';
import { uniqueDatabaseUri } from '../support/database.js';
import { freePort } from '../support/loopback-ports.js';
import { FakeSlack, type FakeUser } from '../../src/demo/slack-simulator/fake-slack.js';
import { aRosterFile, CHICAGO, seedProgram, slackUsersOf, type ProgramFixture } from '../support/program-fixture.js';
import { runCliProcess, spawnTsx } from '../support/run-cli-process.js';
import { SlowSlack } from '../support/slow-slack.js';
import { createTestStores, type TestStores } from '../support/use-cases.js';

/**
 * SIGTERM while work is under way (issue 12): the process stops within 10 s, leaves nothing half-applied, and the
 * next run does the rest. The app and the command line run as their own processes, against the fake Slack behind a
 * relay that answers slowly, so that the signal lands mid-work.
 */

const quiet = createLogger({ level: 'error', json: true, secrets: [] });
const ADMIN: FakeUser = { id: 'U0BOOTADM1', name: 'Bea Bootstrap', email: 'bea@med.example', tz: CHICAGO };

/** The import form's state with an uploaded file. */
const importValues = (file: Record<string, unknown>): StateValues => ({
  admin_import_file: { admin_import_file_input: { type: 'file_input', files: [file] } },
  admin_import_csv: { admin_import_csv_input: { type: 'plain_text_input', value: null } },
});

/** Things each test starts, stopped after it whatever happened. */
const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
});

async function openDatabase(uri: string): Promise<{ database: Database; stores: TestStores }> {
  const database = await connectDatabase({ uri, dataDir: '.data', logger: quiet });
  cleanups.push(async () => {
    await database.connection.dropDatabase();
    await database.close();
  });
  return { database, stores: createTestStores(database.connection) };
}

async function startSlack(users: readonly FakeUser[], delayMs: (method: string) => number): Promise<{ slack: FakeSlack; relay: SlowSlack }> {
  const slack = await new FakeSlack(users).start();
  cleanups.push(() => slack.stop());
  const relay = await SlowSlack.start(slack.apiUrl, delayMs);
  cleanups.push(() => relay.stop());
  return { slack, relay };
}

const baseEnv = (slack: FakeSlack, apiUrl: string, mongoUri: string) => ({
  SLACK_BOT_TOKEN: slack.token,
  SLACK_SIGNING_SECRET: SIGNING_SECRET,
  SLACK_API_URL: apiUrl,
  MONGODB_URI: mongoUri,
  NODE_ENV: 'production',
});

describe('SIGTERM during an import started from the Slack form', () => {
  it('lets the import finish, exits 0 within 10 s, and the next introductions run does the rest, once', async () => {
    const roster = aRosterFile();
    // Once the preview is applied (Slack is not asked about people again), Slack is slow to create the first channel:
    // the signal lands after the ack, while the applied import's introductions wait for it.
    let applying = false;
    let slowed = false;
    const { slack, relay } = await startSlack([ADMIN, ...roster.users], (method) => {
      if (!applying || slowed || method !== 'conversations.create') return 0;
      slowed = true;
      return 1_500;
    });
    const mongoUri = uniqueDatabaseUri('sigterm-import');
    const { stores } = await openDatabase(mongoUri);
    const port = await freePort();
    const env = { ...baseEnv(slack, relay.apiUrl, mongoUri), PORT: String(port), ADMIN_USER_IDS: ADMIN.id, SCHEDULER_ENABLED: 'false' };
    const app = spawnTsx('src/main.ts', [], env);
    cleanups.push(async () => app.child.kill('SIGKILL'));
    await expect
      .poll(async () => (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined))?.status, { timeout: 60_000, interval: 200 })
      .toBe(200);

    const as = actorsOf({ baseUrl: `http://127.0.0.1:${port}`, slack });
    await as(ADMIN).command('/mentor-admin', 'import');
    await slack.waitForCall('views.open', () => true, 10_000);
    const viewId = [...slack.views.keys()][0]!;
    const file = slack.fileObject(slack.addFile({ id: 'F0ROSTER00', name: 'roster.csv', content: roster.csv, user: ADMIN.id }));
    const answer = await as(ADMIN).submit('admin_import', importValues(file), { viewId });
    expect(answer.json).toMatchObject({ response_action: 'update' });
    await slack.waitForCall('views.update', (args) => args['view_id'] === viewId && (args['view'] as { callback_id?: string }).callback_id === 'admin_import_preview', 30_000);
    applying = true;
    const applied = await as(ADMIN).submit('admin_import_preview', {}, { viewId });
    expect(applied.json).toMatchObject({ response_action: 'update', view: { title: { text: 'Importing…' } } });
    await expect.poll(() => relay.asked.includes('conversations.create'), { timeout: 10_000, interval: 10 }).toBe(true);

    const signalled = Date.now();
    app.child.kill('SIGTERM');
    expect(await app.exited).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(10_000);
    const lines = app.output().stderr.trim().split('\n').map((l) => JSON.parse(l) as { message: string; [key: string]: unknown });
    const stopped = lines.find((l) => l.message === 'Peer Mentor stopped');
    expect(stopped).toMatchObject({ requestsRunning: expect.any(Number), jobsRunning: 0, claimsLetGo: expect.any(Number) });
    const imported = lines.findIndex((l) => l.message === 'roster imported');
    expect(imported).toBeGreaterThanOrEqual(0);
    expect(imported).toBeLessThan(lines.indexOf(stopped!));

    // The import was applied whole: every person, and every membership of the file.
    const people = await stores.roster.findPeople();
    expect(people.map((p) => p.id).sort()).toEqual(roster.people.map((p) => p.id).sort());
    const groups = await stores.roster.findGroups();
    const memberships = await stores.roster.findMemberships({ current: true });
    expect(groups.map((g) => g.name).sort()).toEqual([...roster.groups.keys()].sort());
    for (const group of groups) {
      const members = memberships.filter((m) => m.groupId === group.id).map((m) => m.personId);
      expect(new Set(members), group.name).toEqual(new Set(roster.groups.get(group.name)));
    }

    // The next run finishes what the stop left (introductions), and repeats nothing.
    const next = await runCliProcess('src/cli/run-job.ts', ['introductions', '--now', new Date().toISOString()], { ...env, SLACK_API_URL: slack.apiUrl });
    expect(next.code, next.stderr).toBe(0);
    const introduced = await stores.roster.findGroups();
    for (const group of introduced) {
      expect(group.introducedAt, group.name).toBeDefined();
      const channel = slack.channels.get(group.channelId!)!;
      expect(slack.postsTo(channel.id).filter((p) => p.text.startsWith(`Welcome to ${group.name},`)), group.name).toHaveLength(1);
    }
    expect([...slack.channels.values()].filter((c) => c.isPrivate && !c.isIm && !c.isMpim)).toHaveLength(introduced.length);
    for (const person of roster.people) {
      const expected = [...roster.groups].filter(([, ids]) => ids.includes(person.id)).map(([name]) => `Welcome to ${name} in the peer-mentoring program.`);
      expect(slack.dmsTo(person.id).map((m) => m.text).sort(), person.name).toEqual(expected.sort());
    }
  }, 90_000);
});

describe('SIGTERM during a job run from the command line', () => {
  const MENTEES = 200;
  const NOW = '2025-09-15T15:05:00Z'; // 10:05 in Chicago on the 15th: the pulse day and hour.
  const PULSE = 'How are things going?';

  /** Ten cohorts of twenty mentees, all in Chicago, members since August 2025. */
  function manyMentees(): ProgramFixture {
    const ids = Array.from({ length: MENTEES }, (_, i) => `U0M${String(i + 1).padStart(7, '0')}`);
    return {
      people: ids.map((id, i) => ({ id, name: `Mentee ${i + 1}`, roles: ['mentee'], year: (i % 2) + 1, timezone: CHICAGO })),
      groups: Array.from({ length: MENTEES / 20 }, (_, g) => ({ name: `Cohort-${g + 1}`, mentees: ids.slice(g * 20, g * 20 + 20) })),
      at: new Date('2025-08-01T00:00:00Z'),
    };
  }

  it('stops within 10 s with a one-line message, and after the next run every mentee has exactly one pulse', async () => {
    const program = manyMentees();
    // Slack answers each post slowly: 200 pulses would take far longer than the time the signal leaves.
    const { slack, relay } = await startSlack(slackUsersOf(program), (method) => (method === 'chat.postMessage' ? 40 : method === 'conversations.open' ? 10 : 0));
    const mongoUri = uniqueDatabaseUri('sigterm-job');
    const { database, stores } = await openDatabase(mongoUri);
    await database.connection.syncIndexes();
    await seedProgram(stores.roster, program);
    const env = { ...baseEnv(slack, relay.apiUrl, mongoUri), PROGRAM_TIMEZONE: CHICAGO };

    const first = spawnTsx('src/cli/run-job.ts', ['pulse', '--now', NOW], env);
    cleanups.push(async () => first.child.kill('SIGKILL'));
    await slack.waitFor(() => slack.callsTo('chat.postMessage').length >= 40, 30_000, '40 pulses');
    const signalled = Date.now();
    first.child.kill('SIGTERM');
    const code = await first.exited;
    expect(Date.now() - signalled).toBeLessThan(10_000);
    expect(code, first.output().stderr).toBe(143);
    const messages = first.output().stderr.trim().split('\n').filter((l) => !l.startsWith('{'));
    expect(messages).toEqual(['Stopped by SIGTERM before the end; nothing was left half-done, and the next run will do the rest.']);
    const sentFirst = slack.messages.filter((m) => m.text === PULSE).length;
    expect(sentFirst).toBeGreaterThan(0);
    expect(sentFirst).toBeLessThan(MENTEES);

    relay.delayMs = () => 0;
    const second = await runCliProcess('src/cli/run-job.ts', ['pulse', '--now', NOW], env);
    expect(second.code, second.stderr).toBe(0);
    const pulsesTo = (id: string) => slack.dmsTo(id).filter((m) => m.text === PULSE).length;
    const counts = program.people.map((p) => pulsesTo(p.id));
    expect(counts.filter((n) => n === 0), 'mentees never sent a pulse').toHaveLength(0);
    expect(counts.filter((n) => n > 1), 'mentees sent a pulse twice').toHaveLength(0);
    expect(slack.callsTo('chat.postMessage').filter((c) => c.args['text'] === PULSE)).toHaveLength(MENTEES);
  }, 120_000);
});
