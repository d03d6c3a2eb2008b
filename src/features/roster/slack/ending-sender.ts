import { WebAPIPlatformError } from '@slack/web-api';
import type { Messenger } from '../../../delivery/slack/messenger.js';
import { sendOrExplain } from '../../../delivery/slack/send-errors.js';
import type { EndingSender } from '../ports.js';
import { buildEndedMessage } from './ending-views.js';

/**
 * Slack's answers to conversations.kick that leave nothing to do: the person left already, the channel is gone (or
 * the app is no longer in it), the account is gone, or it is the app itself.
 */
const NOTHING_TO_DO = new Set(['not_in_channel', 'channel_not_found', 'user_not_found', 'cant_kick_self']);

/** An ended membership in Slack: out of the group's channel, and a neutral DM. */
export function createEndingSender(messenger: Pick<Messenger, 'client' | 'dm'>): EndingSender {
  return {
    async removeFromChannel(channelId, userId) {
      try {
        await messenger.client.conversations.kick({ channel: channelId, user: userId });
        return 'removed';
      } catch (error) {
        if (error instanceof WebAPIPlatformError && NOTHING_TO_DO.has(error.data.error)) return 'gone';
        throw error;
      }
    },
    tellEnded: async (personId, groupName) => ({ ...(await sendOrExplain(() => messenger.dm(personId, buildEndedMessage(groupName)))) }),
  };
}
