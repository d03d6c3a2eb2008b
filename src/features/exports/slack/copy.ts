import type { CommandHelp } from '../../../slack/copy.js';

/** CSV exports: the words people read. */
export const exportCopy = {
  kinds: {
    contacts: 'Contacts (one row per contact; never notes)',
    requests: 'Requests (one row per request; never descriptions)',
    compliance: 'Compliance (one row per mentee and month)',
    switches: 'Switch requests (the audit trail; never reasons’ details)',
  },
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
    no_kind: 'Say what to export: `/mentor-admin export contacts`, `requests`, `compliance` or `switches`, optionally with `--from YYYY-MM --to YYYY-MM`.',
    unknown_kind: (word: string) => `I can’t export “${word}”. Choose contacts, requests, compliance or switches.`,
    missing_month: (option: string) => `\`--${option}\` needs a month, e.g. \`--${option} 2026-09\`.`,
    bad_month: (option: string, value: string) => `“${value}” is not a month: \`--${option}\` takes YYYY-MM, e.g. 2026-09.`,
    unexpected: (word: string) => `I didn’t understand “${word}”. Use \`/mentor-admin export <contacts|requests|compliance|switches> [--from YYYY-MM] [--to YYYY-MM]\`.`,
    from_after_to: (from: string, to: string) => `The first month (${from}) is after the last (${to}).`,
  },
} as const;

/** The usage lines exports add to `/mentor-admin`'s help (before its `help` line). */
export const exportUsage: CommandHelp['usage'] = [
  [
    '/mentor-admin export <contacts|requests|compliance> [--from YYYY-MM] [--to YYYY-MM]',
    'a CSV file of the program’s record (default: this month), sent to you in a direct message; never notes, descriptions or reasons',
  ],
];
