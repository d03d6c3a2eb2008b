import { copy } from '../../../slack/copy.js';
import type { SlackMessage } from '../../../slack/help-message.js';
import type { AdminChannelVerdict } from '../domain/admin-channel.js';
import type { AdminChannelNotice } from '../ports.js';
import { adminChannelCopy as words } from './copy.js';

const message = (text: string): SlackMessage => ({ text, blocks: [{ type: 'section', text: { type: 'mrkdwn', text } }] });

/** Why the channel is refused, in a sentence. */
function why(verdict: Extract<AdminChannelVerdict, { usable: false }>): string {
  switch (verdict.problem) {
    case 'outsiders':
      return words.why.outsiders(copy.people(verdict.outsiderIds), verdict.outsiderIds.length);
    case 'no_access':
      return words.why.no_access(verdict.error);
    default:
      return words.why[verdict.problem];
  }
}

/** To each admin: switch requests come by DM instead of the channel, and why; or the channel is used again. */
export function buildAdminChannelNotice(notice: AdminChannelNotice): SlackMessage {
  const channel = `<#${notice.channelId}>`;
  return message(notice.verdict.usable ? words.restored(channel) : words.refused(channel, why(notice.verdict)));
}
