import type { CommandName } from '../commands.js';

/** The words people read. Kept together so tone and wording stay consistent and reviewable. */

export interface CommandHelp {
  /** One line: what the command is for. */
  readonly summary: string;
  /** Usage lines: `usage` — what it does. */
  readonly usage: readonly (readonly [usage: string, meaning: string])[];
  /** Shown while the command's own work is not switched on in this version. */
  readonly pending?: string;
}

const NOT_YET = 'This part of Peer Mentor is not switched on yet; until it is, please reach your mentors or the program coordinators directly.';

export const commandHelp: Readonly<Record<CommandName, CommandHelp>> = {
  '/mentor-request': {
    summary: 'Ask your mentors for help. They see your request in a conversation with you and answer within the program’s reply times (24 h for Slack, texts and calls; 48 h for e-mail).',
    usage: [
      ['/mentor-request', 'open the request form'],
      ['/mentor-request [what you need]', 'open the form with your words filled in'],
      ['/mentor-request help', 'show this help'],
    ],
    pending: NOT_YET,
  },
  '/mentor-checkin': {
    summary: 'For mentors: record a contact with your mentees (a message, call, text, e-mail, video or in-person meeting) so it counts toward the program’s monthly and semester rules.',
    usage: [
      ['/mentor-checkin', 'open the contact form'],
      ['/mentor-checkin @mentee [@mentee…] <kind> [minutes]', 'log a contact in one line, e.g. `/mentor-checkin @sam call 20`'],
      ['/mentor-checkin help', 'show this help'],
    ],
    pending: NOT_YET,
  },
  '/mentor-away': {
    summary: 'For mentors: tell the program you will be away (travel, exams). Your Pair partner is told at once and covers new requests while you are away.',
    usage: [
      ['/mentor-away', 'open a form with date pickers'],
      ['/mentor-away YYYY-MM-DD YYYY-MM-DD [note]', 'mark yourself away from the first date to the second'],
      ['/mentor-away cancel', 'end your time away now'],
      ['/mentor-away help', 'show this help'],
    ],
    pending: NOT_YET,
  },
  '/mentor-switch': {
    summary: 'Ask for a different mentoring group, privately. Only the program coordinators see your reason; your mentors are never told why.',
    usage: [
      ['/mentor-switch', 'open the switch form (mentees)'],
      ['/mentor-switch @mentee', 'ask to hand a mentee over to another group (mentors)'],
      ['/mentor-switch help', 'show this help'],
    ],
    pending: NOT_YET,
  },
  '/mentor-admin': {
    summary: 'For program coordinators: import the roster, introduce groups and see the program’s status.',
    usage: [
      ['/mentor-admin import', 'import the roster from a CSV file or pasted text'],
      ['/mentor-admin introduce', 'introduce every group not yet introduced, and welcome new members'],
      ['/mentor-admin status', 'people, groups, groups not yet introduced and roster warnings'],
      ['/mentor-admin help', 'show this help'],
    ],
    pending: NOT_YET,
  },
};

export const copy = {
  // Roster, introductions and /mentor-admin (issue 3).

  // Requests for help and time away (issue 4).

  // Contacts, check-in prompts and the pulse (issue 5).

  // Switching mentors (issue 8).

  // Shared.
  unknownSubcommand: (command: string, verb: string) => `I don’t know \`${command} ${verb}\`. Here is what it can do:`,
  helpFooter: 'Questions about the program itself go to your program coordinators.',
  home: {
    outsiderTitle: 'Peer Mentor',
    outsiderIntro:
      'Peer Mentor runs the school’s peer-mentoring program in Slack: it introduces mentors and mentees, takes requests for help to the right mentors, and reminds everyone of the program’s reply and contact times.',
    outsiderContact: (admins: readonly string[]) =>
      admins.length > 0
        ? `You are not part of the program yet. To join, or with any question, contact ${admins.map((id) => `<@${id}>`).join(', ')}.`
        : 'You are not part of the program yet. To join, or with any question, contact your program coordinators.',
  },
} as const;
