import type { App } from '@slack/bolt';
import { z } from 'zod';
import type { RequestHelp } from '../request-help.js';

export interface RequestMessageDeps {
  readonly services: Pick<RequestHelp, 'noteConversationMessage'>;
}

/**
 * A person's new message in a group DM (message.mpim). Edits, deletions, joins and bots' messages have other
 * subtypes or a bot_id and are left alone. The text is deliberately not part of the schema: it is never read.
 */
const groupDmMessage = z.object({
  type: z.literal('message'),
  channel_type: z.literal('mpim'),
  channel: z.string().min(1),
  user: z.string().min(1),
  ts: z.string().min(1),
  thread_ts: z.string().optional(),
  subtype: z.enum(['thread_broadcast', 'file_share']).optional(),
  bot_id: z.undefined().optional(),
});

const envelope = z.object({ event_id: z.string().min(1) });

/** The first message from one of a request's mentors in its conversation marks the request responded. */
export function registerRequestMessages(app: App, deps: RequestMessageDeps): void {
  app.message(async ({ message, body }) => {
    const parsed = groupDmMessage.safeParse(message);
    if (!parsed.success) return;
    const { event_id: eventId } = envelope.parse(body);
    await deps.services.noteConversationMessage(
      { eventId, channelId: parsed.data.channel, userId: parsed.data.user, ts: parsed.data.ts, threadTs: parsed.data.thread_ts },
      new Date(),
    );
  });
}
