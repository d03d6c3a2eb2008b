import {
  AUDIENCES,
  CLOSE_REASONS,
  DESCRIPTION_MAX,
  REACH_CHANNELS,
  URGENCIES,
  isPairAudience,
  requestStatus,
  type GroupAudience,
  type HelpRequest,
} from '../../../program/records/request.js';
import type { RequestActionOutcome } from '../request-help.js';
import type { RequestCard, RequestRefusedReason, TopicRefusal } from '../ports.js';
import type { FormTopics } from '../request-circle.js';
import { requestIds, topicBlockOf } from './ids.js';
import { buildRequestButtons } from '../../../slack/request-buttons.js';
import { PROGRAM_REQUEST_TOPICS, PROGRAM_TOPICS, type RequestTopics } from '../../../program/request-topics.js';
import { buildFormModal, type KnownBlock, type ModalView } from '../../../slack/blocks.js';
import { copy } from '../../../slack/copy.js';
import { requestCopy } from './copy.js';
import { formatInZone } from '../../../slack/format-time.js';
import type { SlackMessage } from '../../../slack/help-message.js';

const words = requestCopy;
const plain = (text: string) => ({ type: 'plain_text' as const, text });
const mrkdwn = (text: string) => ({ type: 'mrkdwn' as const, text });

/**
 * The request form; `prefill` is what the mentee typed after the command. Its topics are those of the audience chosen
 * (`FormTopics`; the program's when absent); when they follow the audience, choosing another redraws the form.
 */
export function buildRequestModal(options: FormTopics & {
  readonly prefill: string;
  readonly offerMdphd: boolean;
  /** Every audience the mentee may choose, the default first; several: the choice is shown (it supersedes `offerMdphd`). */
  readonly audiences?: readonly { readonly audience: string; readonly mentorWord: string | undefined }[];
  /** The reply windows, as configured. */
  readonly replyHours: number;
  readonly emailReplyHours: number;
}): ModalView {
  const prefill = options.prefill.trim().slice(0, DESCRIPTION_MAX);
  const radio = (blockId: string, actionId: string, label: string, options: Readonly<Record<string, string>>, initial: string, hint?: string, dispatch = false): KnownBlock => ({
    type: 'input',
    block_id: blockId,
    ...(dispatch ? { dispatch_action: true } : {}),
    label: plain(label),
    ...(hint === undefined ? {} : { hint: plain(hint) }),
    element: {
      type: 'radio_buttons',
      action_id: actionId,
      options: Object.entries(options).map(([value, text]) => ({ text: plain(text), value })),
      initial_option: { text: plain(options[initial]!), value: initial },
    },
  });
  const blocks: KnownBlock[] = [
    { type: 'context', elements: [mrkdwn(words.modalIntro)] },
    {
      type: 'input',
      block_id: topicBlockOf(options.topicsKey),
      label: plain(words.topicLabel),
      element: {
        type: 'static_select',
        action_id: requestIds.topicSelect,
        placeholder: plain(words.topicPlaceholder),
        options: (options.topics ?? PROGRAM_REQUEST_TOPICS).map((topic) => ({ text: plain(topic.label), value: topic.value })),
      },
    },
    radio(requestIds.urgencyBlock, requestIds.urgencyRadio, words.urgencyLabel, pick(URGENCIES, words.urgencies), 'routine'),
    radio(requestIds.reachBlock, requestIds.reachRadio, words.reachLabel, pick(REACH_CHANNELS, words.reach), 'slack', words.reachHint(options.replyHours, options.emailReplyHours)),
  ];
  const audiences = options.audiences ?? (options.offerMdphd ? AUDIENCES.map((audience) => ({ audience, mentorWord: undefined })) : []);
  if (audiences.length > 1) {
    const labelOf = (a: (typeof audiences)[number]) => (a.mentorWord !== undefined ? words.pairAudience(a.mentorWord) : (words.audiences[a.audience as GroupAudience] ?? a.audience));
    const labels = Object.fromEntries(audiences.map((a) => [a.audience, labelOf(a)]));
    const initial = audiences.some((a) => a.audience === options.audience) ? options.audience! : audiences[0]!.audience;
    // When the topics depend on whom it is for, a change of audience comes to the app at once (a block action), which redraws them.
    blocks.push(radio(requestIds.audienceBlock, requestIds.audienceRadio, words.audienceLabel, labels, initial, undefined, options.topicsFollowAudience === true));
  }
  blocks.push({
    type: 'input',
    block_id: requestIds.descriptionBlock,
    label: plain(words.descriptionLabel),
    hint: plain(words.descriptionHint),
    element: {
      type: 'plain_text_input',
      action_id: requestIds.descriptionInput,
      multiline: true,
      max_length: DESCRIPTION_MAX,
      ...(prefill === '' ? {} : { initial_value: prefill }),
    },
  });
  return buildFormModal(requestIds.modal, words, blocks);
}

function pick<K extends string>(keys: readonly K[], labels: Readonly<Record<K, string>>): Record<K, string> {
  return Object.fromEntries(keys.map((k) => [k, labels[k]])) as Record<K, string>;
}

/** What the form turns into, at once, after an urgent well-being request: the school's support resources. */
/** The school's support resources, at once; `saving` while the request is not stored yet (a slow database). */
export function buildSupportModal(resources: string, saving = false): ModalView {
  return {
    type: 'modal',
    callback_id: saving ? requestIds.savingModal : requestIds.supportModal,
    title: plain(words.supportModalTitle),
    close: plain(words.supportModalClose),
    blocks: [
      { type: 'section', text: mrkdwn(`*${words.supportTitle}*\n${resources}`) },
      { type: 'context', elements: [mrkdwn(saving ? words.savingUrgent : words.supportOutro)] },
    ],
  };
}

/** The form while its request is being stored, then once it is (or why it was not): only when the database is slow. */
export function buildSavingModal(state: 'saving' | 'saved' | 'not_saved'): ModalView {
  const [callbackId, title, text] =
    state === 'saving'
      ? [requestIds.savingModal, words.savingTitle, words.saving]
      : state === 'saved'
        ? [requestIds.savedModal, words.savedTitle, words.saved]
        : [requestIds.savedModal, words.notSavedTitle, words.notSaved];
  return { type: 'modal', callback_id: callbackId, title: plain(title), close: plain(words.supportModalClose), blocks: [{ type: 'section', text: mrkdwn(text) }] };
}

export function buildSupportMessage(resources: string): SlackMessage {
  const text = `${words.supportTitle}: ${resources}`;
  return {
    text,
    blocks: [
      { type: 'section', text: mrkdwn(`:sparkling_heart: *${words.supportTitle}*\n${resources}`) },
      { type: 'context', elements: [mrkdwn(words.supportOutro)] },
    ],
  };
}

/** "Reply by": the deadline in each responder's own zone (one line per zone). */
export function formatDeadlineFor(card: RequestCard): string {
  const byZone = new Map<string, string[]>();
  for (const id of card.request.mentorIds) {
    const zone = card.zones.get(id) ?? 'UTC';
    byZone.set(zone, [...(byZone.get(zone) ?? []), id]);
  }
  if (byZone.size <= 1) return formatInZone(card.request.deadline, [...byZone.keys()][0] ?? 'UTC');
  return [...byZone].map(([zone, people]) => `${formatInZone(card.request.deadline, zone)} (${copy.people(people)})`).join('\n');
}

function sentToLine(request: HelpRequest): string {
  const responders = copy.people(request.mentorIds);
  const away = copy.people(request.coveringFor);
  if (request.routedTo === 'partner') return words.sentTo.partner(responders, away);
  if (request.routedTo === 'faculty') return isPairAudience(request.audience) ? words.sentTo.office(responders, away) : words.sentTo.faculty(responders, away);
  return words.sentTo.mentors(responders);
}

function statusLine(request: HelpRequest): string {
  const who = (id: string | undefined) => (id === undefined ? '' : `<@${id}>`);
  switch (requestStatus(request)) {
    case 'open':
      return `:large_blue_circle: ${words.status.open}`;
    case 'claimed':
      return `:raising_hand: ${words.status.claimed(who(request.claimedBy))}`;
    case 'responded':
      return `:white_check_mark: ${words.status.responded(who(request.respondedBy))}`;
    case 'closed':
      return request.closeReason !== undefined
        ? `:lock: ${words.status.closedUnanswered(who(request.closedBy), words.closeReasons[request.closeReason])}`
        : `:lock: ${words.status.closed(who(request.closedBy), request.helped)}`;
    case 'cancelled':
      return `:heavy_minus_sign: ${words.status.cancelled(who(request.closedBy))}`;
    case 'moved':
      // Moved by one of its own mentors: that mentor's membership ended (the roster), not the mentee's.
      if (request.closedBy !== undefined && request.mentorIds.includes(request.closedBy)) return `:arrow_right: ${words.status.movedMentorLeft(who(request.closedBy))}`;
      return `:arrow_right: ${isPairAudience(request.audience) ? words.status.movedPair(who(request.menteeId)) : words.status.moved(who(request.menteeId))}`;
  }
}

/** The request as posted in its group DM: what, by when, to whom, its state, and the buttons its state allows. */
export function buildRequestMessage(card: RequestCard, topics: RequestTopics = PROGRAM_TOPICS): SlackMessage {
  const { request } = card;
  const topic = topics.label(request.topic, request.audience);
  const mentee = `<@${request.menteeId}>`;
  const blocks: KnownBlock[] = [
    { type: 'section', text: mrkdwn(words.messageTitle(mentee)) },
    {
      type: 'section',
      fields: [
        mrkdwn(`*${words.topicField}*\n${topic}`),
        mrkdwn(`*${words.urgencyField}*\n${request.urgency === 'urgent' ? ':rotating_light: ' : ''}${words.urgencies[request.urgency]}`),
        mrkdwn(`*${words.reachField}*\n${words.reach[request.reach]}`),
        mrkdwn(`*${words.deadlineField}*\n${formatDeadlineFor(card)}`),
      ],
    },
    // Plain text: the mentee's words are shown as written, never read as Slack markup.
    { type: 'section', text: plain(request.description) },
    { type: 'context', elements: [mrkdwn(sentToLine(request))] },
    { type: 'section', text: mrkdwn(statusLine(request)) },
  ];
  const actions = buildRequestButtons(request);
  if (actions !== undefined) blocks.push(actions);
  return { text: words.messageFallback(mentee, topic), blocks };
}

/** To the mentee: whom it went to, and by when they will hear, in the mentee's own zone. */
export function buildConfirmation(card: RequestCard): SlackMessage {
  const { request } = card;
  const deadline = formatInZone(request.deadline, card.zones.get(request.menteeId) ?? 'UTC');
  const hours = Math.round((request.deadline.getTime() - request.createdAt.getTime()) / 3_600_000);
  const text = words.confirmation(copy.people(request.mentorIds), deadline, hours, words.reach[request.reach]);
  return { text, blocks: [{ type: 'section', text: mrkdwn(`:envelope_with_arrow: ${text}`) }] };
}

/** To a Faculty Mentor: who asked for urgent support and who was alerted; never what they wrote. */
export function buildFacultyAlert(menteeId: string, alertedIds: readonly string[]): SlackMessage {
  const text = words.facultyAlert(`<@${menteeId}>`, copy.people(alertedIds));
  return { text, blocks: [{ type: 'section', text: mrkdwn(text) }] };
}

export function buildRequestRefused(reason: RequestRefusedReason, adminIds: readonly string[], waiting: readonly string[] = [], topic?: TopicRefusal): SlackMessage {
  const text =
    reason === 'not_a_mentee'
      ? words.notAMentee(copy.admins(adminIds))
      : reason === 'waiting_for_pair'
        ? words.waitingForPair(waiting)
        : reason === 'topic_not_offered'
          ? words.topicNotOfferedSent(topic?.asked ?? '', topic?.offered ?? [])
          : words.nobodyToAnswer(copy.admins(adminIds));
  return { text, blocks: [{ type: 'section', text: mrkdwn(text) }] };
}

/** Why a click changed nothing, for the person who clicked. Undefined when it did change something. */
export function buildActionRefusal(outcome: RequestActionOutcome, actorId: string): string | undefined {
  if (outcome.kind !== 'refused') return undefined;
  const request = outcome.request;
  const refused = words.refused;
  switch (outcome.reason) {
    case 'mentee_only':
      return refused.mentee_only(`<@${request?.menteeId ?? ''}>`);
    case 'already_claimed':
      return request?.claimedBy === actorId ? refused.already_claimed_by_you : refused.already_claimed(`<@${request?.claimedBy ?? ''}>`);
    case 'already_responded':
      return refused.already_responded(`<@${request?.respondedBy ?? ''}>`);
    default:
      return refused[outcome.reason];
  }
}

/** Asked of a mentor closing a request nobody has answered yet: why (required). The request's id rides in the metadata. */
export function buildCloseReasonModal(requestId: string): ModalView {
  const options = CLOSE_REASONS.map((reason) => ({ text: plain(words.closeReasonOptions[reason]), value: reason }));
  const blocks: KnownBlock[] = [
    { type: 'section', text: mrkdwn(words.closeModalIntro) },
    { type: 'input', block_id: requestIds.closeReasonBlock, label: plain(words.closeReasonLabel), element: { type: 'radio_buttons', action_id: requestIds.closeReasonRadio, options } },
  ];
  return buildFormModal(requestIds.closeModal, { modalTitle: words.closeModalTitle, modalSubmit: words.closeModalSubmit, modalClose: words.closeModalClose }, blocks, requestId);
}
