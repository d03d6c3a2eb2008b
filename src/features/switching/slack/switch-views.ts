import { SWITCH_MESSAGE_MAX, type AskRefusal, type TargetGroup } from '../domain/switch.js';
import type { SwitchRequest } from '../../../program/records/switch-request.js';
import type { MoveNotice } from '../ports.js';
import type { StartSwitchOutcome, SwitchActionOutcome, SwitchCard } from '../outcomes.js';
import { switchIds } from './ids.js';
import { buildFormModal, type KnownBlock, type ModalView, type PlainTextOption } from '../../../slack/blocks.js';
import { copy } from '../../../slack/copy.js';
import { pairSwitchCopy, switchCopy } from './copy.js';
import { buildReasonBlocks } from './reason-blocks.js';
import { buildPairAdminMessage, buildPairConfirmation, pairDeclinedIntro, pairOutcomeLine } from './pair-switch-views.js';
import { formatInZone } from '../../../slack/format-time.js';
import type { SlackMessage } from '../../../slack/help-message.js';
import { escapeMrkdwn as esc } from '../../../slack/mrkdwn.js';

const words = switchCopy;
const plain = (text: string) => ({ type: 'plain_text' as const, text });
const mrkdwn = (text: string) => ({ type: 'mrkdwn' as const, text });
const message = (text: string): SlackMessage => ({ text, blocks: [{ type: 'section', text: mrkdwn(text) }] });
const mention = (id: string) => `<@${id}>`;
/** Option texts and values are capped at 75 characters (SLACK.md §5). */
const clip = (text: string, max = 75) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);
/** Static selects list at most 100 options. */
const MAX_OPTIONS = 100;
/** Groups with room listed in the admins' message text (the select offers them all). */
const LISTED_TARGETS = 10;

function targetOption(target: TargetGroup): PlainTextOption {
  return { text: plain(clip(words.admin.targetLine(target.group.name, target.mentees, target.sameCommunity))), value: target.group.id };
}

/** The form for `/mentor-switch` (a mentee for themself) or `/mentor-switch @mentee` (a peer mentor for a mentee). */
export function buildSwitchModal(form: Extract<StartSwitchOutcome, { kind: 'form' }>): ModalView {
  const subjects = form.asMentor ? words.subjectsForMentor : words.subjects;
  const blocks: KnownBlock[] = [
    { type: 'section', text: mrkdwn(form.asMentor ? words.modalIntroMentor(esc(form.menteeName), esc(form.fromGroupName)) : words.modalIntro(esc(form.fromGroupName))) },
    {
      type: 'input',
      block_id: switchIds.subjectBlock,
      label: plain(words.subjectLabel),
      element: {
        type: 'radio_buttons',
        action_id: switchIds.subjectRadio,
        options: [{ text: plain(subjects.group), value: 'group' }],
        initial_option: { text: plain(subjects.group), value: 'group' },
      },
    },
    ...buildReasonBlocks(),
  ];
  if (form.targets.length > 0) {
    blocks.push({
      type: 'input',
      block_id: switchIds.preferredBlock,
      optional: true,
      label: plain(words.preferredLabel),
      hint: plain(words.preferredHint),
      element: {
        type: 'static_select',
        action_id: switchIds.preferredSelect,
        placeholder: plain(words.preferredPlaceholder),
        options: form.targets.slice(0, MAX_OPTIONS).map(targetOption),
      },
    });
  } else {
    blocks.push({ type: 'context', elements: [mrkdwn(words.noRoom)] });
  }
  const frame = { ...words, modalTitle: form.asMentor ? words.modalTitleMentor : words.modalTitle };
  // Whose group would change; the submission is authorized again against it.
  return buildFormModal(switchIds.modal, frame, blocks, JSON.stringify({ menteeId: form.menteeId }));
}

export function buildSwitchRefused(reason: AskRefusal, adminIds: readonly string[], waiting: readonly string[] = []): SlackMessage {
  if (reason === 'waiting_for_pair') return message(words.waitingForPair(waiting));
  return message(reason === 'not_a_mentee' ? words.notAMentee(copy.admins(adminIds)) : words.notTheirMentor(copy.admins(adminIds)));
}

export function buildMentionNeeded(): SlackMessage {
  return message(words.mentionNeeded);
}

/** A second `/mentor-switch` while one is open: the open request, with *Cancel* for the person who asked. */
export function buildOpenRequest(request: SwitchRequest, mine: boolean, viewerId: string, zone: string): SlackMessage {
  if (!mine) return message(viewerId === request.menteeId ? words.openForMentee : words.openForMentor(mention(request.menteeId)));
  const text = words.openMine(formatInZone(request.createdAt, zone));
  return {
    text,
    blocks: [
      { type: 'section', text: mrkdwn(`:hourglass_flowing_sand: ${text}`) },
      {
        type: 'actions',
        elements: [{ type: 'button', action_id: switchIds.cancel, text: plain(words.cancelButton), value: request.id, style: 'danger' }],
      },
    ],
  };
}

/** To the person who asked, after the form: it is with the admins. */
export function buildSwitchConfirmation(card: SwitchCard): SlackMessage {
  if (card.pair !== undefined) return buildPairConfirmation({ ...card, pair: card.pair });
  const { request } = card;
  return message(`:envelope_with_arrow: ${request.requesterRole === 'mentor' ? words.confirmationMentor(mention(request.menteeId)) : words.confirmation}`);
}

export function buildSwitchNotSent(reason: 'already_open' | AskRefusal, adminIds: readonly string[]): SlackMessage {
  return reason === 'already_open' ? message(words.notSentOpen) : buildSwitchRefused(reason, adminIds);
}

/** One line on what was decided, by whom and when; the open state invites a decision. */
export function outcomeLine(card: SwitchCard): string {
  if (card.pair !== undefined) return pairOutcomeLine(card);
  const { request } = card;
  const by = mention(request.decidedBy ?? '');
  const when = request.decidedAt === undefined ? '' : formatInZone(request.decidedAt, card.zone);
  switch (request.status) {
    case 'open':
      return words.admin.open;
    case 'approved':
      return words.admin.approved(by, when, card.targetGroup === undefined ? words.admin.none : esc(card.targetGroup.name));
    case 'declined':
      return words.admin.declined(by, when);
    case 'cancelled':
      return words.admin.cancelled(by, when);
  }
}

/**
 * The admins' message: the mentee, who asked, the current group, the reason and private details, the groups with
 * room ranked, and (while open) the choice of group with *Approve* and *Decline*. Once decided: who decided what and
 * when, and *Finish the move* if a step of the move is still to do.
 */
export function buildAdminMessage(card: SwitchCard): SlackMessage {
  if (card.pair !== undefined) return buildPairAdminMessage(card, card.pair);
  const { request } = card;
  const a = words.admin;
  const mentee = mention(request.menteeId);
  const title = request.requesterRole === 'mentor' ? a.titleMentor(mentee, mention(request.requestedBy)) : a.title(mentee);
  const mentors = card.fromMentorIds.length > 0 ? copy.people(card.fromMentorIds) : a.noMentors;
  const blocks: KnownBlock[] = [
    { type: 'section', text: mrkdwn(`:arrows_counterclockwise: ${title}`) },
    {
      type: 'section',
      fields: [
        mrkdwn(`*${a.currentField}*\n${card.fromGroup === undefined ? a.none : esc(card.fromGroup.name)} (${mentors})`),
        mrkdwn(`*${a.reasonField}*\n${words.reasons[request.reason]}`),
        mrkdwn(`*${a.preferredField}*\n${card.preferredGroup === undefined ? a.none : esc(card.preferredGroup.name)}`),
        mrkdwn(`*${a.askedField}*\n${formatInZone(request.createdAt, card.zone)}`),
      ],
    },
    { type: 'section', text: mrkdwn(a.detailsTitle) },
    // Plain text: the asker's words are shown as written, never read as Slack markup.
    { type: 'section', text: plain(request.details ?? a.noDetails) },
  ];
  if (request.status === 'open') {
    if (card.targets.length > 0) {
      const listed = card.targets.slice(0, LISTED_TARGETS).map((t, i) => `${i + 1}. ${a.targetLine(esc(t.group.name), t.mentees, t.sameCommunity)}`);
      if (card.targets.length > LISTED_TARGETS) listed.push(a.more(card.targets.length - LISTED_TARGETS));
      blocks.push({ type: 'section', text: mrkdwn(`${a.targetsTitle}\n${listed.join('\n')}`) });
    } else {
      blocks.push({ type: 'section', text: mrkdwn(a.noTargets) });
    }
    blocks.push({ type: 'context', elements: [mrkdwn(outcomeLine(card))] });
    const options = card.targets.slice(0, MAX_OPTIONS).map(targetOption);
    const suggested = options.find((o) => o.value === card.suggestedGroupId);
    blocks.push({
      type: 'actions',
      block_id: switchIds.actionsBlock,
      elements: [
        ...(options.length > 0
          ? [
              {
                type: 'static_select' as const,
                action_id: switchIds.targetSelect,
                placeholder: plain(a.targetPlaceholder),
                options,
                ...(suggested === undefined ? {} : { initial_option: suggested }),
              },
              { type: 'button' as const, action_id: switchIds.approve, text: plain(a.approveButton), value: request.id, style: 'primary' as const },
            ]
          : []),
        { type: 'button', action_id: switchIds.decline, text: plain(a.declineButton), value: request.id, style: 'danger' },
      ],
    });
  } else {
    blocks.push({ type: 'section', text: mrkdwn(outcomeLine(card)) });
    if (request.status === 'approved' && card.unfinished.length > 0) {
      blocks.push({ type: 'section', text: mrkdwn(a.unfinished(card.unfinished.map((step) => a.steps[step]).join(', '))) });
      blocks.push({
        type: 'actions',
        block_id: switchIds.actionsBlock,
        elements: [{ type: 'button', action_id: switchIds.finish, text: plain(a.finishButton), value: request.id, style: 'primary' }],
      });
    }
  }
  return { text: a.fallback(mentee), blocks };
}

/** The decline form: a message for the person who asked. */
export function buildDeclineModal(card: SwitchCard): ModalView {
  const d = words.decline;
  const blocks: KnownBlock[] = [
    { type: 'section', text: mrkdwn(d.intro(esc(card.menteeName))) },
    {
      type: 'input',
      block_id: switchIds.declineMessageBlock,
      label: plain(d.label),
      hint: plain(d.hint),
      element: { type: 'plain_text_input', action_id: switchIds.declineMessageInput, multiline: true, max_length: SWITCH_MESSAGE_MAX },
    },
  ];
  return buildFormModal(switchIds.declineModal, d, blocks, JSON.stringify({ requestId: card.request.id }));
}

/** Why a click changed nothing, for the person who clicked; undefined when it did something. */
export function buildSwitchActionRefusal(outcome: SwitchActionOutcome): string | undefined {
  if (outcome.kind === 'done') return undefined;
  const refused = words.refused;
  if (outcome.card?.pair !== undefined && outcome.reason === 'no_target') return pairSwitchCopy.refused.no_target;
  switch (outcome.reason) {
    case 'already_decided':
      return refused.already_decided(outcome.card === undefined ? '' : outcomeLine(outcome.card).replace(/^:[a-z_]+: /, ''));
    default:
      return refused[outcome.reason];
  }
}

/** To the person who asked: the admins declined, with the admin's message (as written, plain text). */
export function buildDeclined(card: SwitchCard): SlackMessage {
  const { request } = card;
  const admin = mention(request.decidedBy ?? '');
  const intro =
    card.pair !== undefined
      ? pairDeclinedIntro(card, card.pair, admin)
      : request.requesterRole === 'mentor'
        ? words.declinedToMentor(mention(request.menteeId), admin)
        : words.declinedToMentee(admin);
  const note = request.adminMessage ?? '';
  return {
    // The fallback text is read as markup: the admin's words escaped there (the block shows them as plain text).
    text: `${intro} ${esc(note)}`,
    blocks: [
      { type: 'section', text: mrkdwn(intro) },
      { type: 'section', text: plain(note === '' ? '—' : note) },
    ],
  };
}

/** To a former mentor: the mentee moved on. Never the reason, the details or who asked. */
export function buildFormerMentorNotice(menteeId: string): SlackMessage {
  return message(words.formerMentor(mention(menteeId)));
}

/** To the new mentors, in the group's channel (or a group DM with the mentee): a short introduction. */
export function buildMoveIntroduction(notice: MoveNotice): SlackMessage {
  return message(words.introduction(mention(notice.menteeId), copy.people(notice.mentorIds)));
}

/** To the mentee: where they are now, who their mentors are, and where their open requests went. */
export function buildMenteeMoved(notice: MoveNotice): SlackMessage {
  const lines = [notice.mentorIds.length > 0 ? words.moved(esc(notice.group.name), copy.people(notice.mentorIds)) : words.movedNoMentors(esc(notice.group.name))];
  if (notice.group.channelId !== undefined) lines.push(words.movedChannel(`<#${notice.group.channelId}>`));
  if (notice.movedRequests > 0) lines.push(words.movedRequests(notice.movedRequests));
  return message(`:arrows_counterclockwise: ${lines.join(' ')}`);
}
