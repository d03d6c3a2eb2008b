import { userInfo } from 'node:os';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import type { NewYearOutcome } from '../features/new-year/apply-new-year.js';
import type { NewYearPreview } from '../features/new-year/preview-new-year.js';
import { newYearCopy } from '../features/new-year/slack/copy.js';
import { describeAlreadyApplied, previewParagraphs, toPlainText } from '../features/new-year/slack/new-year-views.js';
import { cliActor } from '../program/records/audit.js';
import { runCli, withWiring } from './run-cli.js';

const USAGE = 'usage: npm run new-year -- [--dry-run] [--yes]';

/**
 * `npm run new-year -- [--dry-run] [--yes]`: prints the turn of the year's preview (as `/mentor-admin new-year` shows
 * it); `--dry-run` stops there and writes nothing. Otherwise it asks before applying (`--yes` answers for you, as a
 * script needs); without a terminal to ask on and without `--yes`, it changes nothing and exits 2. Once a year: a second
 * run says when the turn was done and changes nothing.
 */
async function newYearCommand(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({ args: [...argv], options: { 'dry-run': { type: 'boolean', default: false }, yes: { type: 'boolean', default: false } } });
  const dryRun = values['dry-run'] === true;
  const actor = { cli: cliActor(safeUser()) };
  return withWiring(async ({ features }) => {
    const services = features.newYear.useCases;
    const preview = await services.preview(actor, new Date());
    write(describe(preview));
    if (preview.status !== 'preview') return 0;
    if (dryRun) {
      write('Dry run: nothing was written.');
      return 0;
    }
    if (values.yes !== true && !(await confirmed(preview.summary.opens))) {
      write(process.stdin.isTTY ? 'Nothing was changed.' : 'Nothing was changed: run it with --yes to apply without a question, or with --dry-run to preview only.');
      return process.stdin.isTTY ? 0 : 2;
    }
    const outcome = await services.apply(actor, new Date());
    write(describe(outcome));
    return outcome.status === 'in_progress' ? 1 : 0;
  });
}

function describe(outcome: NewYearPreview | NewYearOutcome): string {
  switch (outcome.status) {
    case 'not_allowed':
      throw new Error('the command line is always allowed');
    case 'already_applied':
      return toPlainText(describeAlreadyApplied(outcome.rollover, outcome.byName, outcome.zone)).replace(/`\/mentor-admin export <kind> --year`/, '`npm run export -- <kind> --year`');
    case 'preview':
      return [newYearCopy.title(outcome.summary.opens, outcome.summary.closes), ...(outcome.resuming ? [newYearCopy.resuming] : []), ...previewParagraphs(outcome.summary)].map(toPlainText).join('\n\n');
    case 'in_progress':
      return 'The new year is being applied right now by another run; nothing was done here. Run this again in a minute to see it done.';
    case 'applied': {
      const t = outcome.thanks;
      const lines = [newYearCopy.applied(outcome.summary.opens, outcome.resumed), newYearCopy.thanksSummary(t.sent, t.alreadySent, t.waitingForMorning + t.inProgress + t.failed)];
      return lines.map(toPlainText).join('\n');
    }
  }
}

/** Asks on the terminal; false when there is none to ask on. */
async function confirmed(year: string): Promise<boolean> {
  if (!process.stdin.isTTY) return false;
  const terminal = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return (await terminal.question(`Apply the new year ${year}? Type "yes" to apply: `)).trim().toLowerCase() === 'yes';
  } finally {
    terminal.close();
  }
}

function write(text: string): void {
  process.stdout.write(`${text}\n`);
}

function safeUser(): string | undefined {
  try {
    return userInfo().username;
  } catch {
    return undefined;
  }
}

runCli(newYearCommand, USAGE);
