import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { cliActor } from '../program/records/audit.js';
import type { ShownMatch } from '../features/matching/match-use-cases.js';
import { matchingCopy as words } from '../features/matching/slack/copy.js';
import { buildMatchAnswer, describeFit } from '../features/matching/slack/match-views.js';
import { runCli, withWiring } from './run-cli.js';

const USAGE = 'usage: npm run match -- [--dry-run]';

/**
 * `npm run match -- [--dry-run]`: the open questionnaire round's match, previewed on standard output (per group, who
 * and why; the summary figures); without `--dry-run` it is then applied (memberships opened, introductions run).
 */
async function matchCommand(argv: readonly string[]): Promise<number> {
  const { positionals, values } = parseArgs({ args: [...argv], allowPositionals: true, options: { 'dry-run': { type: 'boolean', default: false } } });
  if (positionals.length > 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const dryRun = values['dry-run'] === true;
  const actor = cliActor(userInfo().username);
  return withWiring(async ({ features }) => {
    const now = new Date();
    const preview = await features.matching.useCases.previewMatch(undefined, now, { cliActor: actor, store: !dryRun });
    if (preview.status === 'not_allowed') throw new Error('the command line is always allowed to match');
    if (preview.status !== 'preview') {
      process.stderr.write(`${plainText(buildMatchAnswer(preview).text)}\n`);
      return 1;
    }
    process.stdout.write(formatPreview(preview));
    if (dryRun) {
      process.stdout.write('Dry run: nothing was written.\n');
      return 0;
    }
    const applied = await features.matching.useCases.applyMatch(undefined, preview.proposal.id, now, actor);
    if (applied.status === 'not_allowed') throw new Error('the command line is always allowed to match');
    const text = plainText(buildMatchAnswer(applied).text);
    if (applied.status !== 'applied') {
      process.stderr.write(`${text}\n`);
      return 1;
    }
    process.stdout.write(`${text}\n`);
    return 0;
  });
}

/** mrkdwn's marks taken off for a terminal. */
const plainText = (text: string) => text.replace(/[*_`]/g, '');

function formatPreview({ preview, names }: ShownMatch): string {
  const lines = [plainText(words.summary(preview.summary, preview.summary.outsideRange.map((id) => preview.groups.find((g) => g.group.id === id)?.group.name ?? id)))];
  for (const g of preview.groups) {
    lines.push(plainText(words.groupLine(g.group.name, g.group.mentees, g.size)));
    for (const p of g.placements) lines.push(`  ${names.get(p.menteeId) ?? p.menteeId} (${p.fit.score}): ${describeFit(p, names)}`);
  }
  if (preview.unmatched.length > 0) lines.push(plainText(words.unmatched(preview.unmatched.map((id) => names.get(id) ?? id).join(', '))));
  return `${lines.join('\n')}\n`;
}

runCli(matchCommand, USAGE);
