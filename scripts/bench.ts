/**
 * `npm run bench -- <nudges|digests|exports|home> [--mentees 20000] [--groups N] [--now ISO] [--runs 3]`, and
 * `npm run bench -- ack …` (scripts/bench/ack.ts: the full app against a bare Bolt app, its own options).
 *
 * Seeds a fresh database (on MONGODB_URI, a database of its own, dropped at the end) with a program of that many
 * mentees in cohort groups (two peer mentors and a faculty mentor each; a third of mentees and peer mentors also in
 * the program-wide MD/PhD group), a semester of contacts (most mentees contacted each month, fewer met), requests
 * (most answered, some near their deadline, some overdue), time away, the month's pulse answers and switch requests
 * (scripts/bench/seed.ts); then times one piece of the app's work beside a baseline measured in the same run:
 * - nudges: the nudge planning (the job's reads and rules, without sending), with its peak heap, beside a bare scan;
 * - digests: the admin's program digest and a whole weekly run of digests (without sending), beside a bare scan;
 * - exports: each kind of export over the seeded semester, beside a bare scan of what that kind reads;
 * - home: the event loop's lag while an admin opens Home, beside the lag during a bare scan.
 * A script, not a test: it prints figures for the README.
 */
import { runAckBench } from './bench/ack.js';
import { benchDigests } from './bench/digests.js';
import { benchExports } from './bench/exports.js';
import { benchHome } from './bench/home.js';
import { benchNudges } from './bench/nudges.js';
import { openBenchDatabase, parseBenchOptions, type BenchDatabase, type BenchOptions } from './bench/common.js';

const BENCHES: Readonly<Record<string, (bench: BenchDatabase, options: BenchOptions) => Promise<string[]>>> = {
  nudges: benchNudges,
  digests: benchDigests,
  exports: benchExports,
  home: benchHome,
};
const USAGE = `usage: npm run bench -- <${Object.keys(BENCHES).join('|')}> [--mentees 20000] [--groups N] [--now 2026-12-28T15:00:00Z] [--runs 3]  (or: npm run bench -- ack …)`;

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args[0] === 'ack') return runAckBench(args.slice(1));
  const { name, options } = parseBenchOptions(args);
  const bench = name === undefined ? undefined : BENCHES[name];
  if (bench === undefined || options === undefined) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const uri = process.env['MONGODB_URI'];
  if (uri === undefined || uri.trim() === '') {
    process.stderr.write(`Set MONGODB_URI (e.g. scripts/ferretdb.sh exec -- npm run bench -- ${name}): the benchmark seeds a database of its own there and drops it at the end.\n`);
    return 2;
  }
  const database = await openBenchDatabase(uri);
  try {
    process.stdout.write(`${(await bench(database, options)).join('\n')}\n`);
    return 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
