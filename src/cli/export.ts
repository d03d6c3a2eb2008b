import { parseArgs } from 'node:util';
import { loadConfig } from '../config/env.js';
import { formatCsv, type CsvTable } from '../domain/csv-table.js';
import { isMonth, monthsRange } from '../domain/export-range.js';
import { createAppLogger, DATA_DIR, loadDotEnv } from '../main.js';
import { exportSwitches } from '../services/export-switches.js';
import { createStores, type Stores } from '../store/create-stores.js';
import { connectDatabase } from '../store/database.js';
import { runCli } from './run-cli.js';

const USAGE = 'usage: npm run export -- <kind> [--from YYYY-MM] [--to YYYY-MM]';

/** What one kind of export reads, for the program months asked (either end may be open). */
type Exporter = (stores: Stores, range: { readonly from: Date | undefined; readonly to: Date | undefined }) => Promise<CsvTable>;

/** The kinds this version exports, by name. Each feature adds its own. */
const EXPORTS: Readonly<Record<string, Exporter>> = {
  // Switching mentors (issue 8): the audit trail, without the private details.
  switches: (stores, range) => exportSwitches(stores, range),
};

/** `npm run export -- <kind> [--from YYYY-MM] [--to YYYY-MM]`: CSV on standard output, months in the program's zone. */
async function runExport(argv: readonly string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { from: { type: 'string' }, to: { type: 'string' } },
  });
  const kinds = Object.keys(EXPORTS);
  const kind = positionals[0];
  if (kind === undefined || positionals.length > 1) {
    process.stderr.write(`${USAGE}\nKinds: ${kinds.join(', ')}.\n`);
    return 2;
  }
  const exporter = EXPORTS[kind];
  if (exporter === undefined) {
    process.stderr.write(`There is no export named "${kind}". Kinds: ${kinds.join(', ')}.\n`);
    return 2;
  }
  for (const [flag, month] of [['--from', values.from], ['--to', values.to]] as const) {
    if (month !== undefined && !isMonth(month)) {
      process.stderr.write(`${flag} must be a month written YYYY-MM, such as 2026-09 (got "${month}").\n`);
      return 2;
    }
  }
  if (values.from !== undefined && values.to !== undefined && values.to < values.from) {
    process.stderr.write(`--to (${values.to}) is before --from (${values.from}).\n`);
    return 2;
  }
  loadDotEnv();
  const config = loadConfig(process.env);
  const logger = createAppLogger(config);
  const database = await connectDatabase({ uri: config.mongodbUri, dataDir: DATA_DIR, logger });
  try {
    const table = await exporter(createStores(database.connection), monthsRange(values.from, values.to, config.programTimezone));
    process.stdout.write(formatCsv(table));
    logger.info('export written', { kind, rows: table.rows.length });
    return 0;
  } finally {
    await database.close();
  }
}

runCli(runExport, USAGE);
