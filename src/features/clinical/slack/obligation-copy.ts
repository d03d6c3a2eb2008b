import type { ObligationStatus } from '../domain/obligations.js';

/** What the clinical track says about mentors' obligations (nudges, Home, the Clinical Office's digest), in one place. */
/** The `rotations` export's label in the export form and help. */
export const clinicalExportLabels = { rotations: 'Clinical rotations (each mentee rotation: its mentor and obligations)' } as const;

export const obligationCopy = {
  subject: (subject: string) => subject.charAt(0).toUpperCase() + subject.slice(1),
  inDays: (days: number) => (days === 1 ? 'tomorrow' : days === 0 ? 'today' : `in ${days} days`),
  preNudge: (mentee: string, subject: string, when: string, date: string) =>
    `${mentee}’s ${subject} rotation starts ${when} (${date}), and you have not met yet.`,
  preHint: 'Meet before it starts, by video or in person: share what you learned on that rotation (study materials, the site, the preceptor). Log it with `/mentor-checkin`.',
  midNudge: (mentee: string, subject: string, date: string) =>
    `${mentee}’s ${subject} rotation is halfway on ${date}, and you have not met since it began.`,
  midHint: 'Meet within 3 days of the midpoint, by video or in person, and log it with `/mentor-checkin`.',
  minutesNudge: (minutes: number, required: number, mentee: string) => `${minutes} of ${required} minutes with ${mentee} this rotation.`,
  minutesHint: (end: string) => `The program asks for at least 2 hours with each mentee per rotation, which ends ${end}. Every contact you log counts its minutes.`,
  status: { done: 'done', missing: 'missing', upcoming: 'upcoming' } satisfies Record<ObligationStatus, string>,
  statusIcon: { done: ':white_check_mark:', missing: ':red_circle:', upcoming: ':hourglass_flowing_sand:' } satisfies Record<ObligationStatus, string>,
  preLine: (status: string, icon: string, date: string | undefined) => `${icon} pre-rotation meeting: ${status}${date === undefined ? '' : ` (${date})`}`,
  midLine: (status: string, icon: string, date: string | undefined, window: string) => `${icon} mid-rotation meeting (${window}): ${status}${date === undefined ? '' : ` (${date})`}`,
  minutesLine: (status: string, icon: string, minutes: number, required: number) => `${icon} ${minutes} of ${required} minutes: ${status}`,
} as const;
