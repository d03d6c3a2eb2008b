import type { App } from '@slack/bolt';
import { asksForHelp, parseCommandText } from './command-text.js';
import { COMMANDS, type CommandName } from './commands.js';
import { buildHelpMessage } from './help-message.js';
import type { CommandForms, CommandRoutes, HelpPart } from './contributions.js';
import type { CommandHelp } from './copy.js';
import { DatabaseDownError } from './error-boundary.js';

/** A command's help from the features' parts: the summary of the one that owns it, every part's lines, then `help`. */
export function composeHelp(command: CommandName, parts: readonly HelpPart[]): CommandHelp {
  const own = parts.filter((p) => p.command === command);
  return {
    summary: own.find((p) => p.summary !== undefined)?.summary ?? '',
    usage: [...own.flatMap((p) => p.usage), [`${command} help`, 'show this help']],
  };
}

export interface CommandRouterOptions {
  /** False while the database is known to be away: every form but the help is answered at once that nothing was saved. */
  readonly isDatabaseAvailable: () => boolean;
}

/**
 * Registers all five commands from the features' forms; `help`, and text a command does not know, answer with the
 * command's help (which needs no database).
 */
export function registerCommands(app: App, contributions: readonly CommandForms[], helpParts: readonly HelpPart[], options: CommandRouterOptions): void {
  for (const command of COMMANDS) {
    const forms: CommandRoutes = Object.assign({}, ...contributions.filter((c) => c.command === command).map((c) => c.routes));
    const commandHelp = composeHelp(command, helpParts);
    app.command(command, async (args) => {
      const text = parseCommandText(args.command.text);
      const help = asksForHelp(text);
      const handler = help ? undefined : text.verb === '' ? forms[''] : (forms[text.verb] ?? forms['*']);
      if (handler !== undefined) {
        // Refused before ack: the error boundary answers in the ack itself.
        if (!options.isDatabaseAvailable()) throw new DatabaseDownError();
        await handler(args, text);
        return;
      }
      const unknown = text.verb === '' || help ? undefined : text.verb;
      await args.ack({ response_type: 'ephemeral', ...buildHelpMessage(command, commandHelp, unknown) });
    });
  }
}
