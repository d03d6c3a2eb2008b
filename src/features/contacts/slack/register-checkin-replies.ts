import type { App } from '@slack/bolt';
import { z } from 'zod';
import type { ContactUseCases } from '../use-cases.js';

/**
 * A person's new reply in a thread of their DM with the app (message.im). Edits, deletions and bots' messages have a
 * subtype or a bot_id and are left alone, as are messages outside a thread. The text is read only to be parsed.
 */
const threadReply = z.object({
  type: z.literal('message'),
  channel_type: z.literal('im'),
  channel: z.string().min(1),
  user: z.string().min(1),
  ts: z.string().min(1),
  thread_ts: z.string().min(1),
  text: z.string().max(4_000),
  subtype: z.undefined().optional(),
  bot_id: z.undefined().optional(),
});

/** A one-line check-in replied in a check-in prompt's thread (`@sam call 20`). */
export function registerCheckinReplies(app: App, services: Pick<ContactUseCases, 'logThreadReply'>): void {
  app.message(async ({ message }) => {
    const parsed = threadReply.safeParse(message);
    // The thread's first message (the prompt) is no reply.
    if (!parsed.success || parsed.data.thread_ts === parsed.data.ts) return;
    const { user, channel, thread_ts: threadTs, ts, text } = parsed.data;
    await services.logThreadReply({ actorId: user, channel, threadTs, ts, text, now: new Date() });
  });
}
