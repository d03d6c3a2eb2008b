import { parseExportArgs } from '../features/exports/domain/parse-export-args.js';
import { exportCopy } from '../features/exports/slack/copy.js';
import { describeExportProblem } from '../features/exports/slack/export-views.js';
import { runCli, withWiring } from './run-cli.js';

/** Before the features are built (their tables name the kinds), the usage can only say `<kind>`. */
const GENERIC_USAGE = 'usage: npm run export -- <kind> [--from YYYY-MM] [--to YYYY-MM]';

/**
 * `npm run export -- <kind> [--from YYYY-MM] [--to YYYY-MM]`: the program's record as CSV on standard output (months
 * default to the current program month). Never notes, request descriptions, reasons' details or admins' messages.
 * The kinds are the ones the features contribute, so the arguments are read once the app is wired.
 * Bad arguments: a message on standard error and exit status 2.
 */
async function exportCommand(argv: readonly string[]): Promise<number> {
  return withWiring(async ({ features }) => {
    const services = features.exports.useCases;
    const kinds = services.exportKinds();
    const usage = exportCopy.cliUsage(kinds);
    if (argv.length === 0 || argv.some((a) => a === '--help' || a === '-h')) {
      process.stderr.write(`${usage}\n`);
      return argv.length === 0 ? 2 : 0;
    }
    const parsed = parseExportArgs(argv, kinds);
    const outcome = parsed.ok ? await services.buildExport(parsed.request, new Date()) : parsed;
    if (!outcome.ok) {
      process.stderr.write(`${plain(describeExportProblem(outcome.problem, kinds))}\n${usage}\n`);
      return 2;
    }
    // A pipe takes the text asynchronously: wait for it before the process exits.
    await new Promise<void>((resolve, reject) => process.stdout.write(outcome.file.csv, (error) => (error ? reject(error) : resolve())));
    process.stderr.write(`${outcome.file.filename}: ${outcome.file.rows} row${outcome.file.rows === 1 ? '' : 's'}.\n`);
    return 0;
  });
}

/** Slack's words for a terminal: `code` marks and Slack's command name dropped. */
function plain(text: string): string {
  return text.replace(/`/g, '').replace(/\/mentor-admin export/g, 'npm run export --');
}

runCli(exportCommand, GENERIC_USAGE);
