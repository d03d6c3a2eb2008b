import type { Messenger } from '../../../delivery/slack/messenger.js';
import { sendFileByDm } from '../../../delivery/slack/send-file.js';
import type { PersonSlack } from '../ports.js';
import { personCopy } from './copy.js';

/** Slack's answers that mean the message is not there to delete (deleted before, or its channel gone). */
const GONE = new Set(['message_not_found', 'channel_not_found', 'is_archived']);

export function createPersonSlack(messenger: Messenger): PersonSlack {
  return {
    async sendFile(adminId, file) {
      const kinds = Object.keys(file.counts).length;
      await sendFileByDm(messenger, adminId, { filename: file.filename, content: file.json, comment: personCopy.fileComment(kinds) });
    },
    async deleteMessage(location) {
      try {
        await messenger.client.chat.delete({ channel: location.channelId, ts: location.ts });
        return 'deleted';
      } catch (error) {
        if (GONE.has(String((error as { data?: { error?: unknown } }).data?.error))) return 'gone';
        throw error;
      }
    },
  };
}
