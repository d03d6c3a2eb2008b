import { DESCRIPTION_MAX, type CloseReason, type GroupAudience, type ReachChannel, type Urgency } from '../../../program/records/request.js';
import { copy, type CommandHelp } from '../../../slack/copy.js';

/** Requests for help: the words people read. */
export const requestCopy = {
  urgencies: { routine: 'Routine', this_week: 'This week', urgent: 'Urgent' } satisfies Record<Urgency, string>,
  reach: { slack: 'Slack', text_call: 'Text or call', email: 'E-mail' } satisfies Record<ReachChannel, string>,
  audiences: { cohort: 'My Mentor Pair', mdphd: 'The MD/PhD peer mentors' } satisfies Record<GroupAudience, string>,
  /** A track's pairs as an audience: "My rotation mentor". */
  pairAudience: (mentor: string) => `My ${mentor}`,
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
  /** A topic that is not one of the chosen mentors' track (a form left open while the audience changed, or forged). */
  topicNotOffered: (asked: string, offered: readonly string[]) =>
    `“${asked}” isn’t one of the topics for the mentors you chose. Please choose one of: ${offered.join(', ')}.`,
  topicNotOfferedSent: (asked: string, offered: readonly string[]) =>
    `I couldn’t send your request, so nothing was sent: “${asked}” isn’t one of the topics for the mentors you chose. Please ask again with one of: ${offered.join(', ')}.`,
  descriptionRequired: 'Please say what you need, in a sentence or two.',
  descriptionTooLong: (length: number) => copy.tooLong(DESCRIPTION_MAX, length),
  notAMentee: (admins: string) => copy.notForYou('/mentor-request', 'mentees in the peer-mentoring program', 'sent', admins),
  nobodyToAnswer: (admins: string) =>
    `I couldn’t send your request: there is no mentor or faculty mentor in your group I can reach right now, so nothing was sent. Please contact ${admins}, who can help at once.`,
  // The pair track's own words say what happens next (the clinical track: a mentor is suggested before the rotation).
  waitingForPair: (waiting: readonly string[]) => `You don’t have a mentor to send this to yet, so nothing was sent. ${waiting.join(' ')}`,
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
    office: (responders: string, away: string) =>
      away === '' ? `Sent to ${responders}, standing in for the mentor.` : `Sent to ${responders}, standing in while ${away} ${away.includes(' and ') ? 'are' : 'is'} away.`,
  },
  status: {
    open: 'Open: waiting for a mentor. Mentors, your first message in this conversation counts as the answer.',
    claimed: (mentor: string) => `${mentor} is taking this.`,
    responded: (mentor: string) => `Answered by ${mentor}. When you have what you need, close it and say whether it helped.`,
    closed: (by: string, helped: boolean | undefined) =>
      `Closed by ${by}${helped === true ? ': it helped.' : helped === false ? ': it didn’t help.' : '.'}`,
    closedUnanswered: (by: string, reason: string) => `Closed by ${by} before anyone answered: ${reason}.`,
    cancelled: (by: string) => `Withdrawn by ${by}.`,
    // Never why: the mentee's reason for changing group is for the program coordinators alone.
    moved: (mentee: string) => `Moved: ${mentee} has joined another mentoring group, and this request went to their new mentors.`,
    movedMentorLeft: (mentor: string) => `Moved: ${mentor} has left the group, and this request went to its other mentors.`,
    movedPair: (mentee: string) => `Moved: ${mentee} has another mentor now, and this request went to them.`,
  },
  /** A mentor closing a request nobody has answered yet says why: the modal, and the words the card and digest show. */
  closeReasons: {
    reached_another_way: 'reached another way',
    duplicate: 'duplicate',
    not_for_mentors: 'not for mentors',
  } satisfies Record<CloseReason, string>,
  closeReasonOptions: {
    reached_another_way: 'The mentee was reached another way',
    duplicate: 'It duplicates another request',
    not_for_mentors: 'It isn’t something for mentors',
  } satisfies Record<CloseReason, string>,
  closeModalTitle: 'Close this request',
  closeModalSubmit: 'Close it',
  closeModalClose: 'Cancel',
  closeModalIntro: 'Nobody has answered this request yet. Closing it stops the reminders and the escalation, so please say why.',
  closeReasonLabel: 'Why are you closing it?',
  closeReasonRequired: 'Please choose why you are closing it.',
  /** Closes that week, for a Faculty Mentor's or admin's digest: counts only. */
  closedUnansweredLine: (total: number, parts: readonly string[]) =>
    `${total} request${total === 1 ? '' : 's'} closed unanswered this week: ${parts.join(', ')}`,
  confirmation: (responders: string, deadline: string, hours: number, reach: string) =>
    `Your request went to ${responders} in a group conversation with you. You’ll hear back by *${deadline}* (within ${hours} hours, as you prefer ${reach}). When you have what you need, close it there and say whether it helped.`,
  supportTitle: 'Support, right now',
  supportOutro: 'Your request has gone to your mentors as well.',
  supportModalTitle: 'Support resources',
  supportModalClose: 'Close',
  /** The form while a slow database keeps the request from being stored within Slack's 3 seconds. */
  savingTitle: 'Sending…',
  saving: 'Saving your request… this is taking a little longer than usual. This window will say when it is saved.',
  savingUrgent: 'Saving your request for your mentors…',
  savedTitle: 'Request sent',
  saved: 'Your request is saved and on its way to your mentors. I’ll message you when they have it, with when to expect an answer.',
  notSavedTitle: 'Not sent',
  notSaved: 'I couldn’t send this request; I’ve sent you a message saying why.',
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
} as const;

/** `/mentor-request`'s help. */
export const requestHelp: CommandHelp = {
  summary:
    'Ask your mentors for help. Your request goes to your Mentor Pair (or to your partner mentor alone while the other is away) in a group conversation with you, and they answer within the program’s reply times (by default 24 h for Slack, texts and calls; 48 h for e-mail). Their first message there counts as the answer; you close the request and say whether it helped.',
  usage: [
    ['/mentor-request', 'open the request form: topic, urgency, how to reach you, what you need'],
    ['/mentor-request [what you need]', 'open the form with your words filled in'],
  ],
};

/** The requests' export, as the export form offers it. */
export const requestExportLabels = { requests: 'Requests (one row per request; never descriptions)' } as const;
