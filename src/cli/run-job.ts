import { parseArgs } from 'node:util';
import { loadConfig } from '../config/env.js';
import { createJobs, LISTING_ONLY, PLANNED_JOBS } from '../jobs/registry.js';
import { createAppLogger, isStartupError, loadDotEnv, wire } from '../main.js';

const USAGE = 'usage: npm run job -- <name> [--now <ISO-8601 time>]';

/** `npm run job -- <name> [--now <ISO>]`: runs one scheduled job once, as if the clock read --now, then exits. */
async function runJob(argv: readonly string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { now: { type: 'string' } },
  });
  const available = [...createJobs(LISTING_ONLY).keys()];
  const name = positionals[0];
  if (name === undefined || positionals.length > 1) {
    process.stderr.write(`${USAGE}\n${describeJobs(available)}\n`);
    return 2;
  }
  if (!available.includes(name)) {
    process.stderr.write(`There is no job named "${name}".\n${describeJobs(available)}\n`);
    return 2;
  }
  const now = values.now === undefined ? new Date() : new Date(values.now);
  if (Number.isNaN(now.getTime()) || (values.now !== undefined && !/^\d{4}-\d{2}-\d{2}T/.test(values.now))) {
    process.stderr.write(`--now must be an ISO-8601 time such as 2026-09-01T09:00:00-05:00 (got "${values.now}").\n`);
    return 2;
  }
  loadDotEnv();
  const config = loadConfig(process.env);
  const logger = createAppLogger(config);
  const wiring = await wire(config, logger);
  try {
    const summary = await wiring.jobs.get(name)!.run(now, logger.child({ job: name }));
    process.stdout.write(`${name} as of ${now.toISOString()}: ${formatSummary(summary)}\n`);
    return 0;
  } finally {
    await wiring.close();
  }
}

function describeJobs(available: readonly string[]): string {
  const pending = PLANNED_JOBS.filter((name) => !available.includes(name));
  return [
    `Jobs in this version: ${available.length > 0 ? available.join(', ') : '(none yet)'}.`,
    pending.length > 0 ? `Not in this version yet: ${pending.join(', ')}.` : '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

function formatSummary(summary: Readonly<Record<string, number>>): string {
  const parts = Object.entries(summary).map(([key, value]) => `${key} ${value}`);
  return parts.length > 0 ? parts.join(', ') : 'nothing to do';
}

runJob(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (isStartupError(error)) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    if (error instanceof TypeError && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`${error.message}\n${USAGE}\n`);
      process.exit(2);
    }
    throw error;
  },
);
