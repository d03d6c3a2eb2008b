import type { SwitchReason, SwitchSubject } from '../../../program/records/switch-request.js';
import { SWITCH_DETAILS_MAX, SWITCH_MESSAGE_MAX, type MoveStep } from '../domain/switch.js';
import { copy, type CommandHelp } from '../../../slack/copy.js';

/** Switching mentors: the words people read. */
export const switchCopy = {
  reasons: {
    schedule: 'Schedule or availability',
    communication: 'Communication',
    interests: 'Different interests or specialty',
    personal: 'Personal',
    other: 'Something else',
  } satisfies Record<SwitchReason, string>,
  subjects: { group: 'My mentoring group', mentor: 'My mentor' } satisfies Record<SwitchSubject, string>,
  subjectsForMentor: { group: 'Their mentoring group', mentor: 'Their mentor' } satisfies Record<SwitchSubject, string>,
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
  detailsTooLong: (length: number) => copy.tooLong(SWITCH_DETAILS_MAX, length),
  notAMentee: (admins: string) => copy.notForYou('/mentor-switch', 'mentees in a mentoring group (and for their peer mentors)', 'sent', admins),
  // A pair track's own words say what happens next (the clinical track: a mentor is suggested before the rotation).
  waitingForPair: (waiting: readonly string[]) => `You have no mentor to change yet, so nothing was sent. ${waiting.join(' ')}`,
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
    not_eligible: 'That mentor cannot take this mentee now (full, no agreement, or no longer eligible). Please choose another.',
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
    tooLong: (length: number) => copy.tooLong(SWITCH_MESSAGE_MAX, length),
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
} as const;

/** `/mentor-switch`'s help. */
export const switchHelp: CommandHelp = {
  summary:
    'Ask for a different mentoring group, privately. The program coordinators decide in Slack; only they see your reason and details, and your mentors are never told why, only that you moved on. One request at a time: asking again shows the open one, which you can cancel.',
  usage: [
    ['/mentor-switch', 'open the switch form (mentees): what to change, why, optional details and a preferred group'],
    ['/mentor-switch @mentee', 'ask to hand one of your mentees over to another group (peer mentors)'],
  ],
};

/** The switch audit trail's export, as the export form offers it. */
export const switchExportLabels = { switches: 'Switch requests (the audit trail; never reasons’ details)' } as const;

/** A change of a pair's mentor (a clinical rotation's), decided by the track's office: the words people read. */
export const pairSwitchCopy = {
  modalTitle: 'Change mentor',
  modalIntro: (mentorWord: string, mentor: string, label: string, office: string) =>
    `Your ${mentorWord} for *${label}* is ${mentor}. ${capitalize(office)} decides a change of mentor; only they see your reason and details. Your mentor is never told why; if the office changes it, they only hear that you have another mentor.`,
  modalIntroMentor: (mentee: string, label: string, office: string) =>
    `You are asking ${office} to give *${mentee}* another mentor for *${label}*. Only the office sees your reason and details; nobody else is told why.`,
  noPreference: 'The office sees the other mentors who have done this rotation, best matched first, and chooses one.',
  confirmation: (office: string) => `Your request to change mentor is with ${office}. Only they see your reason and details; you will hear from them here.`,
  confirmationMentor: (mentee: string, office: string) => `Your request to hand ${mentee} over to another mentor is with ${office}; you will hear from them here. Nobody else is told why.`,
  admin: {
    fallback: (mentee: string) => `Request to change mentor for ${mentee}`,
    title: (mentee: string) => `*Request to change mentor* for ${mentee}`,
    titleMentor: (mentee: string, mentor: string) => `*Request to hand over* ${mentee}, asked by their mentor ${mentor}`,
    pairField: 'For',
    mentorField: 'Current mentor',
    alternativesTitle: '*Other eligible mentors*, best matched first (same subject, site and preceptor; then subject and site; then subject and preceptor; then subject), then the fewest mentees:',
    alternativeLine: (mentor: string, fit: string, mentees: number) => `${mentor} — ${fit} · ${mentees} ${mentees === 1 ? 'mentee' : 'mentees'}`,
    alternativeOption: (name: string, fit: string, mentees: number) => `${name} — ${fit} · ${mentees}`,
    targetPlaceholder: 'Give to…',
    open: 'Waiting for a decision: choose the mentor and *Approve*, or *Decline* with a message. The first to decide settles it.',
    approved: (by: string, when: string, mentor: string) => `:white_check_mark: Approved by ${by} on ${when}: their mentor is now ${mentor}.`,
    unfinished: (steps: string) => `:warning: The change is recorded, but these steps are not done yet: ${steps}. *Finish the move* carries on without repeating what is done.`,
    steps: {
      assignment: 'the new assignment',
      requests: 'moving open requests',
      introduction: 'the introduction',
      former_mentor: 'telling the former mentor',
      new_mentor: 'telling the new mentor',
      mentee: 'telling the mentee',
    },
  },
  refused: {
    no_target: 'No other mentor can take this mentee now, so there is no one to give them to. You can decline with a message instead.',
  },
  declinedToMentee: (office: string, admin: string) => `${capitalize(office)} looked at your request to change mentor and will keep your mentor for now. ${admin} wrote:`,
  declinedToMentor: (mentee: string, office: string, admin: string) => `${capitalize(office)} will keep you as ${mentee}’s mentor for now. ${admin} wrote:`,
  // Neutral on purpose: never the reason or the details, nor who asked.
  formerMentor: (mentee: string) =>
    `${mentee} has another mentor for this rotation now. Thank you for your mentoring. There is nothing you need to do: any requests still waiting for an answer went to their new mentor.`,
  newMentor: (mentee: string, label: string, mentorWord: string) =>
    `You are now ${mentee}’s ${mentorWord} for *${label}*. Please say hello and set up a first meeting.`,
  menteeMoved: (mentor: string, label: string, mentorWord: string) => `Your ${mentorWord} for *${label}* is now ${mentor}.`,
  movedRequests: (count: number) => `Your ${count === 1 ? 'open request went' : `${count} open requests went`} to them, in a new conversation.`,
} as const;

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What admins are told when SWITCH_ADMIN_CHANNEL is refused, and when it is used again. */
export const adminChannelCopy = {
  refused: (channel: string, why: string) =>
    `:warning: Switch requests now come to you by DM instead of ${channel}: ${why} A request’s reason and private details are for program coordinators alone. The app checks the channel every hour, and uses it again once it is private and holds only program coordinators (ADMIN_USER_IDS) and the app.`,
  why: {
    public: 'the channel is public.',
    outsiders: (people: string, count: number) => (count === 1 ? `${people} is in it but is not a program coordinator.` : `${people} are in it but are not program coordinators.`),
    no_admin: 'no program coordinator is in it.',
    archived: 'the channel is archived.',
    no_access: (error: string | undefined) => `the app cannot see it${error === undefined ? '' : ` (Slack said \`${error}\`)`}: invite the app to the channel, or check SWITCH_ADMIN_CHANNEL.`,
  },
  restored: (channel: string) => `:white_check_mark: Switch requests go to ${channel} again: it is private and holds only program coordinators and the app.`,
} as const;
