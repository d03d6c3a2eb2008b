import type { ChosenBy } from '../domain/match.js';

/** What matching says to clinical mentees and mentors, in one place (the rest of the track's words are in copy.ts). */
export const matchCopy = {
  offerFallback: (subject: string) => `Choose your clinical peer mentor for ${subject}.`,
  offerIntro: (rotation: string) =>
    `You have an upcoming rotation: ${rotation}. These clinical peer mentors have done this rotation and can share ` +
    'what they learned: study materials, the site, the preceptor. Choose one, or let me assign the best match.',
  suggestion: (mentorId: string, shared: string) => `*<@${mentorId}>*\nShares: ${shared}`,
  chooseButton: 'Choose',
  autoButton: 'Assign for me',
  offerDeadline: (when: string) => `If you have not chosen by ${when}, I will assign the best-ranked mentor for you.`,
  sharedSubject: (subject: string) => `the subject (${subject})`,
  sharedSite: (site: string) => `the site (${site})`,
  sharedPreceptor: (preceptor: string) => `the preceptor (${preceptor})`,
  decided: (mentorId: string, rotation: string, chosenBy: ChosenBy) =>
    (chosenBy === 'mentee'
      ? `:white_check_mark: You chose <@${mentorId}> as your clinical peer mentor for ${rotation}.`
      : chosenBy === 'auto'
        ? `:white_check_mark: No mentor was chosen in time, so I assigned <@${mentorId}> as your clinical peer mentor for ${rotation}.`
        : `:white_check_mark: The Clinical Office made <@${mentorId}> your clinical peer mentor for ${rotation}.`) +
    ' I will introduce you to each other in a group DM, sent during the day for both of you.',
  alreadyAssigned: (mentorId: string) => `Your mentor for this rotation is already <@${mentorId}>, so nothing changed.`,
  mentorFull: (mentorId: string) =>
    `<@${mentorId}> already mentors as many students as a mentor can take right now, so I could not make them your mentor.`,
  mentorNotEligible: (mentorId: string) =>
    `<@${mentorId}> cannot take a mentee for this rotation right now, so I could not make them your mentor.`,
  chooseAnother: 'Please choose another mentor, or press *Assign for me*.',
  noneLeft: 'No other mentor who has done this rotation can take a mentee right now. The Clinical Office sees rotations without a mentor and will follow up with you.',
  noneAvailable: 'No mentor who has done this rotation can take a mentee right now, so I could not assign one. The Clinical Office sees rotations without a mentor and will follow up with you.',
  gone: 'This rotation is no longer on the Clinical Office’s list, so there is no mentor to choose for it. If that is wrong, please ask the Clinical Office.',
  notYours: 'These suggestions were sent to another student, so your click changed nothing.',
  introFallback: (menteeId: string, mentorId: string) => `<@${menteeId}>, meet <@${mentorId}>, your clinical peer mentor.`,
  introHeadline: (menteeId: string, mentorId: string, rotation: string) =>
    `<@${menteeId}>, meet <@${mentorId}>: your clinical peer mentor for ${rotation}.`,
  introHow: (chosenBy: ChosenBy, menteeId: string) =>
    chosenBy === 'mentee'
      ? `<@${menteeId}> chose you from the mentors who have done this rotation.`
      : chosenBy === 'auto'
        ? 'No mentor was chosen in time, so I matched you by the rotations you have in common.'
        : 'The Clinical Office made this change of mentor.',
  introRules: (menteeId: string, dayBefore: string) =>
    [
      `• *Meet before the rotation starts* (by ${dayBefore}), again at mid-rotation, and whenever <@${menteeId}> asks.`,
      '• *Plan on at least 2 hours together* over this rotation.',
      '• *What a mentor is:* a fellow student who has done this rotation and shares what they learned: study materials, the site, the preceptor.',
      '• *What a mentor is not:* a preceptor or a professor. Mentors do not grade or evaluate anyone; questions about grades, evaluations or patient care go to the Clinical Office or faculty.',
    ].join('\n'),
  introAsk: (mentorId: string) => `<@${mentorId}>, please suggest a time to meet.`,
} as const;
