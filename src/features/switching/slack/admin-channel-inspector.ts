import { WebAPIPlatformError, type WebClient } from '@slack/web-api';
import type { AdminChannelInspector } from '../ports.js';

/** Members are read in pages of this many (conversations.members allows up to 1,000; Slack advises 200). */
const PAGE = 200;

/**
 * SWITCH_ADMIN_CHANNEL as Slack describes it to the app: auth.test (the app's own user), conversations.info
 * (private, archived) and conversations.members (every page). Slack's refusals (channel_not_found for a private
 * channel the app is not in, missing_scope) are what the check reports; a failure to reach Slack throws.
 */
export function createAdminChannelInspector(client: WebClient): AdminChannelInspector {
  return {
    async inspect(channelId) {
      const auth = await client.auth.test();
      const botUserId = auth.user_id ?? '';
      try {
        const info = await client.conversations.info({ channel: channelId });
        const memberIds: string[] = [];
        let cursor: string | undefined;
        do {
          const page = await client.conversations.members({ channel: channelId, limit: PAGE, ...(cursor === undefined ? {} : { cursor }) });
          memberIds.push(...(page.members ?? []));
          cursor = page.response_metadata?.next_cursor || undefined;
        } while (cursor !== undefined);
        const isPrivate = info.channel?.is_private === true;
        return { botUserId, facts: { kind: 'seen', isPrivate, isArchived: info.channel?.is_archived === true, memberIds } };
      } catch (error) {
        if (error instanceof WebAPIPlatformError) return { botUserId, facts: { kind: 'unreachable', error: String(error.data.error) } };
        throw error;
      }
    },
  };
}
