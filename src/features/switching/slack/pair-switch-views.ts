import type { StartSwitchOutcome, PairCard, SwitchCard } from '../outcomes.js';
import type { PairNotice } from '../ports.js';
import { buildFormModal, type KnownBlock, type ModalView, type PlainTextOption } from '../../../slack/blocks.js';
import { formatInZone } from '../../../slack/format-time.js';
import type { SlackMessage } from '../../../slack/help-message.js';
import { pairSwitchCopy, switchCopy } from './copy.js';
import { switchIds } from './ids.js';
import { buildReasonBlocks } from './reason-blocks.js';
import { escapeMrkdwn as esc } from '../../../slack/mrkdwn.js';

const words = pairSwitchCopy;
const plain = (text: string) => ({ type: 'plain_text' as const, text });
const mrkdwn = (text: string) => ({ type: 'mrkdwn' as const, text });
const message = (text: string): SlackMessage => ({ text, blocks: [{ type: 'section', text: mrkdwn(text) }] });
const mention = (id: string) => `<@${id}>`;
/** Option texts are capped at 75 characters; a static select lists at most 100 options (SLACK.md §5). */
const clip = (text: string, max = 75) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);
const MAX_OPTIONS = 100;
/** Mentors listed in the message text (the select offers them all). */
const LISTED = 10;

/** The form for a change of a pair's mentor: which pair, then the reason and private details (for the office alone). */
export function buildPairSwitchModal(form: Extract<StartSwitchOutcome, { kind: 'pair_form' }>): ModalView {
  const intro = form.asMentor
    ? words.modalIntroMentor(esc(form.menteeName), esc(form.pair.label), form.office)
    : words.modalIntro(form.mentorWord, mention(form.pair.mentorId), esc(form.pair.label), form.office);
  const blocks: KnownBlock[] = [{ type: 'section', text: mrkdwn(intro) }, ...buildReasonBlocks(), { type: 'context', elements: [mrkdwn(words.noPreference)] }];
  const frame = { ...switchCopy, modalTitle: form.asMentor ? switchCopy.modalTitleMentor : words.modalTitle };
  // Which pair, and whose: the submission is authorized again against them.
  return buildFormModal(switchIds.modal, frame, blocks, JSON.stringify({ menteeId: form.menteeId, track: form.pair.track, pairKey: form.pair.pairKey }));
}

export function buildPairConfirmation(card: SwitchCard & { readonly pair: PairCard }): SlackMessage {
  const { request, pair } = card;
  return message(`:envelope_with_arrow: ${request.requesterRole === 'mentor' ? words.confirmationMentor(mention(request.menteeId), pair.office) : words.confirmation(pair.office)}`);
}

export function pairOutcomeLine(card: SwitchCard): string {
  const { request } = card;
  const by = mention(request.decidedBy ?? '');
  const when = request.decidedAt === undefined ? '' : formatInZone(request.decidedAt, card.zone);
  if (request.status === 'open') return words.admin.open;
  if (request.status === 'approved') return words.admin.approved(by, when, mention(request.targetMentorId ?? ''));
  return request.status === 'declined' ? switchCopy.admin.declined(by, when) : switchCopy.admin.cancelled(by, when);
}

/**
 * The Office's message: the mentee, who asked, the pair (the rotation) and its mentor, the reason and private details,
 * the other eligible mentors ranked, and (while open) the choice of mentor with *Approve* and *Decline*. Once decided:
 * who decided what and when, and *Finish the move* while a step is left.
 */
export function buildPairAdminMessage(card: SwitchCard, pair: PairCard): SlackMessage {
  const { request } = card;
  const a = words.admin;
  const mentee = mention(request.menteeId);
  const title = request.requesterRole === 'mentor' ? a.titleMentor(mentee, mention(request.requestedBy)) : a.title(mentee);
  const blocks: KnownBlock[] = [
    { type: 'section', text: mrkdwn(`:arrows_counterclockwise: ${title}`) },
    {
      type: 'section',
      fields: [
        mrkdwn(`*${a.pairField}*\n${esc(request.pair?.label ?? '')}`),
        mrkdwn(`*${a.mentorField}*\n${mention(request.pair?.fromMentorId ?? '')}`),
        mrkdwn(`*${switchCopy.admin.reasonField}*\n${switchCopy.reasons[request.reason]}`),
        mrkdwn(`*${switchCopy.admin.askedField}*\n${formatInZone(request.createdAt, card.zone)}`),
      ],
    },
    { type: 'section', text: mrkdwn(switchCopy.admin.detailsTitle) },
    // Plain text: the asker's words are shown as written, never read as Slack markup.
    { type: 'section', text: plain(request.details ?? switchCopy.admin.noDetails) },
  ];
  if (request.status === 'open') {
    const listed = pair.alternatives.slice(0, LISTED).map((m, i) => `${i + 1}. ${a.alternativeLine(mention(m.mentorId), m.fit, m.mentees)}`);
    if (pair.alternatives.length > LISTED) listed.push(switchCopy.admin.more(pair.alternatives.length - LISTED));
    blocks.push({ type: 'section', text: mrkdwn(listed.length > 0 ? `${a.alternativesTitle}\n${listed.join('\n')}` : pair.noAlternatives) });
    blocks.push({ type: 'context', elements: [mrkdwn(a.open)] });
    const options: PlainTextOption[] = pair.alternatives.slice(0, MAX_OPTIONS).map((m) => ({ text: plain(clip(a.alternativeOption(pair.names.get(m.mentorId) ?? m.mentorId, m.fit, m.mentees))), value: m.mentorId }));
    const suggested = options.find((o) => o.value === pair.suggestedMentorId);
    blocks.push({
      type: 'actions',
      block_id: switchIds.actionsBlock,
      elements: [
        ...(options.length > 0
          ? [
              { type: 'static_select' as const, action_id: switchIds.targetSelect, placeholder: plain(a.targetPlaceholder), options, ...(suggested === undefined ? {} : { initial_option: suggested }) },
              { type: 'button' as const, action_id: switchIds.approve, text: plain(switchCopy.admin.approveButton), value: request.id, style: 'primary' as const },
            ]
          : []),
        { type: 'button', action_id: switchIds.decline, text: plain(switchCopy.admin.declineButton), value: request.id, style: 'danger' },
      ],
    });
  } else {
    blocks.push({ type: 'section', text: mrkdwn(pairOutcomeLine(card)) });
    if (request.status === 'approved' && pair.unfinished.length > 0) {
      blocks.push({ type: 'section', text: mrkdwn(a.unfinished(pair.unfinished.map((step) => a.steps[step]).join(', '))) });
      blocks.push({
        type: 'actions',
        block_id: switchIds.actionsBlock,
        elements: [{ type: 'button', action_id: switchIds.finish, text: plain(switchCopy.admin.finishButton), value: request.id, style: 'primary' }],
      });
    }
  }
  return { text: a.fallback(mentee), blocks };
}

export function pairDeclinedIntro(card: SwitchCard, pair: PairCard, admin: string): string {
  const { request } = card;
  return request.requesterRole === 'mentor' ? words.declinedToMentor(mention(request.menteeId), pair.office, admin) : words.declinedToMentee(pair.office, admin);
}

/** To the former mentor: the mentee has another mentor. Never the reason, the details or who asked. */
export function buildFormerPairMentorNotice(menteeId: string): SlackMessage {
  return message(words.formerMentor(mention(menteeId)));
}

export function buildNewPairMentorNotice(notice: PairNotice): SlackMessage {
  return message(`:wave: ${words.newMentor(mention(notice.menteeId), esc(notice.label), notice.mentorWord)}`);
}

export function buildMenteeNewPairMentor(notice: PairNotice & { readonly movedRequests: number }): SlackMessage {
  const lines = [words.menteeMoved(mention(notice.mentorId), esc(notice.label), notice.mentorWord)];
  if (notice.movedRequests > 0) lines.push(words.movedRequests(notice.movedRequests));
  return message(`:arrows_counterclockwise: ${lines.join(' ')}`);
}
