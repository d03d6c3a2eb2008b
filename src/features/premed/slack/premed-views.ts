import type { KnownBlock } from '../../../slack/blocks.js';
import type { SlackMessage } from '../../../slack/help-message.js';
import type { PremedIntroduction } from '../ports.js';
import { premedCopy as words } from './copy.js';
import { premedIds } from './ids.js';

const section = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text } });
const quoted = (text: string) => text.split('\n').map((line) => `>${line}`).join('\n');

/** A pre-med welcome DM: who they are in the program, the agreement, and *I agree*. */
export function buildPremedWelcome(personId: string, role: 'mentee' | 'peer_mentor', agreementText: string): SlackMessage {
  return {
    text: words.welcomeFallback,
    blocks: [
      section(words.welcome(personId, role)),
      section(`${words.agreementTitle}\n${quoted(agreementText)}`),
      section(words.agreementAsk),
      {
        type: 'actions',
        block_id: premedIds.agreementBlock,
        elements: [{ type: 'button', action_id: premedIds.agree, style: 'primary', text: { type: 'plain_text', text: words.agreeButton }, value: role }],
      },
    ],
  };
}

/** The agreement once accepted: its words, the button replaced by when. */
export function buildPremedAgreed(agreementText: string, when: string): SlackMessage {
  return { text: words.agreed(when), blocks: [section(`${words.agreementTitle}\n${quoted(agreementText)}`), section(words.agreed(when))] };
}

/** The pair's introduction, in their conversation. */
export function buildPremedIntroduction(intro: PremedIntroduction): SlackMessage {
  return { text: words.introductionFallback, blocks: [section(words.introduction(intro))] };
}
