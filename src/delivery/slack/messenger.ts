import type { WebClient } from '@slack/web-api';
import type { KnownBlock } from '../../slack/blocks.js';

export interface OutgoingMessage {
  /** Notification and fallback text; always sent with blocks. */
  readonly text: string;
  readonly blocks?: KnownBlock[];
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

export function createMessenger(client: WebClient): Messenger {
  const messenger: Messenger = {
    client,
    async openConversation(userIds) {
      const opened = await client.conversations.open({ users: [...new Set(userIds)].join(',') });
      const id = opened.channel?.id;
      if (id === undefined) throw new Error('conversations.open returned no channel id');
      return id;
    },
    async dm(userId, message) {
      return messenger.post(await messenger.openConversation([userId]), message);
    },
    async post(channel, message) {
      const posted = await client.chat.postMessage({ channel, text: message.text, ...(message.blocks ? { blocks: message.blocks } : {}) });
      if (posted.ts === undefined) throw new Error('chat.postMessage returned no ts');
      return { channel: posted.channel ?? channel, ts: posted.ts };
    },
    async update(channel, ts, message) {
      await client.chat.update({ channel, ts, text: message.text, ...(message.blocks ? { blocks: message.blocks } : {}) });
    },
  };
  return messenger;
}
