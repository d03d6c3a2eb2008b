import type { WebClient } from '@slack/web-api';
import type { KnownBlock } from '../../slack/blocks.js';
import type { DmChannelStore } from '../ports.js';
import { nextSendTag, type SendTag } from '../send-context.js';
import { toSendError } from './send-errors.js';

export interface OutgoingMessage {
  /** Notification and fallback text; always sent with blocks. */
  readonly text: string;
  readonly blocks?: KnownBlock[];
  /** Posts it as a reply in this message's thread. */
  readonly threadTs?: string;
}

export interface Posted {
  readonly channel: string;
  readonly ts: string;
}

/** Low-level sending for slack/ adapters: DMs through conversations.open, posts and updates. */
export interface Messenger {
  readonly client: WebClient;
  /** Opens (or finds) the DM with one person, or the group DM with several (at most 8 besides the app). */
  openConversation(userIds: readonly string[]): Promise<string>;
  dm(userId: string, message: OutgoingMessage): Promise<Posted>;
  post(channel: string, message: OutgoingMessage): Promise<Posted>;
  update(channel: string, ts: string, message: OutgoingMessage): Promise<void>;
}

/** The metadata event type that tags what the app posts under a claim (never shown to people). */
export const SEND_TAG_EVENT = 'peer_mentor_send';

/** How far back a rerun looks for a tagged message: the conversation's latest messages, newest first. */
const LOOK_BACK_PAGES = 2;

/**
 * Posts, with two guards for "once": each person's DM channel id is kept after the first conversations.open
 * (memory, then `dmChannels`), and a post made under a claim carries the claim's key in its metadata, so that a
 * rerun after an unclear failure looks for it in the conversation before posting again. Failures are SendErrors.
 */
export function createMessenger(client: WebClient, dmChannels?: DmChannelStore): Messenger {
  const known = new Map<string, string>();

  /** The kept channel, else conversations.open. Keeping it is a saving, never a reason for a DM to fail. */
  async function dmChannelOf(userId: string): Promise<string> {
    const cached = known.get(userId) ?? (await dmChannels?.find(userId).catch(() => undefined));
    if (cached !== undefined) {
      known.set(userId, cached);
      return cached;
    }
    const channel = await messenger.openConversation([userId]);
    known.set(userId, channel);
    await dmChannels?.save(userId, channel).catch(() => undefined);
    return channel;
  }

  async function findTagged(channel: string, tag: SendTag): Promise<Posted | undefined> {
    let cursor: string | undefined;
    for (let page = 0; page < LOOK_BACK_PAGES; page += 1) {
      let history;
      try {
        history = await client.conversations.history({ channel, limit: 100, include_all_metadata: true, ...(cursor ? { cursor } : {}) });
      } catch (error) {
        // An app installed from an older manifest may not read history: better sent again than never.
        if (toSendError(error).code === 'missing_scope') return undefined;
        throw error;
      }
      const found = (history.messages ?? []).find((m) => m.metadata?.event_type === SEND_TAG_EVENT && (m.metadata.event_payload as Record<string, unknown> | undefined)?.['id'] === tag.id);
      if (found?.ts !== undefined) return { channel, ts: found.ts };
      cursor = history.response_metadata?.next_cursor;
      if (!history.has_more || !cursor) return undefined;
    }
    return undefined;
  }

  const messenger: Messenger = {
    client,
    async openConversation(userIds) {
      try {
        const opened = await client.conversations.open({ users: [...new Set(userIds)].join(',') });
        const id = opened.channel?.id;
        if (id === undefined) throw new Error('conversations.open returned no channel id');
        return id;
      } catch (error) {
        throw toSendError(error);
      }
    },
    async dm(userId, message) {
      const channel = await dmChannelOf(userId);
      try {
        return await messenger.post(channel, message);
      } catch (error) {
        if (toSendError(error).code !== 'channel_not_found' || !known.has(userId)) throw error;
        // The kept channel is gone on Slack's side: open it afresh once.
        known.delete(userId);
        await dmChannels?.forget(userId).catch(() => undefined);
        return messenger.post(await dmChannelOf(userId), message);
      }
    },
    async post(channel, message) {
      const tag = nextSendTag();
      try {
        if (tag?.lookFirst) {
          const found = await findTagged(channel, tag);
          if (found !== undefined) return found;
        }
        const posted = await client.chat.postMessage({
          channel,
          text: message.text,
          ...(message.blocks ? { blocks: message.blocks } : {}),
          ...(message.threadTs ? { thread_ts: message.threadTs } : {}),
          ...(tag ? { metadata: { event_type: SEND_TAG_EVENT, event_payload: { id: tag.id } } } : {}),
        });
        if (posted.ts === undefined) throw new Error('chat.postMessage returned no ts');
        return { channel: posted.channel ?? channel, ts: posted.ts };
      } catch (error) {
        throw toSendError(error);
      }
    },
    async update(channel, ts, message) {
      await client.chat.update({ channel, ts, text: message.text, ...(message.blocks ? { blocks: message.blocks } : {}) });
    },
  };
  return messenger;
}
