/** The monthly pulse: the words people read. */
export const pulseCopy = {
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
  mentorNotice: (menteeId: string) =>
    `<@${menteeId}> would like to hear from you. Please reach out when you can; a message counts toward this month’s check-in.`,
} as const;
