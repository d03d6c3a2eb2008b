/** A slash command's text split into its first word (lower-cased) and the rest, as typed. */
export interface CommandText {
  readonly verb: string;
  readonly rest: string;
}

export function parseCommandText(text: string | undefined): CommandText {
  const trimmed = (text ?? '').trim();
  const match = /^(\S+)\s*([\s\S]*)$/.exec(trimmed);
  if (match === null) return { verb: '', rest: '' };
  return { verb: match[1]!.toLowerCase(), rest: match[2]!.trim() };
}

/** `help`, `?` and `-h` all ask for help. */
export function isHelpRequest(verb: string): boolean {
  return verb === 'help' || verb === '?' || verb === '-h' || verb === '--help';
}

/** The whole text asks for help: `help` alone, not `help me with my Step 1 plan` (a request's own words). */
export function asksForHelp(text: CommandText): boolean {
  return isHelpRequest(text.verb) && text.rest === '';
}
