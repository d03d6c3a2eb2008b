import type { ConcernCategory } from '../domain/concern.js';

/** The check-in prompt's answers (in touch, couldn't reach, concern, a reply in the thread): the words people read. */
export const answerCopy = {
  touchButton: 'In touch',
  unreachedButton: 'Couldn’t reach',
  concernButton: 'Concern',
  touch: {
    modalTitle: 'In touch',
    modalSubmit: 'Log it',
    modalClose: 'Cancel',
    intro: (mentee: string) => `You were in touch with ${mentee} today. It counts toward this month; a video or in-person meeting also counts toward the semester.`,
  },
  unreached: {
    noted: (mentee: string) =>
      `Noted: you tried to reach ${mentee}. A try is not a communication, so it doesn’t count toward this month. If ${mentee} is tried twice this month and not reached, your Faculty Mentor is told (only that they were not reached).`,
    escalated: (mentee: string) => `Noted: you tried to reach ${mentee}. They were tried twice this month without a communication, so your Faculty Mentor has been told that they were not reached. Nothing more was shared.`,
    facultyText: (mentee: string) => `${mentee}: not reached this month.`,
  },
  concern: {
    modalTitle: 'A concern',
    modalSubmit: 'Send',
    modalClose: 'Cancel',
    intro: (mentee: string) => `About ${mentee}. Your Faculty Mentor is told who it is about, that it comes from you, and the category: never your note.`,
    categoryLabel: 'What is it about?',
    categories: { academic: 'Academic', wellbeing: 'Well-being', professionalism: 'Professionalism', other: 'Other' } satisfies Record<ConcernCategory, string>,
    noteLabel: 'Private note',
    noteHint: 'Only you will ever see this note: it is not sent to anyone. Up to 1,000 characters.',
    missingCategory: 'Choose what the concern is about.',
    noteTooLong: 'The note can be at most 1,000 characters.',
    doneTitle: 'Concern sent',
    doneClose: 'Close',
    done: (mentee: string) => `Thank you. Your Faculty Mentor will be told that you have a concern about ${mentee}, and its category. Your note stays with you.`,
    supportHeading: (mentee: string) => `*Support resources to pass on to ${mentee}:*`,
    facultyText: (mentee: string, mentor: string, category: string) =>
      `:warning: ${mentor} has a concern about ${mentee}, one of your mentees: *${category}*. Please follow up with ${mentor}; what they noted stays with them.`,
    notSent: 'Nothing was sent.',
  },
  /** Why a prompt's answer was refused. */
  refused: {
    not_a_mentor: 'Only peer mentors answer check-in prompts, and only about their own mentees.',
    not_your_mentee: 'This person is not one of your current mentees any more, so nothing was recorded. `/mentor-checkin` lists your mentees.',
    unknown_category: 'Choose what the concern is about.',
    note_too_long: 'The note can be at most 1,000 characters.',
  },
  digest: {
    concerns: (n: number, byCategory: string) => `• Concerns raised by mentors this month: ${n} (${byCategory})`,
    unreached: (n: number) => `• Mentees tried twice this month and not reached: ${n}`,
  },
  reply: {
    grammar:
      'I couldn’t read that as a check-in. In this thread, write one line like `@sam call 20`: your mentee (as an @-mention), how you were in touch (message, text, call, email, video or in-person) and, if you like, the minutes. Nothing was logged.',
  },
} as const;
