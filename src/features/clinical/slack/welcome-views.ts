import type { KnownBlock } from '../../../slack/blocks.js';
import type { SlackMessage } from '../../../slack/help-message.js';
import { clinicalCopy as words } from './copy.js';
import { clinicalIds } from './ids.js';

const section = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });

/** The agreement as a quote, each of its lines marked (mrkdwn quotes one line per `>`). */
const quoted = (text: string) => text.split('\n').map((line) => `>${line}`).join('\n');

/** A clinical mentor's welcome DM: what a clinical mentor is and is not, the honesty agreement, and *I agree*. */
export function buildMentorWelcome(mentorId: string, agreementText: string): SlackMessage {
  return {
    text: words.welcomeFallback,
    blocks: [
      section(words.welcome(mentorId)),
      section(`${words.agreementTitle}\n${quoted(agreementText)}`),
      section(words.agreementAsk),
      {
        type: 'actions',
        block_id: clinicalIds.agreementBlock,
        elements: [{ type: 'button', action_id: clinicalIds.agree, style: 'primary', text: { type: 'plain_text', text: words.agreeButton }, value: 'agree' }],
      },
    ],
  };
}

/** The welcome once the agreement is accepted: the same words, the button replaced by when it was accepted. */
export function buildMentorWelcomeAgreed(mentorId: string, agreementText: string, when: string): SlackMessage {
  return {
    text: words.agreed(when),
    blocks: [section(words.welcome(mentorId)), section(`${words.agreementTitle}\n${quoted(agreementText)}`), section(words.agreed(when))],
  };
}
