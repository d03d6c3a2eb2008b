import type { CommandHelp } from '../../../slack/copy.js';

/** Contacts and check-in prompts: the words people read. */
export const checkinCopy = {
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
  promptGroupButton: 'Log a group meeting',
  promptMore: (n: number) => `…and ${n} more: \`/mentor-checkin\` lists all your mentees.`,
  promptAttempts: (n: number) => (n === 1 ? ':telephone_receiver: tried once' : `:telephone_receiver: tried ${n} times`),
  promptFooter: '*In touch*, then *Log it*: two clicks. Or reply in this thread with one line, e.g. `@sam call 20`, or use `/mentor-checkin @mentee call 20` anywhere.',
} as const;

/** `/mentor-checkin`'s help. */
export const checkinHelp: CommandHelp = {
  summary: 'For mentors: record a contact with your mentees (a message, call, text, e-mail, video or in-person meeting) so it counts toward the program’s monthly and semester rules.',
  usage: [
    ['/mentor-checkin', 'open the contact form: your mentees, kind, individual or group, date (up to 90 days back), minutes and a private note only you see'],
    [
      '/mentor-checkin @mentee [@mentee…] <kind> [minutes]',
      'log a contact today in one line, e.g. `/mentor-checkin @sam call 20`; kinds: message, text, call, email, video, in-person (video and in-person are meetings)',
    ],
  ],
};

/** The contacts' exports, as the export form offers them. */
export const contactExportLabels = {
  contacts: 'Contacts (one row per contact; never notes)',
  compliance: 'Compliance (one row per mentee and month)',
  concerns: 'Concerns (one row per concern; never notes)',
} as const;
