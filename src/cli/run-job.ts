import { parseArgs } from 'node:util';
import { runCli, withWiring } from './run-cli.js';

const USAGE = 'usage: npm run job -- <name> [--now <ISO-8601 time>]';

/** `npm run job -- <name> [--now <ISO>]`: runs one scheduled job once, as if the clock read --now, then exits. */
async function runJob(argv: readonly string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { now: { type: 'string' } },
  });
  const name = positionals[0];
  if (name === undefined || positionals.length > 1) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const now = values.now === undefined ? new Date() : new Date(values.now);
  if (Number.isNaN(now.getTime()) || (values.now !== undefined && !/^\d{4}-\d{2}-\d{2}T/.test(values.now))) {
    process.stderr.write(`--now must be an ISO-8601 time such as 2026-09-01T09:00:00-05:00 (got "${values.now}").\n`);
    return 2;
  }
  return withWiring(async ({ jobs, logger }) => {
    if (!jobs.has(name)) {
      process.stderr.write(`There is no job named "${name}". Jobs: ${[...jobs.keys()].join(', ')}.\n`);
      return 2;
    }
    const summary = await jobs.get(name)!.run(now, logger.child({ job: name }));
    process.stdout.write(`${name} as of ${now.toISOString()}: ${formatSummary(summary)}\n`);
    return 0;
  });
}

function formatSummary(summary: Readonly<Record<string, number>>): string {
  const parts = Object.entries(summary).map(([key, value]) => `${key} ${value}`);
  return parts.length > 0 ? parts.join(', ') : 'nothing to do';
}

runCli(runJob, USAGE);
