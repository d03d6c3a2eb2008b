import type { NudgeNotifier } from '../ports.js';
import type { Messenger } from '../../../delivery/slack/messenger.js';
import { sendOrExplain } from '../../../delivery/slack/send-errors.js';
import { buildNudgeMessage } from './nudge-views.js';
import type { RequestTopics } from '../../../program/request-topics.js';

/** Nudges as DMs to their recipients; a refused send comes back as a SendError the job can schedule a retry from. */
export function createNudgeNotifier(messenger: Messenger, topics: RequestTopics): NudgeNotifier {
  return {
    sendNudge: (nudge) => sendOrExplain(() => messenger.dm(nudge.recipientId, buildNudgeMessage(nudge, topics))),
  };
}
