import { WebAPIPlatformError } from '@slack/web-api';
import type { IntroductionSender } from '../services/ports.js';
import type { Messenger } from './messenger.js';
import { buildChannelPurpose, buildIntroductionMessage, buildNewcomersMessage, buildWelcomeDm } from './views/introduction-message.js';

/** conversations.invite takes at most 100 users per call. */
const INVITE_BATCH = 100;
/** Per-user invitation answers that mean the person is (or cannot be more) in the channel: not failures. */
const INVITED_ALREADY = new Set(['already_in_channel', 'cant_invite_self']);

/** Introductions over the Web API: private channels (conversations.create), invitations, posts and DMs. */
export function createIntroductionSender(messenger: Messenger): IntroductionSender {
  const { client } = messenger;
  return {
    async createPrivateChannel(name) {
      try {
        const created = await client.conversations.create({ name, is_private: true });
        const id = created.channel?.id;
        if (id === undefined) throw new Error('conversations.create returned no channel id');
        return { status: 'created', channelId: id };
      } catch (error) {
        if (error instanceof WebAPIPlatformError && error.data.error === 'name_taken') return { status: 'name_taken' };
        throw error;
      }
    },
    async setPurpose(channelId, group) {
      await client.conversations.setPurpose({ channel: channelId, purpose: buildChannelPurpose(group) });
    },
    async invite(channelId, userIds) {
      for (let i = 0; i < userIds.length; i += INVITE_BATCH) {
        const users = userIds.slice(i, i + INVITE_BATCH);
        try {
          // force: invite the valid ones even when some are already in the channel.
          await client.conversations.invite({ channel: channelId, users: users.join(','), force: true });
        } catch (error) {
          if (!(error instanceof WebAPIPlatformError) || !onlyAlreadyInvited(error.data)) throw error;
        }
      }
    },
    async postIntroduction(channelId, group) {
      return (await messenger.post(channelId, buildIntroductionMessage(group))).ts;
    },
    async postNewcomers(channelId, group, newcomers) {
      return (await messenger.post(channelId, buildNewcomersMessage(group, newcomers))).ts;
    },
    async sendWelcome(personId, role, group, channelId) {
      return (await messenger.dm(personId, buildWelcomeDm(personId, role, group, channelId))).ts;
    },
  };
}

/** An ok:false invitation whose only complaints are people already in the channel (or the app itself). */
function onlyAlreadyInvited(data: { error: string; errors?: unknown }): boolean {
  const perUser = Array.isArray(data.errors) ? (data.errors as { error?: unknown }[]) : [];
  if (perUser.length > 0) return perUser.every((e) => typeof e.error === 'string' && INVITED_ALREADY.has(e.error));
  return INVITED_ALREADY.has(data.error);
}
