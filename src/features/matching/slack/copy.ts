import type { QuestionnaireField, QuestionnaireProblem } from '../domain/questionnaire.js';
import { SCORE_POINTS } from '../domain/compatibility.js';

const percent = (share: number) => `${Math.round(share * 100)}%`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The matching feature's words: the questionnaire, its DMs, and the match's preview. */
export const matchingCopy = {
  help: [
    ['/mentor-admin questionnaire', 'send the matching questionnaire to mentees without a group and peer mentors whose group is not full (once each; reminders follow)'],
    ['/mentor-admin match', 'preview the questionnaire match (per group, who and why), then apply it, or download it as CSV, edit it and import it'],
  ] as const,
  invitation:
    'Peer Mentor is forming its mentor families. Tell us a little about yourself (specialties, hobbies, how you like to be reached) so we can place you with mentors you will get along with. It takes two minutes, and you can change your answers until the match is made.',
  reminder: 'A reminder: the mentor-family questionnaire is still waiting for your answers. It takes two minutes, and you can change them until the match is made.',
  openButton: 'Answer the questionnaire',
  formTitle: 'Find your mentor family',
  formSubmit: 'Send',
  close: 'Cancel',
  formIntro: 'Your answers help place you in a group. Your background and your own words about hobbies stay private: no one else sees them, and they are in no report.',
  formIntroChange: 'Here are your answers so far: change what you like and send again.',
  labels: {
    specialties: 'Specialties of interest',
    region: 'Hometown region',
    background: 'Your background',
    hobbies: 'Hobbies',
    hobbiesText: 'Other hobbies, in your words',
    contact: 'Preferred way to be reached',
    community: 'Your Learning Community',
    mdphd: 'Are you in the MD/PhD program?',
    mentors: 'Peer mentors you would like (up to 3)',
  } satisfies Record<Exclude<QuestionnaireField, 'learningCommunity'> | 'community', string>,
  hints: {
    specialties: 'Choose up to 5; “Undecided” is fine.',
    background: 'Optional, private: only you see it.',
    hobbiesText: 'Optional, private: only you see it.',
    mentors: 'Optional: name them by their Slack handle. We try to place you with them; it is not a promise.',
  },
  yes: 'Yes',
  no: 'No',
  community: (name: string) => `${name.charAt(0).toUpperCase()}${name.slice(1)}`,
  recordedTitle: 'Thank you',
  recorded: 'Thank you — your answers are in. You can change them from the same button until the match is made.',
  changed: 'Your answers are updated. You can change them again until the match is made.',
  closedTitle: 'Matching is done',
  closed: 'The match has been made, so answers are no longer taken. Your mentors will say hello in your group’s channel.',
  notFoundTitle: 'Questionnaire',
  notFound: 'This questionnaire is no longer open.',
  notConcerned: 'This questionnaire is for mentees without a group and peer mentors whose group has room; it is not for you now.',
  problem: (p: QuestionnaireProblem): string => {
    switch (p.code) {
      case 'missing':
        return p.field === 'hobbies' ? 'Please choose a hobby or two, or write your own below.' : 'Please answer this one.';
      case 'unknown_choice':
        return 'That choice is no longer offered; please choose again.';
      case 'too_many':
        return p.field === 'mentors' ? `Please name at most ${p.max} mentors.` : `Please choose at most ${p.max}.`;
      case 'too_long':
        return `Please keep this to ${p.max} characters.`;
      case 'not_mentors':
        return `${p.userIds.map((id) => `<@${id}>`).join(', ')} ${p.userIds.length === 1 ? 'is not' : 'are not'} a peer mentor of a group; please choose peer mentors.`;
      case 'self':
        return 'You can’t name yourself; please choose other peer mentors.';
    }
  },

  started: (sent: number, waiting: number) =>
    `The questionnaire is open. ${plural(sent, 'person was', 'people were')} sent it now${waiting > 0 ? `; ${plural(waiting, 'person gets', 'people get')} it when their quiet hours end` : ''}. Reminders follow on days 3 and 7 to those who have not answered.`,
  alreadyOpen: (sent: number) => `The questionnaire is already open: nobody gets it twice. ${sent > 0 ? `${plural(sent, 'person', 'people')} new to it ${sent === 1 ? 'was' : 'were'} sent it now.` : 'Nobody new needed it.'}`,
  noRound: 'No questionnaire is open: start one with `/mentor-admin questionnaire`, and run the match once people have answered.',
  roundApplied: 'This round’s match is applied already. Start a new round with `/mentor-admin questionnaire` when new mentees need groups.',
  nothingToMatch: 'There is nobody to match: every mentee has a group (or no group with a peer mentor takes mentees).',
  proposalNotFound: 'I can’t find that match preview; please run `/mentor-admin match` again.',
  busy: 'This match is being applied right now; the result follows shortly.',
  stale: 'The roster changed since this preview (a mentee found a group, or a group changed). Please run `/mentor-admin match` again.',
  applied: (memberships: number, groups: number, posted: number, welcomed: number) =>
    `Applied: ${plural(memberships, 'mentee')} joined ${plural(groups, 'group')}. Introductions: ${plural(posted, 'group introduction')} posted, ${plural(welcomed, 'newcomer')} welcomed in their channel (a later run of the introductions job finishes anything left).`,
  previewTitle: (source: 'computed' | 'imported') => (source === 'computed' ? '*Match preview* (stable, mentee-proposing)' : '*Match preview* (from your edited file)'),
  summary: (s: { mentees: number; matched: number; topThreeShare: number; meanScore: number }, outside: readonly string[]) =>
    [
      `${plural(s.matched, 'mentee')} of ${s.mentees} placed.`,
      `Matched to a top-3 choice: ${percent(s.topThreeShare)}.`,
      `Mean score: ${s.meanScore.toFixed(1)}.`,
      `Groups outside 12–15: ${outside.length === 0 ? 'none' : outside.join(', ')}.`,
    ].join(' '),
  groupLine: (name: string, before: number, after: number) => `*${name}* — ${before} → ${after} mentees`,
  nobodyNew: '_no new mentees_',
  unmatched: (names: string) => `*Not placed (no room left):* ${names}`,
  moreInCsv: (n: number) => `…and ${n} more: see the CSV.`,
  moreGroups: (n: number) => `…and ${plural(n, 'more group')}: see the CSV.`,
  reasons: { community: 'same Learning Community', mdphd: 'MD/PhD', asked: (names: string) => `asked for ${names}`, none: 'room' },
  scoreNote: `Score: ${SCORE_POINTS.specialty} per shared specialty, ${SCORE_POINTS.hobby} per shared hobby, ${SCORE_POINTS.community} for the same Learning Community, ${SCORE_POINTS.namedMentor} per mentor asked for, ${SCORE_POINTS.mdphd} for MD/PhD. Private free text is never used or shown.`,
  applyButton: 'Apply',
  applyConfirm: { title: 'Apply this match?', text: 'Each placed mentee joins their group now, and the groups’ introductions follow.', confirm: 'Apply', deny: 'Not yet' },
  csvButton: 'Download CSV',
  importButton: 'Import edited CSV',
  csvSent: (filename: string, rows: number) => `Here is \`${filename}\` (${plural(rows, 'mentee')}). Edit the \`group\` column (empty leaves a mentee out) and import it with *Import edited CSV*.`,
  csvSending: 'Preparing the CSV… it will arrive in your DM with Peer Mentor.',
  importTitle: 'Import an edited match',
  importSubmit: 'Preview',
  importFileLabel: 'The edited match file (CSV)',
  importHint: 'The file from *Download CSV*, edited: only `mentee_slack_id` and `group` are read.',
  importNoFile: 'Please upload the edited CSV file.',
  importWorking: 'Reading the file…',
  importDone: 'The preview of your edited match is in your DM with Peer Mentor, with its *Apply* button.',
  unreadable: { too_large: 'That file is too large (the limit is 1 MB).', not_text: 'That file is not a text CSV file; please export it as CSV (UTF-8).', unavailable: 'I couldn’t read that file; please upload it again.' },
  invalidTitle: (n: number) => `${plural(n, 'problem')} in the file; nothing was kept. Fix ${n === 1 ? 'it' : 'them'} and import again:`,
  csvError: (e: { line: number; code: string; value: string; size?: number }) => {
    const where = e.line > 0 ? `Line ${e.line}: ` : '';
    switch (e.code) {
      case 'unknown_mentee':
        return `${where}“${e.value}” is not a mentee waiting for a group. Keep the \`mentee_slack_id\` from the downloaded file.`;
      case 'duplicate_mentee':
        return `${where}“${e.value}” appears twice; keep one line per mentee.`;
      case 'unknown_group':
        return `${where}there is no group “${e.value}” taking mentees. Use a group name from the preview.`;
      case 'missing_column':
        return `The file needs a \`${e.value}\` column (keep the downloaded file’s header).`;
      case 'over_capacity':
        return `${e.value} would have ${e.size ?? 0} mentees, more than 15.`;
      default:
        return `${where}${e.value}`;
    }
  },
} as const;
