import type { CommandHelp } from '../../../slack/copy.js';

/** `a`, `a or b`, `a, b or c`. */
const orList = (items: readonly string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`);
/** The last month of `count` months from `from` (YYYY-MM). */
const lastOf = (from: string, count: number) => {
  const index = Number(from.slice(0, 4)) * 12 + Number(from.slice(5, 7)) - 1 + count - 1;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};
/** `<contacts|requests|…> [--from YYYY-MM] [--to YYYY-MM]`: the kinds are the ones the features contribute. */
const argsOf = (kinds: readonly string[]) => `<${kinds.join('|')}> [--from YYYY-MM] [--to YYYY-MM] [--year YYYY-YY] [--id ID]`;

/** CSV exports: the words people read. Each kind's label in the form is its table's, from the feature that contributes it. */
export const exportCopy = {
  modalTitle: 'Export CSV',
  modalSubmit: 'Send me the file',
  modalClose: 'Cancel',
  modalIntro: 'The file arrives in a direct message from Peer Mentor. It never contains notes, request descriptions or reasons.',
  kindLabel: 'What',
  fromLabel: 'From month (YYYY-MM)',
  toLabel: 'To month (YYYY-MM)',
  monthsHint: 'Leave empty for the current month.',
  working: (kind: string) => `Preparing the ${kind} export… it will arrive here as a CSV file.`,
  sent: (filename: string, rows: number) => `Here is \`${filename}\` (${rows} row${rows === 1 ? '' : 's'}): no notes, request descriptions or reasons.`,
  problems: {
    no_kind: (kinds: readonly string[]) =>
      `Say what to export: ${orList(kinds.map((kind, i) => (i === 0 ? `\`/mentor-admin export ${kind}\`` : `\`${kind}\``)))}, optionally with \`--from YYYY-MM --to YYYY-MM\`.`,
    unknown_kind: (word: string, kinds: readonly string[]) => `I can’t export “${word}”. Choose ${orList(kinds)}.`,
    missing_month: (option: string) => `\`--${option}\` needs a month, e.g. \`--${option} 2026-09\`.`,
    bad_month: (option: string, value: string) => `“${value}” is not a month: \`--${option}\` takes YYYY-MM, e.g. 2026-09.`,
    bad_year: (value: string) =>
      `${value === '' ? '`--year` needs an academic year' : `“${value}” is not an academic year`}: \`--year\` takes its two years, e.g. \`--year 2026-27\` (July 2026 to June 2027).`,
    year_with_months: '`--year` already sets the months (July to June): use either `--year` or `--from`/`--to`, not both.',
    unexpected: (word: string, kinds: readonly string[]) => `I didn’t understand “${word}”. Use \`/mentor-admin export ${argsOf(kinds)}\`.`,
    missing_id: (kind: string) => `Say which one to export: \`--id\` and its id, e.g. \`${kind === '' ? '<kind>' : kind} --id 1a2b3c4d\`.`,
    from_after_to: (from: string, to: string) => `The first month (${from}) is after the last (${to}).`,
    too_long: (from: string, to: string, months: number, max: number) =>
      `An export covers at most ${max} months, and ${from} to ${to} is ${months}. Please ask for it in parts, e.g. \`--from ${from} --to ${lastOf(from, max)}\` first.`,
  },
  /** `npm run export`'s usage line. */
  cliUsage: (kinds: readonly string[]) => `usage: npm run export -- ${argsOf(kinds)}`,
} as const;

/** The usage lines exports add to `/mentor-admin`'s help (before its `help` line), for the kinds the features contribute. */
export function exportUsage(kinds: readonly string[]): CommandHelp['usage'] {
  return [
    [
      `/mentor-admin export ${argsOf(kinds)}`,
      'a CSV file of the program’s record (default: this month), sent to you in a direct message; never notes, descriptions or reasons',
    ],
  ];
}
