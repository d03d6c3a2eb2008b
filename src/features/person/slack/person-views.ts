import type { KnownBlock, ModalView } from '../../../slack/blocks.js';
import type { SlackMessage } from '../../../slack/help-message.js';
import type { ForgetResult, PersonSummary } from '../use-cases.js';
import { personCopy as words } from './copy.js';
import { personIds as ids } from './ids.js';

const section = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });

function heldLines(summary: PersonSummary): string {
  const lines = Object.entries(summary.counts).map(([kind, n]) => words.countLine(kind, n));
  if (summary.messages > 0) lines.push(words.messagesLine(summary.messages));
  return lines.length === 0 ? words.nothingHeld : lines.join('\n');
}

/** The summary an admin sees: counts by kind, then *Export* and *Forget*. */
export function buildPersonSummary(summary: PersonSummary): SlackMessage {
  return {
    text: words.summaryFallback(summary.personId),
    blocks: [
      section(`${words.summaryTitle(summary.personId, summary.name)}\n${heldLines(summary)}`),
      {
        type: 'actions',
        elements: [
          { type: 'button', action_id: ids.exportButton, text: { type: 'plain_text', text: words.exportButton }, value: summary.personId },
          { type: 'button', action_id: ids.forgetButton, text: { type: 'plain_text', text: words.forgetButton }, value: summary.personId, style: 'danger' },
        ],
      },
    ],
  };
}

/** The confirmation: what will go, what is held now, what stays. The person's id comes back with the submission. */
export function buildForgetModal(summary: PersonSummary): ModalView {
  return {
    type: 'modal',
    callback_id: ids.forgetModal,
    private_metadata: summary.personId,
    title: { type: 'plain_text', text: words.modalTitle },
    submit: { type: 'plain_text', text: words.modalSubmit },
    close: { type: 'plain_text', text: words.modalClose },
    blocks: [
      section(`${words.confirmIntro(summary.personId, summary.name)}\n${words.confirmGoes(summary.messages).join('\n')}`),
      section(`${words.confirmHeld}\n${heldLines(summary)}`),
      { type: 'context', elements: [{ type: 'mrkdwn', text: words.confirmKept }] },
    ],
  };
}

/** A modal of one notice (while forgetting, and once done). */
export function buildPersonNotice(text: string): ModalView {
  return { type: 'modal', title: { type: 'plain_text', text: words.modalTitle }, close: { type: 'plain_text', text: 'Close' }, blocks: [section(text)] };
}

export function buildForgotten(personId: string, result: ForgetResult): ModalView {
  return buildPersonNotice(words.forgotten(personId, result.recordsChanged, result.messagesDeleted));
}
