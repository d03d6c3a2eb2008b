import type { SlackMessage } from './help-message.js';

const NOT_ALLOWED =
  'Sorry — `/mentor-admin` is for the program coordinators. If you think you should have access, please ask one of them to add you as an admin in the roster.';

/** A message of one section of text. */
export function buildPlainMessage(text: string): SlackMessage {
  return { text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] };
}

/** The polite refusal for someone who is not an admin. */
export function buildNotAllowedMessage(): SlackMessage {
  return buildPlainMessage(NOT_ALLOWED);
}
