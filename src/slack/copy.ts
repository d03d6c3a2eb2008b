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
  /** Someone a command is not for (the program does not know them in that role): nothing was done, and who can help. */
  notForYou: (command: string, forWhom: string, nothingDone: string, admins: string) =>
    `${command} is for ${forWhom}, and I don’t have you as one, so nothing was ${nothingDone}. If you should be, please contact ${admins}.`,
  /** A text over its limit, with its length. */
  tooLong: (max: number, length: number) => `Please keep it to ${max.toLocaleString('en-US')} characters (it has ${length.toLocaleString('en-US')}).`,
  unknownSubcommand: (command: string, verb: string) => `I don’t know \`${command} ${verb}\`. Here is what it can do:`,
  helpFooter: 'Questions about the program itself go to your program coordinators.',
  /** A Home list cut short (the weekly digest and prompts have the full lists). */
  homeListMore: (n: number) => `…and ${n} more.`,
  /** A listener that could not finish: what the person is told, with the reference that is also in the log. */
  failure: {
    databaseDown: (ref: string) =>
      `Sorry — I can’t reach the program’s records right now, so nothing was saved. Please try again in a minute. (Reference ${ref})`,
    unexpected: (ref: string) =>
      `Sorry — something went wrong on my side, so I couldn’t finish that. Please try again in a minute; if it keeps happening, tell your program coordinators and quote reference ${ref}.`,
    /** Under a form kept open: the person's words are still there. */
    formKept: 'Close this to go back to your form: what you entered is still there.',
    databaseDownTitle: 'Nothing was saved',
    unexpectedTitle: 'Something went wrong',
  },
} as const;
