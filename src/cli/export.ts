import { userInfo } from 'node:os';
import { orderTables } from '../features/exports/domain/export.js';
import { parseExportArgs } from '../features/exports/domain/parse-export-args.js';
import { exportCopy } from '../features/exports/slack/copy.js';
import { describeExportProblem } from '../features/exports/slack/export-views.js';
import { FEATURE_EXPORT_KINDS } from '../features/index.js';
import { withoutBom } from '../program/csv.js';
import { cliActor } from '../program/records/audit.js';
import { runCli, withWiring } from './run-cli.js';

/** The kinds the features declare, in the order people read them: known before any setup (no .env, database or Slack). */
const KINDS = orderTables(FEATURE_EXPORT_KINDS).map((k) => k.kind);
const USAGE = `${exportCopy.cliUsage(KINDS)} [--no-bom]`;
const NO_BOM = '--no-bom';

/**
 * `npm run export -- <kind> [--from YYYY-MM] [--to YYYY-MM] [--id ID] [--no-bom]`: the program's record as CSV on standard output
 * (months default to the current program month), beginning with a UTF-8 byte-order mark unless `--no-bom`. Never notes, request descriptions, reasons' details or admins' messages.
 * The usage and bad arguments need no setup: a message on standard error and exit status 2 (0 for --help).
 */
async function exportCommand(argv: readonly string[]): Promise<number> {
  if (argv.length === 0 || argv.some((a) => a === '--help' || a === '-h')) {
    process.stderr.write(`${USAGE}\n`);
    return argv.length === 0 ? 2 : 0;
  }
  const bom = !argv.includes(NO_BOM);
  const parsed = parseExportArgs(argv.filter((a) => a !== NO_BOM), KINDS);
  if (!parsed.ok) {
    process.stderr.write(`${plain(describeExportProblem(parsed.problem, KINDS))}\n${USAGE}\n`);
    return 2;
  }
  return withWiring(async ({ features }) => {
    const outcome = await features.exports.useCases.buildExport(cliActor(osUser()), parsed.request, new Date());
    if (!outcome.ok) {
      process.stderr.write(`${plain(describeExportProblem(outcome.problem, KINDS))}\n${USAGE}\n`);
      return 2;
    }
    // A pipe takes the text asynchronously: wait for it before the process exits.
    await new Promise<void>((resolve, reject) => process.stdout.write(bom ? outcome.file.csv : withoutBom(outcome.file.csv), (error) => (error ? reject(error) : resolve())));
    process.stderr.write(`${outcome.file.filename}: ${outcome.file.rows} row${outcome.file.rows === 1 ? '' : 's'}.\n`);
    return 0;
  });
}

/** Who runs the command, as the system names them (the audit trail's actor); the environment's USER if it cannot tell. */
function osUser(): string | undefined {
  try {
    return userInfo().username;
  } catch {
    return process.env['USER'];
  }
}

/** Slack's words for a terminal: `code` marks and Slack's command name dropped. */
function plain(text: string): string {
  return text.replace(/`/g, '').replace(/\/mentor-admin export/g, 'npm run export --');
}

runCli(exportCommand, USAGE);
