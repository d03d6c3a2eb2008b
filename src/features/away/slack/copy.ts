import type { AwayProblem } from '../../../program/records/away.js';
import { copy, type CommandHelp } from '../../../slack/copy.js';

/** Time away: the words people read. */
export const awayCopy = {
  modalTitle: 'Time away',
  modalSubmit: 'Save',
  modalClose: 'Cancel',
  modalIntro: 'Your Pair partner is told at once and gets your mentees’ new requests while you are away (up to 60 days).',
  startLabel: 'First day away',
  endLabel: 'Last day away',
  noteLabel: 'Note (only you see it)',
  notePlaceholder: 'e.g. Step 1 exam week',
  tellLabel: 'Your mentees',
  tellOption: 'Post a short notice in our group’s channel',
  problems: {
    format: 'Please give the first and last day as `/mentor-away YYYY-MM-DD YYYY-MM-DD [tell-mentees] [note]`, e.g. `/mentor-away 2026-11-02 2026-11-06 tell-mentees`.',
    not_a_date: 'One of those dates doesn’t exist. Please check them (YYYY-MM-DD).',
    end_before_start: 'The last day is before the first day.',
    start_in_past: 'The first day is in the past. Time away starts today or later.',
    too_long: 'Time away can be at most 60 days at a time. For a longer absence, please talk to the program coordinators.',
    note_too_long: 'Please keep the note to 500 characters.',
  } satisfies Record<AwayProblem, string>,
  today: (today: string) => `(Today is ${today} where you are.)`,
  notAMentor: (admins: string) => copy.notForYou('/mentor-away', 'peer mentors in the program', 'saved', admins),
  marked: (range: string, partners: string) =>
    `You’re away ${range}. ${partners} ${partners.includes(' and ') ? 'have' : 'has'} been told and will get your mentees’ new requests meanwhile.`,
  markedNoPartner: (range: string, faculty: string) =>
    `You’re away ${range}. You have no Pair partner in the program right now, so your mentees’ new requests will reach ${faculty === '' ? 'your faculty mentor' : faculty} meanwhile.`,
  uncovered: (days: string, faculty: string) =>
    `Your partner is away too ${days}: on those days requests will reach ${faculty === '' ? 'your faculty mentor' : faculty}.`,
  menteesTold: 'Your mentees were told in your group’s channel.',
  menteesNoChannel: 'Your group has no channel yet, so your mentees were not told; you may want to tell them yourself.',
  noteEcho: (note: string) => `Your note (only you see it): ${note}`,
  already: (range: string) => `You’re already marked away ${range}; nothing changed.`,
  cancelled: (ranges: string, partners: string) =>
    `Welcome back: your time away (${ranges}) is over${partners === '' ? '' : `, and ${partners} ${partners.includes(' and ') ? 'know' : 'knows'}`}. New requests reach you again.`,
  nothingToCancel: 'You aren’t marked away, so there was nothing to cancel.',
  partnerNotice: (mentor: string, range: string) =>
    `${mentor} will be away ${range}. Meanwhile, new requests from your mentees come to you alone.`,
  partnerTakenOver: (count: number) =>
    `They had taken ${count === 1 ? 'a request that still waits' : `${count} requests that still wait`} for an answer: please pick ${count === 1 ? 'it' : 'them'} up in the conversation${count === 1 ? '' : 's'}.`,
  partnerBack: (mentor: string) => `${mentor} has ended their time away: new requests go to both of you again.`,
  menteesNotice: (mentor: string, range: string, cover: string) =>
    `${mentor} will be away ${range}. Until then, ${cover} will answer your requests: use \`/mentor-request\` as usual.`,
} as const;

/** `/mentor-away`'s help. */
export const awayHelp: CommandHelp = {
  summary:
    'For mentors: tell the program you will be away (travel, exams), for up to 60 days at a time. Your Pair partner is told at once and gets your mentees’ new requests while you are away; if your partner is away too, they reach your faculty mentor. Your note is seen only by you.',
  usage: [
    ['/mentor-away', 'open a form with date pickers and a box to tell your mentees'],
    ['/mentor-away YYYY-MM-DD YYYY-MM-DD [note]', 'mark yourself away from the first date to the second, both included'],
    ['/mentor-away YYYY-MM-DD YYYY-MM-DD tell-mentees [note]', 'the same, and post a short notice for your mentees in your group’s channel'],
    ['/mentor-away cancel', 'end your time away now (and call off any you marked for later)'],
  ],
};
