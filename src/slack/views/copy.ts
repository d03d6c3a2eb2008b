import type { AwayProblem } from '../../domain/away.js';
import type { ReachChannel, RequestAudience, RequestTopic, Urgency } from '../../domain/request.js';
import type { MoveStep, SwitchReason, SwitchSubject } from '../../domain/switch.js';
import type { CommandName } from '../commands.js';

/** The words people read. Kept together so tone and wording stay consistent and reviewable. */

export interface CommandHelp {
  /** One line: what the command is for. */
  readonly summary: string;
  /** Usage lines: `usage` — what it does. */
  readonly usage: readonly (readonly [usage: string, meaning: string])[];
  /** Shown while the command's own work is not switched on in this version. */
  readonly pending?: string;
}

const NOT_YET = 'This part of Peer Mentor is not switched on yet; until it is, please reach your mentors or the program coordinators directly.';

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
      ['/mentor-checkin', 'open the contact form'],
      ['/mentor-checkin @mentee [@mentee…] <kind> [minutes]', 'log a contact in one line, e.g. `/mentor-checkin @sam call 20`'],
      ['/mentor-checkin help', 'show this help'],
    ],
    pending: NOT_YET,
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
    summary: 'For program coordinators: import the roster, introduce groups and see the program’s status.',
    usage: [
      ['/mentor-admin import', 'import the roster from a CSV file or pasted text'],
      ['/mentor-admin introduce', 'introduce every group not yet introduced, and welcome new members'],
      ['/mentor-admin status', 'people, groups, groups not yet introduced and roster warnings'],
      ['/mentor-admin help', 'show this help'],
    ],
    pending: NOT_YET,
  },
};

export const copy = {
  // Roster, introductions and /mentor-admin (issue 3).

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
