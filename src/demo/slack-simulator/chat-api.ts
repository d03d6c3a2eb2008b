import { BOT, type ApiMethods, type FakeMessage, type FakeWorkspace } from './fake-workspace.js';

/** chat.postMessage, postEphemeral, update and delete. */
export function chatApi(ws: FakeWorkspace): ApiMethods {
  return {
    'chat.postMessage': (args) => {
      const channel = ws.channels.get(String(args['channel']));
      if (channel === undefined) return { ok: false, error: 'channel_not_found' };
      if (!channel.members.includes(BOT.userId)) return { ok: false, error: 'not_in_channel' };
      const blocks = Array.isArray(args['blocks']) ? (args['blocks'] as unknown[]) : [];
      if (blocks.length > 50) return { ok: false, error: 'invalid_blocks' };
      if (args['text'] === undefined && blocks.length === 0) return { ok: false, error: 'no_text' };
      const metadata = metadataOf(args['metadata']);
      if (metadata === 'invalid') return { ok: false, error: 'invalid_metadata_format' };
      const message: FakeMessage = {
        channel: channel.id,
        ts: ws.nextTs(),
        at: ws.now(),
        text: String(args['text'] ?? ''),
        blocks,
        ...(args['thread_ts'] ? { threadTs: String(args['thread_ts']) } : {}),
        ...(metadata === undefined ? {} : { metadata }),
      };
      ws.messages.push(message);
      return { ok: true, channel: channel.id, ts: message.ts, message: { text: message.text, blocks, ts: message.ts } };
    },
    'chat.postEphemeral': (args) => {
      const channel = ws.channels.get(String(args['channel']));
      if (channel === undefined) return { ok: false, error: 'channel_not_found' };
      const user = String(args['user']);
      if (!channel.members.includes(user) && !channel.isIm) return { ok: false, error: 'user_not_in_channel' };
      const message: FakeMessage = { channel: channel.id, ts: ws.nextTs(), at: ws.now(), text: String(args['text'] ?? ''), blocks: (args['blocks'] as unknown[]) ?? [], ephemeralUser: user };
      ws.messages.push(message);
      return { ok: true, message_ts: message.ts };
    },
    'chat.update': (args) => {
      const message = ws.messages.find((m) => m.channel === String(args['channel']) && m.ts === String(args['ts']));
      if (message === undefined) return { ok: false, error: 'message_not_found' };
      if (args['text'] !== undefined) message.text = String(args['text']);
      if (Array.isArray(args['blocks'])) message.blocks = args['blocks'] as unknown[];
      return { ok: true, channel: message.channel, ts: message.ts, text: message.text };
    },
    // The bot deletes its own messages (every message here is the app's): gone from what the fake holds.
    'chat.delete': (args) => {
      const at = ws.messages.findIndex((m) => m.channel === String(args['channel']) && m.ts === String(args['ts']) && m.ephemeralUser === undefined);
      if (at < 0) return { ok: false, error: ws.channels.has(String(args['channel'])) ? 'message_not_found' : 'channel_not_found' };
      const [message] = ws.messages.splice(at, 1);
      return { ok: true, channel: message!.channel, ts: message!.ts };
    },
  };
}

/** chat.postMessage's `metadata`: `{event_type, event_payload}` (a JSON string in a form body), or 'invalid'. */
function metadataOf(value: unknown): FakeMessage['metadata'] | 'invalid' | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null) return 'invalid';
  const { event_type: type, event_payload: payload } = value as Record<string, unknown>;
  if (typeof type !== 'string' || !/^[a-zA-Z0-9_]+$/.test(type) || typeof payload !== 'object' || payload === null) return 'invalid';
  return { event_type: type, event_payload: payload as Record<string, unknown> };
}
