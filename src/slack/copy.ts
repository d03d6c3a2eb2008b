/**
 * The shell's words: the few that several features use. Each feature keeps its own words in its
 * `slack/copy.ts`, and its Block Kit ids in its `slack/ids.ts`.
 */

export interface CommandHelp {
  /** One line: what the command is for. */
  readonly summary: string;
  /** Usage lines: `usage` — what it does. */
  readonly usage: readonly (readonly [usage: string, meaning: string])[];
}

export const copy = {
  people: (ids: readonly string[]) => {
    const mentions = ids.map((id) => `<@${id}>`);
    return mentions.length <= 1 ? (mentions[0] ?? '') : `${mentions.slice(0, -1).join(', ')} and ${mentions[mentions.length - 1]}`;
  },
  admins: (ids: readonly string[]) => (ids.length > 0 ? ids.map((id) => `<@${id}>`).join(' or ') : 'your program coordinators'),
  unknownSubcommand: (command: string, verb: string) => `I don’t know \`${command} ${verb}\`. Here is what it can do:`,
  helpFooter: 'Questions about the program itself go to your program coordinators.',
  /** A Home list cut short (the weekly digest and prompts have the full lists). */
  homeListMore: (n: number) => `…and ${n} more.`,
} as const;
