import type { CommandHelp } from '../../../slack/copy.js';

/** Roster, introductions and /mentor-admin: the words people read. */
export const introCopy = {
  purpose: (group: string, kind: 'cohort' | 'mdphd') =>
    kind === 'mdphd'
      ? `Peer Mentor: the program’s MD/PhD group — MD/PhD peer mentors and MD/PhD students. Ask for help with /mentor-request.`
      : `Peer Mentor: mentoring group ${group} — its faculty mentor, Mentor Pair and mentees. Ask for help with /mentor-request.`,
  title: (group: string) => `Welcome to ${group}`,
  fallback: (group: string) => `Welcome to ${group}, your peer-mentoring group: who is who, how the program works, and how to use Peer Mentor.`,
  opening: (kind: 'cohort' | 'mdphd') =>
    kind === 'mdphd'
      ? 'This is the program’s private MD/PhD channel: the MD/PhD peer mentors and the MD/PhD students they mentor, on top of each student’s own cohort. Please say hello!'
      : 'This private channel is your mentoring group: your faculty mentor, your Mentor Pair of peer mentors, and the first- and second-year students they mentor. Please say hello!',
  facultyLabel: 'Faculty mentor',
  peerMentorsLabel: 'Peer mentors',
  menteesLabel: 'Mentees',
  nobodyYet: '_nobody yet_',
  year: (year: number) => `year ${year}`,
  rulesTitle: '*How the program works*',
  rules: [
    '• Your peer mentors are in touch with each of you *at least once every month*, and *meet* each of you — in person or by video, alone or as a group — *at least once every semester*.',
    '• Mentors answer Slack messages, texts and calls *within 24 hours*, and e-mails *within 48 hours*. A mentor who will be away (travel, exams) tells their Pair partner, who covers in the meantime.',
  ].join('\n'),
  helpTitle: '*What peer mentors can help with*',
  help:
    'Study habits and exams, finding your way through the curriculum, clinical skills, shadowing and research, letters and residency applications, balance and well-being: anything where a student a few years ahead has been there.',
  limitsTitle: '*What goes to faculty or the program instead*',
  limits: (faculty: string | undefined) =>
    `Peer mentors are fellow students: they do not grade you, give medical or psychological care, or decide academic or professional matters. Take those — and anything about your health, your safety or your standing in school — to ${faculty ?? 'your faculty mentor'} or the program coordinators. Mentors, please refer such matters on rather than carrying them alone. If you are in crisis, contact the school’s support services right away.`,
  confidentialityTitle: '*Confidentiality*',
  confidentiality:
    'What you share with your mentors stays with them, unless someone’s safety is at risk or school policy requires them to pass it on. Please keep what others share in this channel within the group. Mentoring here is never graded.',
  commandsTitle: '*Using Peer Mentor*',
  commands: [
    '• `/mentor-request` — ask your mentors for help (topic, urgency, how to reach you); they see it in a conversation with you.',
    '• `/mentor-checkin` — peer mentors: record a contact with your mentees (a message, call, text, e-mail, video or meeting), so it counts.',
    '• `/mentor-switch` — ask privately for a different group; only the program coordinators see your reason.',
    'Type `help` after any command to see what it can do.',
  ].join('\n'),
  goals:
    '*Mentees:* before your first conversation, think of one or two goals for this semester — an exam, a skill, a specialty to explore — and share them with your mentors. You will look back at them together.',
  newcomers: (mentions: string, group: string) =>
    `Please welcome ${mentions} to ${group}! The introduction at the top of this channel has the program’s rules and how to reach everyone; ask your mentors anything with \`/mentor-request\`.`,
  newcomersFallback: (group: string) => `New members joined ${group}.`,
  newPair: (group: string, kind: 'cohort' | 'mdphd', mentors: string, faculty: string | undefined) =>
    kind === 'mdphd'
      ? `:handshake: *${group} has a new peer mentor.* The MD/PhD peer mentors are now ${mentors}. Ask them for help with \`/mentor-request\`.`
      : `:handshake: *${group} has a new Mentor Pair:* ${mentors}${faculty === undefined ? '' : `, with ${faculty} as faculty mentor`}. They are in touch with each of you every month and meet you every semester; ask them for help with \`/mentor-request\`.`,
  newPairFallback: (group: string) => `${group} has a new Mentor Pair.`,
  roleName: (role: 'mentee' | 'peer_mentor' | 'faculty') => (role === 'peer_mentor' ? 'peer mentor' : role === 'faculty' ? 'faculty mentor' : 'mentee'),
  dmFallback: (group: string) => `Welcome to ${group} in the peer-mentoring program.`,
  dmMentee: (group: string, channel: string, mentors: string, faculty: string | undefined) =>
    `:wave: Welcome to the peer-mentoring program! You are a mentee in *${group}* (${channel}). Your peer mentors are ${mentors}${faculty ? `, and your faculty mentor is ${faculty}` : ''}. They will be in touch at least once a month and meet you at least once a semester.`,
  dmMenteeMdphd: (channel: string, mentors: string) =>
    `:wave: You are also in the program’s MD/PhD group (${channel}), whose MD/PhD peer mentors are ${mentors}. They mentor you on top of your cohort’s Pair.`,
  dmMenteeCommands:
    '• `/mentor-request` — ask your mentors for help; they answer within 24 hours (48 hours for e-mail).\n• `/mentor-switch` — ask privately for a different group.',
  dmMentor: (group: string, channel: string, partner: string | undefined, faculty: string | undefined, menteeCount: number) =>
    `:wave: Thank you for mentoring! You are a peer mentor of *${group}* (${channel})${partner ? `, with ${partner} as your Pair partner` : ''}${faculty ? ` and ${faculty} as faculty mentor` : ''}. You have ${menteeCount} mentee${menteeCount === 1 ? '' : 's'} here:`,
  dmMentorRules:
    'The program asks you for a communication with each mentee every month, a meeting every semester, and replies within 24 hours (48 hours for e-mail). Refer what goes beyond peer mentoring to the faculty mentor or the program coordinators.',
  dmMentorCommands:
    '• `/mentor-checkin` — record a contact with your mentees.\n• `/mentor-away` — mark time away; your Pair partner covers.\n• `/mentor-switch @mentee` — ask to hand a mentee over to another group.',
  dmFaculty: (group: string, channel: string, mentors: string, menteeCount: number) =>
    `:wave: Thank you for being the faculty mentor of *${group}* (${channel}). Its peer mentors are ${mentors}, and it has ${menteeCount} mentee${menteeCount === 1 ? '' : 's'}:`,
  dmFacultyNote: 'Peer mentors will bring you what goes beyond peer mentoring. The group’s channel is where everyone can reach you together.',
  commandsHeading: '*Your commands*',
  more: (n: number) => `and ${n} more`,
} as const;

export const adminCopy = {
  notAllowed:
    'Sorry — `/mentor-admin` is for the program coordinators. If you think you should have access, please ask one of them to add you as an admin in the roster.',
  importTitle: 'Import the roster',
  importSubmit: 'Preview',
  importClose: 'Cancel',
  importIntro:
    'Upload the roster as a CSV file, or paste it: a header line, then one line per person and role. Columns, in any order: `slack_id` or `email`, `name`, `role` (mentee, peer_mentor, faculty, admin), `year` (1–4, students), `group` (e.g. Blue-Okafor), `mdphd` (yes/no), `timezone` (optional), `track` (cohort, the default, or clinical), `core_done` and `good_standing` (yes/no, clinical peer mentors).',
  importHint: 'Nothing changes unless every line is right. Importing the same roster again changes nothing.',
  pruneLabel: 'Whole roster',
  pruneOption: 'This file is the whole roster',
  pruneDescription: 'People missing from it are deactivated, and their memberships end.',
  importFileNote:
    'You will see what would change before anything is written, and then *Apply* or go *Back*. Unless the file is the whole roster, people missing from it are kept as they are.',
  checkingTitle: 'Checking…',
  checkingText: 'Checking every line with Slack. You will see what an import would change before anything is written.',
  previewTitle: 'Preview the import',
  previewApply: 'Apply',
  previewBack: 'Back',
  previewIntro: (prune: boolean) =>
    `*Nothing has been written yet.* This is what importing the roster would do; *Apply* to import it, or go *Back* to change it.${prune ? ' The file is the whole roster: people missing from it are deactivated.' : ''}`,
  previewChanged:
    ':warning: The roster changed since the preview you applied (another import, or a change in Slack), so nothing was written. This is what the import would do now: *Apply* it if it is still right.',
  previewGoneTitle: 'Preview closed',
  previewGone: 'This preview has already been applied, or gone back from, or is more than a day old, so nothing more was written. Use `/mentor-admin import` to start again.',
  endingsDone: (s: { endings: number; removedFromChannels: number; endingsTold: number; requestsMoved: number; endingsWaiting: number }) =>
    `Ended memberships: ${s.removedFromChannels} removed from their group’s channel, ${s.endingsTold} told by DM, ${s.requestsMoved} waiting request${s.requestsMoved === 1 ? '' : 's'} moved to the remaining mentors${s.endingsWaiting > 0 ? `; ${s.endingsWaiting} to finish later (quiet hours)` : ''}.`,
  endingsFailed: 'Following the ended memberships could not finish just now; it is done again within the hour.',
  workingTitle: 'Importing…',
  workingText: 'Checking every line with Slack and importing. You can close this window: I will send you a summary in a direct message.',
  resultTitle: 'Roster imported',
  refusedIntro: (count: number) => `Nothing was imported: ${count === 1 ? 'one line needs' : `${count} lines need`} fixing. Correct them below and import again.`,
  problemsMore: (n: number) => `…and ${n} more problem${n === 1 ? '' : 's'}.`,
  /** `who`: a mention of the admin who started the running import, or undefined when it came from the command line. */
  importRunning: (when: string, who: string | undefined) =>
    `An import is already running (started ${when} ${who === undefined ? 'from the command line' : `by ${who}`}), so this one did not start. Please try again when it has finished.`,
  slackUnavailable: 'Slack did not answer while I was looking people up, so nothing was imported. Please try again in a few minutes.',
  fileUnreadable: (reason: 'too_large' | 'not_text' | 'unavailable') =>
    reason === 'too_large'
      ? 'That file is larger than a roster can be (2 MB), so nothing was imported. Please check it is the right file, or use the command line.'
      : reason === 'not_text'
        ? 'That file is not a CSV text file, so nothing was imported. From a spreadsheet, choose File → Download (or Save As) → CSV, and upload that.'
        : 'I could not read that file from Slack, so nothing was imported. Please upload it again.',
  fileLabel: 'Roster file (CSV)',
  pasteLabel: 'Or paste the roster (CSV)',
  chooseOne: 'Choose a CSV file, or paste the roster below.',
  notBoth: 'Give the roster one way: a file or pasted text, not both.',
  summaryTitle: (dryRun: boolean) => (dryRun ? '*Roster checked (dry run): nothing was written.*' : '*Roster imported.*'),
  summaryPeople: (s: { peopleCreated: number; peopleUpdated: number; peopleUnchanged: number; peopleDeactivated: number }) =>
    `People: ${s.peopleCreated} created, ${s.peopleUpdated} updated, ${s.peopleUnchanged} unchanged, ${s.peopleDeactivated} deactivated.`,
  summaryGroups: (s: { groupsCreated: number; groupsChanged: number; membershipsOpened: number; membershipsClosed: number }) =>
    `Groups: ${s.groupsCreated} created, ${s.groupsChanged} changed (memberships: ${s.membershipsOpened} started, ${s.membershipsClosed} ended).`,
  warningsTitle: (n: number) => `*${n} warning${n === 1 ? '' : 's'}* (imported anyway):`,
  introductionsDone: (s: { channelsCreated: number; introductionsPosted: number; welcomesSent: number; newcomersWelcomed: number; failed: number }) =>
    `Introductions: ${s.channelsCreated} channel${s.channelsCreated === 1 ? '' : 's'} created, ${s.introductionsPosted} introduction${s.introductionsPosted === 1 ? '' : 's'} posted, ${s.welcomesSent} welcome DM${s.welcomesSent === 1 ? '' : 's'} sent, ${s.newcomersWelcomed} newcomer${s.newcomersWelcomed === 1 ? '' : 's'} welcomed${s.failed > 0 ? `; ${s.failed} step${s.failed === 1 ? '' : 's'} failed and will be retried within the hour` : ''}.`,
  introductionsFailed: 'Introductions could not run just now; they run again within the hour, or use `/mentor-admin introduce`.',
  introduceWorking: 'Introducing every group not yet introduced, and welcoming new members… I will post the result here.',
  introduceNothing: 'Every group is already introduced and everyone welcomed: nothing to send.',
  statusTitle: '*Peer Mentor roster*',
  statusPeople: (active: number, inactive: number, byRole: Record<string, number>) =>
    `People: ${active} active (${byRole['mentee'] ?? 0} mentees, ${byRole['peer_mentor'] ?? 0} peer mentors, ${byRole['faculty'] ?? 0} faculty mentors, ${byRole['admin'] ?? 0} roster admins), ${inactive} inactive.`,
  statusGroups: (cohorts: number, mdphd: number, inactive: number) =>
    `Groups: ${cohorts} cohort${cohorts === 1 ? '' : 's'}${mdphd > 0 ? ' and the MD/PhD group' : ''}${inactive > 0 ? ` (${inactive} inactive)` : ''}.`,
  statusNotIntroduced: (names: readonly string[]) =>
    names.length === 0 ? 'Every group has been introduced.' : `Not introduced yet: ${names.join(', ')} — \`/mentor-admin introduce\` does it now.`,
  statusAwaiting: (n: number) => (n === 0 ? '' : `${n} new member${n === 1 ? '' : 's'} still to be welcomed in their group’s channel.`),
  statusWarningsTitle: (n: number) => `*${n} roster warning${n === 1 ? '' : 's'}:*`,
  statusNoWarnings: 'No roster warnings.',
  statusEmpty: 'The roster is empty: import it with `/mentor-admin import` or `npm run import-roster -- roster.csv`.',
} as const;

/** The preview's headings, the same in the form and on the command line. */
export const previewCopy = {
  heading: (kind: 'add' | 'change' | 'deactivate' | 'open' | 'move' | 'end', count: number) =>
    ({
      add: `People to add: ${count}`,
      change: `People to change: ${count}`,
      deactivate: `People to deactivate: ${count}`,
      open: `Memberships to open: ${count}`,
      move: `Memberships to move: ${count}`,
      end: `Memberships to end: ${count}`,
    })[kind],
  more: (n: number) => `…and ${n} more`,
} as const;

/** What someone whose membership ended is told: neutral, whatever the reason. */
export const endingCopy = {
  ended: (group: string) => `Your time in ${group} has ended; thank you.`,
} as const;

/** `/mentor-admin`'s help. */
export const adminHelp: CommandHelp = {
  summary: 'For program coordinators: import the roster, introduce groups, see the program’s status and export its record.',
  usage: [
    ['/mentor-admin import', 'import the roster from a CSV file or pasted text: you see what would change, then Apply; nothing changes unless every line is right'],
    ['/mentor-admin introduce', 'introduce every group not yet introduced, and welcome new members'],
    ['/mentor-admin status', 'people, groups, groups not yet introduced and roster warnings'],
  ],
};
