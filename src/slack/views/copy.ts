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
      ['/mentor-checkin', 'open the contact form: your mentees, kind, individual or group, date (up to 90 days back), minutes and a private note only you see'],
      [
        '/mentor-checkin @mentee [@mentee…] <kind> [minutes]',
        'log a contact today in one line, e.g. `/mentor-checkin @sam call 20`; kinds: message, text, call, email, video, in-person (video and in-person are meetings)',
      ],
      ['/mentor-checkin help', 'show this help'],
    ],
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
  checkin: {
    kindLabels: { slack: 'Slack message', text: 'text', call: 'call', email: 'e-mail', video: 'video call', in_person: 'in-person meeting' },
    kindOptions: { slack: 'Slack message', text: 'Text', call: 'Call', email: 'E-mail', video: 'Video (meeting)', in_person: 'In person (meeting)' },
    modalTitle: 'Log a contact',
    modalSubmit: 'Log it',
    modalClose: 'Cancel',
    modalIntro: 'Every communication counts toward this month; a video or in-person meeting also counts toward the semester.',
    menteesLabel: 'Mentees',
    menteesPlaceholder: 'Choose your mentees',
    kindLabel: 'How were you in touch?',
    kindPlaceholder: 'Choose a kind',
    modeLabel: 'Individual or group',
    individual: 'Individual',
    group: 'Group',
    dateLabel: 'When',
    dateHint: (earliest: string) => `Today or up to 90 days back (not before ${earliest}).`,
    minutesLabel: 'Minutes',
    minutesHint: 'From 0 to 600; leave empty for 0.',
    noteLabel: 'Private note',
    noteHint: 'Only you will ever see this note. Up to 1,000 characters.',
    notAMentor:
      'Only peer mentors log contacts, and only with their own mentees. If you mentor in the program and see this, please ask your program coordinators to check the roster.',
    noMentees:
      'You have no current mentees in the program’s roster, so there is no one to log a contact with. If that is wrong, please ask your program coordinators.',
    nothingLogged: 'Nothing was logged.',
    problems: {
      noMenteesNamed: 'Name at least one of your mentees, e.g. `/mentor-checkin @sam call 20`.',
      noMenteesChosen: 'Choose at least one of your mentees.',
      notYourMentees: (mentions: string, several: boolean) =>
        `${mentions} ${several ? 'are not' : 'is not'} one of your current mentees. You can log contacts only with your own mentees (\`/mentor-checkin\` with no text lists them).`,
      individualWithSeveral: 'An individual contact is with one mentee: choose Group, or log each mentee separately.',
      plainName: (word: string) => `I couldn’t tell who ${word} is: pick the person from Slack’s @-suggestions so that the name turns into a link.`,
      missingKind: 'Say how you were in touch: message, text, call, email, video or in-person.',
      unknownKind: (word: string) => `I don’t know the kind “${word}”. Use one of: message, text, call, email, video, in-person.`,
      invalidDate: 'That is not a date.',
      futureDate: 'That date is in the future: log a contact once it has happened.',
      tooOld: 'That date is more than 90 days ago: contacts can be logged up to 90 days back.',
      badMinutes: 'Minutes must be a whole number from 0 to 600.',
      noteTooLong: 'The note can be at most 1,000 characters.',
      unexpectedWords: (words: string) =>
        `I didn’t understand “${words}”. Write \`/mentor-checkin @mentee [@mentee…] kind [minutes]\`, e.g. \`/mentor-checkin @sam call 20\`.`,
    },
    logged: (what: string) => `:white_check_mark: Logged: ${what}.`,
    loggedAgain: (what: string) => `:white_check_mark: Already logged: ${what}.`,
    noteHeading: 'Your private note (only you see it):',
    undoHint: 'Logged by mistake? You can undo it for 7 days.',
    undoButton: 'Undo',
    undone: (what: string) => `:leftwards_arrow_with_hook: Undone: ${what}. It no longer counts.`,
    undoRefused: {
      not_author: 'Only the mentor who logged a contact can undo it.',
      expired: 'This contact was logged more than 7 days ago, so it can no longer be undone. If it is wrong, please tell your program coordinators.',
      not_found: 'I couldn’t find that contact any more.',
    },
    minutes: (n: number) => (n === 0 ? 'no minutes given' : n === 1 ? '1 minute' : `${n} minutes`),
    groupWord: 'group',
    promptText: (month: string) => `Check-in for ${month}: where each of your mentees stands.`,
    promptHeader: (month: string) => `Check-in for ${month}`,
    promptIntro:
      'The program asks for a communication with each mentee every month, and a meeting (video or in person, alone or in a group) every semester. Here is where each of your mentees stands:',
    promptMonth: (month: string, done: boolean) => (done ? `:white_check_mark: in touch in ${month}` : `:white_circle: no communication yet in ${month}`),
    promptSemester: (semester: string, done: boolean) => (done ? `:white_check_mark: met in ${semester}` : `:white_circle: no meeting yet in ${semester}`),
    promptLogButton: 'Log a contact',
    promptGroupButton: 'Log a group meeting',
    promptMore: (n: number) => `…and ${n} more: \`/mentor-checkin\` lists all your mentees.`,
    promptFooter: 'Two clicks: a button, then *Log it*. Or in one line: `/mentor-checkin @mentee call 20`.',
  },
  pulse: {
    text: 'How are things going?',
    intro:
      'Your monthly check-in from the peer-mentoring program: *how are things going?* 1 is not well at all, 5 is very well. Your mentors are not told your answer.',
    talkButton: 'I’d like to talk',
    thanks: (score: number) => `Thanks for answering: you chose ${score} of 5.`,
    alreadyAnswered: (score: number) => `You already answered this month’s check-in (${score} of 5); your first answer stands. Thanks!`,
    lowOffer:
      'Sorry things are hard right now. Would you like your mentors to reach out? They will hear only that you would like to hear from them, never your answer.',
    shareButton: 'Let my mentors know',
    shared: 'Done: your mentors know you would like to hear from them. If you need help sooner, `/mentor-request` reaches them at once.',
    shareRefused: {
      no_answer: 'I couldn’t find your answer to this check-in; please answer it first.',
      not_low: 'This was offered only after a 1 or a 2. To reach your mentors, use `/mentor-request`.',
      no_mentors: 'You have no mentors in the program right now. Please reach out to your program coordinators.',
    },
    badAnswer: 'I couldn’t read that answer; please use the buttons of this month’s check-in.',
    talkFallback: 'To talk with your mentors, type `/mentor-request`: it opens a short form, and your mentors see it right away.',
    mentorNotice: (menteeId: string) =>
      `<@${menteeId}> would like to hear from you. Please reach out when you can; a message counts toward this month’s check-in.`,
  },

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
