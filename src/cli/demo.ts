import { parseArgs } from 'node:util';
import { DemoDatabaseError } from '../demo/demo-database.js';
import { createDemoRoutes } from '../demo/page/demo-pages.js';
import { serveDemo } from '../demo/demo-server.js';
import { formatSummary } from '../demo/demo-summary.js';
import { DemoOptionError, DemoStopped, playDemo } from '../demo/run-demo.js';

const USAGE = `usage: npm run demo -- [--until YYYY-MM-DD] [--no-serve] [--port N]
  Plays a sample semester against a built-in Slack simulator (no Slack, no tokens, no configuration), prints what was
  sent, and serves http://localhost:3000/demo (the semester, and what each person received) and the dashboard.
  --until      the last simulated day (the sample semester runs 2026-08-17 to 2026-12-18)
  --no-serve   print the summary and exit
  --port       where to serve (default 3000)`;

const say = (line: string) => process.stdout.write(`${line}\n`);

async function main(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({ args: [...argv], options: { until: { type: 'string' }, 'no-serve': { type: 'boolean', default: false }, port: { type: 'string', default: '3000' }, help: { type: 'boolean', default: false } } });
  if (values.help) return (say(USAGE), 0);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new DemoOptionError(`--port takes a port number (0 to 65535); got "${values.port}".`);
  const started = Date.now();
  // Ctrl-C while the semester plays stops it between two moments, and what it made is removed.
  const stopping = new AbortController();
  const interrupt = () => stopping.abort(new DemoStopped());
  process.once('SIGINT', interrupt);
  process.once('SIGTERM', interrupt);
  const demo = await playDemo({ mongoUri: process.env['MONGODB_URI'], until: values.until, port, say, signal: stopping.signal });
  process.off('SIGINT', interrupt);
  process.off('SIGTERM', interrupt);
  say(`Played in ${Math.round((Date.now() - started) / 1000)} s.\n`);
  say(formatSummary(demo.summary));
  if (values['no-serve']) {
    await demo.stop();
    return 0;
  }
  const features = Object.values(demo.wiring.features);
  const server = await serveDemo(
    {
      record: demo.record,
      demoRoutes: createDemoRoutes(() => demo.record),
      appRoutes: features.flatMap((f) => ('httpRoutes' in f ? f.httpRoutes : [])),
      requestAdminLink: async () => void (await demo.wiring.features.dashboard.useCases.requestDashboardLink(demo.adminId, demo.clock())),
      adminId: demo.adminId,
    },
    port,
  ).catch(async (error: unknown) => {
    await demo.stop();
    throw error;
  });
  say(`\nOpen http://localhost:${server.port}/demo (the dashboard, signed in as the sample coordinator: http://localhost:${server.port}/demo/dashboard). Ctrl-C stops the demo and removes what it made.`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  await server.stop();
  await demo.stop();
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof DemoStopped) {
      process.stderr.write(`${error.message}\n`);
      process.exit(130);
    }
    if (error instanceof DemoOptionError || (error instanceof TypeError && (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'))) {
      process.stderr.write(`${error.message}\n${USAGE}\n`);
      process.exit(2);
    }
    if (error instanceof DemoDatabaseError || (error as { code?: string }).code === 'EADDRINUSE') {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}${(error as { code?: string }).code === 'EADDRINUSE' ? ` (choose another with --port)` : ''}\n`);
      process.exit(1);
    }
    throw error;
  },
);
