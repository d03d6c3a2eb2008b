/** What the clinical track says to people, in one place. */
export const clinicalCopy = {
  welcomeFallback: 'Welcome to clinical-rotation peer mentoring: please read and accept the honesty agreement.',
  welcome: (mentorId: string) =>
    `Welcome, <@${mentorId}>: you are a *clinical peer mentor*. You mentor students who are starting clinical rotations, ` +
    'sharing what you learned on the rotations you completed: study materials, the site, the preceptor. You are a ' +
    'fellow student, not their preceptor or professor.',
  agreementTitle: '*The honesty agreement*',
  agreementAsk: 'Please read it and press *I agree*. Your acceptance and its time are recorded for the Clinical Office.',
  agreeButton: 'I agree',
  agreed: (when: string) => `:white_check_mark: You accepted the honesty agreement on ${when}. Thank you.`,
  already: (when: string) => `Your acceptance of the honesty agreement is already recorded (${when}); there is nothing more to do.`,
  notClinicalMentor:
    'This agreement is for clinical peer mentors, and the roster does not list you as one. If that is wrong, please ask the Clinical Office to add you with track clinical.',
} as const;
