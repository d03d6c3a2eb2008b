import type { AwayProblem } from '../program/records/away.js';
import type { ReachChannel, RequestAudience, RequestTopic, Urgency } from '../program/records/request.js';
import type { MoveStep } from '../features/switching/domain/switch.js';
import type { SwitchReason, SwitchSubject } from '../program/records/switch-request.js';
import type { CommandName } from './commands.js';

/** The words people read. Kept together so tone and wording stay consistent and reviewable. */

export interface CommandHelp {
  /** One line: what the command is for. */
  readonly summary: string;
  /** Usage lines: `usage` — what it does. */
  readonly usage: readonly (readonly [usage: string, meaning: string])[];
}

export const commandHelp: Readonly<Record<CommandName, CommandHelp>> = {
  '/mentor-request': {
    summary:
      'Ask your mentors for help. Your request goes to your Mentor Pair (or to your partner mentor alone while the other is away) in a group conversation with you, and they answer within the program’s reply times (by default 24 h for Slack, texts and calls; 48 h for e-mail). Their first message there counts as the answer; you close the request and say whether it helped.',
    usage: [
      ['/mentor-request', 'open the request form: topic, urgency, how to reach you, what you need'],
      ['/mentor-request [what you need]', 'open the form with your words filled in'],
      ['/mentor-request help', 'show this help'],
    ],
  },
  '/mentor-checkin': {
    summary: 'For mentors: record a contact with your mentees (a message, call, text, e-mail, video or in-person meeting) so it counts toward the program’s monthly and semester rules.',
    usage: [
      ['/mentor-checkin', 'open the contact form: your mentees, kind, individual or group, date (up to 90 days back), minutes and a private note only you see'],
      [
        '/mentor-checkin @mentee [@mentee…] <kind> [minutes]',
        'log a contact today in one line, e.g. `/mentor-checkin @sam call 20`; kinds: message, text, call, email, video, in-person (video and in-person are meetings)',
      ],
      ['/mentor-checkin help', 'show this help'],
    ],
  },
  '/mentor-away': {
    summary:
      'For mentors: tell the program you will be away (travel, exams), for up to 60 days at a time. Your Pair partner is told at once and gets your mentees’ new requests while you are away; if your partner is away too, they reach your faculty mentor. Your note is seen only by you.',
    usage: [
      ['/mentor-away', 'open a form with date pickers and a box to tell your mentees'],
      ['/mentor-away YYYY-MM-DD YYYY-MM-DD [note]', 'mark yourself away from the first date to the second, both included'],
      ['/mentor-away YYYY-MM-DD YYYY-MM-DD tell-mentees [note]', 'the same, and post a short notice for your mentees in your group’s channel'],
      ['/mentor-away cancel', 'end your time away now (and call off any you marked for later)'],
      ['/mentor-away help', 'show this help'],
    ],
  },
  '/mentor-switch': {
    summary:
      'Ask for a different mentoring group, privately. The program coordinators decide in Slack; only they see your reason and details, and your mentors are never told why, only that you moved on. One request at a time: asking again shows the open one, which you can cancel.',
    usage: [
      ['/mentor-switch', 'open the switch form (mentees): what to change, why, optional details and a preferred group'],
      ['/mentor-switch @mentee', 'ask to hand one of your mentees over to another group (peer mentors)'],
      ['/mentor-switch help', 'show this help'],
    ],
  },
  '/mentor-admin': {
    summary: 'For program coordinators: import the roster, introduce groups, see the program’s status and export its record.',
    usage: [
      ['/mentor-admin import', 'import the roster from a CSV file or pasted text; nothing changes unless every line is right'],
      ['/mentor-admin introduce', 'introduce every group not yet introduced, and welcome new members'],
      ['/mentor-admin status', 'people, groups, groups not yet introduced and roster warnings'],
      [
        '/mentor-admin export <contacts|requests|compliance> [--from YYYY-MM] [--to YYYY-MM]',
        'a CSV file of the program’s record (default: this month), sent to you in a direct message; never notes, descriptions or reasons',
      ],
      ['/mentor-admin help', 'show this help'],
    ],
  },
};

export const copy = {
  // Roster, introductions and /mentor-admin (issue 3).
  intro: {
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
  },
  admin: {
    notAllowed:
      'Sorry — `/mentor-admin` is for the program coordinators. If you think you should have access, please ask one of them to add you as an admin in the roster.',
    importTitle: 'Import the roster',
    importSubmit: 'Import',
    importClose: 'Cancel',
    importIntro:
      'Upload the roster as a CSV file, or paste it: a header line, then one line per person and role. Columns, in any order: `slack_id` or `email`, `name`, `role` (mentee, peer_mentor, faculty, admin), `year` (1–4, students), `group` (e.g. Blue-Okafor), `mdphd` (yes/no), `timezone` (optional).',
    importHint: 'Nothing changes unless every line is right. Importing the same roster again changes nothing.',
    importFileNote:
      'People missing from the roster you import are kept as they are. The command line can also check a file without importing it, or deactivate people missing from it: `npm run import-roster -- roster.csv --dry-run` or `--prune`.',
    workingTitle: 'Importing…',
    workingText: 'Checking every line with Slack and importing. You can close this window: I will send you a summary in a direct message.',
    resultTitle: 'Roster imported',
    refusedIntro: (count: number) => `Nothing was imported: ${count === 1 ? 'one line needs' : `${count} lines need`} fixing. Correct them below and import again.`,
    problemsMore: (n: number) => `…and ${n} more problem${n === 1 ? '' : 's'}.`,
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
  },

  // Requests for help and time away (issue 4).
  request: {
    topics: {
      career_advice: 'Career advice',
      study_tips: 'Study tips',
      clinical_skills: 'Clinical skills',
      letter_of_recommendation: 'Letter of recommendation',
      shadowing: 'Shadowing',
      research: 'Research',
      residency_application: 'Residency application',
      balance_wellbeing: 'Balance and well-being',
      rotation: 'A specific rotation',
      other: 'Something else',
    } satisfies Record<RequestTopic, string>,
    urgencies: { routine: 'Routine', this_week: 'This week', urgent: 'Urgent' } satisfies Record<Urgency, string>,
    reach: { slack: 'Slack', text_call: 'Text or call', email: 'E-mail' } satisfies Record<ReachChannel, string>,
    audiences: { cohort: 'My Mentor Pair', mdphd: 'The MD/PhD peer mentors' } satisfies Record<RequestAudience, string>,
    modalTitle: 'Ask your mentors',
    modalSubmit: 'Send',
    modalClose: 'Cancel',
    modalIntro: 'Your request goes to your mentors in a group conversation with you. Only you and they see what you write.',
    topicLabel: 'What is it about?',
    topicPlaceholder: 'Choose a topic',
    urgencyLabel: 'How urgent is it?',
    reachLabel: 'How would you like them to reach you?',
    reachHint: (hours: number, emailHours: number) =>
      hours === emailHours
        ? `They answer within ${hours} hours.`
        : `They answer within ${hours} hours for Slack, texts and calls, and ${emailHours} hours for e-mail.`,
    audienceLabel: 'Who should answer?',
    descriptionLabel: 'What do you need?',
    descriptionHint: 'A sentence or two is enough. Up to 2,000 characters.',
    topicRequired: 'Please choose a topic.',
    descriptionRequired: 'Please say what you need, in a sentence or two.',
    descriptionTooLong: (length: number) => `Please keep it to 2,000 characters (it has ${length.toLocaleString('en-US')}).`,
    notAMentee: (admins: string) =>
      `/mentor-request is for mentees in the peer-mentoring program, and I don’t have you as one, so nothing was sent. If you should be, please contact ${admins}.`,
    nobodyToAnswer: (admins: string) =>
      `I couldn’t send your request: there is no mentor or faculty mentor in your group I can reach right now, so nothing was sent. Please contact ${admins}, who can help at once.`,
    messageFallback: (mentee: string, topic: string) => `Request for help from ${mentee}: ${topic}`,
    messageTitle: (mentee: string) => `*Request for help from ${mentee}*`,
    topicField: 'Topic',
    urgencyField: 'Urgency',
    reachField: 'Reach them by',
    deadlineField: 'Reply by',
    sentTo: {
      mentors: (responders: string) => `Sent to ${responders}.`,
      partner: (responders: string, away: string) => `Sent to ${responders}, covering while ${away} ${away.includes(' and ') ? 'are' : 'is'} away.`,
      faculty: (responders: string, away: string) =>
        away === '' ? `Sent to ${responders}, the faculty mentor: the group has no peer mentor right now.` : `Sent to ${responders}, the faculty mentor, while ${away} ${away.includes(' and ') ? 'are' : 'is'} away.`,
    },
    status: {
      open: 'Open: waiting for a mentor. Mentors, your first message in this conversation counts as the answer.',
      claimed: (mentor: string) => `${mentor} is taking this.`,
      responded: (mentor: string) => `Answered by ${mentor}. When you have what you need, close it and say whether it helped.`,
      closed: (by: string, helped: boolean | undefined) =>
        `Closed by ${by}${helped === true ? ': it helped.' : helped === false ? ': it didn’t help.' : '.'}`,
      cancelled: (by: string) => `Withdrawn by ${by}.`,
      // Never why: the mentee's reason for changing group is for the program coordinators alone.
      moved: (mentee: string) => `Moved: ${mentee} has joined another mentoring group, and this request went to their new mentors.`,
    },
    claimButton: 'I’ll take this',
    respondButton: 'Mark responded',
    closeButton: 'Close',
    helpedButton: 'Close: it helped',
    notHelpedButton: 'Close: it didn’t help',
    confirmation: (responders: string, deadline: string, hours: number, reach: string) =>
      `Your request went to ${responders} in a group conversation with you. You’ll hear back by *${deadline}* (within ${hours} hours, as you prefer ${reach}). When you have what you need, close it there and say whether it helped.`,
    supportTitle: 'Support, right now',
    supportOutro: 'Your request has gone to your mentors as well.',
    supportModalTitle: 'Support resources',
    supportModalClose: 'Close',
    facultyAlert: (mentee: string, alerted: string) =>
      `:rotating_light: ${mentee}, one of your mentees, has asked for urgent support with balance and well-being. I alerted ${alerted}. What they wrote stays between them and their mentors.`,
    refused: {
      not_found: 'I can’t find this request any more.',
      not_involved: 'Only this request’s mentee and the mentors it was sent to can act on it.',
      mentors_only: 'Only the mentors this request was sent to can take it or mark it answered.',
      mentee_only: (mentee: string) => `Only ${mentee} can say whether it helped. To close it, use *Close*.`,
      already_claimed_by_you: 'You’ve already taken this one.',
      already_claimed: (mentor: string) => `${mentor} has already taken this one. You can still help in the conversation.`,
      already_responded: (mentor: string) => `${mentor} has already answered this one.`,
      already_ended: 'This request is already closed.',
    },
  },
  away: {
    modalTitle: 'Time away',
    modalSubmit: 'Save',
    modalClose: 'Cancel',
    modalIntro: 'Your Pair partner is told at once and gets your mentees’ new requests while you are away (up to 60 days).',
    startLabel: 'First day away',
    endLabel: 'Last day away',
    noteLabel: 'Note (only you see it)',
    notePlaceholder: 'e.g. Step 1 exam week',
    tellLabel: 'Your mentees',
    tellOption: 'Post a short notice in our group’s channel',
    problems: {
      format: 'Please give the first and last day as `/mentor-away YYYY-MM-DD YYYY-MM-DD [tell-mentees] [note]`, e.g. `/mentor-away 2026-11-02 2026-11-06 tell-mentees`.',
      not_a_date: 'One of those dates doesn’t exist. Please check them (YYYY-MM-DD).',
      end_before_start: 'The last day is before the first day.',
      start_in_past: 'The first day is in the past. Time away starts today or later.',
      too_long: 'Time away can be at most 60 days at a time. For a longer absence, please talk to the program coordinators.',
      note_too_long: 'Please keep the note to 500 characters.',
    } satisfies Record<AwayProblem, string>,
    today: (today: string) => `(Today is ${today} where you are.)`,
    notAMentor: (admins: string) =>
      `/mentor-away is for peer mentors in the program, and I don’t have you as one, so nothing was saved. If you should be, please contact ${admins}.`,
    marked: (range: string, partners: string) =>
      `You’re away ${range}. ${partners} ${partners.includes(' and ') ? 'have' : 'has'} been told and will get your mentees’ new requests meanwhile.`,
    markedNoPartner: (range: string, faculty: string) =>
      `You’re away ${range}. You have no Pair partner in the program right now, so your mentees’ new requests will reach ${faculty === '' ? 'your faculty mentor' : faculty} meanwhile.`,
    uncovered: (days: string, faculty: string) =>
      `Your partner is away too ${days}: on those days requests will reach ${faculty === '' ? 'your faculty mentor' : faculty}.`,
    menteesTold: 'Your mentees were told in your group’s channel.',
    menteesNoChannel: 'Your group has no channel yet, so your mentees were not told; you may want to tell them yourself.',
    noteEcho: (note: string) => `Your note (only you see it): ${note}`,
    already: (range: string) => `You’re already marked away ${range}; nothing changed.`,
    cancelled: (ranges: string, partners: string) =>
      `Welcome back: your time away (${ranges}) is over${partners === '' ? '' : `, and ${partners} ${partners.includes(' and ') ? 'know' : 'knows'}`}. New requests reach you again.`,
    nothingToCancel: 'You aren’t marked away, so there was nothing to cancel.',
    partnerNotice: (mentor: string, range: string) =>
      `${mentor} will be away ${range}. Meanwhile, new requests from your mentees come to you alone.`,
    partnerTakenOver: (count: number) =>
      `They had taken ${count === 1 ? 'a request that still waits' : `${count} requests that still wait`} for an answer: please pick ${count === 1 ? 'it' : 'them'} up in the conversation${count === 1 ? '' : 's'}.`,
    partnerBack: (mentor: string) => `${mentor} has ended their time away: new requests go to both of you again.`,
    menteesNotice: (mentor: string, range: string, cover: string) =>
      `${mentor} will be away ${range}. Until then, ${cover} will answer your requests: use \`/mentor-request\` as usual.`,
  },
  people: (ids: readonly string[]) => {
    const mentions = ids.map((id) => `<@${id}>`);
    return mentions.length <= 1 ? (mentions[0] ?? '') : `${mentions.slice(0, -1).join(', ')} and ${mentions[mentions.length - 1]}`;
  },
  admins: (ids: readonly string[]) => (ids.length > 0 ? ids.map((id) => `<@${id}>`).join(' or ') : 'your program coordinators'),

  // Contacts, check-in prompts and the pulse (issue 5).
  checkin: {
    kindLabels: { slack: 'Slack message', text: 'text', call: 'call', email: 'e-mail', video: 'video call', in_person: 'in-person meeting' },
    kindOptions: { slack: 'Slack message', text: 'Text', call: 'Call', email: 'E-mail', video: 'Video (meeting)', in_person: 'In person (meeting)' },
    modalTitle: 'Log a contact',
    modalSubmit: 'Log it',
    modalClose: 'Cancel',
    modalIntro: 'Every communication counts toward this month; a video or in-person meeting also counts toward the semester.',
    menteesLabel: 'Mentees',
    menteesPlaceholder: 'Choose your mentees',
    kindLabel: 'How were you in touch?',
    kindPlaceholder: 'Choose a kind',
    modeLabel: 'Individual or group',
    individual: 'Individual',
    group: 'Group',
    dateLabel: 'When',
    dateHint: (earliest: string) => `Today or up to 90 days back (not before ${earliest}).`,
    minutesLabel: 'Minutes',
    minutesHint: 'From 0 to 600; leave empty for 0.',
    noteLabel: 'Private note',
    noteHint: 'Only you will ever see this note. Up to 1,000 characters.',
    notAMentor:
      'Only peer mentors log contacts, and only with their own mentees. If you mentor in the program and see this, please ask your program coordinators to check the roster.',
    noMentees:
      'You have no current mentees in the program’s roster, so there is no one to log a contact with. If that is wrong, please ask your program coordinators.',
    nothingLogged: 'Nothing was logged.',
    problems: {
      noMenteesNamed: 'Name at least one of your mentees, e.g. `/mentor-checkin @sam call 20`.',
      noMenteesChosen: 'Choose at least one of your mentees.',
      notYourMentees: (mentions: string, several: boolean) =>
        `${mentions} ${several ? 'are not' : 'is not'} one of your current mentees. You can log contacts only with your own mentees (\`/mentor-checkin\` with no text lists them).`,
      individualWithSeveral: 'An individual contact is with one mentee: choose Group, or log each mentee separately.',
      plainName: (word: string) => `I couldn’t tell who ${word} is: pick the person from Slack’s @-suggestions so that the name turns into a link.`,
      missingKind: 'Say how you were in touch: message, text, call, email, video or in-person.',
      unknownKind: (word: string) => `I don’t know the kind “${word}”. Use one of: message, text, call, email, video, in-person.`,
      invalidDate: 'That is not a date.',
      futureDate: 'That date is in the future: log a contact once it has happened.',
      tooOld: 'That date is more than 90 days ago: contacts can be logged up to 90 days back.',
      badMinutes: 'Minutes must be a whole number from 0 to 600.',
      noteTooLong: 'The note can be at most 1,000 characters.',
      unexpectedWords: (words: string) =>
        `I didn’t understand “${words}”. Write \`/mentor-checkin @mentee [@mentee…] kind [minutes]\`, e.g. \`/mentor-checkin @sam call 20\`.`,
    },
    logged: (what: string) => `:white_check_mark: Logged: ${what}.`,
    loggedAgain: (what: string) => `:white_check_mark: Already logged: ${what}.`,
    noteHeading: 'Your private note (only you see it):',
    undoHint: 'Logged by mistake? You can undo it for 7 days.',
    undoButton: 'Undo',
    undone: (what: string) => `:leftwards_arrow_with_hook: Undone: ${what}. It no longer counts.`,
    undoRefused: {
      not_author: 'Only the mentor who logged a contact can undo it.',
      expired: 'This contact was logged more than 7 days ago, so it can no longer be undone. If it is wrong, please tell your program coordinators.',
      not_found: 'I couldn’t find that contact any more.',
    },
    minutes: (n: number) => (n === 0 ? 'no minutes given' : n === 1 ? '1 minute' : `${n} minutes`),
    groupWord: 'group',
    promptText: (month: string) => `Check-in for ${month}: where each of your mentees stands.`,
    promptHeader: (month: string) => `Check-in for ${month}`,
    promptIntro:
      'The program asks for a communication with each mentee every month, and a meeting (video or in person, alone or in a group) every semester. Here is where each of your mentees stands:',
    promptMonth: (month: string, done: boolean) => (done ? `:white_check_mark: in touch in ${month}` : `:white_circle: no communication yet in ${month}`),
    promptSemester: (semester: string, done: boolean) => (done ? `:white_check_mark: met in ${semester}` : `:white_circle: no meeting yet in ${semester}`),
    promptLogButton: 'Log a contact',
    promptGroupButton: 'Log a group meeting',
    promptMore: (n: number) => `…and ${n} more: \`/mentor-checkin\` lists all your mentees.`,
    promptFooter: 'Two clicks: a button, then *Log it*. Or in one line: `/mentor-checkin @mentee call 20`.',
  },
  pulse: {
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
  },

  // Nudges and escalation (issue 6).
  nudges: {
    hours: (hours: number) => (hours <= 0 ? 'just now' : hours === 1 ? '1 h' : `${hours} h`),
    reminderTitle: (mentee: string, hours: string) => `${mentee}’s request for help is due in ${hours}`,
    reminderText: (mentee: string, hours: string, deadline: string) => `Reminder: ${mentee}’s request for help is due in ${hours} (${deadline}).`,
    reminderBody: (deadline: string, topic: string) => `Reply by *${deadline}* · ${topic}`,
    overdueTitle: (mentee: string) => `${mentee}’s request for help is overdue`,
    overdueText: (mentee: string, deadline: string) => `${mentee}’s request for help was due ${deadline} and has no answer yet.`,
    overdueBody: (deadline: string, late: string, topic: string) => `It was due *${deadline}* (${late} ago) · ${topic}`,
    whereToAnswer: (mentee: string) =>
      `Answer in your group conversation with ${mentee}: your first message there counts as the response. Or use the buttons here.`,
    notInConversation: (mentors: string) =>
      `It was sent to ${mentors}, so its conversation and buttons are theirs: please check with them that it gets an answer.`,
    partnerNote: 'Your Pair partner has been told too: agree between you who answers.',
    covering: (away: string) => `You’re covering for ${away}, who ${away.includes(' and ') ? 'are' : 'is'} away.`,
    escalationText: (mentee: string, mentors: string, deadline: string, late: string) =>
      `${mentee}, one of your mentees, asked ${mentors} for help and has had no answer: it was due ${deadline} (${late} ago).`,
    escalationNote:
      'What they asked stays between them and their mentors. You may want to check in with the mentors, or with the mentee.',
    monthEndText: (daysLeft: number, month: string, count: number) =>
      `${daysLeft === 1 ? 'Last day' : `${daysLeft} days left`} of ${month}: ${count === 1 ? 'one of your mentees has' : `${count} of your mentees have`} had no communication yet this month.`,
    semesterEndText: (daysLeft: number, semester: string, count: number) =>
      `${daysLeft === 1 ? 'Last day' : `${daysLeft} days left`} of ${semester}: ${count === 1 ? 'one of your mentees has' : `${count} of your mentees have`} not met a mentor yet this semester.`,
    asFaculty: 'Their peer mentors are away, so this comes to you as their faculty mentor.',
    monthEndHint:
      'The program asks for a communication with each mentee every month: a message, text, call, e-mail or meeting all count. Logged with `/mentor-checkin @mentee call 20`, or answered through a request, it counts at once.',
    semesterEndHint:
      'The program asks for a meeting with each mentee every semester: in person or by video, alone or in a group. Log it with `/mentor-checkin @mentee video 30` (several @mentees make it a group meeting).',
    more: (n: number) => `…and ${n} more.`,
  },

  // Weekly digests, App Home and reports (issue 7).
  digest: {
    cohortTitle: (groups: string) => `Weekly digest: ${groups}`,
    continuedTitle: (title: string, index: number, count: number) => `${title} (continued, ${index} of ${count})`,
    programTitle: 'Weekly digest: the program',
    period: (week: string, month: string, semester: string | undefined) =>
      `Week of ${week} · ${month}${semester === undefined ? ' · between semesters' : ` · ${semester}`} · counts, dates and statuses only`,
    notRunning: (month: string) => `The program does not run in ${month}: the monthly contact rule does not apply.`,
    fallback: (groups: string, communicated: number, mentees: number, overdue: number) =>
      `Weekly digest for ${groups}: ${communicated} of ${mentees} mentees in touch this month${overdue > 0 ? `, ${overdue} overdue request${overdue === 1 ? '' : 's'}` : ''}.`,
    programFallback: (groups: number, attention: number) =>
      `Weekly program digest: ${groups} group${groups === 1 ? '' : 's'}, ${attention} needing attention.`,
    continuedFallback: (title: string, index: number, count: number) => `${title}, continued (${index} of ${count}).`,
    attentionTitle: '*Needs your attention first*',
    attentionNone: ':white_check_mark: Nothing needs your attention first this week: no overdue or urgent requests, and every mentee has been in touch this month.',
    overdue: (n: number, list: string) => `:red_circle: ${n === 1 ? 'A request is' : `${n} requests are`} past the reply deadline: ${list}`,
    urgent: (list: string) => `:rotating_light: Urgent well-being request${list.includes(',') ? 's' : ''}: ${list}`,
    noContact: (n: number, month: string, list: string) => `:white_circle: ${n === 1 ? 'One mentee has' : `${n} mentees have`} had no communication yet in ${month}: ${list}`,
    requestAge: (mentee: string, age: string) => `${mentee} (sent ${age} ago)`,
    requestState: (mentee: string, status: string) => `${mentee} (${status})`,
    statuses: { open: 'waiting for a mentor', claimed: 'taken, not yet answered', responded: 'answered', closed: 'closed', cancelled: 'withdrawn', moved: 'moved to new mentors' },
    compliance: (communicated: number, mentees: number, month: string, met: number, semester: string | undefined) =>
      `*Contact rules:* ${communicated} of ${mentees} mentee${mentees === 1 ? '' : 's'} in touch in ${month}` +
      (semester === undefined ? '.' : `; ${met} of ${mentees} met in ${semester}.`),
    requests: (waiting: number, overdue: number, answeredThisWeek: number) =>
      `*Requests:* ${waiting} waiting for an answer${overdue > 0 ? ` (${overdue} overdue)` : ''} · ${answeredThisWeek} answered this week`,
    medianResponse: (duration: string, answered: number, month: string) =>
      ` · first answers in ${month} took ${duration} (median of ${answered})`,
    noResponsesYet: (month: string) => ` · no first answers yet in ${month}`,
    away: (list: string) => `*Mentors away this week or next:* ${list}`,
    noneAway: '*Mentors away this week or next:* none',
    switches: (n: number) => `*Switch requests waiting for the program coordinators:* ${n}`,
    pulse: (month: string, answered: number, asked: number, low: number) =>
      `*Pulse* (${month}): ${answered} of ${asked} answered; ${low} low (1 or 2).`,
    pulseShared: (list: string) => ` Asked to hear from their mentors: ${list}.`,
    menteesTitle: (from: number, to: number, total: number) => (total === 0 ? '*Mentees:* none in the group right now.' : `*Mentees* (${from}–${to} of ${total})`),
    menteeMonth: (month: string, mark: { date: string; by: string } | undefined, date: (d: string) => string) =>
      mark === undefined ? `:white_circle: no communication yet in ${month}` : `:white_check_mark: in touch ${date(mark.date)} (<@${mark.by}>)`,
    menteeSemester: (semester: string | undefined, mark: { date: string; by: string } | undefined, date: (d: string) => string) =>
      semester === undefined ? '' : mark === undefined ? ` · :white_circle: no meeting yet in ${semester}` : ` · :white_check_mark: met ${date(mark.date)} (<@${mark.by}>)`,
    continuesBelow: (index: number, count: number) => `Continued in the next message (${index} of ${count}).`,
    more: (n: number) => `and ${n} more`,
    totals: (t: { groups: number; mentees: number; communicated: number; met: number }, month: string, semester: string | undefined) =>
      `*Program:* ${t.groups} group${t.groups === 1 ? '' : 's'}, ${t.mentees} mentee${t.mentees === 1 ? '' : 's'}; ${t.communicated} in touch in ${month}` +
      (semester === undefined ? '.' : `, ${t.met} met in ${semester}.`),
    programRequests: (t: { waiting: number; overdue: number; urgent: number; answeredThisWeek: number }) =>
      `*Requests:* ${t.waiting} waiting for an answer (${t.overdue} overdue, ${t.urgent} urgent well-being) · ${t.answeredThisWeek} answered this week`,
    programAway: (n: number) => `*Mentors away this week or next:* ${n}`,
    groupsAttentionTitle: '*Groups needing attention*',
    groupsAttentionNone: ':white_check_mark: No group needs attention: no overdue or urgent requests, and every mentee has been in touch this month.',
    concerns: { overdue: 'overdue requests', urgent: 'an urgent well-being request waiting', no_contact: 'mentees not yet in touch', no_mentor: 'no peer mentor' },
    groupsTitle: (from: number, to: number, total: number) => (total === 0 ? '*Groups:* none yet.' : `*Every group* (${from}–${to} of ${total})`),
    groupLine: (g: { name: string; faculty: string; mentees: number; communicated: number; met: number; waiting: number; overdue: number; pendingSwitches: number }, hasSemester: boolean) =>
      `*${g.name}*${g.faculty === '' ? '' : ` (${g.faculty})`} — ${g.mentees} mentee${g.mentees === 1 ? '' : 's'} · in touch ${g.communicated}/${g.mentees}` +
      (hasSemester ? ` · met ${g.met}/${g.mentees}` : '') +
      ` · ${g.waiting} waiting${g.overdue > 0 ? ` (${g.overdue} overdue)` : ''}` +
      (g.pendingSwitches > 0 ? ` · ${g.pendingSwitches} switch request${g.pendingSwitches === 1 ? '' : 's'}` : ''),
  },
  homeTab: {
    title: 'Peer Mentor',
    menteeTitle: 'Your mentoring',
    mentors: (list: string) => `*Your peer mentors:* ${list}`,
    noMentors: '*Your peer mentors:* none right now — please contact the program coordinators.',
    awayUntil: (mentor: string, until: string) => `${mentor} (away until ${until})`,
    faculty: (list: string) => `*Your faculty mentor:* ${list}`,
    myRequests: '*Your requests*',
    noRequests: 'You have no open requests. Ask your mentors anything with *Ask for help*.',
    myRequest: (topic: string, status: string, deadline: string | undefined, overdue: boolean) =>
      `• ${topic} — ${status}${deadline === undefined ? '' : `; reply due by ${deadline}`}${overdue ? ' :red_circle: overdue' : ''}`,
    menteeStatuses: {
      open: 'waiting for a mentor',
      claimed: 'a mentor is on it',
      responded: 'answered: close it when you have what you need',
      closed: 'closed',
      cancelled: 'withdrawn',
      moved: 'moved to your new mentors',
    },
    askButton: 'Ask for help',
    switchButton: 'Switch mentors',
    mentorTitle: 'Your mentees',
    mentorPeriod: (month: string, semester: string | undefined) => `${month}${semester === undefined ? '' : ` · ${semester}`}: a communication every month, a meeting every semester.`,
    noMentees: 'You have no current mentees.',
    waitingTitle: '*Requests waiting on you*',
    noneWaiting: 'No request is waiting on you.',
    waitingLine: (mentee: string, topic: string, deadline: string, overdue: boolean, claimedBy: string | undefined) =>
      `• ${mentee} — ${topic}; reply by ${deadline}${overdue ? ' :red_circle: overdue' : ''}${claimedBy === undefined ? '' : ` · taken by ${claimedBy}`}`,
    yourAway: (ranges: string) => `:palm_tree: Your time away: ${ranges}. Your Pair partner covers meanwhile.`,
    logButton: 'Log a contact',
    awayButton: 'Time away',
    facultyTitle: (groups: string) => `Your cohort: ${groups}`,
    adminTitle: 'The program',
    importButton: 'Import roster',
    introduceButton: 'Introduce groups',
    exportButton: 'Export CSV',
    more: (n: number) => `…and ${n} more.`,
    shortened: 'Your Home tab has more than Slack can show at once; the weekly digest has the full lists.',
    introduceWorkingTitle: 'Introducing…',
    introduceWorking: 'Introducing every group not yet introduced, and welcoming new members… This window shows the result when it is done.',
    introduceDoneTitle: 'Introductions',
    close: 'Close',
  },
  exports: {
    kinds: {
      contacts: 'Contacts (one row per contact; never notes)',
      requests: 'Requests (one row per request; never descriptions)',
      compliance: 'Compliance (one row per mentee and month)',
      switches: 'Switch requests (the audit trail; never reasons’ details)',
    },
    modalTitle: 'Export CSV',
    modalSubmit: 'Send me the file',
    modalClose: 'Cancel',
    modalIntro: 'The file arrives in a direct message from Peer Mentor. It never contains notes, request descriptions or reasons.',
    kindLabel: 'What',
    fromLabel: 'From month (YYYY-MM)',
    toLabel: 'To month (YYYY-MM)',
    monthsHint: 'Leave empty for the current month.',
    working: (kind: string) => `Preparing the ${kind} export… it will arrive here as a CSV file.`,
    sent: (filename: string, rows: number) => `Here is \`${filename}\` (${rows} row${rows === 1 ? '' : 's'}): no notes, request descriptions or reasons.`,
    problems: {
      no_kind: 'Say what to export: `/mentor-admin export contacts`, `requests`, `compliance` or `switches`, optionally with `--from YYYY-MM --to YYYY-MM`.',
      unknown_kind: (word: string) => `I can’t export “${word}”. Choose contacts, requests, compliance or switches.`,
      missing_month: (option: string) => `\`--${option}\` needs a month, e.g. \`--${option} 2026-09\`.`,
      bad_month: (option: string, value: string) => `“${value}” is not a month: \`--${option}\` takes YYYY-MM, e.g. 2026-09.`,
      unexpected: (word: string) => `I didn’t understand “${word}”. Use \`/mentor-admin export <contacts|requests|compliance|switches> [--from YYYY-MM] [--to YYYY-MM]\`.`,
      from_after_to: (from: string, to: string) => `The first month (${from}) is after the last (${to}).`,
    },
  },

  // Switching mentors (issue 8).
  switch: {
    reasons: {
      schedule: 'Schedule or availability',
      communication: 'Communication',
      interests: 'Different interests or specialty',
      personal: 'Personal',
      other: 'Something else',
    } satisfies Record<SwitchReason, string>,
    subjects: { group: 'My mentoring group' } satisfies Record<SwitchSubject, string>,
    subjectsForMentor: { group: 'Their mentoring group' } satisfies Record<SwitchSubject, string>,
    modalTitle: 'Change group',
    modalTitleMentor: 'Hand over a mentee',
    modalSubmit: 'Send',
    modalClose: 'Cancel',
    modalIntro: (group: string) =>
      `You are in *${group}*. Only the program coordinators see your reason and details. Your mentors are never told why; if you move, they only hear that you moved on.`,
    modalIntroMentor: (mentee: string, group: string) =>
      `You are asking the program coordinators to move *${mentee}* out of *${group}*. Only the coordinators see your reason and details; nobody else is told why.`,
    subjectLabel: 'What would you like to change?',
    reasonLabel: 'Why?',
    reasonPlaceholder: 'Choose a reason',
    detailsLabel: 'Anything the coordinators should know?',
    detailsHint: 'Optional. Seen only by the program coordinators. Up to 1,000 characters.',
    preferredLabel: 'A group you would prefer',
    preferredPlaceholder: 'Any group with room',
    preferredHint: 'Optional. Groups with room, the same Learning Community first.',
    noRoom: 'No group has room right now; the coordinators will find one.',
    reasonRequired: 'Please choose a reason.',
    detailsTooLong: (length: number) => `Please keep it to 1,000 characters (it has ${length.toLocaleString('en-US')}).`,
    notAMentee: (admins: string) =>
      `/mentor-switch is for mentees in a mentoring group (and for their peer mentors), and I don’t have you as one, so nothing was sent. If you should be, please contact ${admins}.`,
    notTheirMentor: (admins: string) =>
      `You can ask to hand over only a mentee of your own mentoring group, so nothing was sent. For anything else, please contact ${admins}.`,
    mentionNeeded: 'To hand a mentee over, mention them: `/mentor-switch @name`. To ask for a change for yourself, use `/mentor-switch` alone.',
    openMine: (when: string) => `You asked for this change on ${when}. The program coordinators have it and will decide soon; you will hear from them here.`,
    openForMentee: 'The program coordinators are already looking at a change of group for you; you will hear from them here.',
    openForMentor: (mentee: string) => `A change of group for ${mentee} is already with the program coordinators.`,
    cancelButton: 'Cancel this request',
    cancelled: 'Your request is cancelled and nothing changed. You can ask again at any time with `/mentor-switch`.',
    confirmation: 'Your request to change group is with the program coordinators. Only they see your reason and details; you will hear from them here.',
    confirmationMentor: (mentee: string) =>
      `Your request to hand ${mentee} over to another group is with the program coordinators; you will hear from them here. Nobody else is told why.`,
    notSentOpen: 'A request for this change is already open, so this one was not sent. Use `/mentor-switch` to see it (or to cancel it).',
    admin: {
      fallback: (mentee: string) => `Request to change group for ${mentee}`,
      title: (mentee: string) => `*Request to change group* for ${mentee}`,
      titleMentor: (mentee: string, mentor: string) => `*Request to hand over* ${mentee}, asked by their peer mentor ${mentor}`,
      currentField: 'Current group',
      reasonField: 'Reason',
      preferredField: 'Preferred group',
      askedField: 'Asked',
      none: 'None',
      noMentors: 'no peer mentor',
      detailsTitle: '*Private details* (only admins see these):',
      noDetails: 'No details given.',
      targetsTitle: '*Groups with room*, same Learning Community first, then the fewest mentees:',
      targetLine: (name: string, mentees: number, same: boolean) =>
        `${name} — ${mentees} ${mentees === 1 ? 'mentee' : 'mentees'}${same ? ' · same Learning Community' : ''}`,
      more: (count: number) => `…and ${count} more in the list.`,
      noTargets: 'No group has room right now (every other group is full or has no peer mentor), so there is nowhere to move the mentee yet. You can decline with a message meanwhile.',
      targetPlaceholder: 'Move to…',
      approveButton: 'Approve',
      declineButton: 'Decline',
      finishButton: 'Finish the move',
      open: 'Waiting for a decision: choose the group and *Approve*, or *Decline* with a message. The first admin to decide settles it.',
      approved: (by: string, when: string, group: string) => `:white_check_mark: Approved by ${by} on ${when}: moved to *${group}*.`,
      declined: (by: string, when: string) => `:no_entry_sign: Declined by ${by} on ${when}; the person who asked has your message.`,
      cancelled: (by: string, when: string) => `:heavy_minus_sign: Cancelled by ${by} on ${when}. Nothing changed.`,
      unfinished: (steps: string) => `:warning: The move is recorded, but these steps are not done yet: ${steps}. *Finish the move* carries on without repeating what is done.`,
      steps: {
        membership: 'the group membership',
        requests: 'moving open requests',
        leave_channel: 'leaving the old channel',
        join_channel: 'joining the new channel',
        introduction: 'the introduction to the new mentors',
        former_mentors: 'telling the former mentors',
        mentee: 'telling the mentee',
      } satisfies Record<MoveStep, string>,
    },
    refused: {
      not_found: 'I can’t find this switch request any more.',
      admins_only: 'Only program coordinators can decide switch requests, so nothing changed.',
      requester_only: 'Only the person who asked can cancel this request.',
      already_decided: (outcome: string) => `This request was decided already, so nothing changed. ${outcome}`,
      not_approved: 'This request was not approved, so there is no move to finish.',
      same_group: 'That is the mentee’s current group. Please choose another.',
      no_room: 'That group has no room any more (or no peer mentor). Please choose another group.',
      no_target: 'No group has room right now, so there is nowhere to move the mentee. You can decline with a message instead.',
    },
    decline: {
      modalTitle: 'Decline request',
      modalSubmit: 'Decline',
      modalClose: 'Back',
      intro: (mentee: string) =>
        `Declining the request to move *${mentee}*. Your message goes to the person who asked; nothing else changes.`,
      label: 'Message to the person who asked',
      hint: 'Kind and specific: what happens next, and whom to talk to. Up to 1,000 characters.',
      required: 'Please write a short message for the person who asked.',
      tooLong: (length: number) => `Please keep it to 1,000 characters (it has ${length.toLocaleString('en-US')}).`,
    },
    declinedToMentee: (admin: string) => `The program coordinators looked at your request to change group and will not move you for now. ${admin} wrote:`,
    declinedToMentor: (mentee: string, admin: string) => `The program coordinators will not move ${mentee} to another group for now. ${admin} wrote:`,
    moved: (group: string, mentors: string) => `You have moved to *${group}*. Your new peer mentors are ${mentors}.`,
    movedNoMentors: (group: string) => `You have moved to *${group}*.`,
    movedChannel: (channel: string) => `Say hello in ${channel}, where I have just introduced you to them.`,
    movedRequests: (count: number) =>
      `Your ${count === 1 ? 'open request went' : `${count} open requests went`} to them, in a new conversation.`,
    // Neutral on purpose: never the reason or the details (SPEC §3.10).
    formerMentor: (mentee: string) =>
      `${mentee} has moved to another mentoring group. Thank you for your mentoring. There is nothing you need to do: any requests still waiting for an answer went to their new mentors.`,
    introduction: (mentee: string, mentors: string) =>
      `:wave: Please welcome ${mentee}, who joins this mentoring group today. ${mentors}, please say hello and set up a first meeting.`,
  },

  // Shared.
  unknownSubcommand: (command: string, verb: string) => `I don’t know \`${command} ${verb}\`. Here is what it can do:`,
  helpFooter: 'Questions about the program itself go to your program coordinators.',
  home: {
    outsiderTitle: 'Peer Mentor',
    outsiderIntro:
      'Peer Mentor runs the school’s peer-mentoring program in Slack: it introduces mentors and mentees, takes requests for help to the right mentors, and reminds everyone of the program’s reply and contact times.',
    outsiderContact: (admins: readonly string[]) =>
      admins.length > 0
        ? `You are not part of the program yet. To join, or with any question, contact ${admins.map((id) => `<@${id}>`).join(', ')}.`
        : 'You are not part of the program yet. To join, or with any question, contact your program coordinators.',
  },
} as const;
