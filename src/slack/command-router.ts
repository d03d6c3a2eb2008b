import type { AllMiddlewareArgs, App, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { asksForHelp, parseCommandText, type CommandText } from './command-text.js';
import { COMMANDS, type CommandName } from './commands.js';
import { buildHelpMessage } from './help-message.js';

export type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/** Handles one form of a command. It must `ack` within Slack's 3 seconds. */
export type CommandHandler = (args: CommandArgs, text: CommandText) => Promise<void>;

/**
 * A command's forms by first word. `''` is the command with no text; `'*'` takes any other text
 * (for commands whose text is free, such as a request's description). Anything else gets the help.
 */
export type CommandRoutes = Readonly<Record<string, CommandHandler>>;

/** Registers all five commands; `help`, and text a command does not know, answer with the command's help. */
export function registerCommands(app: App, routes: Partial<Record<CommandName, CommandRoutes>>): void {
  for (const command of COMMANDS) {
    const forms = routes[command] ?? {};
    app.command(command, async (args) => {
      const text = parseCommandText(args.command.text);
      const help = asksForHelp(text);
      const handler = help ? undefined : text.verb === '' ? forms[''] : (forms[text.verb] ?? forms['*']);
      if (handler !== undefined) {
        await handler(args, text);
        return;
      }
      const unknown = text.verb === '' || help ? undefined : text.verb;
      await args.ack({ response_type: 'ephemeral', ...buildHelpMessage(command, unknown) });
    });
  }
}
