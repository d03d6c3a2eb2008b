import { appendFileSync, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { actorsOf, chosen, SIGNING_SECRET } from '../support/actor.js';
import { FakeSlack } from '../../src/demo/slack-simulator/fake-slack.js';
import type { ChaosDatabase } from './ferretdb.js';
import { sleep } from './ferretdb.js';
import { createFaults, type ChaosFaults, type FaultRates } from './faults.js';
import { runCalmPass, submitRequest, wireInProcess, type CalmPass, type InProcessApp } from './in-process.js';
import type { ChaosPlan, RequestForm } from './plan.js';
import { createAppInstance, spawnTsxLogged, type AppInstance } from './processes.js';
import type { Random } from '../support/random.js';

const RATES: FaultRates = { burst: 0.006, serverError: 0.04, lostAnswer: 0.04, hangShare: 0.03, platformError: 0.01 };
const APP_INSTANCES = 3;
/** Job runs drawn by weight: the jobs that send most, most often. */
const JOB_MIX = ['introductions', 'introductions', 'checkin-prompts', 'pulse', 'pulse', 'nudges', 'nudges', 'digests', 'housekeeping'] as const;

export interface ChaosFigures {
  jobRuns: number;
  jobRunsKilled: number;
  /** Job runs that ended by themselves with a failure (e.g. the database went away under them). */
  jobRunsFailed: number;
  importRuns: number;
  importsKilled: number;
  appKills: number;
  appStarts: number;
  databaseRestarts: number;
  databaseDownMs: number;
  requestsAcked: number;
  /** App requests acknowledged by an instance but never stored (the instance died, or the database was away, after `ack`). */
  requestsLost: string[];
  /** Posts that reached the fake Slack while the chaos lasted. */
  postsInChaos: number;
  chaosMs: number;
  calm: CalmPass;
  calmMs: number;
  faults: ChaosFaults;
}

export interface ChaosRun {
  readonly slack: FakeSlack;
  readonly app: InProcessApp;
  readonly figures: ChaosFigures;
}

/**
 * The chaos: three app instances taking requests for help, command-line job runs with `--now` skewed up to an hour,
 * SIGKILLed at random and run again, the roster imported from the command line, the database restarted half-way,
 * and the fake Slack failing calls at random (bursts of 429, 5xx before and after taking the message, lost answers,
 * hangs past the client's timeout). Then the calm pass finishes what is left.
 */
export async function runChaos(plan: ChaosPlan, db: ChaosDatabase, random: Random, runDir: string): Promise<ChaosRun> {
  const logDir = path.join(runDir, 'logs');
  const slack = await new FakeSlack(plan.roster.users).start();
  const faults = createFaults(random.fork(), RATES);
  slack.chaos(faults.profile);
  const env = { ...plan.settings, SLACK_BOT_TOKEN: slack.token, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl, MONGODB_URI: db.uri('chaos') };
  const rosterFile = path.join(runDir, 'roster.csv');
  writeFileSync(rosterFile, plan.roster.csv);
  const figures: Omit<ChaosFigures, 'calm' | 'calmMs' | 'postsInChaos' | 'chaosMs'> = {
    jobRuns: 0,
    jobRunsKilled: 0,
    jobRunsFailed: 0,
    importRuns: 0,
    importsKilled: 0,
    appKills: 0,
    appStarts: 0,
    databaseRestarts: 0,
    databaseDownMs: 0,
    requestsAcked: 0,
    requestsLost: [],
    faults,
  };
  const log = (line: string) => process.stderr.write(`[chaos ${new Date().toISOString().slice(11, 19)}] ${line}\n`);

  const started = Date.now();
  const deadline = started + plan.size.chaosMs;
  const apps = await Promise.all(Array.from({ length: APP_INSTANCES }, (_, i) => createAppInstance(i + 1, logDir, env)));
  await Promise.all(apps.map((a) => a.start()));
  figures.appStarts += apps.length;
  log(`${apps.length} app instances up; chaos for ${plan.size.chaosMs / 1000} s`);

  /**
   * `npm run import-roster`, again until it imports (a try may meet the database restarting). Resolves once the roster
   * is written; the process goes on introducing the groups, and is SIGKILLed at the chaos's end if it is still at it.
   */
  const importRoster = async () => {
    const logFile = path.join(logDir, 'import-roster.log');
    for (;;) {
      figures.importRuns += 1;
      const from = existsSync(logFile) ? statSync(logFile).size : 0;
      const proc = spawnTsxLogged(logDir, 'import-roster', 'src/cli/import-roster.ts', [rosterFile], env);
      const exited = proc.exited.then((code) => ({ code }));
      for (;;) {
        const outcome = await Promise.race([exited, sleep(500).then(() => undefined)]);
        if (readFileSync(logFile, 'utf8').slice(from).includes('"message":"roster imported"')) {
          log('roster imported; the import goes on introducing the groups');
          return proc;
        }
        if (outcome !== undefined) {
          log(`import-roster exited ${outcome.code} before importing; trying again`);
          break;
        }
      }
      await sleep(1_000);
    }
  };

  const jobSlot = async (slot: number, slotRandom: Random) => {
    while (Date.now() < deadline) {
      const job = slotRandom.pick(JOB_MIX);
      const now = slotRandom.pick(plan.nows);
      appendFileSync(path.join(logDir, `jobs-${slot}.log`), `\n=== ${new Date().toISOString()} ${job} --now ${now}\n`);
      const proc = spawnTsxLogged(logDir, `jobs-${slot}`, 'src/cli/run-job.ts', [job, '--now', now], env);
      figures.jobRuns += 1;
      const kill = slotRandom.chance(plan.size.killShare) ? setTimeout(() => proc.kill('SIGKILL'), slotRandom.int(1_000, plan.size.killWithinMs)) : undefined;
      const code = await proc.exited;
      clearTimeout(kill);
      if (code === 'SIGKILL') figures.jobRunsKilled += 1;
      else if (code !== 0) figures.jobRunsFailed += 1;
    }
  };

  const killApps = async (killRandom: Random) => {
    const times = Array.from({ length: plan.size.appKills }, () => started + killRandom.int(5_000, plan.size.chaosMs - 5_000)).sort((a, b) => a - b);
    for (const at of times) {
      await sleep(Math.max(0, at - Date.now()));
      const victim = killRandom.pick(apps);
      await victim.kill();
      figures.appKills += 1;
      await sleep(killRandom.int(300, 3_000));
      await victim.start();
      figures.appStarts += 1;
    }
  };

  const restartDatabase = async (dbRandom: Random) => {
    await sleep(plan.size.chaosMs / 2);
    const downMs = dbRandom.int(2_000, 6_000);
    log(`restarting the database (down ${downMs} ms)`);
    const before = Date.now();
    await db.restart(downMs);
    figures.databaseRestarts += 1;
    figures.databaseDownMs += Date.now() - before;
    log('the database is back');
    void Promise.all(
      apps.map(async (a) => {
        while ((await fetch(`${a.baseUrl}/healthz`).then((r) => r.status, () => 0)) !== 200) await sleep(200);
        log(`app instance ${a.index} healthy again, ${Date.now() - before} ms after the restart began`);
      }),
    );
  };

  const driver = await wireInProcess(env, path.join(logDir, 'driver.log'));
  const slots = Array.from({ length: plan.size.jobSlots }, (_, i) => jobSlot(i + 1, random.fork()));
  const killer = killApps(random.fork());
  const restarter = restartDatabase(random.fork());
  const importer = await importRoster();
  const importDone = (async () => {
    await sleep(Math.max(0, deadline - Date.now()));
    if (importer.child.exitCode === null && importer.child.signalCode === null) {
      importer.kill('SIGKILL');
      figures.importsKilled += 1;
      log('SIGKILLed the import, still introducing at the end of the chaos');
    }
    await importer.exited;
  })();
  const requests = Promise.all([
    sendAppRequests(driver, plan.appRequests, apps, slack, random.fork(), figures),
    sendReminderRequests(driver, plan),
  ]);
  await Promise.all([...slots, killer, restarter, requests, importDone]);
  const chaosMs = Date.now() - started;
  const postsInChaos = slack.callsTo('chat.postMessage').length;
  log(`chaos over after ${Math.round(chaosMs / 1000)} s: ${figures.jobRuns} job runs (${figures.jobRunsKilled} killed), ${postsInChaos} posts; stopping the app instances`);
  const stops = await Promise.all(apps.map((a) => a.stop()));
  log(`app instances stopped: ${stops.join(', ')}`);
  figures.requestsLost = await lostRequests(driver, plan.appRequests);

  slack.chaos(undefined);
  const calmStarted = Date.now();
  const calm = await runCalmPass(driver, plan, slack);
  const calmMs = Date.now() - calmStarted;
  log(`calm pass: ${calm.rounds} rounds, ${calm.posts} posts, ${calm.stuck.length} stuck`);
  return { slack, app: driver, figures: { ...figures, postsInChaos, chaosMs, calm, calmMs } };
}

/** Requests through the app instances, as mentees send them: `/mentor-request`, then the form, to any instance that is up. */
async function sendAppRequests(driver: InProcessApp, forms: readonly RequestForm[], apps: readonly AppInstance[], slack: FakeSlack, random: Random, figures: { requestsAcked: number }): Promise<void> {
  const anyUp = async () => {
    for (;;) {
      const up = apps.filter((a) => a.isUp());
      if (up.length > 0) return random.pick(up);
      await sleep(200);
    }
  };
  const viewOf = async (menteeId: string, before: number) => {
    for (let waited = 0; waited < 5_000; waited += 100) {
      const views = [...slack.views.entries()].filter(([, v]) => v.user === menteeId);
      if (views.length > before) return views.at(-1)![0];
      await sleep(100);
    }
    return undefined;
  };
  // A mentee tries again, a second later, until the form is sent: an instance may be down, or the database away.
  const send = async (form: RequestForm) => {
    const giveUpAt = Date.now() + 5 * 60_000;
    while (Date.now() < giveUpAt) {
      const as = actorsOf({ baseUrl: (await anyUp()).baseUrl, slack });
      const before = [...slack.views.values()].filter((v) => v.user === form.menteeId).length;
      const opened = await as(form.menteeId).command('/mentor-request').catch(() => undefined);
      const viewId = opened?.status === 200 ? await viewOf(form.menteeId, before) : undefined;
      if (viewId === undefined) {
        await sleep(1_000);
        continue;
      }
      while (Date.now() < giveUpAt) {
        const answer = await actorsOf({ baseUrl: (await anyUp()).baseUrl, slack })(form.menteeId)
          .submit('request_submit', requestValues(form), { viewId })
          .catch(() => undefined);
        // A form the app could not take (the database is away: it pushes a notice) stays open: the mentee sends it again.
        const action = answer?.json?.['response_action'];
        const saving = JSON.stringify(answer?.json?.['view'] ?? '').includes('"callback_id":"request_saving"');
        if (answer?.status === 200 && action !== 'errors' && action !== 'push' && !saving) {
          figures.requestsAcked += 1;
          return;
        }
        if (saving) {
          // A slow database: the window says "Sending…" and then whether it was saved. If it never says (the instance
          // was killed), the mentee looks whether their mentors got it, else sends it again from a new form.
          if (await savedWithin(driver, viewId, 60_000)) {
            figures.requestsAcked += 1;
            return;
          }
          break;
        }
        await sleep(1_000);
      }
    }
    throw new Error(`could not send ${form.menteeId}'s request through any app instance within 5 minutes`);
  };
  // A few mentees at a time, spread over the chaos.
  const queue = [...forms];
  await Promise.all(
    Array.from({ length: 3 }, async () => {
      for (let form = queue.shift(); form !== undefined; form = queue.shift()) {
        await send(form);
        await sleep(random.int(100, 1_500));
      }
    }),
  );
}

/** Whether the request of form `viewId` is stored within `ms`. */
async function savedWithin(driver: InProcessApp, viewId: string, ms: number): Promise<boolean> {
  const requests = driver.wiring.database.connection.collection('requests');
  for (let waited = 0; waited < ms; waited += 500) {
    if ((await requests.countDocuments({ sourceKey: `view:${viewId}` }).catch(() => 0)) > 0) return true;
    await sleep(500);
  }
  return false;
}

/** The request form's state, as Slack sends it on submit. */
export function requestValues(form: RequestForm) {
  return {
    request_topic: { request_topic_select: chosen('static_select', form.topic) },
    request_urgency: { request_urgency_radio: chosen('radio_buttons', form.urgency) },
    request_reach: { request_reach_radio: chosen('radio_buttons', form.reach) },
    request_description: { request_description_input: { type: 'plain_text_input', value: form.description } },
  };
}

/** Requests sent as of T − 19 h by the driver's own wiring; a try that fails (the database restarting) is made again. */
async function sendReminderRequests(driver: InProcessApp, plan: ChaosPlan): Promise<void> {
  const at = new Date(plan.t.getTime() - 19 * 3_600_000);
  for (const [i, form] of plan.reminderRequests.entries()) {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await submitRequest(driver, form, `VCHAOSDUE${i}`, at);
        break;
      } catch (error) {
        // Slack failures leave the request to the nudges job; only a request not stored yet needs another try.
        const stored = await driver.wiring.database.connection.collection('requests').countDocuments({ sourceKey: `view:VCHAOSDUE${i}` }).catch(() => 0);
        if (stored > 0) break;
        if (attempt >= 30) throw error;
        await sleep(1_000);
      }
    }
  }
}

/** Mentees whose request an app instance acknowledged but never stored. */
async function lostRequests(driver: InProcessApp, forms: readonly RequestForm[]): Promise<string[]> {
  const stored = new Set((await driver.wiring.database.connection.collection('requests').distinct('menteeId')).map(String));
  return forms.filter((f) => !stored.has(f.menteeId)).map((f) => f.menteeId);
}
