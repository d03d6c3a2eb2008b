import path from 'node:path';
import { SIGNING_SECRET } from '../support/actor.js';
import { FakeSlack } from '../../src/demo/slack-simulator/fake-slack.js';
import type { ChaosDatabase } from './ferretdb.js';
import { runCalmPass, submitRequest, wireInProcess } from './in-process.js';
import type { ChaosPlan } from './plan.js';
import { stableNames, tally, type Tally } from './tally.js';

/** Requests the reference submits at once. */
const REQUESTS_AT_ONCE = 6;

export interface ReferenceRun {
  readonly tally: Tally;
  readonly ms: number;
}

/**
 * The same program and job sequence without chaos: one process, a fresh database and a fake Slack that never fails.
 * The roster is imported (with its introductions), the requests that the chaos run stored are sent, and every job runs
 * at every `now` until nothing is pending. What it posts is what the chaos run must have posted, each once.
 */
export async function runReference(plan: ChaosPlan, db: ChaosDatabase, runDir: string, storedAppRequests: ReadonlySet<string>): Promise<ReferenceRun> {
  const started = Date.now();
  const slack = await new FakeSlack(plan.roster.users).start();
  const env = { ...plan.settings, SLACK_BOT_TOKEN: slack.token, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl, MONGODB_URI: db.uri('reference') };
  const app = await wireInProcess(env, path.join(runDir, 'logs', 'reference.log'));
  try {
    const imported = await app.wiring.features.roster.useCases.importRoster(undefined, { csv: plan.roster.csv, prune: false, dryRun: false, introduce: true, now: new Date() });
    if (!imported.allowed || imported.result.status !== 'imported') throw new Error(`the reference import did not import: ${JSON.stringify(imported)}`);
    // Each request is its own mentee's, so they go in a few at a time (one at a time, the full size's 480 took hours).
    const at = new Date(plan.t.getTime() - 19 * 3_600_000);
    const submissions = [
      ...plan.appRequests.flatMap((form, i) => (storedAppRequests.has(form.menteeId) ? [() => submitRequest(app, form, `VREF${i}`, new Date())] : [])),
      ...plan.reminderRequests.map((form, i) => () => submitRequest(app, form, `VREFDUE${i}`, at)),
    ];
    await Promise.all(Array.from({ length: REQUESTS_AT_ONCE }, async () => {
      for (let next = submissions.shift(); next !== undefined; next = submissions.shift()) await next();
    }));
    const setUpMs = Date.now() - started;
    const calm = await runCalmPass(app, plan, slack);
    process.stderr.write(`[chaos] reference: import and requests ${setUpMs} ms, then ${JSON.stringify(calm.jobMs)}\n`);
    if (calm.stuck.length > 0) throw new Error(`the reference run left work pending: ${calm.stuck.slice(0, 10).join('; ')}`);
    return { tally: tally(slack, await stableNames(app.wiring.database.connection)), ms: Date.now() - started };
  } finally {
    await app.close();
    await slack.stop();
  }
}
