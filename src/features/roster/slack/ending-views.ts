import type { SlackMessage } from '../../../slack/help-message.js';
import { escapeMrkdwn } from '../../../slack/mrkdwn.js';
import { endingCopy } from './copy.js';

/** The neutral DM to someone whose membership of a group ended. */
export function buildEndedMessage(groupName: string): SlackMessage {
  const text = endingCopy.ended(escapeMrkdwn(groupName));
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
}
