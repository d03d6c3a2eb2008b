import type { KnownBlock } from './blocks.js';
import type { CommandName } from './commands.js';
import { copy, type CommandHelp } from './copy.js';

export interface SlackMessage {
  readonly text: string;
  readonly blocks: KnownBlock[];
}

/** The ephemeral help for a command; `unknownVerb` when the person typed something the command does not know. */
export function buildHelpMessage(command: CommandName, help: CommandHelp, unknownVerb?: string): SlackMessage {
  const lines = help.usage.map(([usage, meaning]) => `• \`${usage}\` — ${meaning}`).join('\n');
  const blocks: KnownBlock[] = [];
  if (unknownVerb !== undefined) {
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: copy.unknownSubcommand(command, unknownVerb) } });
  }
  blocks.push(
    { type: 'section', text: { type: 'mrkdwn', text: `*${command}* — ${help.summary}` } },
    { type: 'section', text: { type: 'mrkdwn', text: lines } },
  );
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: copy.helpFooter }] });
  const text = [unknownVerb !== undefined ? copy.unknownSubcommand(command, unknownVerb) : '', `${command} — ${help.summary}`, lines]
    .filter((t) => t !== '')
    .join('\n');
  return { text, blocks };
}
