import type { DigestNotifier } from '../ports.js';
import type { Messenger } from '../../../delivery/slack/messenger.js';
import { buildCohortDigestMessage, buildProgramDigestMessage } from '../../../program/slack/overview-view.js';

/** Weekly digests as DMs: one message per part, in order. */
export function createDigestNotifier(messenger: Messenger): DigestNotifier {
  return {
    sendCohortDigest: (recipientId, digest, part, extra) => messenger.dm(recipientId, buildCohortDigestMessage(digest, part, extra)),
    sendProgramDigest: (recipientId, digest, part, extra) => messenger.dm(recipientId, buildProgramDigestMessage(digest, part, extra)),
    sendMessage: (recipientId, message) => messenger.dm(recipientId, message),
  };
}
