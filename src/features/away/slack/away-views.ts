import type { AwayProblem } from '../../../program/records/away.js';
import type { AwayNotice } from '../ports.js';
import type { CancelAwayOutcome, MarkAwayOutcome } from '../outcomes.js';
import { awayIds } from './ids.js';
import { buildFormModal, type KnownBlock, type ModalView } from '../../../slack/blocks.js';
import { copy } from '../../../slack/copy.js';
import { awayCopy } from './copy.js';
import { formatDate, formatDateRange } from '../../../slack/format-time.js';
import type { SlackMessage } from '../../../slack/help-message.js';

const words = awayCopy;
const plain = (text: string) => ({ type: 'plain_text' as const, text });
const mrkdwn = (text: string) => ({ type: 'mrkdwn' as const, text });
const message = (text: string): SlackMessage => ({ text, blocks: [{ type: 'section', text: mrkdwn(text) }] });

/** `from Mon, Nov 2 to Fri, Nov 6` / `on Mon, Nov 2`. */
function span(start: string, end: string): string {
  return start === end ? `on ${formatDate(start)}` : `from ${formatDate(start)} to ${formatDate(end)}`;
}

/** The form for `/mentor-away` with no text; the pickers start at the mentor's today, kept to check the dates. */
export function buildAwayModal(today: string): ModalView {
  const picker = (blockId: string, actionId: string, label: string): KnownBlock => ({
    type: 'input',
    block_id: blockId,
    label: plain(label),
    element: { type: 'datepicker', action_id: actionId, initial_date: today },
  });
  const blocks: KnownBlock[] = [
    { type: 'context', elements: [mrkdwn(words.modalIntro)] },
    picker(awayIds.startBlock, awayIds.startPicker, words.startLabel),
    picker(awayIds.endBlock, awayIds.endPicker, words.endLabel),
    {
      type: 'input',
      block_id: awayIds.noteBlock,
      optional: true,
      label: plain(words.noteLabel),
      element: { type: 'plain_text_input', action_id: awayIds.noteInput, max_length: 500, placeholder: plain(words.notePlaceholder) },
    },
    {
      type: 'input',
      block_id: awayIds.tellBlock,
      optional: true,
      label: plain(words.tellLabel),
      element: {
        type: 'checkboxes',
        action_id: awayIds.tellCheckbox,
        options: [{ text: plain(words.tellOption), value: awayIds.tellValue }],
      },
    },
  ];
  return buildFormModal(awayIds.modal, words, blocks, JSON.stringify({ today }));
}

/** Why `/mentor-away` text could not be read or used. */
export function buildAwayProblem(problem: AwayProblem): SlackMessage {
  return message(words.problems[problem]);
}

export function buildNotAMentor(adminIds: readonly string[]): SlackMessage {
  return message(words.notAMentor(copy.admins(adminIds)));
}

/** What the mentor is told after marking time away (ephemeral reply to the command, or a DM after the form). */
export function buildMarkAwayReply(outcome: MarkAwayOutcome): SlackMessage {
  switch (outcome.kind) {
    case 'not_a_mentor':
      return buildNotAMentor(outcome.adminIds);
    case 'invalid':
      return message(outcome.problem === 'start_in_past' ? `${words.problems.start_in_past} ${words.today(formatDate(outcome.today))}` : words.problems[outcome.problem]);
    case 'already':
      return message(words.already(span(outcome.away.start, outcome.away.end)));
    case 'marked': {
      const range = span(outcome.away.start, outcome.away.end);
      const faculty = copy.people(outcome.facultyIds);
      const lines = [outcome.partnerIds.length > 0 ? words.marked(range, copy.people(outcome.partnerIds)) : words.markedNoPartner(range, faculty)];
      if (outcome.partnerIds.length > 0 && outcome.uncovered.length > 0) {
        lines.push(words.uncovered(outcome.uncovered.map(([s, e]) => span(s, e)).join(', '), faculty));
      }
      if (outcome.mentees === 'told') lines.push(words.menteesTold);
      if (outcome.mentees === 'no_channel') lines.push(words.menteesNoChannel);
      if (outcome.away.note !== undefined) lines.push(words.noteEcho(outcome.away.note));
      return message(lines.join('\n'));
    }
  }
}

export function buildCancelAwayReply(outcome: CancelAwayOutcome): SlackMessage {
  switch (outcome.kind) {
    case 'not_a_mentor':
      return buildNotAMentor(outcome.adminIds);
    case 'nothing_to_cancel':
      return message(words.nothingToCancel);
    case 'cancelled':
      return message(words.cancelled(outcome.windows.map((w) => formatDateRange(w.start, w.end)).join(', '), copy.people(outcome.partnerIds)));
  }
}

export function buildPartnerNotice(notice: AwayNotice, takenOver: number): SlackMessage {
  const lines = [words.partnerNotice(`<@${notice.mentorId}>`, span(notice.start, notice.end))];
  if (takenOver > 0) lines.push(words.partnerTakenOver(takenOver));
  return message(`:airplane: ${lines.join(' ')}`);
}

export function buildPartnerBack(mentorId: string): SlackMessage {
  return message(words.partnerBack(`<@${mentorId}>`));
}

/** For the group's channel: who is away when and who covers; never the mentor's note. */
export function buildMenteesNotice(notice: AwayNotice): SlackMessage {
  return message(`:airplane: ${words.menteesNotice(`<@${notice.mentorId}>`, span(notice.start, notice.end), copy.people(notice.coverIds))}`);
}
