import type { AllMiddlewareArgs, App, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { asksForHelp, parseCommandText, type CommandText } from './command-text.js';
import { COMMANDS, type CommandName } from './commands.js';
import { buildHelpMessage } from './help-message.js';
import type { CommandForms, HelpPart } from './contributions.js';
import type { CommandHelp } from './copy.js';

export type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/** Handles one form of a command. It must `ack` within Slack's 3 seconds. */
export type CommandHandler = (args: CommandArgs, text: CommandText) => Promise<void>;

/**
 * A command's forms by first word. `''` is the command with no text; `'*'` takes any other text
 * (for commands whose text is free, such as a request's description). Anything else gets the help.
 */
export type CommandRoutes = Readonly<Record<string, CommandHandler>>;

/** A command's help from the features' parts: the summary of the one that owns it, every part's lines, then `help`. */
export function composeHelp(command: CommandName, parts: readonly HelpPart[]): CommandHelp {
  const own = parts.filter((p) => p.command === command);
  return {
    summary: own.find((p) => p.summary !== undefined)?.summary ?? '',
    usage: [...own.flatMap((p) => p.usage), [`${command} help`, 'show this help']],
  };
}

/**
 * Registers all five commands from the features' forms; `help`, and text a command does not know, answer with the
 * command's help.
 */
export function registerCommands(app: App, contributions: readonly CommandForms[], helpParts: readonly HelpPart[]): void {
  for (const command of COMMANDS) {
    const forms: CommandRoutes = Object.assign({}, ...contributions.filter((c) => c.command === command).map((c) => c.routes));
    const commandHelp = composeHelp(command, helpParts);
    app.command(command, async (args) => {
      const text = parseCommandText(args.command.text);
      const help = asksForHelp(text);
      const handler = help ? undefined : text.verb === '' ? forms[''] : (forms[text.verb] ?? forms['*']);
      if (handler !== undefined) {
        await handler(args, text);
        return;
      }
      const unknown = text.verb === '' || help ? undefined : text.verb;
      await args.ack({ response_type: 'ephemeral', ...buildHelpMessage(command, commandHelp, unknown) });
    });
  }
}
