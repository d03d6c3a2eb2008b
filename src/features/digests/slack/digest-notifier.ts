import type { DigestNotifier } from '../ports.js';
import type { Messenger } from '../../../delivery/slack/messenger.js';
import { buildCohortDigestMessage, buildProgramDigestMessage } from '../../../program/slack/overview-view.js';

/** Weekly digests as DMs: one message per part, in order. */
export function createDigestNotifier(messenger: Messenger): DigestNotifier {
  return {
    sendCohortDigest: (recipientId, digest, part) => messenger.dm(recipientId, buildCohortDigestMessage(digest, part)),
    sendProgramDigest: (recipientId, digest, part) => messenger.dm(recipientId, buildProgramDigestMessage(digest, part)),
    sendMessage: (recipientId, message) => messenger.dm(recipientId, message),
  };
}
