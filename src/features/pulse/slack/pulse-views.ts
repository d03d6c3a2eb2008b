import { PULSE_SCORES } from '../../../program/records/pulse.js';
import { pulseIds } from './ids.js';
import type { KnownBlock } from '../../../slack/blocks.js';
import { pulseCopy } from './copy.js';
import type { SlackMessage } from '../../../slack/help-message.js';

const words = pulseCopy;
const plain = (text: string) => ({ type: 'plain_text' as const, text, emoji: true });

const talkButton = (month: string) => ({ type: 'button' as const, action_id: pulseIds.talk, text: plain(words.talkButton), value: month });

/** The month's pulse: 1–5 and "I'd like to talk". Each button carries the month asked about. */
export function buildPulseMessage(month: string): SlackMessage {
  const blocks: KnownBlock[] = [
    { type: 'section', text: { type: 'mrkdwn', text: words.intro } },
    {
      type: 'actions',
      block_id: pulseIds.scoresBlock,
      elements: PULSE_SCORES.map((score) => ({
        type: 'button' as const,
        action_id: `${pulseIds.scorePrefix}${score}`,
        text: plain(String(score)),
        value: month,
      })),
    },
    { type: 'actions', elements: [talkButton(month)] },
  ];
  return { text: words.text, blocks };
}

/** The pulse once answered: thanks, and after a 1 or 2 not yet shared, "Let my mentors know". */
export function buildPulseAnswered(month: string, score: number, options: { created: boolean; canShare: boolean }): SlackMessage {
  const headline = options.created ? words.thanks(score) : words.alreadyAnswered(score);
  const blocks: KnownBlock[] = [{ type: 'section', text: { type: 'mrkdwn', text: headline } }];
  if (options.canShare) {
    blocks.push(
      { type: 'section', text: { type: 'mrkdwn', text: words.lowOffer } },
      {
        type: 'actions',
        elements: [{ type: 'button', action_id: pulseIds.share, style: 'primary', text: plain(words.shareButton), value: month }, talkButton(month)],
      },
    );
  } else {
    blocks.push({ type: 'actions', elements: [talkButton(month)] });
  }
  return { text: headline, blocks };
}

export function buildPulseShared(month: string): SlackMessage {
  return {
    text: words.shared,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: words.shared } },
      { type: 'actions', elements: [talkButton(month)] },
    ],
  };
}

/** What a mentor is told when a mentee chose to share: that they would like to hear from them, never the score. */
export function buildMentorNotice(menteeId: string): SlackMessage {
  const text = words.mentorNotice(menteeId);
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
}
