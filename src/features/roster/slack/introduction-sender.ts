import { WebAPIPlatformError } from '@slack/web-api';
import type { IntroductionSender } from '../ports.js';
import type { Messenger } from '../../../delivery/slack/messenger.js';
import { buildChannelPurpose, buildIntroductionMessage, buildNewcomersMessage, buildNewPairMessage, buildWelcomeDm } from './introduction-message.js';

/** conversations.invite takes at most 100 users per call. */
const INVITE_BATCH = 100;
/** Per-user invitation answers that mean the person is (or cannot be more) in the channel: not failures. */
const INVITED_ALREADY = new Set(['already_in_channel', 'cant_invite_self']);
/** Per-user answers about that one person (their account or its limits): the others are invited all the same. */
const PERSONAL_REFUSALS = new Set(['user_not_found', 'user_disabled', 'cant_invite', 'user_is_restricted', 'ura_max_channels', 'invitee_cant_see_channel', 'org_user_not_in_team']);

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
    async findChannelMadeFor(name, group) {
      const purpose = buildChannelPurpose(group);
      let cursor: string | undefined;
      do {
        const page = await client.conversations.list({ types: 'private_channel', exclude_archived: true, limit: 200, ...(cursor ? { cursor } : {}) });
        const found = (page.channels ?? []).find((c) => c.name === name && c.is_member === true && [undefined, '', purpose].includes(c.purpose?.value));
        if (found?.id !== undefined) return found.id;
        cursor = page.response_metadata?.next_cursor;
      } while (cursor);
      return undefined;
    },
    async setPurpose(channelId, group) {
      await client.conversations.setPurpose({ channel: channelId, purpose: buildChannelPurpose(group) });
    },
    async invite(channelId, userIds) {
      const refused: string[] = [];
      for (let i = 0; i < userIds.length; i += INVITE_BATCH) {
        const users = userIds.slice(i, i + INVITE_BATCH);
        let answer: { error?: string; errors?: unknown };
        try {
          // force: invite the valid ones even when some cannot be invited or are in the channel already.
          answer = await client.conversations.invite({ channel: channelId, users: users.join(','), force: true });
        } catch (error) {
          if (!(error instanceof WebAPIPlatformError)) throw error;
          answer = error.data;
        }
        const problems = perUserErrors(answer, users).filter((e) => !INVITED_ALREADY.has(e.error));
        if (problems.some((e) => !PERSONAL_REFUSALS.has(e.error))) throw new Error(`conversations.invite failed: ${problems.map((e) => e.error).join(', ')}`);
        refused.push(...problems.map((e) => e.user));
      }
      return { refused };
    },
    async postIntroduction(channelId, group) {
      return (await messenger.post(channelId, buildIntroductionMessage(group))).ts;
    },
    async postNewPair(channelId, group) {
      return (await messenger.post(channelId, buildNewPairMessage(group))).ts;
    },
    async postNewcomers(channelId, group, newcomers) {
      return (await messenger.post(channelId, buildNewcomersMessage(group, newcomers))).ts;
    },
    async sendWelcome(personId, role, group, channelId) {
      return (await messenger.dm(personId, buildWelcomeDm(personId, role, group, channelId))).ts;
    },
  };
}

/**
 * The invitation's complaints, per person. Slack lists them in `errors` (with `force`, even on success); an ok:false
 * answer without that list is about the one person invited, or (with several) about the whole call.
 */
function perUserErrors(answer: { error?: string; errors?: unknown }, users: readonly string[]): { user: string; error: string }[] {
  if (Array.isArray(answer.errors) && answer.errors.length > 0) {
    return (answer.errors as { user?: unknown; error?: unknown }[]).map((e) => ({ user: String(e.user ?? ''), error: String(e.error ?? 'unknown') }));
  }
  if (answer.error === undefined) return [];
  if (users.length === 1 || INVITED_ALREADY.has(answer.error)) return users.map((user) => ({ user, error: answer.error! }));
  return [{ user: '', error: answer.error }];
}
