import type { AllMiddlewareArgs, App, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { CommandText } from './command-text.js';
import type { CommandName } from './commands.js';
import type { CommandHelp } from './copy.js';

/** The Bolt app features register their listeners on. */
export type BoltApp = App;

export type CommandArgs = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/** Handles one form of a command. It must `ack` within Slack's 3 seconds. */
export type CommandHandler = (args: CommandArgs, text: CommandText) => Promise<void>;

/**
 * A command's forms by first word. `''` is the command with no text; `'*'` takes any other text
 * (for commands whose text is free, such as a request's description). Anything else gets the help.
 */
export type CommandRoutes = Readonly<Record<string, CommandHandler>>;

/** Forms of a slash command, by first word, contributed by the feature that handles them (several may add to one command). */
export interface CommandForms {
  readonly command: CommandName;
  readonly routes: CommandRoutes;
}

/** A command's help, or the lines a feature adds to another feature's command (e.g. `/mentor-admin export`). */
export interface HelpPart {
  readonly command: CommandName;
  readonly summary?: string;
  readonly usage: CommandHelp['usage'];
}

/** Opens the request form (`/mentor-request`'s modal) for a person, from a click's trigger id. */
export type RequestFormOpener = (args: { readonly client: WebClient; readonly triggerId: string; readonly userId: string }) => Promise<void>;
