import { parseArgs } from 'node:util';
import { formatRowError, type RosterWarning } from '../features/roster/domain/roster-import.js';
import type { ImportOutcome } from '../features/roster/import-roster.js';
import type { IntroductionSummary } from '../features/roster/run-introductions.js';
import type { EndingSummary } from '../features/roster/follow-endings.js';
import { formatPreviewText } from '../features/roster/slack/preview-views.js';
import { formatInZone } from '../slack/format-time.js';
import { readCsvArgument, runCli, withWiring } from './run-cli.js';

const USAGE = 'usage: npm run import-roster -- <file.csv> [--dry-run] [--prune]';

/**
 * `npm run import-roster -- <file.csv> [--dry-run] [--prune]`: imports the roster, all or nothing. The summary goes to
 * standard output; every bad row to standard error with exit status 1. A real import then runs introductions. One
 * import runs at a time: while another runs (here or in Slack), this one says who started it and when, and exits 1.
 */
async function importRosterCommand(argv: readonly string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean', default: false }, prune: { type: 'boolean', default: false } },
  });
  const given = await readCsvArgument(positionals, USAGE);
  if (given === undefined) return 2;
  const { file, csv } = given;
  const dryRun = values['dry-run'] === true;
  const prune = values.prune === true;

  return withWiring(async ({ features }) => {
    const services = features.roster.useCases;
    const answer = await services.importRoster(undefined, { csv, prune, dryRun, introduce: !dryRun, now: new Date() });
    if (!answer.allowed) throw new Error('the command line is always allowed to import');
    return report(file, answer.result, prune);
  });
}

function report(file: string, outcome: ImportOutcome, prune: boolean): number {
  if (outcome.status === 'slack_unavailable') {
    process.stderr.write(`${file}: Slack did not answer while people were looked up (rate limits or the network), so nothing was imported. Try again in a few minutes.\n`);
    return 1;
  }
  if (outcome.status === 'already_running') {
    const who = outcome.by === undefined ? 'from the command line' : `by ${outcome.byName === undefined ? outcome.by : `${outcome.byName} (${outcome.by})`}`;
    process.stderr.write(`${file}: an import is already running (started ${formatInZone(outcome.since, outcome.zone)} ${who}), so nothing was imported. Try again when it has finished.\n`);
    return 1;
  }
  if (outcome.status === 'changed') throw new Error('the command line applies no preview');
  if (outcome.status === 'file_unreadable') {
    process.stderr.write(`${file}: the file could not be read (${outcome.reason}); nothing was imported.\n`);
    return 1;
  }
  if (outcome.status === 'refused') {
    const n = outcome.errors.length;
    process.stderr.write(`${file}: ${n === 1 ? 'one problem' : `${n} problems`}; nothing was imported. Fix ${n === 1 ? 'it' : 'them'} and run the import again.\n`);
    for (const error of outcome.errors) process.stderr.write(`  ${formatRowError(error)}\n`);
    if (outcome.warnings.length > 0) process.stderr.write(formatWarnings(outcome.warnings));
    return 1;
  }
  const s = outcome.summary;
  const lines = [
    outcome.status === 'dry_run'
      ? `Dry run of ${file} (${s.rows} rows${prune ? ', with --prune' : ''}): nothing was written. An import would do this:`
      : `Imported ${file} (${s.rows} rows${prune ? ', with --prune' : ''}).`,
    `People: ${s.peopleCreated} created, ${s.peopleUpdated} updated, ${s.peopleUnchanged} unchanged, ${s.peopleDeactivated} deactivated.`,
    `Groups: ${s.groupsCreated} created, ${s.groupsChanged} changed (memberships: ${s.membershipsOpened} started, ${s.membershipsClosed} ended).`,
  ];
  if (!prune && outcome.status === 'imported') lines.push('People missing from the file were left as they are (--prune deactivates them).');
  // The same preview as the import form's, unescaped.
  if (outcome.status === 'dry_run') lines.push(formatPreviewText(outcome.preview));
  if (outcome.status === 'imported' && outcome.endings !== undefined) lines.push(formatEndings(outcome.endings));
  process.stdout.write(`${lines.join('\n')}\n`);
  if (outcome.warnings.length > 0) process.stdout.write(formatWarnings(outcome.warnings));
  if (outcome.status === 'imported') process.stdout.write(`${formatIntroductions(outcome.introductions)}\n`);
  return 0;
}

function formatEndings(endings: EndingSummary | 'failed'): string {
  if (endings === 'failed') return 'Following the ended memberships could not finish; the introductions job (or `npm run job -- introductions`) will do the rest.';
  return `Ended memberships: ${endings.removedFromChannels} removed from their group's channel, ${endings.endingsTold} told by DM, ${endings.requestsMoved} waiting requests moved${endings.endingsWaiting > 0 ? `; ${endings.endingsWaiting} to finish later (quiet hours)` : ''}.`;
}

function formatWarnings(warnings: readonly RosterWarning[]): string {
  return `Warnings (${warnings.length}):\n${warnings.map((w) => `  - ${w.line !== undefined ? `line ${w.line}: ` : ''}${w.message}\n`).join('')}`;
}

function formatIntroductions(summary: IntroductionSummary | 'failed' | undefined): string {
  if (summary === undefined) return 'Introductions were not run.';
  if (summary === 'failed') return 'Introductions, run after the import, could not finish; the introductions job (or `npm run job -- introductions`) will do the rest.';
  return (
    `Introductions, run after the import: ${summary.channelsCreated} channels created, ${summary.introductionsPosted} introductions posted, ` +
    `${summary.welcomesSent} welcome DMs sent, ${summary.newcomersWelcomed} newcomers welcomed in their channel` +
    (summary.failed > 0 ? `; ${summary.failed} steps failed and will be retried by the next run (npm run job -- introductions).` : '.')
  );
}

runCli(importRosterCommand, USAGE);
