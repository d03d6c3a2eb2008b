import type { Messenger } from '../../../delivery/slack/messenger.js';
import { sendOrExplain } from '../../../delivery/slack/send-errors.js';
import type { RotationNudgeSender } from '../ports.js';
import { buildRotationNudge } from './rotation-nudge-views.js';

/** Clinical nudges as DMs to their mentors; a refused send comes back as a SendError the job can schedule a retry from. */
export function createRotationNudgeSender(messenger: Messenger): RotationNudgeSender {
  return {
    sendRotationNudge: (nudge, menteeName) => sendOrExplain(() => messenger.dm(nudge.recipientId, buildRotationNudge(nudge, menteeName))),
  };
}
