import { createWriteStream } from 'node:fs';
import { loadConfig } from '../../src/config/env.js';
import type { RequestSubmission } from '../../src/features/requests/request-help.js';
import { FEATURE_SETTINGS } from '../../src/features/index.js';
import { createAppLogger, wire, type Wiring } from '../../src/main.js';
import type { FakeSlack } from '../../src/demo/slack-simulator/fake-slack.js';
import { JOBS, type ChaosPlan, type RequestForm } from './plan.js';

/**
 * The app wired in the driver's process, as the command-line tools wire it, with a real clock that can be moved on:
 * the calm pass moves it past every lease and retry time (backoff is 15 min to 6 h by the real clock), so that what
 * the chaos left pending is taken over now instead of hours later.
 */
export interface InProcessApp {
  readonly wiring: Wiring;
  /** Moves the real clock the claims are measured by this far ahead. */
  setClockAhead(ms: number): void;
  close(): Promise<void>;
}

export async function wireInProcess(env: Readonly<Record<string, string>>, logFile: string): Promise<InProcessApp> {
  const config = loadConfig(env, FEATURE_SETTINGS);
  const logStream = createWriteStream(logFile, { flags: 'a' });
  let ahead = 0;
  const wiring = await wire(config, createAppLogger(config, { logStream }), () => new Date(Date.now() + ahead));
  return {
    wiring,
    setClockAhead: (ms) => {
      ahead = ms;
    },
    async close() {
      await wiring.close();
      await new Promise<void>((resolve) => logStream.end(resolve));
    },
  };
}

/** Sends a request as the form would, with its own view id. */
export async function submitRequest(app: InProcessApp, form: RequestForm, viewId: string, now: Date): Promise<void> {
  const submission: RequestSubmission = {
    menteeId: form.menteeId,
    viewId,
    topic: form.topic as RequestSubmission['topic'],
    urgency: form.urgency as RequestSubmission['urgency'],
    reach: form.reach as RequestSubmission['reach'],
    audience: 'cohort',
    description: form.description,
  };
  await app.wiring.features.requests.useCases.submitRequest(submission, now);
}

export interface CalmPass {
  readonly rounds: number;
  /** Successful chat.postMessage calls made by the calm pass. */
  readonly posts: number;
  /** Claims still pending at the end, and requests never posted: nothing will send them. */
  readonly stuck: readonly string[];
  /** Time spent in each job, over every round and `now`. */
  readonly jobMs: Readonly<Record<string, number>>;
}

const ROUND_AHEAD_MS = 8 * 3_600_000;
const MAX_ROUNDS = 6;

/**
 * Without faults or kills: every job at every `now` of the plan, again and again (the clock 8 h further on each
 * round), until no claim is pending and every request is posted; or until a round changes nothing.
 */
export async function runCalmPass(app: InProcessApp, plan: ChaosPlan, slack: FakeSlack): Promise<CalmPass> {
  const { wiring } = app;
  const db = wiring.database.connection;
  const postsSoFar = () => slack.callsTo('chat.postMessage').length;
  const before = postsSoFar();
  let stuck: string[] = [];
  let rounds = 0;
  const jobMs: Record<string, number> = {};
  while (rounds < MAX_ROUNDS) {
    rounds += 1;
    app.setClockAhead(rounds * ROUND_AHEAD_MS);
    const roundStart = postsSoFar();
    for (const now of plan.nows) {
      for (const name of JOBS) {
        const jobStarted = Date.now();
        await wiring.jobs.get(name)!.run(new Date(now), wiring.logger.child({ job: name, calm: rounds }));
        jobMs[name] = (jobMs[name] ?? 0) + Date.now() - jobStarted;
        if (process.env['CHAOS_VERBOSE'] === '1') process.stderr.write(`[calm] round ${rounds} ${now} ${name}: ${Date.now() - jobStarted} ms, ${postsSoFar()} posts\n`);
      }
    }
    const pending = await db.collection('claims').find({ state: 'pending' }, { projection: { _id: 1 } }).toArray();
    const unposted = await db.collection('requests').find({ messageTs: { $exists: false } }, { projection: { _id: 1 } }).toArray();
    stuck = [...pending.map((c) => `claim ${String(c._id)}`), ...unposted.map((r) => `request ${String(r._id)} never posted`)];
    if (stuck.length === 0 || postsSoFar() === roundStart) break;
  }
  return { rounds, posts: postsSoFar() - before, stuck, jobMs };
}
