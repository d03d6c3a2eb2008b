import { formatDate } from '../../../slack/format-time.js';
import { copy } from '../../../slack/copy.js';
import type { AudienceRole } from '../../../program/audience.js';

const pct = (n: number) => `${n}%`;
const avg = (n: number | undefined) => (n === undefined ? '–' : n.toFixed(1));

/** The surveys' words. The templates' items are in domain/templates.ts. */
export const surveyCopy = {
  launchHelp: ['/mentor-admin survey', 'launch a survey: a template, who it is for, anonymous or not, and a closing date'] as const,
  launchTitle: 'Launch a survey',
  launchSubmit: 'Launch',
  close: 'Cancel',
  templateLabel: 'Template',
  rolesLabel: 'For these roles',
  tracksLabel: 'In these tracks',
  audienceHint: 'Choose roles, tracks or both: with both, people holding one of the roles in one of the tracks.',
  anonymousLabel: 'Anonymous?',
  anonymousYes: 'Yes — answers are stored without names',
  anonymousNo: 'No — answers are stored with names',
  closesLabel: 'Closing date',
  closesHint: 'Answers are taken through this day; a reminder goes 3 days before.',
  roleLabels: { mentee: 'Mentees', peer_mentor: 'Peer mentors', faculty: 'Faculty Mentors' } satisfies Record<AudienceRole, string>,
  trackLabel: (track: string) => (track === 'cohort' ? 'Cohort program' : `${track.charAt(0).toUpperCase()}${track.slice(1)} track`),
  problems: {
    template: 'Please choose a template.',
    audienceMissing: 'Please choose at least one role or track.',
    audienceUnknown: 'One of these choices is no longer offered; please choose again.',
    anonymous: 'Please say whether answers are anonymous.',
    closesMissing: 'Please choose a closing date.',
    closesNotAfterToday: 'The closing date must be after today.',
    closesTooFar: (days: number) => `Please choose a closing date within ${days} days; a longer survey can be launched again afterwards.`,
    unanswered: 'Please choose from 1 to 5.',
    tooLong: copy.tooLong,
  },
  launchedTitle: 'Survey launched',
  launched: (title: string, id: string, closesOn: string, anonymous: boolean) =>
    `*${title}* is launched${anonymous ? ', anonymous' : ''}, closing ${formatDate(closesOn)}. Everyone it is for gets a direct message within the hour (outside their quiet hours), and a reminder 3 days before closing if they have not answered. Its answers: \`/mentor-admin export survey --id ${id}\`.`,
  notAllowedTitle: 'Surveys',

  invitation: (title: string, closesOn: string, anonymous: boolean) =>
    `*${title}*: the program would like your view. It takes two minutes${anonymous ? ', and your answers are anonymous' : ''}. Open until ${formatDate(closesOn)}.`,
  reminder: (title: string, closesOn: string) => `A reminder: *${title}* closes ${formatDate(closesOn)}, and your answer would help.`,
  openButton: 'Take the survey',

  answerSubmit: 'Send',
  answerIntro: (anonymous: boolean) =>
    anonymous
      ? 'This survey is anonymous: your answers are stored without your name. Rate each statement from 1 (strongly disagree) to 5 (strongly agree).'
      : 'Your answers are stored with your name, for the program coordinators. Rate each statement from 1 (strongly disagree) to 5 (strongly agree).',
  scaleLabel: (n: number) => String(n),
  textHint: 'Optional, up to 1,000 characters.',
  thanksTitle: 'Thank you',
  thanks: 'Thank you — your answer is counted.',
  alreadyTitle: 'Already counted',
  already: 'You have answered this survey already, and your first answer is the one counted. Thank you!',
  closedTitle: 'Survey closed',
  closed: (closesOn: string) => `This survey closed on ${formatDate(closesOn)}, so answers are no longer taken. Thank you all the same.`,
  notFoundTitle: 'Surveys',
  notFound: 'I can’t find this survey any more. If you think that is a mistake, please tell your program coordinators.',
  notConcerned: 'This survey is not one you are asked to answer, so nothing was recorded. If you think you should be, please tell your program coordinators.',

  homeAdminTitle: 'Surveys',
  homeFacultyTitle: 'Surveys: your group',
  rateLine: (title: string, id: string, closesOn: string, open: boolean, answered: number, audience: number, rate: number) =>
    `*${title}* (${open ? 'closes' : 'closed'} ${formatDate(closesOn)}, id \`${id}\`): ${answered} of ${audience} answered (${pct(rate)})`,
  averagesLine: (averages: readonly (number | undefined)[]) => `Item averages (1–5): ${averages.map(avg).join(' · ')}`,
  groupLine: (name: string, answers: number, averages: readonly (number | undefined)[]) => `${name} (${answers} answers): ${averages.map(avg).join(' · ')}`,
  otherGroups: 'Other groups',
  hiddenGroups: (n: number) => `${n} answer${n === 1 ? '' : 's'} from groups too small to show (fewer than 5)`,
  cohortLine: (title: string, answers: number, averages: readonly (number | undefined)[]) => `*${title}*, your group (${answers} answers): ${averages.map(avg).join(' · ')}`,
  homeRule: 'Averages by group only where a group has 5 answers or more; free-text answers are in the survey export only.',
  facultyRule: 'Your group’s averages appear once it has 5 answers or more.',
  digestRate: (title: string, closesOn: string, open: boolean, answered: number, audience: number, rate: number, averages: readonly (number | undefined)[]) =>
    `• *${title}* (${open ? 'closes' : 'closed'} ${formatDate(closesOn)}): ${answered} of ${audience} answered (${pct(rate)}); averages ${averages.map(avg).join(' · ')}`,
  digestCohort: (title: string, answers: number, averages: readonly (number | undefined)[]) => `• *${title}*, your group (${answers} answers): averages ${averages.map(avg).join(' · ')}`,
} as const;
