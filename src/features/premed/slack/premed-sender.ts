import type { Messenger } from '../../../delivery/slack/messenger.js';
import type { PremedSender } from '../ports.js';
import { buildPremedIntroduction, buildPremedWelcome } from './premed-views.js';

/** The pre-med messages: welcome DMs, and the introduction in a group DM of the pair (and, for a minor, the coordinators). */
export function createPremedSender(messenger: Messenger): PremedSender {
  return {
    async sendWelcome(personId, role, agreementText) {
      return (await messenger.dm(personId, buildPremedWelcome(personId, role, agreementText))).ts;
    },
    async sendIntroduction(intro) {
      const channel = await messenger.openConversation([intro.pair.mentorId, intro.pair.menteeId, ...intro.coordinatorIds]);
      const posted = await messenger.post(channel, buildPremedIntroduction(intro));
      return { channel: posted.channel, ts: posted.ts };
    },
  };
}
