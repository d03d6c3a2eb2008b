import { writeFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { parsePersonQuery } from '../features/person/domain/person-query.js';
import type { PersonSummary } from '../features/person/use-cases.js';
import { cliActor } from '../program/records/audit.js';
import { runCli, withWiring } from './run-cli.js';

const USAGE = 'usage: npm run person -- export <slack_id|email> [--out <file.json>]\n       npm run person -- forget <slack_id|email> [--yes]';

/**
 * `npm run person -- export|forget <slack_id|email>`: a person's record as JSON (on standard output, or `--out`), or
 * forgetting them after a confirmation that names what will go (`--yes` skips it; without a terminal it is required).
 * Both are recorded in the audit trail as done by `cli:<os user>`.
 */
async function personCommand(argv: readonly string[]): Promise<number> {
  const { positionals, values } = parseArgs({ args: [...argv], allowPositionals: true, options: { yes: { type: 'boolean' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help === true) {
    process.stderr.write(`${USAGE}\n`);
    return 0;
  }
  const [action, who, ...extra] = positionals;
  const query = who === undefined ? undefined : parsePersonQuery(who);
  if ((action !== 'export' && action !== 'forget') || query === undefined || extra.length > 0 || (action === 'forget' && values.out !== undefined)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const actor = cliActor(safeUser());
  return withWiring(async ({ features }) => {
    const person = features.person.useCases;
    const personId = await person.findPerson(query);
    if (personId === undefined) {
      process.stderr.write(`No one in the roster or the workspace has the e-mail ${who}.\n`);
      return 1;
    }
    if (action === 'export') {
      const file = await person.exportPerson(actor, personId, new Date());
      if (values.out === undefined) await new Promise<void>((resolve, reject) => process.stdout.write(file.json, (error) => (error ? reject(error) : resolve())));
      else await writeFile(values.out, file.json, 'utf8');
      process.stderr.write(`${values.out ?? file.filename}: ${describe(file.counts)}.\n`);
      return 0;
    }
    const summary = await person.summarizePerson(personId);
    process.stderr.write(confirmation(summary));
    if (values.yes !== true && !(await confirmed(personId))) {
      process.stderr.write('Nothing was changed.\n');
      return process.stdin.isTTY ? 1 : 2;
    }
    const result = await person.forgetPerson(actor, personId, new Date());
    process.stderr.write(`${personId} is forgotten: ${result.recordsChanged} records changed, ${result.messagesDeleted} messages deleted from Slack.\n`);
    return 0;
  });
}

function safeUser(): string | undefined {
  try {
    return userInfo().username;
  } catch {
    return undefined;
  }
}

function describe(counts: Readonly<Record<string, number>>): string {
  const parts = Object.entries(counts).map(([kind, n]) => `${kind} ${n}`);
  return parts.length === 0 ? 'nothing held' : parts.join(', ');
}

function confirmation(summary: PersonSummary): string {
  return [
    `Forgetting ${summary.personId}${summary.name === undefined ? '' : ` (${summary.name})`} cannot be undone. It will:`,
    '  - replace their name with "Former participant #n" and remove their e-mail;',
    '  - erase their words: request descriptions, notes by or about them, time-away notes, switch details and admins’ messages, goals’ words, concern notes, named survey comments, a minor’s parent contact;',
    '  - erase their pulse scores;',
    `  - delete ${summary.messages} message(s) the app posted with their words from Slack.`,
    `Held now: ${describe(summary.counts)}.`,
    'The records the reports count stay, without their words.',
    '',
  ].join('\n');
}

/** Asks on the terminal; without one (a pipe, a script) there is no one to ask, so the answer is no (use --yes). */
async function confirmed(personId: string): Promise<boolean> {
  if (!process.stdin.isTTY) {
    process.stderr.write('No terminal to confirm on: run again with --yes to forget them.\n');
    return false;
  }
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return (await rl.question(`Type ${personId} to forget them: `)).trim() === personId;
  } finally {
    rl.close();
  }
}

runCli(personCommand, USAGE);
