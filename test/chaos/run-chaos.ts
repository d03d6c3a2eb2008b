/**
 * The chaos suite (`npm run test:chaos`, CI size; `npm run test:chaos -- --full` for 10,000+ deliveries): "exactly once"
 * under three app instances, command-line job runs with `--now` skewed up to an hour and SIGKILLed at random, a
 * database restart half-way, and a fake Slack answering with bursts of 429, 5xx and lost answers. Counted from the fake
 * Slack's log: no tag posted twice, and every tag a calm reference run posts is posted. Exits 1 when either fails.
 *
 *   --full | --small (or CHAOS_SIZE)   size (default small)
 *   --seed <n> (or CHAOS_SEED)         repeat a run (default: a random seed, printed)
 *   --backend sqlite|postgresql        FerretDB's storage (or CHAOS_BACKEND; default sqlite for small, postgresql for full)
 *   --keep                             keep the run's directory (logs, database) even when it passes
 *   CHAOS_VERBOSE=1                    print each job run of the calm passes, with its time
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runChaos } from './chaos-phase.js';
import { startChaosDatabase, type Backend } from './ferretdb.js';
import { createPlan, SIZES } from './plan.js';
import { killAllChildren } from './processes.js';
import { createRandom } from '../support/random.js';
import { runReference } from './reference.js';
import { report } from './report.js';
import { compareIds, stableNames, tally } from './tally.js';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      full: { type: 'boolean', default: false },
      small: { type: 'boolean', default: false },
      seed: { type: 'string' },
      backend: { type: 'string' },
      keep: { type: 'boolean', default: false },
    },
  });
  const sizeName = values.full ? 'full' : values.small ? 'small' : (process.env['CHAOS_SIZE'] ?? 'small');
  if (sizeName !== 'small' && sizeName !== 'full') throw new Error(`CHAOS_SIZE must be small or full (got ${sizeName})`);
  const backend = values.backend ?? process.env['CHAOS_BACKEND'] ?? (sizeName === 'full' ? 'postgresql' : 'sqlite');
  if (backend !== 'sqlite' && backend !== 'postgresql') throw new Error(`the backend must be sqlite or postgresql (got ${backend})`);
  const seed = Number(values.seed ?? process.env['CHAOS_SEED'] ?? Math.floor(Math.random() * 1_000_000));
  const random = createRandom(seed);
  const plan = createPlan(SIZES[sizeName], random.fork());
  const runDir = mkdtempSync(path.join(tmpdir(), 'peer-mentor-chaos-'));
  // PostgreSQL, run as its own user when the driver is root, reaches its data under it.
  chmodSync(runDir, 0o755);
  mkdirSync(path.join(runDir, 'logs'));
  mkdirSync(path.join(runDir, 'db'));
  process.stderr.write(`[chaos] size ${sizeName}, seed ${seed}, FerretDB on ${backend}, ${plan.roster.people.length} people, program time ${plan.t.toISOString()}; logs in ${runDir}\n`);

  const db = await startChaosDatabase(path.join(runDir, 'db'), backend as Backend);
  let passed = false;
  try {
    const started = Date.now();
    const chaos = await runChaos(plan, db, random.fork(), runDir);
    const chaosTally = tally(chaos.slack, await stableNames(chaos.app.wiring.database.connection));
    const stored = new Set(plan.appRequests.map((r) => r.menteeId).filter((id) => !chaos.figures.requestsLost.includes(id)));
    await chaos.app.close();
    await chaos.slack.stop();
    process.stderr.write('[chaos] reference run (no faults, one process)…\n');
    const reference = await runReference(plan, db, runDir, stored);
    const outcome = report({ plan, seed, backend: db.backend, chaos: chaos.figures, chaosTally, reference, comparison: compareIds(reference.tally, chaosTally), totalMs: Date.now() - started });
    process.stdout.write(outcome.text);
    writeFileSync(path.join(runDir, 'figures.json'), JSON.stringify(outcome.figures, null, 2));
    passed = outcome.passed;
  } finally {
    await db.stop();
    if (passed && !values.keep) rmSync(runDir, { recursive: true, force: true });
    else process.stderr.write(`[chaos] the run's logs and database are kept in ${runDir}\n`);
  }
  return passed ? 0 : 1;
}

process.once('exit', killAllChildren);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    process.stderr.write(`[chaos] stopped by ${signal}\n`);
    process.exit(130);
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`[chaos] the run itself failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(2);
  },
);
