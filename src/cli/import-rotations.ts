import { parseArgs } from 'node:util';
import { formatFileError } from '../features/clinical/domain/plan-rotations-import.js';
import type { ImportRotationsOutcome } from '../features/clinical/import-rotations.js';
import { readCsvArgument, runCli, withWiring } from './run-cli.js';

const USAGE = 'usage: npm run import-rotations -- <file.csv> [--dry-run]';

/**
 * `npm run import-rotations -- <file.csv> [--dry-run]`: imports the clinical track's rotations, all or nothing. The
 * summary goes to standard output; every bad row to standard error with exit status 1.
 */
async function importRotationsCommand(argv: readonly string[]): Promise<number> {
  const { positionals, values } = parseArgs({ args: [...argv], allowPositionals: true, options: { 'dry-run': { type: 'boolean', default: false } } });
  const given = await readCsvArgument(positionals, USAGE);
  if (given === undefined) return 2;
  const { file, csv } = given;
  const dryRun = values['dry-run'] === true;
  return withWiring(async ({ features }) => {
    const answer = await features.clinical.useCases.importRotations(undefined, { csv, dryRun }, new Date());
    if (!answer.allowed) throw new Error('the command line is always allowed to import');
    return report(file, answer.result);
  });
}

function report(file: string, outcome: ImportRotationsOutcome): number {
  if (outcome.status === 'slack_unavailable') {
    process.stderr.write(`${file}: Slack did not answer while e-mail addresses were looked up (rate limits or the network), so nothing was imported. Try again in a few minutes.\n`);
    return 1;
  }
  if (outcome.status === 'already_running') {
    process.stderr.write(`${file}: another rotations import is running (since ${outcome.since.toISOString()}), so nothing was imported. Try again when it has finished.\n`);
    return 1;
  }
  const ignored = outcome.ignoredColumns.length === 0 ? '' : `Ignored columns that are not rotation columns: ${outcome.ignoredColumns.join(', ')}.\n`;
  if (outcome.status === 'refused') {
    const n = outcome.errors.length;
    process.stderr.write(`${file}: ${n === 1 ? 'one problem' : `${n} problems`}; nothing was imported. Fix ${n === 1 ? 'it' : 'them'} and run the import again.\n`);
    for (const error of outcome.errors) process.stderr.write(`  ${formatFileError(error)}\n`);
    process.stderr.write(ignored);
    return 1;
  }
  const s = outcome.summary;
  const head = outcome.status === 'dry_run' ? `Dry run of ${file} (${s.rows} rows): nothing was written. An import would do this:` : `Imported ${file} (${s.rows} rows).`;
  process.stdout.write(
    `${head}\nRotations of ${s.people} people: ${s.created} created, ${s.updated} updated, ${s.unchanged} unchanged, ${s.removed} removed (no longer in the file).\n` +
      'People missing from the file keep the rotations they have.\n' +
      ignored,
  );
  return 0;
}

runCli(importRotationsCommand, USAGE);
