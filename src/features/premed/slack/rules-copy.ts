import type { PremedRequestTopic } from '../domain/request-topics.js';

/** What the pre-med track says about its hours, reports and first sessions (nudges, the coordinators' digest and DMs, the exports, the parent question), in one place. */

/** The exports' labels in the export form and help. */
export const premedExportLabels = {
  hours: 'Pre-med hours (each pair and month: minutes against the 120 asked for)',
  parents: 'Pre-med parents (each mentee under 18: the parent’s contact and the mentor’s, to pass on)',
} as const;

/** What each pre-med request topic is called, in the form and wherever a request is named. */
export const premedTopicLabels = {
  mcat: 'MCAT',
  personal_statement: 'Personal statement',
  mock_interview: 'Mock interview',
  shadowing: 'Shadowing',
  applications: 'Applications',
  coursework: 'Coursework',
  other: 'Something else',
} satisfies Record<PremedRequestTopic, string>;

const plural = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

export const premedRulesCopy = {
  hoursNudge: (minutes: number, required: number, mentee: string) => `You’ve logged ${minutes} of ${required} minutes with ${mentee} this month.`,
  hoursNudgeHint: (daysLeft: number, month: string) =>
    `${daysLeft === 1 ? `Today is the last day of ${month}` : `${daysLeft} days of ${month} are left, today included`}. The program asks for at least 2 hours a month together, by video or in public places; every contact you log with \`/mentor-checkin\` counts its minutes.`,
  digestTitle: 'Pre-med outreach',
  digestText: (date: string) => `Pre-med outreach this week (${date}): hours, agreements and first sessions at a glance.`,
  underMinimumNone: (month: string, required: number) => `:white_check_mark: Every introduced pair has logged at least ${required} minutes in ${month}.`,
  underMinimum: (n: number, month: string, required: number, daysLeft: number) =>
    `:hourglass_flowing_sand: *${plural(n, 'pair is', 'pairs are')} under ${required} minutes in ${month}* (${plural(daysLeft, 'day', 'days')} left):`,
  underMinimumLine: (mentee: string, mentor: string, minutes: number) => `• ${mentee} with ${mentor}: ${minutes} min`,
  inactiveMonth: (month: string) => `No minimum applies in ${month}: the hours rule runs in the track’s active months only.`,
  agreementsNone: ':white_check_mark: Every pair has accepted the program agreement.',
  agreementsPending: (n: number) => `:memo: *${plural(n, 'pair is', 'pairs are')} waiting for the program agreement* (not introduced until both accept):`,
  agreementLine: (mentee: string, mentor: string, whose: string) => `• ${mentee} with ${mentor}: waiting for ${whose}`,
  whose: (mentor: boolean, mentee: boolean) => (mentor && mentee ? 'both' : mentor ? 'the mentor' : 'the mentee'),
  withoutParentNone: ':white_check_mark: No first session with a minor was logged without a parent or guardian.',
  withoutParent: (n: number) => `:warning: *${plural(n, 'first session', 'first sessions')} with a minor logged without a parent or guardian:*`,
  withoutParentLine: (mentee: string, mentor: string, date: string) => `• ${mentee} with ${mentor}, ${date}`,
  pairsScope: (n: number) => `Over the track’s ${plural(n, 'current pair', 'current pairs')}. Names and minutes only: what anyone wrote stays private.`,
  parentLabel: 'Was a parent or guardian present?',
  parentHint: (minors: string) => `Required for the first session with ${minors} (under 18): a parent or guardian attends it.`,
  parentUseForm: (minors: string) =>
    `This would be your first session with ${minors} (under 18), and the program asks whether a parent or guardian was present: please log it with the form instead (\`/mentor-checkin\` on its own), which asks.`,
  parentYes: 'Yes',
  parentNo: 'No',
  parentMissing: 'Please say whether a parent or guardian was present: the program asks for one at the first session with a mentee under 18.',
  noParentAlert: (mentee: string, mentor: string, date: string) =>
    `${mentor} logged the first session with ${mentee} (under 18) on ${date}, with no parent or guardian present.`,
  noParentHint: 'The program asks for a parent or guardian at a minor’s first session. You may want to follow up with them and the family.',
} as const;
