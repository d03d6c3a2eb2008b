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
  officeTitle: 'Clinical rotations',
  officeDigestText: (date: string) => `Clinical rotations this week (${date}): mentors, meetings and minutes at a glance.`,
  unassignedNone: (days: number) => `:white_check_mark: Every rotation starting in the next ${days} days has a mentor.`,
  unassigned: (count: number, days: number, dates: string) =>
    `:warning: *${count === 1 ? '1 rotation starts' : `${count} rotations start`} in the next ${days} days without a mentor:* ${dates}`,
  startsOn: (date: string, count: number) => (count === 1 ? date : `${date} (${count})`),
  meetings: (label: string, done: number, missing: number, upcoming: number) => `*${label}:* ${done} done · ${missing} missing · ${upcoming} to come`,
  preLabel: 'Pre-rotation meetings',
  midLabel: 'Mid-rotation meetings',
  recentScope: (n: number) => `Over the ${n === 1 ? '1 rotation' : `${n} rotations`} with a mentor running in the last four weeks, now, or starting within 14 days.`,
  underMinutes: (mentees: number, ended: number) =>
    `*Mentees under 120 minutes:* ${mentees}${ended > 0 ? ` (${ended} of them in a rotation that has ended)` : ''}`,
  mentorsUnder: (under: number, all: number, min: number) => `*Mentors with fewer than ${min} mentees:* ${under} of ${all}`,
  agreementsPending: (n: number) => `*Honesty agreements pending:* ${n}`,
  pendingTitle: '*Mentors whose honesty agreement is pending:*',
  nonePending: 'Every clinical peer mentor has accepted the honesty agreement.',
  menteeTitle: 'Your clinical rotations',
  mentorTitle: 'Your clinical mentees',
  noRotations: 'No upcoming rotation is listed for you. The Clinical Office imports them.',
  noMentees: 'You have no clinical mentees right now.',
  rotationLine: (subject: string, dates: string, where: string | undefined) => `*${subject}* · ${dates}${where === undefined ? '' : ` · ${where}`}`,
  mentorOf: (mentor: string) => `Your mentor: ${mentor}`,
  noMentorYet: 'Your mentor: not matched yet',
  menteeRotation: (mentee: string, subject: string, dates: string) => `*${mentee}* · ${subject} · ${dates}`,
  rules: 'Each rotation: a meeting before it starts, one within 3 days of its midpoint (by video or in person), and at least 120 minutes in all.',
} as const;
